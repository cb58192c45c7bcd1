#include "ShardedInference.h"

#include "Clock.h"
#include "Logging.h"
#include "ModelManifest.h"
#include "SequenceSmoother.h"
#include "Tr.h"
#include "project/AtomicFile.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <map>
#include <set>

namespace trapline::inference {

namespace {

constexpr int kPlanVersion = 1;

QString shardFile(const QString& folder, int index)
{
    return QDir(folder).filePath(QStringLiteral("shard-%1.trapline").arg(index));
}

QString stateFile(const QString& folder, int index)
{
    return QDir(folder).filePath(QStringLiteral("shard-%1.state").arg(index));
}

QString jobsFile(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("jobs.txt"));
}

QString shellQuoted(const QString& s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

void writeState(const QString& folder, int index, const QString& state)
{
    writeFileAtomically(stateFile(folder, index), state.toUtf8() + '\n');
}

QString readState(const QString& folder, int index)
{
    QFile f(stateFile(folder, index));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

QString projectId(Project& project)
{
    auto& st = project.db().cached("SELECT value FROM project_meta WHERE key = 'project_id'");
    const QString id = st.step() ? st.text(0) : QString();
    st.reset();
    return id;
}

QString batchScript(const QString& planPath, const QString& folder, int shards, const SlurmOptions& slurm,
                    const QString& name)
{
    QStringList lines{QStringLiteral("#!/bin/bash"), QStringLiteral("#SBATCH --job-name=trapline-%1").arg(name),
                      QStringLiteral("#SBATCH --array=0-%1").arg(shards - 1),
                      QStringLiteral("#SBATCH --output=%1/logs/shard-%a.log").arg(folder)};
    if (!slurm.partition.isEmpty())
        lines << QStringLiteral("#SBATCH --partition=%1").arg(slurm.partition);
    if (!slurm.gres.isEmpty())
        lines << QStringLiteral("#SBATCH --gres=%1").arg(slurm.gres);
    if (!slurm.time.isEmpty())
        lines << QStringLiteral("#SBATCH --time=%1").arg(slurm.time);
    lines << QString() << QStringLiteral("# One task per shard; trapline-cli collect imports the finished shards.")
          << QStringLiteral("%1 infer-shard %2 \"$SLURM_ARRAY_TASK_ID\"")
                 .arg(shellQuoted(slurm.cli), shellQuoted(planPath))
          << QStringLiteral("rc=$?") << QStringLiteral("if [ \"$rc\" -ne 0 ]; then")
          << QStringLiteral(
                 "  echo \"failed: trapline-cli exited with status $rc\" > %1/shard-\"$SLURM_ARRAY_TASK_ID\".state")
                 .arg(shellQuoted(folder))
          << QStringLiteral("fi") << QStringLiteral("exit \"$rc\"") << QString();
    return lines.join(QLatin1Char('\n'));
}

struct PlanModel {
    QString kind;
    QString manifest;
    QString contentHash;
};

struct Plan {
    QJsonObject json;
    QString id;
    QString projectId;
    std::vector<PlanModel> models;
};

Result<Plan> loadPlan(const QString& planPath)
{
    QFile f(planPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the shard plan %1: %2").arg(planPath, f.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != u"trapline-shard-plan")
        return Error{InferenceText::tr("%1 is not a Trapline shard plan.").arg(planPath)};
    Plan plan{doc.object(), {}, {}, {}};
    plan.id = plan.json.value(QStringLiteral("plan_id")).toString();
    plan.projectId = plan.json.value(QStringLiteral("project_id")).toString();
    for (const auto& m : plan.json.value(QStringLiteral("models")).toArray()) {
        const QJsonObject o = m.toObject();
        plan.models.push_back({o.value(QStringLiteral("kind")).toString(),
                               o.value(QStringLiteral("manifest")).toString(),
                               o.value(QStringLiteral("content_hash")).toString()});
    }
    return plan;
}

InferenceOptions optionsOf(const Plan& plan)
{
    InferenceOptions options;
    for (const PlanModel& m : plan.models)
        (m.kind == u"detector"     ? options.detector
         : m.kind == u"classifier" ? options.classifier
                                   : options.embedder) = m.manifest;
    options.device =
        parseDeviceChoice(plan.json.value(QStringLiteral("device")).toString()).value_or(DeviceChoice::Auto);
    options.batchSize = plan.json.value(QStringLiteral("batch")).toInt(8);
    options.threads = plan.json.value(QStringLiteral("threads")).toInt(0);
    return options;
}

// Builds the shard's own project: the plan's image roots and the shard's media under the same ids, so that the
// InferenceJob of a local run processes them unchanged.
Status prepareShardProject(const QString& path, const Plan& plan, const QJsonArray& media, int index)
{
    auto project = Project::create(path);
    if (!project)
        return project.error();
    auto& db = project.value()->db();
    db::Transaction tx(db);
    for (const auto& r : plan.json.value(QStringLiteral("roots")).toArray())
        db.cached("INSERT INTO image_roots(id, path) VALUES (?1, ?2)")
            .bind(1, static_cast<std::int64_t>(r.toObject().value(QStringLiteral("id")).toInteger()))
            .bind(2, r.toObject().value(QStringLiteral("path")).toString())
            .run();
    const auto deployment = project.value()->ensureDeployment(QStringLiteral("shard"), QString());
    for (const auto& v : media) {
        const QJsonArray m = v.toArray();
        db.cached("INSERT INTO media(id, root_id, rel_path, deployment_id, content_hash, file_size, width, height,"
                  " orientation, imported_at_ms) VALUES (?1, ?2, ?3, ?4, 0, 0, ?5, ?6, ?7, 0)")
            .bind(1, static_cast<std::int64_t>(m.at(0).toInteger()))
            .bind(2, static_cast<std::int64_t>(m.at(1).toInteger()))
            .bind(3, m.at(2).toString())
            .bind(4, deployment)
            .bind(5, m.at(3).toInt())
            .bind(6, m.at(4).toInt())
            .bind(7, m.at(5).toInt())
            .run();
    }
    db.cached("INSERT INTO project_meta(key, value) VALUES ('shard_of_plan', ?1)")
        .bind(1, QStringLiteral("%1:%2").arg(plan.id).arg(index))
        .run();
    tx.commit();
    return okStatus();
}

// Task ids of the plan's jobs that Slurm still lists (pending or running), and those sacct says ended badly.
struct SlurmView {
    bool queried = false;
    std::set<int> active;
    std::map<int, QString> ended;
};

QString runTool(const QString& program, const QStringList& args, bool* ok)
{
    *ok = false;
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {};
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    *ok = true;
    return QString::fromUtf8(p.readAllStandardOutput());
}

SlurmView askSlurm(const QString& folder)
{
    SlurmView view;
    QFile f(jobsFile(folder));
    if (!f.open(QIODevice::ReadOnly))
        return view;
    const QStringList jobs = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (jobs.isEmpty())
        return view;
    const QSet<QString> ours(jobs.begin(), jobs.end());
    static const QRegularExpression task(QStringLiteral("^(\\d+)_(\\d+)$"));
    bool ok = false;
    const QString queue =
        runTool(QStringLiteral("squeue"),
                {QStringLiteral("-h"), QStringLiteral("-r"), QStringLiteral("-o"), QStringLiteral("%i|%T")}, &ok);
    view.queried = ok;
    for (const QString& line : queue.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = task.match(line.section(QLatin1Char('|'), 0, 0).trimmed());
        if (match.hasMatch() && ours.contains(match.captured(1)))
            view.active.insert(match.captured(2).toInt());
    }
    // sacct answers only where accounting is kept; its later submissions of a task win.
    const QString acct =
        runTool(QStringLiteral("sacct"),
                {QStringLiteral("-n"), QStringLiteral("-P"), QStringLiteral("-X"), QStringLiteral("-j"),
                 jobs.join(QLatin1Char(',')), QStringLiteral("-o"), QStringLiteral("JobID,State")},
                &ok);
    for (const QString& line : acct.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto match = task.match(line.section(QLatin1Char('|'), 0, 0).trimmed());
        if (!match.hasMatch())
            continue;
        const QString state = line.section(QLatin1Char('|'), 1, 1).trimmed();
        const int index = match.captured(2).toInt();
        if (state.startsWith(u"FAILED") || state.startsWith(u"CANCELLED") || state.startsWith(u"TIMEOUT") ||
            state.startsWith(u"OUT_OF_ME") || state.startsWith(u"NODE_FAIL"))
            view.ended[index] = state;
        else
            view.ended.erase(index);
    }
    return view;
}

std::int64_t modelIdByHash(Project& project, const QString& hash)
{
    auto& st = project.db().cached("SELECT id FROM models WHERE content_hash = ?1");
    st.bind(1, hash);
    const std::int64_t id = st.step() ? st.integer(0) : -1;
    st.reset();
    return id;
}

// One shard's rows into the project, with its ids mapped: models by content hash, taxa by name, boxes anew.
// Media on which the project already has results of these models are left as they are.
void importShard(Project& project, const Plan& plan, int index, CollectReport& report)
{
    auto& db = project.db();
    db.exec("INSERT OR IGNORE INTO main.models(kind, name, version, content_hash, manifest, created_ms)"
            " SELECT kind, name, version, content_hash, manifest, created_ms FROM shard.models");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS shard_models(old INTEGER PRIMARY KEY, new INTEGER)");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS shard_taxa(old INTEGER PRIMARY KEY, new INTEGER)");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS shard_media(id INTEGER PRIMARY KEY)");
    db.exec("CREATE TEMP TABLE IF NOT EXISTS shard_boxes(old INTEGER PRIMARY KEY, new INTEGER)");
    for (const char* table : {"shard_models", "shard_taxa", "shard_media", "shard_boxes"})
        db.exec(std::string("DELETE FROM temp.") + table);
    db.exec("INSERT INTO shard_models SELECT s.id, m.id FROM shard.models s JOIN main.models m USING (content_hash)");
    db.exec("INSERT OR IGNORE INTO main.taxa(scientific_name, common_name) SELECT scientific_name, common_name"
            " FROM shard.taxa WHERE id IN (SELECT taxon_id FROM shard.observations) ORDER BY id");
    db.exec("INSERT INTO shard_taxa SELECT s.id, t.id FROM shard.taxa s JOIN main.taxa t USING (scientific_name)");
    db.exec("INSERT INTO shard_media SELECT s.id FROM shard.media s WHERE s.id IN (SELECT id FROM main.media)"
            " AND NOT EXISTS (SELECT 1 FROM main.model_runs r JOIN shard_models sm ON sm.new = r.model_id"
            " WHERE r.media_id = s.id)");
    auto& boxes = db.cached("SELECT d.id, d.media_id, d.x, d.y, d.w, d.h, d.category, d.confidence, d.source, sm.new,"
                            " d.created_ms FROM shard.detections d JOIN shard_models sm ON sm.old = d.model_id"
                            " WHERE d.media_id IN (SELECT id FROM shard_media) ORDER BY d.id");
    auto& insertBox = db.cached("INSERT INTO main.detections(media_id, x, y, w, h, category, confidence, source,"
                                " model_id, created_ms) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
    auto& mapBox = db.cached("INSERT INTO shard_boxes(old, new) VALUES (?1, ?2)");
    while (boxes.step()) {
        for (int c = 1; c <= 10; ++c)
            insertBox.bind(c, boxes.value(c));
        insertBox.run();
        mapBox.bind(1, boxes.integer(0)).bind(2, db.lastInsertId()).run();
        ++report.detections;
    }
    boxes.reset();
    db.exec(
        "INSERT INTO main.observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count,"
        " method, model_id, confidence, classified_by, classified_ms)"
        " SELECT (SELECT sequence_id FROM main.media WHERE id = o.media_id), o.media_id, b.new, o.observation_type,"
        " t.new, o.count, o.method, sm.new, o.confidence, o.classified_by, o.classified_ms FROM shard.observations o"
        " JOIN shard_models sm ON sm.old = o.model_id LEFT JOIN shard_boxes b ON b.old = o.detection_id"
        " LEFT JOIN shard_taxa t ON t.old = o.taxon_id WHERE o.media_id IN (SELECT id FROM shard_media)"
        " ORDER BY o.id");
    report.observations += db.changes();
    db.exec("INSERT OR REPLACE INTO main.embeddings(detection_id, model_id, vector) SELECT b.new, sm.new, e.vector"
            " FROM shard.embeddings e JOIN shard_boxes b ON b.old = e.detection_id"
            " JOIN shard_models sm ON sm.old = e.model_id");
    db.exec("INSERT OR REPLACE INTO main.model_runs(media_id, model_id, state, error, ran_ms)"
            " SELECT r.media_id, sm.new, r.state, r.error, r.ran_ms FROM shard.model_runs r"
            " JOIN shard_models sm ON sm.old = r.model_id WHERE r.media_id IN (SELECT id FROM shard_media)");
    report.media += db.scalar("SELECT count(*) FROM shard_media");
    // Sequence smoothing, as the local run does when a sequence's last frame is written: a sequence split over
    // shards is smoothed again when its other frames arrive.
    const PlanModel* label = nullptr;
    for (const PlanModel& m : plan.models)
        if (m.kind == u"classifier" || (m.kind == u"detector" && !label))
            label = &m;
    if (label) {
        std::set<std::int64_t> sequences;
        auto& seq = db.cached("SELECT DISTINCT sequence_id FROM main.media WHERE sequence_id IS NOT NULL"
                              " AND id IN (SELECT id FROM shard_media)");
        while (seq.step())
            sequences.insert(seq.integer(0));
        seq.reset();
        report.framesFlagged += smoothSequences(project, modelIdByHash(project, label->contentHash), sequences);
    }
    db.cached("INSERT INTO project_meta(key, value) VALUES (?1, ?2)")
        .bind(1, QStringLiteral("slurm_shard:%1:%2").arg(plan.id).arg(index))
        .bind(2, Clock::nowMs())
        .run();
}

} // namespace

QString slurmFolder(const QString& projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".slurm");
}

std::vector<int> CollectReport::toResubmit() const
{
    std::vector<int> out = missing;
    for (const auto& f : failed)
        out.push_back(f.first);
    std::sort(out.begin(), out.end());
    return out;
}

Result<ShardPlanInfo> writeShardPlan(const QString& projectPath, const InferenceOptions& models,
                                     const SlurmOptions& slurm)
{
    if (slurm.shards < 1)
        return Error{InferenceText::tr("A plan needs at least one shard.")};
    auto opened = Project::open(projectPath);
    if (!opened)
        return opened.error();
    Project& project = *opened.value();
    ShardPlanInfo info;
    info.folder = slurmFolder(projectPath);
    info.planPath = QDir(info.folder).filePath(QStringLiteral("plan.json"));
    info.scriptPath = QDir(info.folder).filePath(QStringLiteral("job.sh"));
    info.planId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray jsonModels;
    std::vector<std::int64_t> knownIds;
    for (auto [kind, path] :
         {std::pair{ModelKind::Detector, models.detector}, std::pair{ModelKind::Classifier, models.classifier},
          std::pair{ModelKind::Embedder, models.embedder}}) {
        if (path.isEmpty())
            continue;
        auto manifest = ModelManifest::load(path);
        if (!manifest)
            return manifest.error();
        jsonModels.append(QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                                      {QStringLiteral("manifest"), manifest.value().path},
                                      {QStringLiteral("content_hash"), manifest.value().contentHash}});
        knownIds.push_back(modelIdByHash(project, manifest.value().contentHash));
    }
    if (jsonModels.isEmpty())
        return Error{InferenceText::tr("No model was given: name a detector, a classifier or an embedder manifest.")};
    QJsonArray roots;
    auto& r = project.db().cached("SELECT id, path FROM image_roots ORDER BY id");
    while (r.step())
        roots.append(QJsonObject{{QStringLiteral("id"), qint64(r.integer(0))}, {QStringLiteral("path"), r.text(1)}});
    r.reset();
    // Media that no requested model has touched: the rest (a classifier added to stored boxes) runs locally.
    std::vector<QJsonArray> media;
    auto& m = project.db().cached(
        "SELECT m.id, m.root_id, m.rel_path, m.width, m.height, m.orientation,"
        " EXISTS (SELECT 1 FROM model_runs x WHERE x.media_id = m.id AND x.model_id IN (?1, ?2, ?3))"
        " FROM media m WHERE m.width IS NOT NULL ORDER BY m.id");
    m.bind(1, knownIds.size() > 0 ? knownIds[0] : -1)
        .bind(2, knownIds.size() > 1 ? knownIds[1] : -1)
        .bind(3, knownIds.size() > 2 ? knownIds[2] : -1);
    while (m.step()) {
        if (m.integer(6) != 0) {
            ++info.skipped;
            continue;
        }
        media.push_back(QJsonArray{qint64(m.integer(0)), qint64(m.integer(1)), m.text(2), qint64(m.integer(3)),
                                   qint64(m.integer(4)), qint64(m.integer(5))});
    }
    m.reset();
    info.media = static_cast<std::int64_t>(media.size());
    info.shards = std::max(1, std::min<int>(slurm.shards, static_cast<int>(std::max<size_t>(1, media.size()))));
    QJsonArray shards;
    for (int s = 0; s < info.shards; ++s) {
        QJsonArray list;
        const size_t begin = media.size() * static_cast<size_t>(s) / static_cast<size_t>(info.shards);
        const size_t end = media.size() * static_cast<size_t>(s + 1) / static_cast<size_t>(info.shards);
        for (size_t i = begin; i < end; ++i)
            list.append(media[i]);
        shards.append(list);
    }
    const QJsonObject plan{
        {QStringLiteral("format"), QStringLiteral("trapline-shard-plan")},
        {QStringLiteral("version"), kPlanVersion},
        {QStringLiteral("plan_id"), info.planId},
        {QStringLiteral("project_id"), projectId(project)},
        {QStringLiteral("project"), QFileInfo(projectPath).absoluteFilePath()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("models"), jsonModels},
        {QStringLiteral("device"), models.device == DeviceChoice::Cpu    ? QStringLiteral("cpu")
                                   : models.device == DeviceChoice::Cuda ? QStringLiteral("cuda")
                                                                         : QStringLiteral("auto")},
        {QStringLiteral("batch"), models.batchSize},
        {QStringLiteral("threads"), models.threads},
        {QStringLiteral("media_fields"),
         QJsonArray{QStringLiteral("id"), QStringLiteral("root_id"), QStringLiteral("rel_path"),
                    QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("orientation")}},
        {QStringLiteral("roots"), roots},
        {QStringLiteral("shards"), shards},
    };
    if (!QDir().mkpath(QDir(info.folder).filePath(QStringLiteral("logs"))))
        return Error{InferenceText::tr("Cannot create the folder %1.").arg(info.folder)};
    // A new plan starts afresh: the shard files, states and job ids of an earlier one are removed.
    for (const QString& old :
         QDir(info.folder).entryList({QStringLiteral("shard-*"), QStringLiteral("jobs.txt")}, QDir::Files))
        QFile::remove(QDir(info.folder).filePath(old));
    if (Status s = writeFileAtomically(info.planPath, QJsonDocument(plan).toJson(QJsonDocument::Compact)); !s)
        return s.error();
    info.script =
        batchScript(info.planPath, info.folder, info.shards, slurm, QFileInfo(projectPath).completeBaseName());
    if (Status s = writeFileAtomically(info.scriptPath, info.script.toUtf8()); !s)
        return s.error();
    QFile::setPermissions(info.scriptPath, QFile::permissions(info.scriptPath) | QFile::ExeOwner);
    return info;
}

Result<ShardPlanInfo> readShardPlan(const QString& projectPath)
{
    ShardPlanInfo info;
    info.folder = slurmFolder(projectPath);
    info.planPath = QDir(info.folder).filePath(QStringLiteral("plan.json"));
    info.scriptPath = QDir(info.folder).filePath(QStringLiteral("job.sh"));
    auto plan = loadPlan(info.planPath);
    if (!plan)
        return plan.error();
    info.planId = plan.value().id;
    const QJsonArray shards = plan.value().json.value(QStringLiteral("shards")).toArray();
    info.shards = static_cast<int>(shards.size());
    for (const auto& s : shards)
        info.media += s.toArray().size();
    QFile script(info.scriptPath);
    if (script.open(QIODevice::ReadOnly))
        info.script = QString::fromUtf8(script.readAll());
    return info;
}

Result<QString> submitShards(const ShardPlanInfo& plan, const std::vector<int>& tasks)
{
    const QString sbatch = QStandardPaths::findExecutable(QStringLiteral("sbatch"));
    if (sbatch.isEmpty())
        return Error{InferenceText::tr("sbatch was not found on PATH: run this on a Slurm login node, or submit %1 "
                                       "there yourself (sbatch %1).")
                         .arg(plan.scriptPath)};
    QStringList args;
    if (!tasks.empty()) {
        QStringList ids;
        for (int t : tasks)
            ids << QString::number(t);
        args << QStringLiteral("--array=%1").arg(ids.join(QLatin1Char(',')));
    }
    args << QStringLiteral("--parsable") << plan.scriptPath;
    QProcess p;
    p.setWorkingDirectory(plan.folder);
    p.start(sbatch, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{
            InferenceText::tr("sbatch refused the job: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed())};
    const QString jobId = QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(QLatin1Char(';'), 0, 0);
    QFile jobs(jobsFile(plan.folder));
    if (jobs.open(QIODevice::Append))
        jobs.write(jobId.toUtf8() + '\n');
    return jobId;
}

Result<InferenceSummary> runShard(const QString& planPath, int index, JobControl& control)
{
    auto loaded = loadPlan(planPath);
    if (!loaded)
        return loaded.error();
    const Plan& plan = loaded.value();
    const QJsonArray shards = plan.json.value(QStringLiteral("shards")).toArray();
    if (index < 0 || index >= shards.size())
        return Error{
            InferenceText::tr("The plan has shards 0 to %1; there is no shard %2.").arg(shards.size() - 1).arg(index)};
    for (const PlanModel& m : plan.models) {
        auto manifest = ModelManifest::load(m.manifest);
        if (!manifest)
            return manifest.error();
        if (manifest.value().contentHash != m.contentHash)
            return Error{InferenceText::tr("The model %1 is not the one the plan was made with: its files' hash is %2, "
                                           "the plan's %3. Make a new plan.")
                             .arg(m.manifest, manifest.value().contentHash, m.contentHash)};
    }
    const QString folder = QFileInfo(planPath).absolutePath();
    const QString final = shardFile(folder, index);
    const QString temp = final + QStringLiteral(".part");
    writeState(folder, index, QStringLiteral("running"));
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(temp + suffix);
    QFile::remove(final);
    auto fail = [&](const Error& e) -> Error {
        writeState(folder, index, QStringLiteral("failed: ") + e.message.simplified());
        return e;
    };
    if (Status prepared = prepareShardProject(temp, plan, shards.at(index).toArray(), index); !prepared)
        return fail(prepared.error());
    auto summary = InferenceJob(temp, optionsOf(plan)).run(control);
    if (!summary)
        return fail(summary.error());
    if (summary.value().cancelled)
        return fail(Error{InferenceText::tr("The shard was cancelled.")});
    {
        // One file, without its write-ahead log, before it takes its final name.
        db::Database db(temp, db::Database::Mode::ReadWrite);
        db.exec("PRAGMA journal_mode = DELETE");
    }
    if (!QFile::rename(temp, final))
        return fail(Error{InferenceText::tr("Cannot rename %1 to %2.").arg(temp, final)});
    writeState(folder, index, QStringLiteral("done"));
    return summary;
}

Result<CollectReport> collectShards(const QString& projectPath, JobControl& control)
{
    const QString folder = slurmFolder(projectPath);
    auto loaded = loadPlan(QDir(folder).filePath(QStringLiteral("plan.json")));
    if (!loaded)
        return loaded.error();
    const Plan& plan = loaded.value();
    auto opened = Project::open(projectPath);
    if (!opened)
        return opened.error();
    Project& project = *opened.value();
    if (projectId(project) != plan.projectId)
        return Error{InferenceText::tr("The shard plan in %1 was made for another project.").arg(folder)};
    CollectReport report;
    const SlurmView slurm = askSlurm(folder);
    report.slurmQueried = slurm.queried;
    const int shards = static_cast<int>(plan.json.value(QStringLiteral("shards")).toArray().size());
    control.beginPhase(InferenceText::tr("Collecting shards"), shards);
    auto& db = project.db();
    for (int i = 0; i < shards && !control.cancelled(); ++i) {
        control.report(i);
        auto& seen = db.cached("SELECT 1 FROM project_meta WHERE key = ?1");
        seen.bind(1, QStringLiteral("slurm_shard:%1:%2").arg(plan.id).arg(i));
        const bool before = seen.step();
        seen.reset();
        if (before) {
            report.importedBefore.push_back(i);
            continue;
        }
        const QString file = shardFile(folder, i);
        if (!QFileInfo::exists(file)) {
            const QString state = readState(folder, i);
            if (slurm.active.count(i))
                report.running.push_back(i);
            else if (state.startsWith(u"failed"))
                report.failed.push_back({i, state.mid(8).trimmed()});
            else if (slurm.ended.count(i))
                report.failed.push_back({i, slurm.ended.at(i)});
            else if (state == u"running" && slurm.queried)
                report.failed.push_back({i, InferenceText::tr("stopped while running (killed or cancelled)")});
            else
                report.missing.push_back(i);
            continue;
        }
        try {
            db.cached("ATTACH DATABASE ?1 AS shard").bind(1, file).run();
            auto& owner = db.cached("SELECT value FROM shard.project_meta WHERE key = 'shard_of_plan'");
            const QString of = owner.step() ? owner.text(0) : QString();
            owner.reset();
            if (of != QStringLiteral("%1:%2").arg(plan.id).arg(i)) {
                db.exec("DETACH DATABASE shard");
                report.failed.push_back({i, InferenceText::tr("%1 belongs to another plan").arg(file)});
                continue;
            }
            {
                db::Transaction tx(db);
                importShard(project, plan, i, report);
                tx.commit();
            }
            db.exec("DETACH DATABASE shard");
            report.imported.push_back(i);
        } catch (const db::DbError& e) {
            qCDebug(log::inference).noquote() << "Collecting" << file << "failed:" << e.what();
            try {
                db.exec("DETACH DATABASE shard");
            } catch (const db::DbError&) {
                // Not attached: the error above came first.
            }
            return databaseFailure(InferenceText::tr("Cannot import %1").arg(file), e);
        }
    }
    control.report(shards);
    return report;
}

} // namespace trapline::inference
