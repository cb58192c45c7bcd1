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

// Which of a project's confirmed labels become training examples, and how they are split.
struct DatasetOptions {
    enum class SplitBy { Sequence, Deployment };
    SplitBy splitBy = SplitBy::Sequence; // frames of one burst (or one camera) never sit on both sides
    double validationShare = 0.2;
    double testShare = 0.0;
    bool reviewedOnly = true;            // only observations a person made or confirmed
    bool crops = true;                   // box crops; frames without a box are used whole
    bool firstFramePerSequence = false;
    std::map<QString, double> classShare; // share of a class's examples kept, e.g. {"empty", 0.1}
    int minExamplesPerClass = 0;          // classes with fewer examples (after the shares) are left out
    unsigned seed = 1;

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
    QString path;
    int orientation = 1;
    QString label;
    std::optional<inference::NormalisedBox> box;
    Split split = Split::Train;
    int classIndex = -1;
};

struct Dataset {
    QStringList classes;              // sorted; Example::classIndex points here
    std::vector<Example> examples;
    std::map<QString, std::int64_t> leftOut; // classes under the minimum, with their example counts
    std::int64_t droppedByShare = 0;

    std::int64_t count(Split split) const;
    std::vector<std::int64_t> classCounts(Split split) const;
    // Identifies the examples, their classes and sides: two trainings with the same fingerprint saw the same
    // data, so their validation figures compare and cached features can be reused.
    QString fingerprint() const;
};

// A stable number in [0, 1) from a key, the seed and a salt: the same options give the same split every time.
double unitHash(std::int64_t key, unsigned seed, std::uint64_t salt);

// The side an example's group (sequence or deployment) falls on.
Split splitOf(const Example& example, const DatasetOptions& options);

// Reads the labelled observations (animals, empties, humans, vehicles) that are not on rejected boxes.
Result<std::vector<Example>> collectExamples(Project& project, const DatasetOptions& options);

// Applies the class shares and the minimum, numbers the classes and assigns the sides. Pure, for tests.
Dataset buildDataset(std::vector<Example> examples, const DatasetOptions& options);

// The species classifier's dataset from a project.
Result<Dataset> classifierDataset(Project& project, const DatasetOptions& options);

// Sightings of named individuals (boxes, or frames) for the re-ID embedder. Whole identities are held out: a
// `heldOutShare` of the individuals go to validation, so the figures measure animals the embedder never saw.
// Individuals with fewer than two sightings cannot be queried and are left out.
Result<Dataset> individualsDataset(Project& project, const DatasetOptions& options, double heldOutShare);
Dataset buildIndividualsDataset(std::vector<Example> examples, const DatasetOptions& options, double heldOutShare);

} // namespace trapline::training
