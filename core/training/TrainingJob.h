#pragma once

#include "FineTuning.h"
#include "ModelVersions.h"

#include <optional>

namespace trapline::training {

struct TrainingRequest {
    FineTuneOptions fineTune;  // an empty output folder: a new one under the project's models folder
    DatasetOptions data;
    double heldOutIndividuals = 0.3; // embedder: share of the individuals kept out of training
    bool compareWithPrevious = true; // evaluate the previous version (the active one, else the newest) on the same split
    bool makeActive = false;         // the new model becomes the active one
};

struct TrainingOutcome {
    TrainingReport report;
    std::int64_t versionId = 0;
    QString backupPath;
    QString previousManifest; // the model compared with, if any
    std::optional<ClassificationMetrics> previous;
    std::optional<reid::RetrievalMetrics> previousRetrieval;
};

// Where a project's trained models go: "<project>.trapline-models/<kind>-<time>".
QString defaultTrainingFolder(const QString& projectPath, TrainingKind kind);

// The whole job, as the GUI and trapline-cli run it: back up the project, build the dataset from its confirmed
// labels, fine-tune, compare with the previous version (the active one, else the newest of the kind) on the same
// validation split, and record the new version.
// Opens its own connection to the project, so it runs on any thread.
Result<TrainingOutcome> runTraining(const QString& projectPath, const TrainingRequest& request, JobControl& control,
                                    const EpochCallback& onEpoch = {});

} // namespace trapline::training
