#include "MegaDetectorJson.h"

#include "project/Project.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <map>

namespace trapline::formats {

namespace {

QString megaDetectorCategory(const QString& observationType)
{
    if (observationType == u"human")
        return QStringLiteral("2");
    if (observationType == u"vehicle")
        return QStringLiteral("3");
    return QStringLiteral("1");
}

// Six decimals: lossless for the 4-5 digits detectors write, a tenth of a pixel on a 10,000-pixel image.
double rounded(double v) { return std::round(v * 1e6) / 1e6; }

} // namespace

Result<QJsonDocument> exportMegaDetectorJson(Project& project, const MegaDetectorExport& options)
{
    try {
        auto& db = project.db();
        auto& model = db.cached("SELECT name, version, content_hash FROM models WHERE id = ?1");
        model.bind(1, options.detectorModelId);
        if (!model.step())
            return Error{QStringLiteral("There are no results of model %1 in this project.").arg(options.detectorModelId)};
        const QString modelName = model.text(0), modelVersion = model.text(1), modelHash = model.text(2);
        model.reset();
        const QString base = QDir::cleanPath(options.relativeTo);
        // The detector's class -> observation type, as recorded with its machine observations.
        std::map<QString, QString> classTypes;
        auto& types = db.cached("SELECT d.category, o.observation_type FROM detections d JOIN observations o ON"
                                " o.detection_id = d.id WHERE d.model_id = ?1 GROUP BY d.category");
        types.bind(1, options.detectorModelId);
        while (types.step())
            classTypes[types.text(0)] = types.text(1);
        std::map<QString, QString> classIds;
        for (const auto& [name, type] : classTypes)
            classIds[name] = QString::number(classIds.size() + 1);

        QJsonArray images;
        auto& media = db.cached(
            "SELECT m.id, r.path || '/' || m.rel_path, x.state, x.error FROM media m JOIN image_roots r ON r.id = m.root_id"
            " LEFT JOIN model_runs x ON x.media_id = m.id AND x.model_id = ?1 ORDER BY r.path, m.rel_path");
        media.bind(1, options.detectorModelId);
        auto& boxes = db.cached("SELECT category, confidence, x, y, w, h FROM detections WHERE media_id = ?1 AND"
                                " model_id = ?2 ORDER BY confidence DESC");
        while (media.step()) {
            const QString path = media.text(1);
            if (!base.isEmpty() && !path.startsWith(base + QLatin1Char('/')))
                continue;
            QJsonObject image{{QStringLiteral("file"), base.isEmpty() ? path : path.mid(base.size() + 1)}};
            if (media.isNull(2) || media.text(2) == u"failed") {
                image[QStringLiteral("failure")] = media.isNull(2) ? QStringLiteral("not processed") : media.text(3);
                images.append(image);
                continue;
            }
            QJsonArray detections;
            double maxConf = 0;
            boxes.bind(1, media.integer(0)).bind(2, options.detectorModelId);
            while (boxes.step()) {
                const QString cls = boxes.text(0);
                const double conf = boxes.real(1);
                maxConf = std::max(maxConf, conf);
                detections.append(QJsonObject{
                    {QStringLiteral("category"), megaDetectorCategory(classTypes[cls])},
                    {QStringLiteral("conf"), rounded(conf)},
                    {QStringLiteral("bbox"), QJsonArray{rounded(boxes.real(2)), rounded(boxes.real(3)),
                                                        rounded(boxes.real(4)), rounded(boxes.real(5))}},
                    {QStringLiteral("classifications"), QJsonArray{QJsonArray{classIds[cls], rounded(conf)}}}});
            }
            boxes.reset();
            image[QStringLiteral("max_detection_conf")] = rounded(maxConf);
            image[QStringLiteral("detections")] = detections;
            images.append(image);
        }
        QJsonObject classification;
        for (const auto& [name, id] : classIds)
            classification[id] = name;
        const QJsonObject info{
            {QStringLiteral("format_version"), QStringLiteral("1.3")},
            {QStringLiteral("detector"), modelName},
            {QStringLiteral("detection_completion_time"),
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("detector_metadata"), QJsonObject{{QStringLiteral("version"), modelVersion},
                                                              {QStringLiteral("content_hash"), modelHash}}},
            {QStringLiteral("generator"), QStringLiteral("Trapline")}};
        return QJsonDocument(QJsonObject{
            {QStringLiteral("images"), images},
            {QStringLiteral("detection_categories"),
             QJsonObject{{QStringLiteral("1"), QStringLiteral("animal")}, {QStringLiteral("2"), QStringLiteral("person")},
                         {QStringLiteral("3"), QStringLiteral("vehicle")}}},
            {QStringLiteral("classification_categories"), classification},
            {QStringLiteral("info"), info}});
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Cannot read the detections: %1").arg(QString::fromStdString(e.what()))};
    }
}

Status writeJsonFile(const QString& path, const QJsonDocument& document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("Cannot write %1 (%2); the disk may be full. Nothing was changed.")
                         .arg(path, file.errorString())};
    return okStatus();
}

} // namespace trapline::formats
