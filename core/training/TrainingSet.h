#pragma once

#include "Result.h"
#include "inference/Preprocess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::training {

enum class Split { Train, Validation, Test };

// Which of a project's confirmed labels become training examples, and how they are split. Three sides: training
// fits the model, validation makes every choice (best epoch, early stopping), and test only measures the result,
// so its figures are not flattered by any choice.
struct DatasetOptions {
    // Visit: a deployment's frames closer in time than `visitGapSeconds` (and the frames of one sequence) stay on one
    // side, whatever the sequence gap cut them into; Sequence: only the frames of one sequence; Deployment: a camera.
    enum class SplitBy { Sequence, Deployment, Visit };
    SplitBy splitBy = SplitBy::Visit; // near-duplicate frames never sit on both sides
    double visitGapSeconds = 300;
    double validationShare = 0.2;
    double testShare = 0.2;
    bool reviewedOnly = true;            // only observations a person made or confirmed
    bool crops = true;                   // box crops; frames without a box are used whole
    bool firstFramePerSequence = false;
    std::map<QString, double> classShare; // share of a class's examples kept, e.g. {"empty", 0.1}
    int minExamplesPerClass = 0;          // classes with fewer examples (after the shares) are left out
    unsigned seed = 1;
    // A class left with no training example (its training images went missing) is refused, since the model could
    // never predict it; allowed, the class is left out instead.
    bool allowMissingClasses = false;

    QJsonObject toJson() const;
    static DatasetOptions fromJson(const QJsonObject& json);
};

// One labelled image or box. Class names are scientific names, or "empty", "human", "vehicle" (as in the
// class-folder export); for individuals, the individual's name.
struct Example {
    std::int64_t observationId = 0;
    std::int64_t mediaId = 0;
    std::int64_t sequenceId = 0;
    std::int64_t deploymentId = 0;
    std::int64_t individualId = 0;
    int frameIndex = 0;
    std::optional<std::int64_t> takenMs; // when the frame was taken; unknown frames join visits by sequence only
    QString path;
    int orientation = 1;
    QString label;
    std::optional<inference::NormalisedBox> box;
    Split split = Split::Train;
    int classIndex = -1;
    std::int64_t group = 0; // the unit kept whole on one side of the split: visit, sequence (or lone frame), or deployment
};

// Where one class's groups (visits, sequences or deployments) and examples fell: what the report shows before training.
struct ClassSplit {
    QString name;
    std::int64_t groups[3] = {0, 0, 0};   // indexed by Split
    std::int64_t examples[3] = {0, 0, 0};
    std::int64_t totalGroups() const { return groups[0] + groups[1] + groups[2]; }
    bool validated() const { return examples[static_cast<int>(Split::Validation)] > 0; }
    bool tested() const { return examples[static_cast<int>(Split::Test)] > 0; }
};

struct LeftOutClass {
    enum class Reason { UnderMinimum, NoTrainingExample };
    std::int64_t examples = 0;
    Reason reason = Reason::UnderMinimum;
};

struct Dataset {
    QStringList classes;              // sorted; Example::classIndex points here
    std::vector<Example> examples;
    std::map<QString, LeftOutClass> leftOut;
    std::int64_t droppedByShare = 0;
    DatasetOptions::SplitBy splitBy = DatasetOptions::SplitBy::Visit; // what a group is, for the reports
    double visitGapSeconds = 0;
    int minExamplesPerClass = 0;

    std::int64_t count(Split split) const;
    std::vector<std::int64_t> classCounts(Split split) const;
    std::vector<ClassSplit> classSplits() const; // in the order of `classes`
    QStringList classesWithoutTraining() const;
    // Identifies the examples, their classes and sides: two trainings with the same fingerprint saw the same
    // data, so their validation figures compare and cached features can be reused.
    QString fingerprint() const;
};

// A stable number in [0, 1) from a key, the seed and a salt: the same options give the same split every time.
double unitHash(std::int64_t key, unsigned seed, std::uint64_t salt);

// The group an example is kept with: its deployment, else its sequence (a frame outside any sequence is its own).
std::int64_t groupOf(const Example& example, DatasetOptions::SplitBy splitBy);

// The visit of each example, in the order given: within a deployment, frames taken at most `gapSeconds` apart (in a
// chain) and the frames of one sequence share a visit, named by its smallest media id. Frames of unknown time join
// only their sequence.
std::vector<std::int64_t> visitsOf(const std::vector<Example>& examples, double gapSeconds);

// Reads the labelled observations (animals, empties, humans, vehicles) that are not on rejected boxes.
Result<std::vector<Example>> collectExamples(Project& project, const DatasetOptions& options);

// Applies the class shares and the minimum, numbers the classes and assigns the sides by assignStratifiedSides.
// Pure, for tests.
Dataset buildDataset(std::vector<Example> examples, const DatasetOptions& options);

// After examples were taken out of a split dataset (missing images): a class with no training example left is an
// error that names it, or with `allowMissingClasses` is left out (and the classes renumbered).
Status settleClassesWithoutTraining(Dataset& dataset, bool allowMissingClasses);
// The same error, for a classifier's dataset that has a class with no training example.
Status requireTrainingForEveryClass(const Dataset& dataset);

// Why a class is left out, or not validated, in words for the reports (the dialog words its own).
QString leftOutReason(const LeftOutClass& leftOut, int minExamplesPerClass);
QString notValidatedReason(const ClassSplit& split, DatasetOptions::SplitBy splitBy);
QString notTestedReason(const ClassSplit& split, DatasetOptions::SplitBy splitBy);
QString groupWord(DatasetOptions::SplitBy splitBy, std::int64_t n); // "visit", "sequence", "deployments"...
QString splitByName(DatasetOptions::SplitBy splitBy);               // "visit", "sequence", "deployment" (JSON, CLI)
std::optional<DatasetOptions::SplitBy> parseSplitBy(const QString& text);

// The species classifier's dataset from a project.
Result<Dataset> classifierDataset(Project& project, const DatasetOptions& options);

// Sightings of named individuals (boxes, or frames) for the re-ID embedder. Whole identities are held out: a
// `heldOutShare` of the individuals go to test, so the figures measure animals the embedder never saw, and the
// options' `validationShare` of them to validation, which chooses the epoch. Individuals with fewer than two
// sightings cannot be queried and are left out.
Result<Dataset> individualsDataset(Project& project, const DatasetOptions& options, double heldOutShare);
Dataset buildIndividualsDataset(std::vector<Example> examples, const DatasetOptions& options, double heldOutShare);

} // namespace trapline::training
