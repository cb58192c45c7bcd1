#pragma once

#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>

#include <cstdint>
#include <map>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct TrainingExportOptions {
    enum class Content { Crops, WholeFrames };
    enum class SplitBy { Sequence, Deployment };
    Content content = Content::Crops; // crops of boxes; frames without a box are written whole
    bool reviewedOnly = true;         // only observations a person made or confirmed
    bool firstFramePerSequence = false;
    double keepEmptyShare = 1.0;      // share of empty examples kept: 0 drops them, 0.1 keeps one in ten
    SplitBy splitBy = SplitBy::Sequence; // frames of one burst (or camera) never sit on both sides
    double validationShare = 0.2;
    double testShare = 0.0;
    unsigned seed = 1;
    int maxSide = 0;                  // shrink larger images to this long side; 0 keeps them as they are
};

struct TrainingExportSummary {
    std::int64_t examples = 0;
    std::int64_t train = 0, validation = 0, test = 0;
    std::int64_t skippedMissingFiles = 0;
    std::map<QString, std::int64_t> perClass;
    bool cancelled = false;
};

// Writes a training set in class folders: OUT/{train,val,test}/<class>/<media>_<observation>.jpg, with
// OUT/{train,val,test}.csv listing file, class, sequence and deployment, and OUT/classes.txt. Classes are
// scientific names, or "empty", "human", "vehicle". Splits are drawn per sequence or deployment from a seeded
// hash, so the same options give the same split.
Result<TrainingExportSummary> exportTrainingSet(Project& project, const QString& folder,
                                                const TrainingExportOptions& options, JobControl& control);

} // namespace trapline::formats
