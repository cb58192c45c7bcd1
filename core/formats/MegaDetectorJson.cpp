#include "MegaDetectorJson.h"
#include "Tr.h"

#include "Clock.h"
#include "project/AtomicFile.h"
#include "project/Project.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
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

// MegaDetector's own precision (run_detector.CONF_DIGITS and COORD_DIGITS): a box coordinate to a ten-thousandth
// of the image, a pixel on a 10,000-pixel side.
double roundedConfidence(double v) { return std::round(v * 1e3) / 1e3; }
double roundedCoordinate(double v) { return std::round(v * 1e4) / 1e4; }

// Field order of MegaDetector's writer (run_detector_batch.write_results_to_file); other keys follow sorted.
const QStringList& keyOrder(const QStringList& keys)
{
    static const QList<QStringList> orders{
        {QStringLiteral("info"), QStringLiteral("detection_categories"), QStringLiteral("classification_categories"),
         QStringLiteral("classification_category_descriptions"), QStringLiteral("images")},
        {QStringLiteral("file"), QStringLiteral("failure"), QStringLiteral("detections")},
        {QStringLiteral("category"), QStringLiteral("conf"), QStringLiteral("bbox"), QStringLiteral("classifications")},
        {QStringLiteral("format_version"), QStringLiteral("detector"), QStringLiteral("detection_completion_time"),
         QStringLiteral("detector_metadata")}};
    static const QStringList none;
    for (const QStringList& order : orders)
        if (keys.contains(order.front()))
            return order;
    return none;
}

void writeValue(QByteArray& out, const QJsonValue& value, int depth);

void writeIndent(QByteArray& out, int depth)
{
    out += '\n';
    out += QByteArray(depth, ' ');
}

void writeObject(QByteArray& out, const QJsonObject& object, int depth)
{
    QStringList keys = object.keys();
    QStringList ordered;
    for (const QString& key : keyOrder(keys))
        if (keys.removeOne(key))
            ordered << key;
    ordered << keys; // QJsonObject keeps its keys sorted
    out += '{';
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        writeIndent(out, depth + 1);
        out += QJsonDocument(QJsonArray{ordered[i]}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += ": ";
        writeValue(out, object.value(ordered[i]), depth + 1);
        if (i + 1 < ordered.size())
            out += ',';
    }
    writeIndent(out, depth);
    out += '}';
}

void writeValue(QByteArray& out, const QJsonValue& value, int depth)
{
    if (value.isObject()) {
        writeObject(out, value.toObject(), depth);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool flat = std::none_of(array.begin(), array.end(), [](const QJsonValue& v) { return v.isObject(); });
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!flat)
                writeIndent(out, depth + 1);
            writeValue(out, array[i], depth + 1);
            if (i + 1 < array.size())
                out += flat ? ", " : ",";
        }
        if (!flat && !array.isEmpty())
            writeIndent(out, depth);
        out += ']';
    } else if (value.isDouble()) {
        const double v = value.toDouble();
        out += v == std::floor(v) && std::abs(v) < 1e15 ? QByteArray::number(v, 'f', 1)
                                                          : QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    } else {
        out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
}

} // namespace

Result<QJsonDocument> exportMegaDetectorJson(Project& project, const MegaDetectorExport& options)
{
    try {
        auto& db = project.db();
        auto& model = db.cached("SELECT name, version, content_hash FROM models WHERE id = ?1");
        model.bind(1, options.detectorModelId);
        if (!model.step())
            return Error{
                FormatsText::tr("There are no results of model %1 in this project.").arg(options.detectorModelId)};
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
                image[QStringLiteral("detections")] = QJsonValue::Null;
                images.append(image);
                continue;
            }
            QJsonArray detections;
            boxes.bind(1, media.integer(0)).bind(2, options.detectorModelId);
            while (boxes.step()) {
                const QString cls = boxes.text(0);
                const double conf = roundedConfidence(boxes.real(1));
                detections.append(QJsonObject{
                    {QStringLiteral("category"), megaDetectorCategory(classTypes[cls])},
                    {QStringLiteral("conf"), conf},
                    {QStringLiteral("bbox"), QJsonArray{roundedCoordinate(boxes.real(2)), roundedCoordinate(boxes.real(3)),
                                                        roundedCoordinate(boxes.real(4)), roundedCoordinate(boxes.real(5))}},
                    {QStringLiteral("classifications"), QJsonArray{QJsonArray{classIds[cls], conf}}}});
            }
            boxes.reset();
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
             Clock::nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
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
        return Error{FormatsText::tr("Cannot read the detections: %1").arg(QString::fromStdString(e.what()))};
    }
}

QByteArray megaDetectorJsonText(const QJsonDocument& document)
{
    QByteArray out;
    writeValue(out, document.object(), 0);
    out += '\n';
    return out;
}

Status writeMegaDetectorJsonFile(const QString& path, const QJsonDocument& document)
{
    return writeFileAtomically(path, megaDetectorJsonText(document));
}

Status writeJsonFile(const QString& path, const QJsonDocument& document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{FormatsText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{FormatsText::tr("Cannot write %1 (%2); the disk may be full. Nothing was changed.")
                         .arg(path, file.errorString())};
    return okStatus();
}

} // namespace trapline::formats
