#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QStringList>

#include <cstdint>

namespace trapline {
class Project;
}

namespace trapline::formats {

// COCO Camera Traps JSON, the format LILA BC publishes camera-trap datasets in:
//   info         version, description, date_created, contributor, year
//   images       id, file_name (relative to the image root; the URL for media known only by URL), width and
//                height (upright pixels), datetime ("YYYY-MM-DD HH:MM:SS", camera clock), location (the
//                deployment's name), seq_id (the sequence's external id or "seq-<id>"), seq_num_frames, frame_num
//                (0-based)
//   categories   id, name: "empty" (always id 0) for a blank image, a taxon's scientific name, or "human",
//                "vehicle", "animal" (an animal of no known taxon), "unknown", "unclassified"
//   annotations  id, image_id, category_id, bbox [x, y, width, height] in absolute pixels of the upright image
//                (box observations only), count (only where it is not 1, or 0 for "empty"),
//                sequence_level_annotation
// A sequence-level observation is written the way LILA writes one: onto every frame of its sequence, with
// sequence_level_annotation true. The import folds such copies back into one observation of the sequence.
struct CocoExportOptions {
    bool reviewedOnly = false;   // only images of sequences a person has reviewed, and their observations
    bool includeMachine = false; // machine observations too (off: only what people labelled)
};

// Every media of the project (or of the reviewed sequences) is an image; each observation is an annotation.
// Fails, exporting nothing, when a box lies on an image whose size in pixels the project does not know.
Result<QJsonDocument> exportCocoCameraTraps(Project& project, const CocoExportOptions& options = {});

struct CocoImportSummary {
    std::int64_t images = 0;         // images in the file
    std::int64_t matched = 0;        // of them, found in the project
    std::int64_t annotations = 0;    // annotations of matched images taken in (sequence-level copies included)
    std::int64_t boxes = 0;          // of them, with a box
    std::int64_t alreadyPresent = 0; // annotations an earlier COCO import had brought in already
    QStringList unmatched;           // file_names with no media in the project; their annotations are skipped
    QStringList ambiguous;           // file_names that fit several media (the file needs more of the path)
};

// Imports the annotations of a COCO Camera Traps file as labels by a person (method "human", classified by
// "COCO import", external_id = the annotation's id). Images are matched to the project's media by file_name: the
// relative path exactly, then a unique path suffix, then a unique file name. A boxed annotation becomes a
// detection, normalised by the media's upright size, and an observation of it; one without a box becomes an
// observation of its media, or of its media's sequence when the file marks it sequence_level_annotation.
// Category names set the observation type: "empty"/"blank" blank, "human"/"person" human, "vehicle"/"car"
// vehicle, "animal" an animal of no known taxon, "unknown", "unclassified"; any other name is a taxon.
// The whole file is checked (also against the project: boxes must lie inside their image) before anything is
// written; then everything is written in one transaction with one audit entry. A problem changes nothing and the
// message names its place, e.g. "annotations[12].bbox". Importing the same file again adds nothing.
Result<CocoImportSummary> importCocoCameraTraps(Project& project, const QString& path);

} // namespace trapline::formats
