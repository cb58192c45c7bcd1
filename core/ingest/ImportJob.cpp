#include "ImportJob.h"
#include "Logging.h"
#include "Tr.h"

#include "Clock.h"
#include "FileScanner.h"
#include "MediaMetadata.h"
#include "SequenceRebuilder.h"
#include "Thumbnailer.h"
#include "jobs/Pipeline.h"
#include "project/Backup.h"
#include "project/Project.h"
#include "project/ThumbnailCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>

#include <algorithm>
#include <set>

namespace trapline::ingest {

namespace {

QString toJson(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

struct PendingFile {
    std::int64_t rootId = 0;
    QString rootPath;
    QString relPath;
    DeploymentResolver::Resolved deployment;
};

struct ReadFile {
    PendingFile file;
    MediaMetadata meta;
};

struct ThumbTask {
    std::int64_t mediaId = 0;
    QString path;
    int orientation = 1;
    int width = 0;
    int height = 0;
    std::uint64_t hash = 0;
};

struct ThumbDone {
    ThumbTask task;
    Result<Thumbnail> result{Error{}};
};

class ImportRun {
public:
    ImportRun(Project& project, const ImportOptions& options, JobControl& control)
        : m_project(project), m_options(options), m_control(control)
    {
        m_pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    }

    Result<ImportSummary> run();

private:
    std::vector<PendingFile> scan(const QString& folder);
    void recordSkips(std::int64_t rootId, const ScanResult& scan);
    bool isKnown(std::int64_t rootId, const QString& relPath);
    void writeBatch(const std::vector<ReadFile>& batch);
    bool relinkMoved(const ReadFile& file);
    void regroup();
    void makeThumbnails();
    void startJobRow();
    void updateJobRow(const char* state, const QString& message = {});

    Project& m_project;
    const ImportOptions& m_options;
    JobControl& m_control;
    QThreadPool m_pool;
    ImportSummary m_summary;
    QHash<QString, std::int64_t> m_deploymentIds;
    std::set<std::int64_t> m_touchedDeployments;
    std::int64_t m_jobId = 0;
    std::int64_t m_done = 0;
};

Result<ImportSummary> ImportRun::run()
{
    startJobRow();
    QElapsedTimer timer;
    timer.start();
    std::vector<PendingFile> pending;
    m_control.beginPhase(IngestText::tr("Scanning folders"), 0);
    for (const QString& folder : m_options.folders) {
        auto files = scan(folder);
        pending.insert(pending.end(), std::make_move_iterator(files.begin()), std::make_move_iterator(files.end()));
        if (m_control.cancelled())
            break;
    }
    m_summary.scanSeconds = timer.restart() / 1000.0;

    m_control.beginPhase(IngestText::tr("Reading metadata"), static_cast<std::int64_t>(pending.size()));
    db::Statement& progress = m_project.db().cached("UPDATE jobs SET total_count = ?2 WHERE id = ?1");
    progress.bind(1, m_jobId).bind(2, static_cast<std::int64_t>(pending.size())).run();
    auto read = [](const PendingFile& f) { return ReadFile{f, readMediaMetadata(f.rootPath + u'/' + f.relPath)}; };
    pipelined(m_pool, pending, static_cast<size_t>(m_options.batchSize), read,
              [&](std::vector<ReadFile>& batch, BatchRange) { writeBatch(batch); }, m_control);
    m_summary.metadataSeconds = timer.restart() / 1000.0;

    // Grouping is cheap and makes the project consistent, so it runs even after a cancel.
    regroup();
    m_summary.groupingSeconds = timer.restart() / 1000.0;
    if (m_options.makeThumbnails && !m_control.cancelled())
        makeThumbnails();
    m_summary.thumbnailSeconds = timer.restart() / 1000.0;

    m_summary.cancelled = m_control.cancelled();
    updateJobRow(m_summary.cancelled ? "cancelled" : "done");
    return m_summary;
}

std::vector<PendingFile> ImportRun::scan(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        m_summary.folderErrors << QStringLiteral("%1: %2").arg(
            folder, info.exists()
                        ? IngestText::tr("the folder cannot be read; check its permissions")
                        : IngestText::tr("no such folder; check the path and that the card or disk is mounted"));
        return {};
    }
    const QString rootPath = QDir::cleanPath(info.absoluteFilePath());
    const ScanResult found = scanFolder(rootPath, [&](std::int64_t) { return !m_control.cancelled(); });
    std::int64_t rootId = 0;
    {
        db::Transaction tx(m_project.db());
        rootId = m_project.ensureImageRoot(rootPath);
        recordSkips(rootId, found);
        tx.commit();
    }
    const DeploymentResolver resolver(rootPath, m_options.deploymentRule);
    std::vector<PendingFile> out;
    for (const ScannedFile& f : found.images) {
        ++m_summary.imagesFound;
        if (isKnown(rootId, f.relPath)) {
            ++m_summary.alreadyImported;
            continue;
        }
        out.push_back({rootId, rootPath, f.relPath, resolver.resolve(f.relPath)});
    }
    return out;
}

void ImportRun::recordSkips(std::int64_t rootId, const ScanResult& scan)
{
    auto& st = m_project.db().cached("INSERT OR IGNORE INTO import_skips(root_id, rel_path, reason) VALUES (?1,?2,?3)");
    for (size_t i = 0; i < scan.skipped.size(); ++i)
        st.bind(1, rootId).bind(2, scan.skipped[i].relPath).bind(3, scan.skipReasons[i]).run();
    for (const QString& folder : scan.unreadableFolders)
        st.bind(1, rootId).bind(2, folder)
            .bind(3, QStringLiteral("cannot be read (permission denied?); its images were not imported")).run();
    m_summary.skippedFiles += static_cast<std::int64_t>(scan.skipped.size());
    m_summary.unreadableFolders += static_cast<std::int64_t>(scan.unreadableFolders.size());
}

bool ImportRun::isKnown(std::int64_t rootId, const QString& relPath)
{
    auto& st = m_project.db().cached("SELECT 1 FROM media WHERE root_id = ?1 AND rel_path = ?2");
    st.bind(1, rootId).bind(2, relPath);
    const bool known = st.step();
    st.reset();
    return known;
}

bool ImportRun::relinkMoved(const ReadFile& f)
{
    // Same bytes, and the file it was imported from is gone: the user moved or renamed it.
    auto& find = m_project.db().cached(
        "SELECT m.id, r.path || '/' || m.rel_path FROM media m JOIN image_roots r ON r.id = m.root_id"
        " WHERE m.content_hash = ?1 AND m.file_size = ?2");
    find.bind(1, static_cast<std::int64_t>(f.meta.contentHash)).bind(2, f.meta.fileSize);
    std::optional<std::int64_t> movedId;
    while (!movedId && find.step())
        if (!QFileInfo::exists(find.text(1)))
            movedId = find.integer(0);
    find.reset();
    if (!movedId)
        return false;
    m_project.db().cached("UPDATE media SET root_id = ?2, rel_path = ?3 WHERE id = ?1")
        .bind(1, *movedId).bind(2, f.file.rootId).bind(3, f.file.relPath).run();
    m_project.audit({QStringLiteral("import"), QStringLiteral("move"), QStringLiteral("media"), *movedId,
                     toJson({{QStringLiteral("rel_path"), f.file.relPath}}), {}});
    ++m_summary.moved;
    return true;
}

void ImportRun::writeBatch(const std::vector<ReadFile>& batch)
{
    auto& db = m_project.db();
    db::Transaction tx(db);
    auto& insert = db.cached(
        "INSERT INTO media(root_id, rel_path, deployment_id, content_hash, file_size, file_mtime_ms, width, height,"
        " taken_at_ms, time_source, camera_make, camera_model, burst_index, burst_count, event_number, orientation,"
        " import_error, imported_at_ms) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)");
    std::optional<std::int64_t> firstId;
    std::int64_t added = 0;
    for (const ReadFile& f : batch) {
        if (relinkMoved(f))
            continue;
        auto dep = m_deploymentIds.find(f.file.deployment.name);
        if (dep == m_deploymentIds.end())
            dep = m_deploymentIds.insert(f.file.deployment.name,
                                         m_project.ensureDeployment(f.file.deployment.name, f.file.deployment.folder));
        const MediaMetadata& m = f.meta;
        insert.bind(1, f.file.rootId).bind(2, f.file.relPath).bind(3, *dep)
            .bind(4, static_cast<std::int64_t>(m.contentHash)).bind(5, m.fileSize).bind(6, m.fileMtimeMs)
            .bind(7, m.width).bind(8, m.height).bind(9, m.takenAtMs).bind(10, static_cast<int>(m.timeSource))
            .bind(11, m.cameraMake.isEmpty() ? QString() : m.cameraMake)
            .bind(12, m.cameraModel.isEmpty() ? QString() : m.cameraModel)
            .bind(13, m.burstIndex).bind(14, m.burstCount).bind(15, m.eventNumber).bind(16, m.orientation)
            .bind(17, m.error.isEmpty() ? QString() : m.error).bind(18, Clock::nowMs()).run();
        if (!firstId)
            firstId = db.lastInsertId();
        ++added;
        m_summary.withErrors += m.error.isEmpty() ? 0 : 1;
        m_summary.framesTimedByFile += m.timeSource == TimeSource::FileTime ? 1 : 0;
        m_touchedDeployments.insert(*dep);
    }
    if (added > 0)
        m_project.audit({QStringLiteral("import"), QStringLiteral("insert"), QStringLiteral("media"), firstId,
                         toJson({{QStringLiteral("count"), static_cast<qint64>(added)},
                                 {QStringLiteral("first_id"), static_cast<qint64>(*firstId)},
                                 {QStringLiteral("last_id"), static_cast<qint64>(db.lastInsertId())}}),
                         {}});
    m_summary.added += added;
    m_done += static_cast<std::int64_t>(batch.size());
    db.cached("UPDATE jobs SET done_count = ?2, updated_ms = ?3 WHERE id = ?1")
        .bind(1, m_jobId).bind(2, m_done).bind(3, Clock::nowMs()).run();
    tx.commit();
    m_control.report(m_done);
}

void ImportRun::regroup()
{
    // Deployments this run added to, plus any left half-grouped by an import that was killed.
    auto& ungrouped = m_project.db().cached("SELECT DISTINCT deployment_id FROM media WHERE sequence_id IS NULL");
    while (ungrouped.step())
        m_touchedDeployments.insert(ungrouped.integer(0));
    ungrouped.reset();
    m_control.beginPhase(IngestText::tr("Grouping sequences"), static_cast<std::int64_t>(m_touchedDeployments.size()));
    SequenceRebuilder rebuilder(m_project, m_options.gapSeconds * 1000);
    auto& withoutCameraTime = m_project.db().cached(
        "SELECT count(*) FROM sequences WHERE deployment_id = ?1 AND grouped_by IN ('file-names', 'no-camera-time')");
    std::int64_t done = 0;
    for (const auto deploymentId : m_touchedDeployments) {
        db::Transaction tx(m_project.db());
        rebuilder.rebuild(deploymentId);
        tx.commit();
        withoutCameraTime.bind(1, deploymentId);
        if (withoutCameraTime.step())
            m_summary.sequencesWithoutCameraTime += withoutCameraTime.integer(0);
        withoutCameraTime.reset();
        m_control.report(++done);
    }
    m_summary.deploymentsGrouped = done;
}

void ImportRun::makeThumbnails()
{
    auto cacheResult = ThumbnailCache::open(m_project.thumbnailCachePath());
    if (!cacheResult) {
        m_summary.folderErrors << cacheResult.error().message;
        return;
    }
    ThumbnailCache& cache = *cacheResult.value();
    const std::vector<std::int64_t> known = cache.knownMediaIds();
    std::vector<ThumbTask> tasks;
    auto& st = m_project.db().cached(
        "SELECT m.id, r.path || '/' || m.rel_path, m.orientation, m.width, m.height, m.content_hash"
        " FROM media m JOIN image_roots r ON r.id = m.root_id WHERE m.width IS NOT NULL ORDER BY m.id");
    while (st.step()) {
        const auto id = st.integer(0);
        if (!std::binary_search(known.begin(), known.end(), id))
            tasks.push_back({id, st.text(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3)),
                             static_cast<int>(st.integer(4)), static_cast<std::uint64_t>(st.integer(5))});
    }
    m_control.beginPhase(IngestText::tr("Making thumbnails"), static_cast<std::int64_t>(tasks.size()));
    std::int64_t done = 0;
    auto make = [](const ThumbTask& t) {
        return ThumbDone{t, makeThumbnail(t.path, t.orientation, t.width, t.height)};
    };
    auto store = [&](std::vector<ThumbDone>& batch, BatchRange) {
        std::vector<ThumbnailCache::Entry> entries;
        for (const ThumbDone& d : batch) {
            entries.push_back({d.task.mediaId, d.task.hash, d.result ? d.result.value().jpeg : QByteArray(),
                               d.result ? QString() : d.result.error().message});
            if (d.result)
                ++m_summary.thumbnailsMade;
            else
                ++m_summary.thumbnailFailures;
        }
        cache.put(entries);
        db::Transaction tx(m_project.db());
        auto& mark = m_project.db().cached(
            "UPDATE media SET import_error = coalesce(import_error || '; ', '') || ?2 WHERE id = ?1");
        for (const ThumbDone& d : batch)
            if (!d.result)
                mark.bind(1, d.task.mediaId).bind(2, d.result.error().message).run();
        tx.commit();
        done += static_cast<std::int64_t>(batch.size());
        m_control.report(done);
    };
    pipelined(m_pool, tasks, static_cast<size_t>(std::max(16, m_options.batchSize / 4)), make, store, m_control);
}

void ImportRun::startJobRow()
{
    db::Transaction tx(m_project.db());
    // An import still marked running was killed: this run resumes it.
    m_project.db().exec("UPDATE jobs SET state = 'interrupted' WHERE kind = 'import' AND state = 'running'");
    m_project.db().cached("INSERT INTO jobs(kind, state, params, started_ms, updated_ms)"
                          " VALUES ('import', 'running', ?1, ?2, ?2)")
        .bind(1, toJson(m_options.toJson())).bind(2, Clock::nowMs()).run();
    m_jobId = m_project.db().lastInsertId();
    tx.commit();
}

void ImportRun::updateJobRow(const char* state, const QString& message)
{
    db::Transaction tx(m_project.db());
    m_project.db().cached("UPDATE jobs SET state = ?2, message = ?3, updated_ms = ?4, finished_ms = ?4 WHERE id = ?1")
        .bind(1, m_jobId).bind(2, QString::fromLatin1(state)).bind(3, message).bind(4, Clock::nowMs()).run();
    m_project.audit({QStringLiteral("import"), QString::fromLatin1(state), QStringLiteral("jobs"), m_jobId,
                     toJson({{QStringLiteral("added"), static_cast<qint64>(m_summary.added)},
                             {QStringLiteral("moved"), static_cast<qint64>(m_summary.moved)},
                             {QStringLiteral("errors"), static_cast<qint64>(m_summary.withErrors)}}),
                     {}});
    tx.commit();
}

} // namespace

QJsonObject ImportOptions::toJson() const
{
    return {{QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
            {QStringLiteral("gap_seconds"), static_cast<qint64>(gapSeconds)},
            {QStringLiteral("deployment"), deploymentRule.fixedName},
            {QStringLiteral("deployment_levels_up"), deploymentRule.levelsUp},
            {QStringLiteral("thumbnails"), makeThumbnails}};
}

ImportOptions ImportOptions::fromJson(const QJsonObject& json)
{
    ImportOptions o;
    for (const auto& v : json.value(QStringLiteral("folders")).toArray())
        o.folders << v.toString();
    o.gapSeconds = json.value(QStringLiteral("gap_seconds")).toInteger(o.gapSeconds);
    o.deploymentRule.fixedName = json.value(QStringLiteral("deployment")).toString();
    o.deploymentRule.levelsUp = json.value(QStringLiteral("deployment_levels_up")).toInt(0);
    o.makeThumbnails = json.value(QStringLiteral("thumbnails")).toBool(true);
    return o;
}

ImportJob::ImportJob(QString projectPath, ImportOptions options)
    : m_projectPath(std::move(projectPath)), m_options(std::move(options))
{
    for (QString& folder : m_options.folders)
        folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

Result<ImportSummary> ImportJob::run(JobControl& control)
{
    auto project = Project::open(m_projectPath);
    if (!project)
        return project.error();
    try {
        // Adding a card to a project that already holds work: keep a copy of it as it was.
        if (project.value()->db().scalar("SELECT EXISTS (SELECT 1 FROM media)") != 0) {
            control.beginPhase(IngestText::tr("Backing up the project"), 0);
            if (auto backup = backupBeforeChange(project.value()->db(), QStringLiteral("before-import")); !backup)
                return Error{IngestText::tr("The import did not start: %1").arg(backup.error().message)};
        }
        ImportRun run(*project.value(), m_options, control);
        return run.run();
    } catch (const db::DbError& e) {
        qCDebug(log::ingest).noquote() << "SQLite error" << e.code() << e.what();
        if (e.isDiskFull())
            return Error{IngestText::tr("The disk holding %1 is full. Free some space and run the import again: "
                                        "everything imported so far is saved and will be skipped.")
                             .arg(m_projectPath)};
        return Error{IngestText::tr("The import stopped: %1. Everything imported so far is saved; run the import "
                                    "again to resume.")
                         .arg(QString::fromStdString(e.what()))};
    }
}

Result<ImportOptions> lastUnfinishedImport(const QString& projectPath)
{
    auto project = Project::open(projectPath);
    if (!project)
        return project.error();
    auto& st = project.value()->db().cached(
        "SELECT params FROM jobs WHERE kind = 'import' ORDER BY id DESC LIMIT 1");
    if (!st.step())
        return Error{IngestText::tr("This project has no import to resume.")};
    const QString params = st.text(0);
    st.reset();
    const auto state = project.value()->db().scalar(
        "SELECT state IN ('running', 'cancelled', 'interrupted', 'failed') FROM jobs WHERE kind = 'import'"
        " ORDER BY id DESC LIMIT 1");
    if (!state)
        return Error{IngestText::tr("The last import finished; there is nothing to resume.")};
    return ImportOptions::fromJson(QJsonDocument::fromJson(params.toUtf8()).object());
}

} // namespace trapline::ingest
