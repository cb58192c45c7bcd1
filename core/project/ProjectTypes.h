#pragma once

#include <QString>

#include <cstdint>
#include <climits>
#include <optional>

namespace trapline {

// FileName: read from the file's name (camtrapR and similar tools rename files after their camera times), or set by
// the user in Adjust Times; it is as good as the camera's own.
enum class TimeSource { None = 0, ExifOriginal = 1, ExifOther = 2, FileTime = 3, FileName = 4 };
enum class ReviewState { Unreviewed = 0, MachineLabelled = 1, Reviewed = 2 };

struct ProjectCounts {
    std::int64_t media = 0;
    std::int64_t sequences = 0;
    std::int64_t deployments = 0;
    std::int64_t mediaWithErrors = 0;
    std::int64_t mediaWithoutCameraTime = 0;
    std::int64_t mediaTimedByFile = 0;             // of those, timed by the file's modification time
    std::int64_t sequencesWithoutCameraTime = 0;   // grouped without any camera time (by file names, or single)
    std::int64_t skippedFiles = 0;
    std::int64_t ungroupedMedia = 0;
};

struct DeploymentSummary {
    std::int64_t id = 0;
    QString name;
    QString folder;
    std::int64_t mediaCount = 0;
    std::int64_t sequenceCount = 0;
    std::int64_t unreviewedSequences = 0;
};

// The review queues: each field narrows the list, and they combine.
struct SequenceFilter {
    std::optional<std::int64_t> deploymentId;
    std::optional<ReviewState> reviewState;
    bool notReviewed = false;                 // not yet reviewed by a person (unreviewed or machine-labelled)
    std::optional<double> confidenceBelow;    // the machine's best sequence label is less sure than this
    bool disagreeingFrames = false;           // some frame's prediction disagrees with its sequence
    bool empty = false;                       // blank by a person, or by the machine where no person labelled it
    std::optional<std::int64_t> taxonId;      // the species by a person, or by the machine where no person labelled it
    std::optional<std::int64_t> individualId; // a sighting of this individual
    bool conflicts = false;                   // changed in a part and here too, and no person has picked one yet

    bool operator==(const SequenceFilter&) const = default;
};

// Where a page of sequences ends; the next page starts after it. Keyset paging stays as fast at the millionth
// row as at the first, where OFFSET would scan every row before it.
struct SequenceCursor {
    std::int64_t deploymentId = INT64_MIN;
    std::int64_t startMs = INT64_MIN;
    std::int64_t id = INT64_MIN;
};

struct SequenceSummary {
    std::int64_t id = 0;
    std::int64_t deploymentId = 0;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    int frameCount = 0;
    ReviewState reviewState = ReviewState::Unreviewed;
    QString groupedBy;
    std::optional<std::int64_t> firstMediaId;
    QString labels;                          // what people said is in it ("plains zebra, impala"), if anything
    QString prediction;                      // the machine's best label, if any
    std::optional<double> predictionConfidence;
    bool hasDisagreeingFrames = false;
    bool withoutCameraTime = false;          // its frames have no camera time: the times are the files'

    SequenceCursor cursor() const { return {deploymentId, startMs, id}; }
};

struct MediaRecord {
    std::int64_t id = 0;
    std::int64_t rootId = 0;
    QString relPath;
    std::int64_t deploymentId = 0;
    std::optional<std::int64_t> sequenceId;
    std::optional<int> frameIndex;
    std::uint64_t contentHash = 0;
    std::int64_t fileSize = 0;
    std::optional<std::int64_t> fileMtimeMs;
    std::optional<int> width;  // upright (after EXIF orientation)
    std::optional<int> height;
    std::optional<std::int64_t> takenAtMs;
    TimeSource timeSource = TimeSource::None;
    QString cameraMake;
    QString cameraModel;
    std::optional<int> burstIndex; // the camera's "n of m"
    std::optional<int> burstCount;
    std::optional<std::int64_t> eventNumber;
    int orientation = 1; // EXIF orientation 1..8
    QString importError;
};

struct ImportIssue {
    QString path;
    QString message;
    bool skipped = false; // true: not an image, not imported; false: imported with a problem
};

struct AuditEntry {
    QString source; // "import", "review", "cli", ...
    QString action; // "insert", "update", "delete", "move", ...
    QString entity; // table name
    std::optional<std::int64_t> entityId;
    QString details; // JSON
    QString actor;   // empty: the current OS user
    std::optional<std::int64_t> atMs; // empty: now; a check-in keeps the time a reviewer made an edit
};

QString formatTimestamp(std::optional<std::int64_t> ms);

// Whether a sequence grouped this way (sequences.grouped_by) had no camera time to go by: its frames were grouped
// by their file names ('file-names') or left on their own ('no-camera-time').
bool groupedWithoutCameraTime(const QString& groupedBy);

} // namespace trapline
