#include "DeploymentProperties.h"
#include "DateTimes.h"
#include "Tr.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace trapline {

namespace {

// The widest offsets any place uses (Baker Island, Line Islands).
constexpr int kMinOffset = -12 * 3600;
constexpr int kMaxOffset = 14 * 3600;

} // namespace

QStringList DeploymentProperties::problems() const
{
    QStringList out;
    if (latitude.has_value() != longitude.has_value())
        out << ProjectText::tr("Give both latitude and longitude, or neither.");
    if (latitude && !(std::isfinite(*latitude) && *latitude >= -90 && *latitude <= 90))
        out << ProjectText::tr("Latitude %1 is outside -90..90 (decimal degrees, WGS84; south is negative).")
                   .arg(*latitude);
    if (longitude && !(std::isfinite(*longitude) && *longitude >= -180 && *longitude <= 180))
        out << ProjectText::tr("Longitude %1 is outside -180..180 (decimal degrees, WGS84; west is negative).")
                   .arg(*longitude);
    if (coordinateUncertaintyM && *coordinateUncertaintyM < 1)
        out << ProjectText::tr("The coordinate uncertainty is a distance in whole metres, at least 1 (it was %1).")
                   .arg(*coordinateUncertaintyM);
    if (cameraHeightM && !(std::isfinite(*cameraHeightM) && *cameraHeightM >= 0))
        out << ProjectText::tr("The camera height is in metres above the ground, 0 or more (it was %1).")
                   .arg(*cameraHeightM);
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        out << QStringLiteral("\"%1\" is not a time zone this computer knows; give an IANA name such as Europe/Paris "
                              "or Africa/Nairobi, or a fixed UTC offset such as +02:00.").arg(timeZone);
    if (utcOffsetSeconds && (*utcOffsetSeconds < kMinOffset || *utcOffsetSeconds > kMaxOffset))
        out << ProjectText::tr("The UTC offset %1 is outside -12:00..+14:00.").arg(formatUtcOffset(*utcOffsetSeconds));
    static const QRegularExpression alpha3(QStringLiteral("^[A-Z]{3}$"));
    if (!countryCode.isEmpty() && !alpha3.match(countryCode).hasMatch())
        out << ProjectText::tr("The country \"%1\" is not an ISO 3166-1 alpha-3 code: three capital letters, such as "
                               "KEN or USA.")
                   .arg(countryCode);
    static const QRegularExpression region(QStringLiteral("^[A-Z0-9]{2}$"));
    if (!admin1Region.isEmpty() && !region.match(admin1Region).hasMatch())
        out << ProjectText::tr("The region \"%1\" is not a first-level region code: two capital letters or digits, "
                               "such as CA for California.")
                   .arg(admin1Region);
    if (!admin1Region.isEmpty() && countryCode.isEmpty())
        out << ProjectText::tr("Give the country of the region %1.").arg(admin1Region);
    if (startMs && endMs && *endMs < *startMs)
        out << ProjectText::tr("The deployment ends before it starts.");
    return out;
}

std::optional<int> DeploymentProperties::offsetAt(std::int64_t wallClockMs) const
{
    if (!timeZone.isEmpty()) {
        const QTimeZone zone(timeZone.toUtf8());
        if (zone.isValid()) {
            const QDateTime wall = utcFromMSecs(wallClockMs);
            return QDateTime(wall.date(), wall.time(), zone).offsetFromUtc();
        }
    }
    return utcOffsetSeconds;
}

QJsonObject DeploymentProperties::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}};
    const auto put = [&o](const char* key, const auto& value) {
        if (value)
            o[QLatin1String(key)] = static_cast<double>(*value);
    };
    if (!locationName.isEmpty())
        o[QStringLiteral("locationName")] = locationName;
    put("latitude", latitude);
    put("longitude", longitude);
    put("coordinateUncertainty", coordinateUncertaintyM);
    if (!timeZone.isEmpty())
        o[QStringLiteral("timezone")] = timeZone;
    if (utcOffsetSeconds)
        o[QStringLiteral("utcOffset")] = formatUtcOffset(*utcOffsetSeconds);
    if (!cameraModel.isEmpty())
        o[QStringLiteral("cameraModel")] = cameraModel;
    if (!countryCode.isEmpty())
        o[QStringLiteral("countryCode")] = countryCode;
    if (!admin1Region.isEmpty())
        o[QStringLiteral("admin1Region")] = admin1Region;
    put("cameraHeight", cameraHeightM);
    put("startMs", startMs);
    put("endMs", endMs);
    return o;
}

std::optional<int> parseUtcOffset(const QString& text)
{
    const QString t = text.trimmed();
    if (t == u"Z" || t == u"z")
        return 0;
    static const QRegularExpression re(QStringLiteral(R"(^(?:UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt(), minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return m.captured(1) == u"-" ? -seconds : seconds;
}

QString formatUtcOffset(int seconds)
{
    const int a = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace trapline
