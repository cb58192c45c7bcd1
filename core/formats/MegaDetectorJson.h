#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

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
// normalised [x, y, w, h] box, and a "failure" (with "detections": null) for images that could not be processed.
// Confidences have 3 decimals and box coordinates 4, as MegaDetector writes them. Categories are the MegaDetector
// ones (1 animal, 2 person, 3 vehicle); the detector's own class of each box is kept as a classification, so a COCO
// or species detector loses nothing. Write it with megaDetectorJsonText, not QJsonDocument::toJson.
Result<QJsonDocument> exportMegaDetectorJson(Project& project, const MegaDetectorExport& options);

// A MegaDetector results document as text in the order MegaDetector writes its fields (info, categories, images;
// file, failure, detections; category, conf, bbox, classifications) and with every number written as a float
// (1.0, not 1), since MegaDetector's validator and readers that check types refuse an integer confidence.
QByteArray megaDetectorJsonText(const QJsonDocument& document);

struct MegaDetectorImportSummary {
    std::int64_t imagesInFile = 0;
    std::int64_t matched = 0;
    std::int64_t failuresInFile = 0; // images the detector could not process
    std::int64_t detections = 0;
    std::int64_t modelId = 0;
    QStringList unmatched; // file names with no media in the project
};

// Reads a MegaDetector batch output file (format 1.0 to 1.4): detections, their categories and confidences,
// optional classifications, and failures. Images are matched to the project's media by relative path (exact,
// then by path suffix, then by unique file name). The whole file is checked before anything is written, and
// everything is written in one transaction: a malformed file changes nothing and the message names the place.
// Importing the same file twice is refused.
Result<MegaDetectorImportSummary> importMegaDetectorJson(Project& project, const QString& path,
                                                         double minConfidence = 0.0);

// Writes a document atomically: a crash or full disk leaves the previous file in place.
Status writeJsonFile(const QString& path, const QJsonDocument& document);
Status writeMegaDetectorJsonFile(const QString& path, const QJsonDocument& document);

} // namespace trapline::formats
