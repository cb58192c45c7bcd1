#pragma once

#include "project/ProjectTypes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace trapline::ingest {

// Everything the metadata pass learns about one file, before it has a row in the project.
struct MediaMetadata {
    std::uint64_t contentHash = 0;
    std::int64_t fileSize = 0;
    std::optional<std::int64_t> fileMtimeMs;
    std::optional<int> width; // upright
    std::optional<int> height;
    std::optional<std::int64_t> takenAtMs;
    TimeSource timeSource = TimeSource::None;
    QString cameraMake;
    QString cameraModel;
    std::optional<int> burstIndex;
    std::optional<int> burstCount;
    std::optional<std::int64_t> eventNumber;
    int orientation = 1;
    QString error; // empty when the file is a sound image
};

// Reads one image file once: content hash, format check, EXIF (Exiv2) and camera burst markers.
// Never throws; problems land in MediaMetadata::error.
MediaMetadata readMediaMetadata(const QString& absolutePath);

// Parses EXIF "YYYY:MM:DD HH:MM:SS" plus optional sub-second digits into ms on the camera's clock.
std::optional<std::int64_t> parseExifDateTime(const QString& dateTime, const QString& subSeconds = {});

// Calls Exiv2's one-time set-up (silences its console warnings); safe to call often.
void initialiseMetadataReader();

} // namespace trapline::ingest
