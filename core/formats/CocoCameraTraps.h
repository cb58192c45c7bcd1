#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QStringList>

#include <cstdint>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct CocoExportOptions {
    bool reviewedOnly = false;
    bool includeMachine = false; // machine observations too (off: only what people labelled)
};

// COCO Camera Traps JSON, as LILA BC publishes camera-trap datasets: images (file_name relative to the image
// root, width, height, datetime, location = deployment, seq_id, seq_num_frames, frame_num), categories ("empty"
// is id 0) and annotations (absolute-pixel bbox for box observations, none for image- or sequence-level ones).
Result<QJsonDocument> exportCocoCameraTraps(Project& project, const CocoExportOptions& options = {});

struct CocoImportSummary {
    std::int64_t images = 0;
    std::int64_t matched = 0;
    std::int64_t annotations = 0;
    std::int64_t boxes = 0;
    QStringList unmatched;
};

// Imports annotations as human observations (boxes become detections), matching images to the project's media by
// file_name. The whole file is checked first and written in one transaction; a malformed file changes nothing.
Result<CocoImportSummary> importCocoCameraTraps(Project& project, const QString& path);

} // namespace trapline::formats
