#include "CamtrapDp.h"
#include "DateTimes.h"
#include "Tr.h"

#include "CamtrapDpSchema.h"
#include "Clock.h"
#include "Csv.h"
#include "ingest/MediaMetadata.h"
#include "ingest/SequenceGrouper.h"
#include "project/Project.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>

namespace trapline::formats {

namespace {

struct Table {
    QStringList header;
    std::vector<QStringList> rows;
    QString value(const QStringList& row, const char* column) const
    {
        const auto i = header.indexOf(QString::fromLatin1(column));
        return i >= 0 ? row.value(i) : QString();
    }
};

struct Moment {
    std::int64_t wallClockMs = 0; // the camera's clock
    int offsetSeconds = 0;
    std::int64_t utcMs() const { return wallClockMs - offsetSeconds * 1000LL; }
};

Moment parseMoment(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDateTime wall = t.toOffsetFromUtc(t.offsetFromUtc());
    return {utcDateTime(wall.date(), wall.time()).toMSecsSinceEpoch(), t.offsetFromUtc()};
}

// The fields of a row Trapline has no column for, kept to be written back on export.
QString extras(const Table& table, const QStringList& row, const QStringList& modelled)
{
    QJsonObject extra;
    for (qsizetype i = 0; i < table.header.size(); ++i)
        if (!modelled.contains(table.header[i]) && !row.value(i).isEmpty())
            extra[table.header[i]] = row.value(i);
    return extra.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

class Importer {
public:
    Importer(Project& project, const QString& packagePath) : m_project(project)
    {
        const QFileInfo info(packagePath);
        m_dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    }

    Result<CamtrapDpSummary> run();

private:
    Status load();
    void importDeployments();
    void importMedia();
    void importEvents();
    void groupRemainingMedia();
    void importObservations();
    std::optional<std::int64_t> taxon(const QString& name);
    std::optional<std::int64_t> individual(const QString& name, std::optional<std::int64_t> taxonId);

    Project& m_project;
    QString m_dir;
    QJsonObject m_package;
    Table m_deployments, m_media, m_observations;
    CamtrapDpSummary m_summary;
    QHash<QString, std::int64_t> m_deploymentIds, m_mediaIds, m_eventIds, m_taxa, m_individuals;
    QHash<QString, int> m_offsets; // per deployment ID
    std::int64_t m_localRoot = 0, m_remoteRoot = 0;
};

Status Importer::load()
{
    QFile file(QDir(m_dir).filePath(QStringLiteral("datapackage.json")));
    if (!file.open(QIODevice::ReadOnly))
        return Error{FormatsText::tr("No datapackage.json in %1: give the folder of a Camtrap DP package.").arg(m_dir)};
    QJsonParseError error;
    m_package = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (m_package.isEmpty())
        return Error{FormatsText::tr("%1 is not valid JSON (%2 at character %3).")
                         .arg(file.fileName(), error.errorString())
                         .arg(error.offset)};
    const std::vector<std::pair<const camtrapdp::TableSchema*, Table*>> tables{
        {&camtrapdp::deploymentsSchema(), &m_deployments}, {&camtrapdp::mediaSchema(), &m_media},
        {&camtrapdp::observationsSchema(), &m_observations}};
    QStringList problems;
    for (const auto& [schema, table] : tables) {
        QString path;
        for (const QJsonValue& r : m_package.value(QStringLiteral("resources")).toArray())
            if (r[QStringLiteral("name")].toString() == schema->name)
                path = r[QStringLiteral("path")].toString();
        if (path.isEmpty())
            return Error{FormatsText::tr("datapackage.json lists no \"%1\" resource; it is not a Camtrap DP package.")
                             .arg(schema->name)};
        auto csv = readCsvFile(QDir(m_dir).filePath(path));
        if (!csv)
            return csv.error();
        table->header = csv.value().header;
        table->rows = std::move(csv.value().rows);
        problems << camtrapdp::validateTable(*schema, table->header, table->rows);
    }
    if (!problems.isEmpty())
        return Error{
            FormatsText::tr("The package in %1 does not follow the Camtrap DP schemas (%2 problems), so nothing was "
                            "imported:\n- %3")
                .arg(m_dir)
                .arg(problems.size())
                .arg(problems.mid(0, 10).join(QStringLiteral("\n- ")))};
    return okStatus();
}

void Importer::importDeployments()
{
    auto& insert = m_project.db().cached(
        "INSERT INTO deployments(name, folder, location_name, latitude, longitude, start_ms, end_ms, camera_model,"
        " external_id, location_id, utc_offset_s, extra, coordinate_uncertainty_m, camera_height_m)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    static const QStringList modelled{QStringLiteral("deploymentID"), QStringLiteral("locationID"), QStringLiteral("locationName"),
                                      QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("deploymentStart"),
                                      QStringLiteral("deploymentEnd"), QStringLiteral("cameraModel"),
                                      QStringLiteral("coordinateUncertainty"), QStringLiteral("cameraHeight")};
    // The schema check before the import has made sure these are numbers where present.
    const auto optNumber = [this](const QStringList& row, const char* field) -> std::optional<double> {
        const QString v = m_deployments.value(row, field);
        return v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    for (const QStringList& row : m_deployments.rows) {
        const QString id = m_deployments.value(row, "deploymentID");
        const QString location = m_deployments.value(row, "locationName");
        const Moment start = parseMoment(m_deployments.value(row, "deploymentStart"));
        const Moment end = parseMoment(m_deployments.value(row, "deploymentEnd"));
        insert.bind(1, location.isEmpty() ? id : QStringLiteral("%1 [%2]").arg(location, id)).bind(2, m_dir)
            .bind(3, location).bind(4, m_deployments.value(row, "latitude").toDouble())
            .bind(5, m_deployments.value(row, "longitude").toDouble()).bind(6, start.wallClockMs).bind(7, end.wallClockMs)
            .bind(8, m_deployments.value(row, "cameraModel")).bind(9, id).bind(10, m_deployments.value(row, "locationID"))
            .bind(11, start.offsetSeconds).bind(12, extras(m_deployments, row, modelled))
            .bind(13, optNumber(row, "coordinateUncertainty")).bind(14, optNumber(row, "cameraHeight")).run();
        m_deploymentIds.insert(id, m_project.db().lastInsertId());
        m_offsets.insert(id, start.offsetSeconds);
    }
    m_summary.deployments = static_cast<std::int64_t>(m_deployments.rows.size());
}

void Importer::importMedia()
{
    auto& insert = m_project.db().cached(
        "INSERT INTO media(root_id, rel_path, deployment_id, content_hash, file_size, file_mtime_ms, width, height,"
        " taken_at_ms, time_source, orientation, import_error, imported_at_ms, external_id, capture_method, extra)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,2,?10,?11,?12,?13,?14,?15)");
    static const QStringList modelled{QStringLiteral("mediaID"), QStringLiteral("deploymentID"), QStringLiteral("captureMethod"),
                                      QStringLiteral("timestamp")};
    const std::int64_t now = Clock::nowMs();
    for (const QStringList& row : m_media.rows) {
        const QString filePath = m_media.value(row, "filePath");
        const bool remote = filePath.contains(QStringLiteral("://"));
        ingest::MediaMetadata meta;
        if (!remote)
            meta = ingest::readMediaMetadata(QDir(m_dir).filePath(filePath));
        // The original path is kept so an export writes the same package back.
        QJsonObject extra = QJsonDocument::fromJson(extras(m_media, row, modelled).toUtf8()).object();
        const Moment t = parseMoment(m_media.value(row, "timestamp"));
        const QString deployment = m_media.value(row, "deploymentID");
        insert.bind(1, remote ? m_remoteRoot : m_localRoot).bind(2, filePath).bind(3, m_deploymentIds.value(deployment))
            .bind(4, static_cast<std::int64_t>(meta.contentHash)).bind(5, meta.fileSize).bind(6, meta.fileMtimeMs)
            .bind(7, meta.width).bind(8, meta.height)
            .bind(9, t.wallClockMs + (m_offsets.value(deployment) - t.offsetSeconds) * 1000LL)
            .bind(10, meta.orientation).bind(11, remote || meta.error.isEmpty() ? QString() : meta.error).bind(12, now)
            .bind(13, m_media.value(row, "mediaID")).bind(14, m_media.value(row, "captureMethod"))
            .bind(15, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact))).run();
        m_mediaIds.insert(m_media.value(row, "mediaID"), m_project.db().lastInsertId());
    }
    m_summary.media = static_cast<std::int64_t>(m_media.rows.size());
}

// Events (eventID) become sequences holding the media their media-level observations name.
void Importer::importEvents()
{
    struct Event {
        QString deployment;
        std::set<std::int64_t> media;
        std::optional<Moment> start, end;
    };
    std::map<QString, Event> events;
    for (const QStringList& row : m_observations.rows) {
        const QString eventId = m_observations.value(row, "eventID");
        if (eventId.isEmpty())
            continue;
        Event& e = events[eventId];
        e.deployment = m_observations.value(row, "deploymentID");
        const QString mediaId = m_observations.value(row, "mediaID");
        if (!mediaId.isEmpty() && m_mediaIds.contains(mediaId))
            e.media.insert(m_mediaIds.value(mediaId));
        if (m_observations.value(row, "observationLevel") == u"event") {
            e.start = parseMoment(m_observations.value(row, "eventStart"));
            e.end = parseMoment(m_observations.value(row, "eventEnd"));
        }
    }
    auto& insert = m_project.db().cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by,"
                                         " external_id) VALUES (?1,?2,?3,?4,'imported',?5)");
    auto& assign = m_project.db().cached("UPDATE media SET sequence_id = ?1, frame_index = ?2 WHERE id = ?3 AND sequence_id IS NULL");
    auto& times = m_project.db().cached("SELECT taken_at_ms FROM media WHERE id = ?1");
    for (const auto& [eventId, e] : events) {
        std::vector<std::pair<std::int64_t, std::int64_t>> frames; // time, media
        for (auto id : e.media) {
            times.bind(1, id);
            times.step();
            frames.push_back({times.integer(0), id});
            times.reset();
        }
        std::sort(frames.begin(), frames.end());
        const int offset = m_offsets.value(e.deployment);
        const std::int64_t start = e.start ? e.start->utcMs() + offset * 1000LL : (frames.empty() ? 0 : frames.front().first);
        const std::int64_t end = e.end ? e.end->utcMs() + offset * 1000LL : (frames.empty() ? start : frames.back().first);
        insert.bind(1, m_deploymentIds.value(e.deployment)).bind(2, start).bind(3, end)
            .bind(4, static_cast<std::int64_t>(frames.size())).bind(5, eventId).run();
        const auto sequenceId = m_project.db().lastInsertId();
        m_eventIds.insert(eventId, sequenceId);
        for (size_t i = 0; i < frames.size(); ++i)
            assign.bind(1, sequenceId).bind(2, static_cast<std::int64_t>(i)).bind(3, frames[i].second).run();
    }
    m_summary.events = static_cast<std::int64_t>(events.size());
}

// Media no event names are grouped like an import would (time gap per deployment).
void Importer::groupRemainingMedia()
{
    std::map<std::int64_t, std::vector<ingest::FrameKey>> byDeployment;
    auto& st = m_project.db().cached("SELECT id, deployment_id, taken_at_ms, rel_path FROM media WHERE sequence_id IS NULL"
                                     " AND deployment_id IN (SELECT id FROM deployments WHERE folder = ?1)");
    st.bind(1, m_dir);
    while (st.step())
        byDeployment[st.integer(1)].push_back({st.integer(0), st.integer(2), std::nullopt, std::nullopt, std::nullopt, st.text(3)});
    auto& insert = m_project.db().cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                                         " VALUES (?1, 0, 0, ?2, ?3)");
    auto& assign = m_project.db().cached("UPDATE media SET sequence_id = ?1, frame_index = ?2 WHERE id = ?3");
    auto& bounds = m_project.db().cached("UPDATE sequences SET start_ms = (SELECT min(taken_at_ms) FROM media WHERE sequence_id = ?1),"
                                         " end_ms = (SELECT max(taken_at_ms) FROM media WHERE sequence_id = ?1) WHERE id = ?1");
    for (auto& [deployment, frames] : byDeployment) {
        for (const auto& group : ingest::SequenceGrouper(ingest::SequenceGrouper::kDefaultGapSeconds * 1000).group(frames)) {
            insert.bind(1, deployment).bind(2, static_cast<std::int64_t>(group.mediaIds.size()))
                .bind(3, group.mediaIds.size() > 1 ? QStringLiteral("time-gap") : QStringLiteral("single")).run();
            const auto sequenceId = m_project.db().lastInsertId();
            for (size_t i = 0; i < group.mediaIds.size(); ++i)
                assign.bind(1, sequenceId).bind(2, static_cast<std::int64_t>(i)).bind(3, group.mediaIds[i]).run();
            bounds.bind(1, sequenceId).run();
        }
    }
}

std::optional<std::int64_t> Importer::taxon(const QString& name)
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto it = m_taxa.constFind(name); it != m_taxa.constEnd())
        return *it;
    m_project.db().cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)").bind(1, name).run();
    auto& find = m_project.db().cached("SELECT id FROM taxa WHERE scientific_name = ?1");
    find.bind(1, name);
    find.step();
    const auto id = find.integer(0);
    find.reset();
    m_taxa.insert(name, id);
    return id;
}

std::optional<std::int64_t> Importer::individual(const QString& name, std::optional<std::int64_t> taxonId)
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto it = m_individuals.constFind(name); it != m_individuals.constEnd())
        return *it;
    m_project.db().cached("INSERT INTO individuals(taxon_id, name, created_ms) VALUES (?1, ?2, ?3)")
        .bind(1, taxonId).bind(2, name).bind(3, Clock::nowMs()).run();
    m_individuals.insert(name, m_project.db().lastInsertId());
    return m_individuals.value(name);
}

void Importer::importObservations()
{
    auto& detection = m_project.db().cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, created_ms)"
                                            " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    auto& insert = m_project.db().cached(
        "INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, individual_id,"
        " life_stage, sex, behavior, method, confidence, classified_by, classified_ms, external_id, extra)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
    auto& sequenceOf = m_project.db().cached("SELECT sequence_id FROM media WHERE id = ?1");
    static const QStringList modelled{
        QStringLiteral("observationID"), QStringLiteral("deploymentID"), QStringLiteral("mediaID"), QStringLiteral("eventID"),
        QStringLiteral("eventStart"), QStringLiteral("eventEnd"), QStringLiteral("observationLevel"),
        QStringLiteral("observationType"), QStringLiteral("scientificName"), QStringLiteral("count"),
        QStringLiteral("lifeStage"), QStringLiteral("sex"), QStringLiteral("behavior"), QStringLiteral("individualID"),
        QStringLiteral("bboxX"), QStringLiteral("bboxY"), QStringLiteral("bboxWidth"), QStringLiteral("bboxHeight"),
        QStringLiteral("classificationMethod"), QStringLiteral("classifiedBy"), QStringLiteral("classificationTimestamp"),
        QStringLiteral("classificationProbability")};
    const std::int64_t now = Clock::nowMs();
    for (const QStringList& row : m_observations.rows) {
        const auto v = [&](const char* column) { return m_observations.value(row, column); };
        const bool mediaLevel = v("observationLevel") == u"media";
        const std::optional<std::int64_t> mediaId = mediaLevel ? std::optional(m_mediaIds.value(v("mediaID"))) : std::nullopt;
        std::optional<std::int64_t> sequenceId = v("eventID").isEmpty() ? std::nullopt : std::optional(m_eventIds.value(v("eventID")));
        if (mediaLevel && !sequenceId) {
            sequenceOf.bind(1, *mediaId);
            sequenceOf.step();
            sequenceId = sequenceOf.optInteger(0);
            sequenceOf.reset();
        }
        const QString method = v("classificationMethod").isEmpty() ? QStringLiteral("human") : v("classificationMethod");
        std::optional<std::int64_t> detectionId;
        if (mediaLevel && !v("bboxX").isEmpty()) {
            detection.bind(1, *mediaId).bind(2, v("bboxX").toDouble()).bind(3, v("bboxY").toDouble())
                .bind(4, v("bboxWidth").toDouble()).bind(5, v("bboxHeight").toDouble()).bind(6, v("observationType"))
                .bind(7, v("classificationProbability").isEmpty() ? std::optional<double>() : std::optional(v("classificationProbability").toDouble()))
                .bind(8, method).bind(9, now).run();
            detectionId = m_project.db().lastInsertId();
        }
        QJsonObject extra = QJsonDocument::fromJson(extras(m_observations, row, modelled).toUtf8()).object();
        const QString stamp = v("classificationTimestamp");
        if (stamp.isEmpty())
            extra[QStringLiteral("noClassificationTimestamp")] = true;
        const auto taxonId = taxon(v("scientificName"));
        insert.bind(1, sequenceId).bind(2, mediaId).bind(3, detectionId).bind(4, v("observationType")).bind(5, taxonId)
            .bind(6, v("count").isEmpty() ? std::optional<std::int64_t>() : std::optional<std::int64_t>(v("count").toLongLong()))
            .bind(7, individual(v("individualID"), taxonId)).bind(8, v("lifeStage")).bind(9, v("sex")).bind(10, v("behavior"))
            .bind(11, method)
            .bind(12, v("classificationProbability").isEmpty() ? std::optional<double>() : std::optional(v("classificationProbability").toDouble()))
            .bind(13, v("classifiedBy")).bind(14, stamp.isEmpty() ? now : parseMoment(stamp).utcMs()).bind(15, v("observationID"))
            .bind(16, extra.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact))).run();
    }
    m_summary.observations = static_cast<std::int64_t>(m_observations.rows.size());
}

Result<CamtrapDpSummary> Importer::run()
{
    if (Status loaded = load(); !loaded)
        return loaded.error();
    try {
        auto& db = m_project.db();
        for (const QStringList& row : m_deployments.rows) {
            auto& known = db.cached("SELECT 1 FROM deployments WHERE external_id = ?1");
            known.bind(1, m_deployments.value(row, "deploymentID"));
            const bool exists = known.step();
            known.reset();
            if (exists)
                return Error{FormatsText::tr("The deployment %1 of this package is in the project already; nothing was "
                                             "imported.")
                                 .arg(m_deployments.value(row, "deploymentID"))};
        }
        db::Transaction tx(db);
        m_localRoot = m_project.ensureImageRoot(m_dir);
        m_remoteRoot = m_project.ensureImageRoot(QString());
        importDeployments();
        importMedia();
        importEvents();
        groupRemainingMedia();
        importObservations();
        QJsonObject metadata = m_package;
        metadata.remove(QStringLiteral("resources"));
        db.cached("INSERT OR REPLACE INTO project_meta(key, value) VALUES ('camtrapdp_package', ?1)")
            .bind(1, QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))).run();
        m_project.audit({QStringLiteral("import-labels"), QStringLiteral("insert"), QStringLiteral("camtrap-dp"), std::nullopt,
                         QStringLiteral("{\"package\": \"%1\", \"media\": %2, \"observations\": %3}")
                             .arg(m_package.value(QStringLiteral("name")).toString()).arg(m_summary.media).arg(m_summary.observations),
                         {}});
        tx.commit();
        return m_summary;
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("Importing the package failed and changed nothing: %1")
                         .arg(QString::fromStdString(e.what()))};
    }
}

} // namespace

Result<CamtrapDpSummary> importCamtrapDp(Project& project, const QString& packagePath)
{
    return Importer(project, packagePath).run();
}

} // namespace trapline::formats
