#include "Project.h"
#include "DateTimes.h"
#include "Logging.h"
#include "Tr.h"

#include "Backup.h"
#include "Clock.h"
#include "Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace trapline {

namespace {

constexpr int kApplicationId = 0x54524150; // "TRAP": tells a Trapline project from any other SQLite file.

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The columns readSequence reads: the sequence, its first frame, what people and the machine said it shows.
constexpr const char* kSequenceColumns =
    "s.id, s.deployment_id, s.start_ms, s.end_ms, s.frame_count, s.review_state, s.grouped_by,"
    " (SELECT m.id FROM media m WHERE m.sequence_id = s.id ORDER BY m.frame_index LIMIT 1),"
    " (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT coalesce(nullif(t.common_name, ''),"
    "   t.scientific_name, o.observation_type) AS name FROM observations o LEFT JOIN taxa t ON t.id = o.taxon_id"
    "   WHERE o.sequence_id = s.id AND o.method = 'human'"
    "   AND NOT (o.media_id IS NOT NULL AND o.observation_type = 'blank'))),"
    " (SELECT coalesce(nullif(t.common_name, ''), t.scientific_name, p.label, p.observation_type)"
    "   FROM sequence_predictions p LEFT JOIN taxa t ON t.id = p.taxon_id WHERE p.sequence_id = s.id"
    "   ORDER BY p.confidence DESC LIMIT 1),"
    " (SELECT max(p.confidence) FROM sequence_predictions p WHERE p.sequence_id = s.id),"
    " EXISTS (SELECT 1 FROM media m WHERE m.sequence_id = s.id AND m.review_flag IS NOT NULL)";

SequenceSummary readSequence(const db::Statement& st)
{
    SequenceSummary s;
    s.id = st.integer(0);
    s.deploymentId = st.integer(1);
    s.startMs = st.integer(2);
    s.endMs = st.integer(3);
    s.frameCount = static_cast<int>(st.integer(4));
    s.reviewState = static_cast<ReviewState>(st.integer(5));
    s.groupedBy = st.text(6);
    s.withoutCameraTime = groupedWithoutCameraTime(s.groupedBy);
    s.firstMediaId = st.optInteger(7);
    s.labels = st.text(8);
    s.prediction = st.text(9);
    s.predictionConfidence = st.optReal(10);
    s.hasDisagreeingFrames = st.integer(11) != 0;
    return s;
}

constexpr const char* kMediaColumns =
    "id, root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size, file_mtime_ms, "
    "width, height, taken_at_ms, time_source, camera_make, camera_model, burst_index, burst_count, event_number, "
    "orientation, import_error";

std::optional<int> optInt(const db::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return static_cast<int>(st.integer(column));
}

MediaRecord readMedia(const db::Statement& st)
{
    MediaRecord m;
    m.id = st.integer(0);
    m.rootId = st.integer(1);
    m.relPath = st.text(2);
    m.deploymentId = st.integer(3);
    m.sequenceId = st.optInteger(4);
    m.frameIndex = optInt(st, 5);
    m.contentHash = static_cast<std::uint64_t>(st.integer(6));
    m.fileSize = st.integer(7);
    m.fileMtimeMs = st.optInteger(8);
    m.width = optInt(st, 9);
    m.height = optInt(st, 10);
    m.takenAtMs = st.optInteger(11);
    m.timeSource = static_cast<TimeSource>(st.integer(12));
    m.cameraMake = st.text(13);
    m.cameraModel = st.text(14);
    m.burstIndex = optInt(st, 15);
    m.burstCount = optInt(st, 16);
    m.eventNumber = st.optInteger(17);
    m.orientation = static_cast<int>(st.integer(18));
    m.importError = st.text(19);
    return m;
}

} // namespace

Error databaseFailure(const QString& what, const db::DbError& e)
{
    // The message shows SQLite's text too, but only the log keeps the result code that tells the cases apart.
    qCDebug(log::db).noquote() << what << "- SQLite error" << e.code() << e.what();
    if (e.isDiskFull())
        return Error{ProjectText::tr("%1: the disk is full. Free some space and try again; nothing already saved "
                                     "was lost.")
                         .arg(what)};
    return Error{ProjectText::tr("%1: %2").arg(what, QString::fromStdString(e.what()))};
}

bool groupedWithoutCameraTime(const QString& groupedBy)
{
    return groupedBy == u"file-names" || groupedBy == u"no-camera-time";
}

QString formatTimestamp(std::optional<std::int64_t> ms)
{
    if (!ms)
        return {};
    return utcFromMSecs(*ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

Project::Project(const QString& path, db::Database::Mode mode) : m_db(path, mode) {}

Result<std::unique_ptr<Project>> Project::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::CreateNew) {
        if (info.exists())
            return Error{ProjectText::tr("%1 already exists. Open it instead, or choose another file name.").arg(path)};
        if (!QFileInfo(info.absolutePath()).isDir())
            return Error{
                ProjectText::tr("Cannot create %1: the folder %2 does not exist.").arg(path, info.absolutePath())};
    } else {
        if (!info.exists())
            return Error{ProjectText::tr("No project at %1. Create one with \"trapline-cli init %1\" or "
                                         "File > New Project.")
                             .arg(path)};
        if (info.size() > 0 && !looksLikeSqlite(path))
            return Error{ProjectText::tr("%1 is not a Trapline project (it is not an SQLite database).").arg(path)};
    }
    try {
        const auto dbMode = mode == OpenMode::ReadOnly    ? db::Database::Mode::ReadOnly
                            : mode == OpenMode::CreateNew ? db::Database::Mode::ReadWriteCreate
                                                          : db::Database::Mode::ReadWrite;
        std::unique_ptr<Project> project(new Project(path, dbMode));
        if (mode == OpenMode::CreateNew) {
            project->initialiseNewProject();
            return project;
        }
        if (Status compatible = project->checkCompatible(); !compatible)
            return compatible.error();
        if (mode != OpenMode::ReadOnly && project->m_db.userVersion() < schema::currentVersion()) {
            // An upgrade cannot be taken back: keep a copy of the project as it was.
            auto backup = backupBeforeChange(project->m_db, QStringLiteral("before-upgrade-from-v%1")
                                                                .arg(project->m_db.userVersion()));
            if (!backup)
                return Error{ProjectText::tr("%1 needs an upgrade to this version's project format, but no backup "
                                             "could be made first, so it was not changed. %2")
                                 .arg(path, backup.error().message)};
            schema::migrate(project->m_db);
        }
        return project;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot open %1").arg(path), e);
    }
}

void Project::initialiseNewProject()
{
    m_db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    schema::migrate(m_db);
    db::Transaction tx(m_db);
    m_db.cached("INSERT INTO project_meta(key, value) VALUES ('created_ms', ?1)").bind(1, Clock::nowMs()).run();
    audit({QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("project"), std::nullopt, {}, {}});
    tx.commit();
}

Status Project::checkCompatible()
{
    const auto appId = m_db.scalar("PRAGMA application_id");
    const int version = m_db.userVersion();
    if (appId != kApplicationId)
        return Error{ProjectText::tr("%1 is an SQLite database but not a Trapline project.").arg(path())};
    if (version > schema::currentVersion())
        return Error{ProjectText::tr("%1 was saved by a newer version of Trapline (project format %2; this version "
                                     "reads up to %3). Install the newer Trapline to open it; the file was not "
                                     "changed.")
                         .arg(path())
                         .arg(version)
                         .arg(schema::currentVersion())};
    return okStatus();
}

Result<ProjectCounts> Project::counts()
{
    try {
        ProjectCounts c;
        c.media = m_db.scalar("SELECT count(*) FROM media");
        c.sequences = m_db.scalar("SELECT count(*) FROM sequences");
        c.deployments = m_db.scalar("SELECT count(*) FROM deployments");
        c.mediaWithErrors = m_db.scalar("SELECT count(*) FROM media WHERE import_error IS NOT NULL");
        c.mediaWithoutCameraTime = m_db.scalar("SELECT count(*) FROM media WHERE time_source IN (0, 3)");
        c.mediaTimedByFile = m_db.scalar("SELECT count(*) FROM media WHERE time_source = 3");
        c.sequencesWithoutCameraTime
            = m_db.scalar("SELECT count(*) FROM sequences WHERE grouped_by IN ('file-names', 'no-camera-time')");
        c.skippedFiles = m_db.scalar("SELECT count(*) FROM import_skips");
        c.ungroupedMedia = m_db.scalar("SELECT count(*) FROM media WHERE sequence_id IS NULL");
        return c;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot count the project's contents"), e);
    }
}

namespace {
constexpr const char* kDeploymentSummary =
    "SELECT d.id, d.name, d.folder,"
    " (SELECT count(*) FROM media m WHERE m.deployment_id = d.id),"
    " (SELECT count(*) FROM sequences s WHERE s.deployment_id = d.id),"
    " (SELECT count(*) FROM sequences s WHERE s.deployment_id = d.id AND s.review_state = 0)"
    " FROM deployments d";
DeploymentSummary readDeployment(const db::Statement& st)
{
    return {st.integer(0), st.text(1), st.text(2), st.integer(3), st.integer(4), st.integer(5)};
}
} // namespace

Result<std::vector<DeploymentSummary>> Project::deployments()
{
    try {
        auto& st = m_db.cached(std::string(kDeploymentSummary) + " ORDER BY d.name");
        std::vector<DeploymentSummary> out;
        while (st.step())
            out.push_back(readDeployment(st));
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot list deployments"), e);
    }
}

Result<DeploymentSummary> Project::deployment(std::int64_t deploymentId)
{
    try {
        auto& st = m_db.cached(std::string(kDeploymentSummary) + " WHERE d.id = ?1");
        st.bind(1, deploymentId);
        if (!st.step())
            return Error{ProjectText::tr("There is no deployment %1 in this project.").arg(deploymentId)};
        DeploymentSummary d = readDeployment(st);
        st.reset();
        return d;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot read deployment %1").arg(deploymentId), e);
    }
}

Result<std::vector<SequenceSummary>> Project::sequencePage(const SequenceFilter& filter, int limit,
                                                           const SequenceCursor& after)
{
    try {
        // One statement per filter combination so each gets the index that serves it; the row-value comparison
        // continues after the cursor.
        std::string where;
        if (filter.deploymentId)
            where += "s.deployment_id = ?5 AND ";
        if (filter.reviewState)
            where += "s.review_state = ?6 AND ";
        if (filter.notReviewed)
            where += "s.review_state != 2 AND ";
        if (filter.confidenceBelow)
            where += "(SELECT max(p.confidence) FROM sequence_predictions p WHERE p.sequence_id = s.id) < ?7 AND ";
        if (filter.disagreeingFrames)
            where += "EXISTS (SELECT 1 FROM media m WHERE m.sequence_id = s.id AND m.review_flag IS NOT NULL) AND ";
        // The machine's word counts only where no person has labelled the sequence.
        constexpr const char* noPersonLabel =
            "NOT EXISTS (SELECT 1 FROM observations o WHERE o.sequence_id = s.id AND o.method = 'human')";
        if (filter.empty)
            where += std::string("(EXISTS (SELECT 1 FROM observations o WHERE o.sequence_id = s.id AND o.media_id IS NULL"
                                 " AND o.method = 'human' AND o.observation_type = 'blank') OR (") + noPersonLabel +
                     " AND EXISTS (SELECT 1 FROM sequence_predictions p WHERE p.sequence_id = s.id"
                     " AND p.observation_type = 'blank'))) AND ";
        if (filter.taxonId)
            where += std::string("(EXISTS (SELECT 1 FROM observations o WHERE o.sequence_id = s.id AND o.method = 'human'"
                                 " AND o.taxon_id = ?8) OR (") + noPersonLabel +
                     " AND EXISTS (SELECT 1 FROM sequence_predictions p WHERE p.sequence_id = s.id AND p.taxon_id = ?8)))"
                     " AND ";
        if (filter.conflicts)
            where +=
                "EXISTS (SELECT 1 FROM label_conflicts c WHERE c.sequence_id = s.id AND c.resolution IS NULL) AND ";
        if (filter.individualId)
            where += "EXISTS (SELECT 1 FROM observations o WHERE o.sequence_id = s.id AND o.individual_id = ?9) AND ";
        where += filter.deploymentId ? "(s.start_ms, s.id) > (?2, ?3)" : "(s.deployment_id, s.start_ms, s.id) > (?1, ?2, ?3)";
        auto& st = m_db.cached(
            std::string("SELECT ") + kSequenceColumns +
            " FROM sequences s WHERE " + where + " ORDER BY s.deployment_id, s.start_ms, s.id LIMIT ?4");
        st.bind(1, after.deploymentId).bind(2, after.startMs).bind(3, after.id).bind(4, limit);
        if (filter.deploymentId)
            st.bind(5, *filter.deploymentId);
        if (filter.reviewState)
            st.bind(6, static_cast<int>(*filter.reviewState));
        if (filter.confidenceBelow)
            st.bind(7, *filter.confidenceBelow);
        if (filter.taxonId)
            st.bind(8, *filter.taxonId);
        if (filter.individualId)
            st.bind(9, *filter.individualId);
        std::vector<SequenceSummary> out;
        out.reserve(static_cast<size_t>(limit));
        while (st.step())
            out.push_back(readSequence(st));
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot list sequences"), e);
    }
}

Result<SequenceSummary> Project::sequence(std::int64_t sequenceId)
{
    try {
        auto& st = m_db.cached(std::string("SELECT ") + kSequenceColumns + " FROM sequences s WHERE s.id = ?1");
        st.bind(1, sequenceId);
        if (!st.step())
            return Error{ProjectText::tr("There is no sequence %1 in this project.").arg(sequenceId)};
        SequenceSummary summary = readSequence(st);
        st.reset();
        return summary;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot read sequence %1").arg(sequenceId), e);
    }
}

Result<std::vector<MediaRecord>> Project::mediaOfSequence(std::int64_t sequenceId)
{
    try {
        auto& st = m_db.cached(std::string("SELECT ") + kMediaColumns +
                               " FROM media WHERE sequence_id = ?1 ORDER BY frame_index");
        st.bind(1, sequenceId);
        std::vector<MediaRecord> out;
        while (st.step())
            out.push_back(readMedia(st));
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot list the frames of sequence %1").arg(sequenceId), e);
    }
}

Result<MediaRecord> Project::media(std::int64_t mediaId)
{
    try {
        auto& st = m_db.cached(std::string("SELECT ") + kMediaColumns + " FROM media WHERE id = ?1");
        st.bind(1, mediaId);
        if (!st.step())
            return Error{ProjectText::tr("There is no media %1 in this project.").arg(mediaId)};
        MediaRecord m = readMedia(st);
        st.reset();
        return m;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot read media %1").arg(mediaId), e);
    }
}

Result<std::vector<ImportIssue>> Project::importIssues(int limit)
{
    try {
        std::vector<ImportIssue> out;
        auto& errors = m_db.cached(
            "SELECT r.path || '/' || m.rel_path, m.import_error FROM media m JOIN image_roots r ON r.id = m.root_id"
            " WHERE m.import_error IS NOT NULL ORDER BY m.id LIMIT ?1");
        errors.bind(1, limit);
        while (errors.step())
            out.push_back({errors.text(0), errors.text(1), false});
        auto& skips = m_db.cached(
            "SELECT r.path || '/' || k.rel_path, k.reason FROM import_skips k JOIN image_roots r ON r.id = k.root_id"
            " ORDER BY k.id LIMIT ?1");
        skips.bind(1, limit);
        while (skips.step())
            out.push_back({skips.text(0), skips.text(1), true});
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot list import problems"), e);
    }
}

QString Project::absoluteMediaPath(const MediaRecord& media)
{
    // Media known only by URL (imported from a data package) sit under a root with an empty path.
    const QString root = imageRootPath(media.rootId);
    return root.isEmpty() ? media.relPath : root + QLatin1Char('/') + media.relPath;
}

std::int64_t Project::ensureImageRoot(const QString& absolutePath)
{
    // An empty path is the root of media known only by URL.
    const QString clean = absolutePath.isEmpty() ? QStringLiteral("") : QDir::cleanPath(absolutePath);
    auto& find = m_db.cached("SELECT id FROM image_roots WHERE path = ?1");
    find.bind(1, clean);
    if (find.step()) {
        const auto id = find.integer(0);
        find.reset();
        return id;
    }
    m_db.cached("INSERT INTO image_roots(path) VALUES (?1)").bind(1, clean).run();
    return m_db.lastInsertId();
}

QString Project::imageRootPath(std::int64_t rootId)
{
    auto& st = m_db.cached("SELECT path FROM image_roots WHERE id = ?1");
    st.bind(1, rootId);
    const QString path = st.step() ? st.text(0) : QString();
    st.reset();
    return path;
}

std::int64_t Project::ensureDeployment(const QString& name, const QString& folder)
{
    auto& find = m_db.cached("SELECT id FROM deployments WHERE name = ?1");
    find.bind(1, name);
    if (find.step()) {
        const auto id = find.integer(0);
        find.reset();
        return id;
    }
    m_db.cached("INSERT INTO deployments(name, folder) VALUES (?1, ?2)").bind(1, name).bind(2, folder).run();
    const auto id = m_db.lastInsertId();
    audit({QStringLiteral("import"), QStringLiteral("insert"), QStringLiteral("deployments"), id,
           toJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("folder"), folder}}), {}});
    return id;
}

QString Project::currentUser()
{
    QString user = qEnvironmentVariable("TRAPLINE_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void Project::audit(const AuditEntry& entry)
{
    m_db.cached("INSERT INTO audit_log(at_ms, actor, source, action, entity, entity_id, details)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, entry.atMs ? *entry.atMs : Clock::nowMs())
        .bind(2, entry.actor.isEmpty() ? currentUser() : entry.actor)
        .bind(3, entry.source)
        .bind(4, entry.action)
        .bind(5, entry.entity)
        .bind(6, entry.entityId)
        .bind(7, entry.details)
        .run();
}

} // namespace trapline
