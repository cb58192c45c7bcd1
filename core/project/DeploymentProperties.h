#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace trapline {

// What a person knows about a deployment that its images cannot tell: where the camera stood, how it was set up,
// and which clock it kept. A Camtrap DP export needs the position, and the clock's offset from UTC to stamp
// camera-local times correctly.
struct DeploymentProperties {
    std::int64_t id = 0;
    QString name; // the deployment's name in the project (its folder by default); identifies it, not edited here
    QString locationName;
    std::optional<double> latitude;  // WGS84 decimal degrees
    std::optional<double> longitude;
    std::optional<int> coordinateUncertaintyM;
    // The camera clock: an IANA zone ("Europe/Paris", follows daylight saving time) or a fixed offset; a zone
    // wins where both are set. Neither: unknown.
    QString timeZone;
    std::optional<int> utcOffsetSeconds;
    QString cameraModel;
    // Where it is, for SpeciesNet's geofence: ISO 3166-1 alpha-3 country ("KEN") and first-level region ("CA" for a
    // US state); empty: unknown.
    QString countryCode;
    QString admin1Region;
    std::optional<double> cameraHeightM;
    // Camera-local wall-clock times (ms since 1970 as if the clock were UTC), like media.taken_at_ms.
    std::optional<std::int64_t> startMs;
    std::optional<std::int64_t> endMs;

    bool operator==(const DeploymentProperties&) const = default;

    // What is wrong, one sentence per field that a person can act on; empty when the values can be saved.
    QStringList problems() const;
    // The clock's offset from UTC at a camera-local wall-clock time, where it is known.
    std::optional<int> offsetAt(std::int64_t wallClockMs) const;
    bool hasPosition() const { return latitude && longitude; }
    QJsonObject toJson() const;
};

// "+02:00", "-03:30", "Z", "+0200" -> seconds east of UTC; nullopt when it is not an offset.
std::optional<int> parseUtcOffset(const QString& text);
QString formatUtcOffset(int seconds);

} // namespace trapline
