#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QString>

#include <cstdint>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct MegaDetectorExport {
    std::int64_t detectorModelId = 0;
    // Image paths are written relative to this folder (an image root); media outside it are left out.
    QString relativeTo;
};

// The MegaDetector batch output format (format_version 1.3): per image its detections with category, conf and a
// normalised [x, y, w, h] box, and a "failure" for images that could not be processed. Categories are the
// MegaDetector ones (1 animal, 2 person, 3 vehicle); the detector's own class of each box is kept as a
// classification, so a COCO or species detector loses nothing.
Result<QJsonDocument> exportMegaDetectorJson(Project& project, const MegaDetectorExport& options);

// Writes a document atomically: a crash or full disk leaves the previous file in place.
Status writeJsonFile(const QString& path, const QJsonDocument& document);

} // namespace trapline::formats
