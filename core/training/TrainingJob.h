#pragma once

#include "FineTuning.h"
#include "ModelVersions.h"

#include <QDateTime>

#include <optional>

namespace trapline::training {

struct TrainingRequest {
    // An empty output folder: the folder of the most recent unfinished training with the same request (which then
    // resumes), else a new one under the project's models folder.
    FineTuneOptions fineTune;
    DatasetOptions data;
    double heldOutIndividuals = 0.3; // embedder: share of the individuals kept out of training and choice, for test
    // Repeats of the whole training on other seeded splits (seed, seed + 1, ...), for the spread of the test figures;
    // only the first repeat's model becomes a version of the project.
    int repeats = 1;
    bool compareWithPrevious = true; // evaluate the previous version (the active one, else the newest) on the same split
    bool makeActive = false;         // the new model becomes the active one

    QJsonObject toJson() const;
    static TrainingRequest fromJson(const QJsonObject& json);
};

// A training that stopped before its model was saved (cancelled, crashed, killed): run its request again to
// resume it. Each training's folder keeps its request in request.json.
struct UnfinishedTraining {
    QString folder;
    TrainingRequest request;
    int epochsDone = 0;
    QDateTime lastChange;
};

// The most recent unfinished training in the project's models folder, if any.
std::optional<UnfinishedTraining> findUnfinishedTraining(const QString& projectPath);

// The mean and sample standard deviation of one figure over repeats (sd 0 for a single repeat).
struct Spread {
    double mean = 0, sd = 0;
    int n = 0;
};
Spread spreadOf(const std::vector<double>& values);

struct RepeatedFigures {
    QString name;                // e.g. "test accuracy, new model"
    std::vector<double> values;  // one per repeat, in order
    Spread spread;
};
// The test figures of every repeat, one row per figure (the new model's and the baselines').
std::vector<RepeatedFigures> repeatedFigures(const std::vector<TrainingReport>& repeats);
QJsonObject repeatsJson(const std::vector<TrainingReport>& repeats);

struct TrainingOutcome {
    TrainingReport report; // the first repeat's: its model is the one kept and recorded
    std::vector<TrainingReport> repeats; // every repeat's, the first included
    QString repeatsPath;                  // repeats.json beside the first report, when there are several
    std::int64_t versionId = 0;
    QString backupPath;
    std::int64_t missingFiles = 0; // examples left out because their image is no longer where it was imported from
    QString previousManifest; // the model compared with, if any
    std::optional<ClassificationMetrics> previous;
    std::optional<reid::RetrievalMetrics> previousRetrieval;
};

// Where a project's trained models go: "<project>.trapline-models/<kind>-<time>".
QString defaultTrainingFolder(const QString& projectPath, TrainingKind kind);

// The dataset as it will train (classes, sides, what is left out), before anything is written.
using DatasetCallback = std::function<void(const Dataset&)>;

// The whole job, as the GUI and trapline-cli run it: build the dataset from the project's confirmed labels (a
// classifier's class with no training example left is refused unless the request allows leaving it out), back up
// the project, fine-tune, compare with the previous version (the active one, else the newest of the kind) on the
// same test split, and record the new version. With `repeats` above 1, it then trains again on the other seeds'
// splits, each in a "repeat-N" folder inside the first one, and writes repeats.json there.
// Opens its own connection to the project, so it runs on any thread.
Result<TrainingOutcome> runTraining(const QString& projectPath, const TrainingRequest& request, JobControl& control,
                                    const EpochCallback& onEpoch = {}, const DatasetCallback& onDataset = {});

} // namespace trapline::training
