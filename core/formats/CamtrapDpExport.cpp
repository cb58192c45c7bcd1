#include "CamtrapDp.h"
#include "DateTimes.h"
#include "Tr.h"

#include "CamtrapDpSchema.h"
#include "Clock.h"
#include "Csv.h"
#include "project/Deployments.h"
#include "project/Project.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <map>
#include <set>

namespace trapline::formats {

namespace {

// Camera clocks are stored as wall-clock time; Camtrap DP wants ISO 8601 with the camera's UTC offset.
QString isoLocal(std::int64_t wallClockMs, int offsetSeconds)
{
    const QDateTime wall = utcFromMSecs(wallClockMs);
    QDateTime withOffset = offsetDateTime(wall.date(), wall.time(), offsetSeconds);
    return withOffset.toString(Qt::ISODate);
}

QString isoUtc(std::int64_t utcMs) { return utcFromMSecs(utcMs).toString(Qt::ISODate); }

QString number(double v) { return QString::number(v, 'g', 10); }

QJsonObject extraOf(const db::Statement& st, int column)
{
    return st.isNull(column) ? QJsonObject() : QJsonDocument::fromJson(st.text(column).toUtf8()).object();
}

// Fills the columns Trapline has no field for from a record's saved extras.
void fillExtras(QStringList& row, const QStringList& header, const QJsonObject& extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const auto column = header.indexOf(it.key());
        if (column >= 0 && row[column].isEmpty())
            row[column] = it.value().isString() ? it.value().toString()
                          : it.value().isBool() ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                          : it.value().isDouble() ? number(it.value().toDouble())
                                                  : QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
    }
}

QString mediatype(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"png")
        return QStringLiteral("image/png");
    if (suffix == u"tif" || suffix == u"tiff")
        return QStringLiteral("image/tiff");
    return QStringLiteral("image/jpeg");
}

class Exporter {
public:
    Exporter(Project& project, QString folder, const CamtrapDpExportOptions& options)
        : m_project(project), m_folder(std::move(folder)), m_options(options) {}

    Result<CamtrapDpSummary> run();

private:
    std::vector<QStringList> deployments();
    std::vector<QStringList> media();
    std::vector<QStringList> observations();
    QJsonObject package();
    Status write(const QString& name, const QByteArray& bytes);

    Project& m_project;
    QString m_folder;
    const CamtrapDpExportOptions& m_options;
    CamtrapDpSummary m_summary;
    // The camera-local time as Camtrap DP writes it: with the deployment clock's offset at that moment.
    QString stamp(std::int64_t deploymentId, std::int64_t wallClockMs) const;

    std::map<std::int64_t, QString> m_deploymentIds;
    std::map<std::int64_t, DeploymentProperties> m_clocks;
    std::int64_t m_first = INT64_MAX, m_last = INT64_MIN;
    double m_minLat = 90, m_maxLat = -90, m_minLon = 180, m_maxLon = -180;
    std::map<QString, int> m_taxa;
    std::int64_t m_mediaOutside = 0;
};

QString Exporter::stamp(std::int64_t deploymentId, std::int64_t wallClockMs) const
{
    const auto clock = m_clocks.find(deploymentId);
    const auto offset = clock == m_clocks.end() ? std::nullopt : clock->second.offsetAt(wallClockMs);
    return isoLocal(wallClockMs, offset.value_or(0));
}

std::vector<QStringList> Exporter::deployments()
{
    const QStringList header = camtrapdp::deploymentsSchema().names();
    std::vector<QStringList> rows;
    auto clocks = allDeploymentProperties(m_project);
    if (!clocks)
        throw db::DbError(clocks.error().message.toStdString(), 0);
    for (const DeploymentProperties& p : clocks.value())
        m_clocks[p.id] = p;
    auto& st = m_project.db().cached(
        "SELECT d.id, coalesce(d.external_id, d.name), d.location_id, coalesce(d.location_name, d.name), d.latitude,"
        " d.longitude, coalesce(d.start_ms, min(m.taken_at_ms)), coalesce(d.end_ms, max(m.taken_at_ms)),"
        " coalesce(d.camera_model, max(m.camera_make || ' ' || m.camera_model)), d.coordinate_uncertainty_m, d.extra,"
        " d.camera_height_m, d.name, max(m.time_source = 3)"
        " FROM deployments d LEFT JOIN media m ON m.deployment_id = d.id GROUP BY d.id ORDER BY d.id");
    const QString project = m_project.path();
    while (st.step()) {
        QStringList row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row << QString();
        const auto id = st.integer(0);
        const DeploymentProperties& clock = m_clocks[id];
        const QString name = st.text(12);
        m_deploymentIds[id] = st.text(1);
        row[0] = st.text(1);
        row[1] = st.text(2);
        row[2] = st.text(3);
        if (!st.isNull(4) && !st.isNull(5)) {
            row[3] = number(st.real(4));
            row[4] = number(st.real(5));
            m_minLat = std::min(m_minLat, st.real(4)), m_maxLat = std::max(m_maxLat, st.real(4));
            m_minLon = std::min(m_minLon, st.real(5)), m_maxLon = std::max(m_maxLon, st.real(5));
        } else {
            m_summary.warnings << QStringLiteral(
                "deployment %1 has no position, so this package is not valid Camtrap DP (latitude and longitude are "
                "required). Set it with Deployments > Properties, or: trapline-cli deployments set \"%2\" --deployment "
                "\"%3\" --lat LATITUDE --lon LONGITUDE, then export again.").arg(st.text(1), project, name);
        }
        if (!st.isNull(9))
            row[header.indexOf(QStringLiteral("coordinateUncertainty"))] = QString::number(st.integer(9));
        if (!st.isNull(11))
            row[header.indexOf(QStringLiteral("cameraHeight"))] = number(st.real(11));
        if (!st.isNull(6)) {
            row[6] = stamp(id, st.integer(6));
            row[7] = stamp(id, st.integer(7));
            m_first = std::min<std::int64_t>(m_first, st.integer(6) - clock.offsetAt(st.integer(6)).value_or(0) * std::int64_t(1000));
            m_last = std::max<std::int64_t>(m_last, st.integer(7) - clock.offsetAt(st.integer(7)).value_or(0) * std::int64_t(1000));
        }
        row[header.indexOf(QStringLiteral("cameraModel"))] = st.text(8).trimmed();
        if (clock.timeZone.isEmpty() && !clock.utcOffsetSeconds)
            m_summary.warnings << QStringLiteral(
                "deployment %1: the camera clock's time zone is unknown, so its camera-local times are written as if "
                "they were UTC. Set it with Deployments > Properties, or: trapline-cli deployments set \"%2\" "
                "--deployment \"%3\" --timezone Europe/Paris (or --utc-offset +02:00), then export again.")
                                      .arg(st.text(1), project, name);
        // Frames timed only by their files: the times may be those of a copy, not of the camera.
        if (st.integer(13) != 0)
            row[header.indexOf(QStringLiteral("timestampIssues"))] = QStringLiteral("true");
        fillExtras(row, header, extraOf(st, 10));
        rows.push_back(row);
    }
    m_summary.deployments = static_cast<std::int64_t>(rows.size());
    return rows;
}

std::vector<QStringList> Exporter::media()
{
    const QStringList header = camtrapdp::mediaSchema().names();
    std::vector<QStringList> rows;
    auto& st = m_project.db().cached(
        "SELECT m.id, coalesce(m.external_id, 'm' || m.id), m.deployment_id, m.capture_method, m.taken_at_ms, r.path,"
        " m.rel_path, m.extra, m.time_source FROM media m JOIN image_roots r ON r.id = m.root_id"
        " ORDER BY m.deployment_id, m.taken_at_ms, m.id");
    const QDir out(m_folder);
    while (st.step()) {
        QStringList row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row << QString();
        const QJsonObject extra = extraOf(st, 7);
        const QString root = st.text(5);
        const QString relPath = st.text(6);
        row[0] = st.text(1);
        row[1] = m_deploymentIds[st.integer(2)];
        row[2] = st.isNull(3) ? QStringLiteral("activityDetection") : st.text(3);
        row[3] = stamp(st.integer(2), st.integer(4));
        // A path from an imported package is written back as it came; others are relative to the package when
        // they lie inside it. Camtrap DP forbids paths that climb out of the package ("../"), so files elsewhere
        // are written as file: URLs, which only this computer can follow.
        const QString relative = root.isEmpty() ? relPath : out.relativeFilePath(root + QLatin1Char('/') + relPath);
        const bool outside = !root.isEmpty() && (relative.startsWith(QStringLiteral("..")) || QDir::isAbsolutePath(relative));
        row[4] = extra.contains(QStringLiteral("filePath")) ? extra.value(QStringLiteral("filePath")).toString()
                 : outside ? QUrl::fromLocalFile(root + QLatin1Char('/') + relPath).toString(QUrl::FullyEncoded)
                           : relative;
        if (outside && !extra.contains(QStringLiteral("filePath")))
            ++m_mediaOutside;
        row[5] = root.isEmpty() ? QStringLiteral("true") : QStringLiteral("false");
        row[6] = QFileInfo(relPath).fileName();
        row[7] = mediatype(relPath);
        QJsonObject rest = extra;
        rest.remove(QStringLiteral("filePath"));
        for (const QString& key : {QStringLiteral("filePublic"), QStringLiteral("fileName"), QStringLiteral("fileMediatype")})
            if (rest.contains(key))
                row[header.indexOf(key)] = QString();
        if (static_cast<TimeSource>(st.integer(8)) == TimeSource::FileTime)
            row[header.indexOf(QStringLiteral("mediaComments"))]
                = QStringLiteral("timestamp is the file's modification time, not the camera's");
        fillExtras(row, header, rest);
        rows.push_back(row);
    }
    m_summary.media = static_cast<std::int64_t>(rows.size());
    if (m_mediaOutside > 0)
        m_summary.warnings << QStringLiteral(
            "%1 media lie outside the package folder, so they are written as file: URLs that work on this computer "
            "only. To share the package with its images, export into a folder that holds the image folders, or "
            "copy the images into the package folder and export again.").arg(m_mediaOutside);
    return rows;
}

std::vector<QStringList> Exporter::observations()
{
    const QStringList header = camtrapdp::observationsSchema().names();
    std::vector<QStringList> rows;
    auto& st = m_project.db().cached(
        "SELECT o.id, coalesce(o.external_id, 'o' || o.id), coalesce(m.deployment_id, s.deployment_id),"
        " m.external_id, m.id, s.id, coalesce(s.external_id, 's' || s.id), s.start_ms, s.end_ms, m.taken_at_ms,"
        " o.observation_type, t.scientific_name, o.count, o.life_stage, o.sex, o.behavior, i.name,"
        " d.x, d.y, d.w, d.h, o.method, o.classified_by, o.classified_ms, o.confidence, o.extra"
        " FROM observations o LEFT JOIN media m ON m.id = o.media_id"
        " LEFT JOIN sequences s ON s.id = coalesce(o.sequence_id, m.sequence_id)"
        " LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN individuals i ON i.id = o.individual_id"
        " LEFT JOIN detections d ON d.id = o.detection_id WHERE (?1 OR o.method = 'human')"
        " AND (d.review IS NULL OR d.review != 'rejected') ORDER BY o.id");
    st.bind(1, m_options.includeMachine ? 1 : 0);
    std::set<std::int64_t> events;
    while (st.step()) {
        QStringList row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row << QString();
        const auto deployment = st.integer(2);
        const QJsonObject extra = extraOf(st, 25);
        const bool mediaLevel = !st.isNull(4);
        row[0] = st.text(1);
        row[1] = m_deploymentIds[deployment];
        row[2] = mediaLevel ? (st.isNull(3) ? QStringLiteral("m%1").arg(st.integer(4)) : st.text(3)) : QString();
        row[3] = st.isNull(5) ? QString() : st.text(6);
        if (!st.isNull(5))
            events.insert(st.integer(5));
        const std::int64_t start = mediaLevel ? st.integer(9) : st.integer(7);
        const std::int64_t end = mediaLevel ? st.integer(9) : st.integer(8);
        row[4] = stamp(deployment, start);
        row[5] = stamp(deployment, end);
        row[6] = mediaLevel ? QStringLiteral("media") : QStringLiteral("event");
        row[7] = st.text(10);
        row[9] = st.text(11);
        row[10] = st.isNull(12) || st.integer(12) < 1 ? QString() : QString::number(st.integer(12));
        row[11] = st.text(13);
        row[12] = st.text(14);
        row[13] = st.text(15);
        row[14] = st.text(16);
        if (!st.isNull(17)) {
            row[header.indexOf(QStringLiteral("bboxX"))] = number(st.real(17));
            row[header.indexOf(QStringLiteral("bboxY"))] = number(st.real(18));
            row[header.indexOf(QStringLiteral("bboxWidth"))] = number(st.real(19));
            row[header.indexOf(QStringLiteral("bboxHeight"))] = number(st.real(20));
        }
        row[header.indexOf(QStringLiteral("classificationMethod"))] = st.text(21);
        row[header.indexOf(QStringLiteral("classifiedBy"))] = st.text(22);
        if (!extra.value(QStringLiteral("noClassificationTimestamp")).toBool())
            row[header.indexOf(QStringLiteral("classificationTimestamp"))] = isoUtc(st.integer(23));
        if (!st.isNull(24))
            row[header.indexOf(QStringLiteral("classificationProbability"))] = number(st.real(24));
        fillExtras(row, header, extra);
        if (!st.text(11).isEmpty())
            m_taxa[st.text(11)] += 1;
        rows.push_back(row);
    }
    m_summary.observations = static_cast<std::int64_t>(rows.size());
    m_summary.events = static_cast<std::int64_t>(events.size());
    return rows;
}

QJsonObject Exporter::package()
{
    // A package imported earlier keeps its metadata (contributors, project, licences ...).
    auto& meta = m_project.db().cached("SELECT value FROM project_meta WHERE key = 'camtrapdp_package'");
    QJsonObject p = meta.step() ? QJsonDocument::fromJson(meta.text(0).toUtf8()).object() : QJsonObject();
    meta.reset();
    if (p.isEmpty()) {
        const QString title = m_options.title.isEmpty() ? QFileInfo(m_project.path()).completeBaseName() : m_options.title;
        p[QStringLiteral("name")] = title.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        p[QStringLiteral("id")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p[QStringLiteral("title")] = title;
        p[QStringLiteral("contributors")] = QJsonArray{QJsonObject{{QStringLiteral("title"), Project::currentUser()},
                                                                   {QStringLiteral("role"), QStringLiteral("contact")}}};
        p[QStringLiteral("project")] = QJsonObject{
            {QStringLiteral("title"), title}, {QStringLiteral("samplingDesign"), QStringLiteral("opportunistic")},
            {QStringLiteral("captureMethod"), QJsonArray{QStringLiteral("activityDetection")}},
            {QStringLiteral("individualAnimals"), m_project.db().scalar("SELECT count(*) FROM individuals") > 0},
            {QStringLiteral("observationLevel"), QJsonArray{QStringLiteral("media"), QStringLiteral("event")}}};
        if (m_maxLat >= m_minLat)
            p[QStringLiteral("spatial")] = QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Polygon")},
                {QStringLiteral("coordinates"), QJsonArray{QJsonArray{QJsonArray{m_minLon, m_minLat}, QJsonArray{m_maxLon, m_minLat},
                                                                      QJsonArray{m_maxLon, m_maxLat}, QJsonArray{m_minLon, m_maxLat},
                                                                      QJsonArray{m_minLon, m_minLat}}}}};
        if (m_first <= m_last)
            p[QStringLiteral("temporal")] = QJsonObject{
                {QStringLiteral("start"), utcFromMSecs(m_first).date().toString(Qt::ISODate)},
                {QStringLiteral("end"), utcFromMSecs(m_last).date().toString(Qt::ISODate)}};
        QJsonArray taxonomic;
        for (const auto& [name, n] : m_taxa)
            taxonomic.append(QJsonObject{{QStringLiteral("scientificName"), name}});
        p[QStringLiteral("taxonomic")] = taxonomic;
    }
    p[QStringLiteral("profile")] = camtrapdp::profileUrl();
    p[QStringLiteral("created")] = Clock::nowUtc().toString(Qt::ISODate);
    QJsonArray resources;
    for (const auto* schema : {&camtrapdp::deploymentsSchema(), &camtrapdp::mediaSchema(), &camtrapdp::observationsSchema()})
        resources.append(QJsonObject{{QStringLiteral("name"), schema->name},
                                     {QStringLiteral("path"), schema->name + QStringLiteral(".csv")},
                                     {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
                                     {QStringLiteral("format"), QStringLiteral("csv")},
                                     {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
                                     {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                                     {QStringLiteral("schema"), schema->url}});
    p[QStringLiteral("resources")] = resources;
    return p;
}

Status Exporter::write(const QString& name, const QByteArray& bytes)
{
    QSaveFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            FormatsText::tr("Cannot write %1 (%2); the disk may be full.").arg(file.fileName(), file.errorString())};
    return okStatus();
}

Result<CamtrapDpSummary> Exporter::run()
{
    if (!QDir().mkpath(m_folder))
        return Error{FormatsText::tr("Cannot create the folder %1.").arg(m_folder)};
    try {
        const auto deploymentRows = deployments();
        const auto mediaRows = media();
        const auto observationRows = observations();
        for (const auto& [name, header, rows] :
             {std::tuple{QStringLiteral("deployments.csv"), camtrapdp::deploymentsSchema().names(), &deploymentRows},
              std::tuple{QStringLiteral("media.csv"), camtrapdp::mediaSchema().names(), &mediaRows},
              std::tuple{QStringLiteral("observations.csv"), camtrapdp::observationsSchema().names(), &observationRows}})
            if (Status s = write(name, writeCsv(header, *rows)); !s)
                return s.error();
        if (Status s = write(QStringLiteral("datapackage.json"), QJsonDocument(package()).toJson()); !s)
            return s.error();
        return m_summary;
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("Cannot read the project: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace

Result<CamtrapDpSummary> exportCamtrapDp(Project& project, const QString& folder, const CamtrapDpExportOptions& options)
{
    return Exporter(project, folder, options).run();
}

} // namespace trapline::formats
