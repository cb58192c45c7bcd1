#include "CamtrapDpSchema.h"
#include "Tr.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace trapline::formats::camtrapdp {

namespace {

using T = Field::Type;

const QString kBase = QStringLiteral("https://raw.githubusercontent.com/tdwg/camtrap-dp/1.0.2/");

Field f(const char* name, T type = T::String, bool required = false, QStringList allowed = {},
        std::optional<double> min = std::nullopt, std::optional<double> max = std::nullopt)
{
    return Field{QString::fromLatin1(name), type, required, std::move(allowed), min, max};
}

bool isDatetime(const QString& v)
{
    // ISO 8601 with a time zone designator, as the standard requires: 2021-04-11T20:43:09+02:00 or ...Z.
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)"));
    return re.match(v).hasMatch() && QDateTime::fromString(v, Qt::ISODateWithMs).isValid();
}

QString typeProblem(const Field& field, const QString& v)
{
    bool ok = true;
    switch (field.type) {
    case T::Integer: v.toLongLong(&ok); break;
    case T::Number: v.toDouble(&ok); break;
    case T::Boolean: ok = v == u"true" || v == u"false"; break;
    case T::Datetime: ok = isDatetime(v); break;
    case T::Object: ok = v.startsWith(QLatin1Char('{')); break;
    case T::String: break;
    }
    if (!ok)
        return QStringLiteral("\"%1\" is not a valid %2")
            .arg(v, field.type == T::Integer    ? QStringLiteral("integer")
                    : field.type == T::Number   ? QStringLiteral("number")
                    : field.type == T::Boolean  ? QStringLiteral("boolean")
                    : field.type == T::Datetime ? FormatsText::tr("date-time with a time zone")
                                                : FormatsText::tr("JSON object"));
    if (!field.allowed.isEmpty() && !field.allowed.contains(v))
        return FormatsText::tr("\"%1\" is not one of %2").arg(v, field.allowed.join(QStringLiteral(", ")));
    if ((field.type == T::Integer || field.type == T::Number) &&
        ((field.minimum && v.toDouble() < *field.minimum) || (field.maximum && v.toDouble() > *field.maximum)))
        return FormatsText::tr("%1 is outside %2..%3")
            .arg(v)
            .arg(field.minimum.value_or(-1e308))
            .arg(field.maximum.value_or(1e308));
    return {};
}

} // namespace

QStringList TableSchema::names() const
{
    QStringList out;
    for (const Field& field : fields)
        out << field.name;
    return out;
}

const QString& profileUrl()
{
    static const QString url = kBase + QStringLiteral("camtrap-dp-profile.json");
    return url;
}

const TableSchema& deploymentsSchema()
{
    static const TableSchema schema{
        QStringLiteral("deployments"), kBase + QStringLiteral("deployments-table-schema.json"),
        {f("deploymentID", T::String, true), f("locationID"), f("locationName"),
         f("latitude", T::Number, true, {}, -90, 90), f("longitude", T::Number, true, {}, -180, 180),
         f("coordinateUncertainty", T::Integer, false, {}, 1), f("deploymentStart", T::Datetime, true),
         f("deploymentEnd", T::Datetime, true), f("setupBy"), f("cameraID"), f("cameraModel"),
         f("cameraDelay", T::Integer, false, {}, 0), f("cameraHeight", T::Number, false, {}, 0),
         f("cameraDepth", T::Number, false, {}, 0), f("cameraTilt", T::Integer, false, {}, -90, 90),
         f("cameraHeading", T::Integer, false, {}, 0, 360), f("detectionDistance", T::Number, false, {}, 0),
         f("timestampIssues", T::Boolean), f("baitUse", T::Boolean),
         f("featureType", T::String, false,
           {QStringLiteral("roadPaved"), QStringLiteral("roadDirt"), QStringLiteral("trailHiking"),
            QStringLiteral("trailGame"), QStringLiteral("roadUnderpass"), QStringLiteral("roadOverpass"),
            QStringLiteral("roadBridge"), QStringLiteral("culvert"), QStringLiteral("burrow"),
            QStringLiteral("nestSite"), QStringLiteral("carcass"), QStringLiteral("waterSource"),
            QStringLiteral("fruitingTree")}),
         f("habitat"), f("deploymentGroups"), f("deploymentTags"), f("deploymentComments")}};
    return schema;
}

const TableSchema& mediaSchema()
{
    static const TableSchema schema{
        QStringLiteral("media"), kBase + QStringLiteral("media-table-schema.json"),
        {f("mediaID", T::String, true), f("deploymentID", T::String, true),
         f("captureMethod", T::String, false, {QStringLiteral("activityDetection"), QStringLiteral("timeLapse")}),
         f("timestamp", T::Datetime, true), f("filePath", T::String, true), f("filePublic", T::Boolean, true),
         f("fileName"), f("fileMediatype", T::String, true), f("exifData", T::Object), f("favorite", T::Boolean),
         f("mediaComments")}};
    return schema;
}

const TableSchema& observationsSchema()
{
    static const TableSchema schema{
        QStringLiteral("observations"), kBase + QStringLiteral("observations-table-schema.json"),
        {f("observationID", T::String, true), f("deploymentID", T::String, true), f("mediaID"), f("eventID"),
         f("eventStart", T::Datetime, true), f("eventEnd", T::Datetime, true),
         f("observationLevel", T::String, true, {QStringLiteral("media"), QStringLiteral("event")}),
         f("observationType", T::String, true,
           {QStringLiteral("animal"), QStringLiteral("human"), QStringLiteral("vehicle"), QStringLiteral("blank"),
            QStringLiteral("unknown"), QStringLiteral("unclassified")}),
         f("cameraSetupType", T::String, false, {QStringLiteral("setup"), QStringLiteral("calibration")}),
         f("scientificName"), f("count", T::Integer, false, {}, 1),
         f("lifeStage", T::String, false, {QStringLiteral("adult"), QStringLiteral("subadult"), QStringLiteral("juvenile")}),
         f("sex", T::String, false, {QStringLiteral("female"), QStringLiteral("male")}), f("behavior"), f("individualID"),
         f("individualPositionRadius", T::Number, false, {}, 0), f("individualPositionAngle", T::Number, false, {}, -90, 90),
         f("individualSpeed", T::Number, false, {}, 0), f("bboxX", T::Number, false, {}, 0, 1),
         f("bboxY", T::Number, false, {}, 0, 1), f("bboxWidth", T::Number, false, {}, 1e-15, 1),
         f("bboxHeight", T::Number, false, {}, 1e-15, 1),
         f("classificationMethod", T::String, false, {QStringLiteral("human"), QStringLiteral("machine")}),
         f("classifiedBy"), f("classificationTimestamp", T::Datetime),
         f("classificationProbability", T::Number, false, {}, 0, 1), f("observationTags"), f("observationComments")}};
    return schema;
}

QStringList validateTable(const TableSchema& schema, const QStringList& header, const std::vector<QStringList>& rows)
{
    QStringList problems;
    std::vector<int> columnOf;
    for (const Field& field : schema.fields) {
        columnOf.push_back(static_cast<int>(header.indexOf(field.name)));
        if (columnOf.back() < 0 && field.required)
            problems << FormatsText::tr("%1: the required column %2 is missing").arg(schema.name, field.name);
    }
    for (const QString& column : header)
        if (!schema.names().contains(column))
            problems << FormatsText::tr("%1: the column %2 is not in the schema").arg(schema.name, column);
    QSet<QString> keys;
    for (size_t r = 0; r < rows.size(); ++r) {
        const int line = static_cast<int>(r) + 2;
        for (size_t i = 0; i < schema.fields.size(); ++i) {
            const Field& field = schema.fields[i];
            const QString value = columnOf[i] >= 0 ? rows[r].value(columnOf[i]) : QString();
            if (value.isEmpty()) {
                if (field.required)
                    problems
                        << FormatsText::tr("%1 line %2: %3 is required").arg(schema.name).arg(line).arg(field.name);
                continue;
            }
            if (const QString p = typeProblem(field, value); !p.isEmpty())
                problems << FormatsText::tr("%1 line %2: %3 %4").arg(schema.name).arg(line).arg(field.name, p);
        }
        const QString key = columnOf[0] >= 0 ? rows[r].value(columnOf[0]) : QString();
        if (!key.isEmpty() && keys.contains(key))
            problems << FormatsText::tr("%1 line %2: %3 \"%4\" is not unique")
                            .arg(schema.name)
                            .arg(line)
                            .arg(schema.fields[0].name, key);
        keys.insert(key);
    }
    return problems;
}

} // namespace trapline::formats::camtrapdp
