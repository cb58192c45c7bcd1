#pragma once

#include "ClassificationMetrics.h"
#include "Result.h"
#include "TrainingImages.h"
#include "TrainingSet.h"
#include "inference/ModelRunner.h"
#include "jobs/JobControl.h"
#include "reid/RetrievalMetrics.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace trapline::training {

enum class TrainingKind { Classifier, Embedder };
QString trainingKindName(TrainingKind kind);
std::optional<TrainingKind> parseTrainingKind(const QString& text);

struct FineTuneOptions {
    TrainingKind kind = TrainingKind::Classifier;
    QString baseManifest;  // a TorchScript model whose manifest names its feature method
    QString outputFolder;  // checkpoints, the cached features, then the new model, its manifest and its report
    QString name;          // of the new model; empty: "<base name> fine-tuned"
    // Stage 1: a new head on frozen features, computed once (with `augmentedViews` random variants of each
    // training image) and cached in the output folder.
    int headEpochs = 40;
    double headLearningRate = 3e-3;
    int augmentedViews = 3;
    // Stage 2 (optional): the parameters named by `unfreeze` (prefixes; empty: the manifest's "unfreeze") train
    // too, on freshly augmented images, at a lower learning rate.
    int unfrozenEpochs = 0;
    double unfrozenLearningRate = 1e-5;
    QStringList unfreeze;
    double weightDecay = 1e-4;
    int batchSize = 32;
    Augmentation augmentation;
    enum class Balance { ClassWeights, BalancedSampling, None };
    Balance balance = Balance::ClassWeights; // classifier only
    int patience = 8;  // epochs without a better validation figure before a stage stops; 0 never stops early
    // Embedder: batch-hard triplet loss with a soft margin over batches of P individuals x K sightings.
    int embeddingSize = 128;
    int identitiesPerBatch = 8;
    int imagesPerIdentity = 4;
    unsigned seed = 1;
    inference::DeviceChoice device = inference::DeviceChoice::Auto;

    QJsonObject toJson() const;
    static FineTuneOptions fromJson(const QJsonObject& json);
};

struct EpochRecord {
    int stage = 1;           // 1: head only, 2: unfrozen
    int epoch = 0;           // counted across both stages, from 1
    double trainLoss = 0;
    double validationLoss = 0; // classifier only
    double accuracy = 0, macroF1 = 0; // classifier, on the validation split
    double mapAtR = 0, top1 = 0;      // embedder, on the held-out individuals
    double seconds = 0;
    double imagesPerSecond = 0;       // training images (or cached feature rows) per second in this epoch
    QJsonObject toJson() const;
    static EpochRecord fromJson(const QJsonObject& json);
    double score(TrainingKind kind) const { return kind == TrainingKind::Classifier ? macroF1 : mapAtR; }
};

struct TrainingReport {
    TrainingKind kind = TrainingKind::Classifier;
    QString baseManifest;
    QStringList classes;
    QString datasetFingerprint;
    std::int64_t trainExamples = 0, validationExamples = 0, testExamples = 0;
    std::vector<std::int64_t> trainPerClass, validationPerClass, testPerClass;
    std::vector<ClassSplit> classSplits; // groups and examples of each class on each side
    DatasetOptions::SplitBy splitBy = DatasetOptions::SplitBy::Visit;
    double visitGapSeconds = 0;
    std::map<QString, LeftOutClass> leftOutClasses;
    int minExamplesPerClass = 0;
    // Every epoch's figures are on the validation split, which chooses the best epoch (and stops early).
    std::vector<EpochRecord> history;
    int bestEpoch = 0;
    int resumedFromEpoch = 0;  // 0: a fresh start
    QString stopReason;
    // The reported figures, all on the test split, which no choice has seen. Classifier: the new model ("after");
    // a nearest-class-mean classifier on the frozen features ("reference": what the base model knows before any
    // training); "majority": always saying the most common training class.
    ClassificationMetrics after, reference;
    double chanceAccuracy = 0; // the majority class's accuracy on the test split
    QString majorityClass;
    // Embedder: test individuals (never trained on, never used to choose an epoch) ranked by the base model's
    // features, then by the fine-tuned embedder.
    reid::RetrievalMetrics retrievalBefore, retrievalAfter;
    double featureImagesPerSecond = 0, headImagesPerSecond = 0, unfrozenImagesPerSecond = 0;
    double exportMaxDifference = 0; // largest |output| difference between the trained and the reloaded model
    QString modelPath, manifestPath, reportPath;
    QString predictionsPath; // classifier: each test example's id, class and the new model's answer (CSV)
    QStringList plotPaths;
    FineTuneOptions options;

    // The figure that chose the epoch: the best epoch's on the validation split (flattered by that choice).
    const EpochRecord* bestRecord() const;
    QJsonObject toJson() const;
};

using EpochCallback = std::function<void(const EpochRecord&)>;

QJsonObject retrievalJson(const reid::RetrievalMetrics& metrics);

// Fine-tunes the base model on `dataset` (classes and sides already drawn) and writes the new model to the output
// folder as TorchScript with its manifest, a JSON report and PNG plots. Each epoch ends with a checkpoint; run
// again with the same folder, options and dataset after a crash or a cancel, and training resumes after the last
// finished epoch. A cancelled run returns an error that says so.
Result<TrainingReport> fineTune(const Dataset& dataset, const FineTuneOptions& options, JobControl& control,
                                const EpochCallback& onEpoch = {});

// The figures of an existing classifier (e.g. the previous version) on the dataset's test split, its classes
// matched to the dataset's by name; predictions of classes the dataset does not have count as wrong.
Result<ClassificationMetrics> evaluateClassifier(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                 inference::DeviceChoice device = inference::DeviceChoice::Auto);
// The test individuals ranked by an existing embedder (or any model with a feature method).
Result<reid::RetrievalMetrics> evaluateEmbedder(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                inference::DeviceChoice device = inference::DeviceChoice::Auto);

} // namespace trapline::training
