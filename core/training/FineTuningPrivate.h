#pragma once

// What the files of the fine-tuning share: the base model, decoding, the feature cache, losses and metrics,
// checkpoints and the run itself. Private to core/training.

#include "FineTuning.h"
#include "inference/TorchPch.h"
#include "jobs/Pipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trapline::training::detail {

// ---------------------------------------------------------------------------------------------------------------
// The base model (FineTuningBackbone.cpp)

// What gives the features: a method of the module, or a submodule (a layer, by dotted path such as
// "features" or "backbone.stage4") whose forward is called. Null when the module has neither.
std::optional<torch::jit::Module> featureLayer(const torch::jit::Module& module, const std::string& name);

struct Backbone {
    torch::jit::Module module;
    std::string method;
    inference::ModelManifest manifest;
    QJsonObject manifestJson;
    torch::Device device = torch::kCPU;

    bool hasFeatures() const;
    // The features of a batch, pooled and flattened to [N, D].
    torch::Tensor features(const torch::Tensor& x);
};

Result<QJsonObject> readJson(const QString& path);
Status writeJson(const QString& path, const QJsonObject& json);
Result<Backbone> loadBackbone(const QString& manifestPath, inference::DeviceChoice device, const QString& weightsOverride = {});

// ---------------------------------------------------------------------------------------------------------------
// Images to tensors, and stage 1's cached features (FineTuningFeatures.cpp)

torch::Tensor inputBatch(const std::vector<cv::Mat>& images, const inference::InputSpec& spec);

// One decoded, possibly augmented picture per request.
struct ImageRequest {
    const Example* example = nullptr;
    std::uint64_t seed = 0;
    bool augmented = false;
};

// The pictures of `requests`, batch by batch: a private pool decodes batch k+1 while `use` runs the model on
// batch k. Stops at the first picture that cannot be read (an error that names it) or the first error of `use`.
Status forEachImageBatch(const std::vector<ImageRequest>& requests, const std::vector<BatchRange>& batches,
                         const Augmentation& augmentation,
                         const std::function<Status(const std::vector<cv::Mat>& images, BatchRange batch)>& use);

// The validation images, as they are, in batches of model input: `use` gets each batch and how many images are done.
Status forEachValidationBatch(const Dataset& dataset, const inference::InputSpec& input, size_t batchSize,
                              const std::function<Status(const torch::Tensor& batch, size_t done)>& use);

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0);

struct Features {
    torch::Tensor train, trainLabels, validation, validationLabels; // float [N, D], long [N]
};

Result<Features> cachedFeatures(Backbone& backbone, const Dataset& dataset, const FineTuneOptions& o, const QString& key,
                                JobControl& control, double& imagesPerSecond);

// Features are standardised with the training rows' statistics; the export folds this into the head.
struct Standardiser {
    torch::Tensor mean, std;
    torch::Tensor operator()(const torch::Tensor& f) const { return (f - mean.to(f.device())) / std.to(f.device()); }
};

// ---------------------------------------------------------------------------------------------------------------
// Losses, batches and validation figures (FineTuningLosses.cpp)

// Batch-hard triplet loss with a soft margin (Hermans, Beyer & Leibe 2017): for each anchor, its farthest
// positive and nearest negative in the batch; softplus(d_ap - d_an).
torch::Tensor batchHardSoftMargin(const torch::Tensor& embeddings, const torch::Tensor& labels);
torch::Tensor normalised(const torch::Tensor& x);
// Batches of row indices for one epoch. Classifier: shuffled, or drawn by inverse class frequency. Embedder:
// P identities x K of their rows.
std::vector<torch::Tensor> epochBatches(TrainingKind kind, const torch::Tensor& labels, const FineTuneOptions& o,
                                        int classCount, std::uint64_t seed);

std::vector<int> toVector(const torch::Tensor& t);
reid::RetrievalMetrics retrieval(const torch::Tensor& embeddings, const torch::Tensor& labels);
ClassificationMetrics scoreClassifier(EpochRecord& r, const torch::Tensor& logits, const torch::Tensor& labels, const QStringList& classes);
ClassificationMetrics nearestClassMean(const torch::Tensor& train, const torch::Tensor& trainLabels, const torch::Tensor& validation,
                                       const torch::Tensor& validationLabels, const QStringList& classes);

// ---------------------------------------------------------------------------------------------------------------
// Checkpoints (FineTuningCheckpoints.cpp)

struct RunState {
    int epoch = 0;        // finished epochs
    int stage = 1;
    bool stage1Done = false;
    double bestScore = -1;
    int bestEpoch = 0;
    int sinceBest = 0;
    std::vector<EpochRecord> history;
    QString stopReason;

    QJsonObject toJson(const QString& key) const
    {
        QJsonArray h;
        for (const EpochRecord& r : history)
            h.append(r.toJson());
        return {{QStringLiteral("key"), key}, {QStringLiteral("epoch"), epoch}, {QStringLiteral("stage"), stage},
                {QStringLiteral("stage1_done"), stage1Done}, {QStringLiteral("best_score"), bestScore},
                {QStringLiteral("best_epoch"), bestEpoch}, {QStringLiteral("since_best"), sinceBest},
                {QStringLiteral("history"), h}, {QStringLiteral("stop_reason"), stopReason}};
    }
    static RunState fromJson(const QJsonObject& j)
    {
        RunState s;
        s.epoch = j.value(QStringLiteral("epoch")).toInt();
        s.stage = j.value(QStringLiteral("stage")).toInt(1);
        s.stage1Done = j.value(QStringLiteral("stage1_done")).toBool();
        s.bestScore = j.value(QStringLiteral("best_score")).toDouble(-1);
        s.bestEpoch = j.value(QStringLiteral("best_epoch")).toInt();
        s.sinceBest = j.value(QStringLiteral("since_best")).toInt();
        for (const auto& r : j.value(QStringLiteral("history")).toArray())
            s.history.push_back(EpochRecord::fromJson(r.toObject()));
        s.stopReason = j.value(QStringLiteral("stop_reason")).toString();
        return s;
    }
};

void saveAtomically(const std::function<void(const std::string&)>& save, const QString& path);
void saveHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path);
void loadHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path);
void setLearningRate(torch::optim::Optimizer& optimizer, const std::vector<double>& base, double factor);
// Linear warm-up over `warmup` steps (at least one), then cosine decay to zero at `total`.
double schedule(std::int64_t step, std::int64_t total, std::int64_t warmup);
QString runKey(const Dataset& dataset, const FineTuneOptions& o, const QString& baseHash);

// ---------------------------------------------------------------------------------------------------------------
// The run (FineTuning.cpp; the export in FineTuningExport.cpp)

class Run {
public:
    Run(const Dataset& dataset, const FineTuneOptions& options, JobControl& control, const EpochCallback& onEpoch)
        : m_data(dataset), m_o(options), m_control(control), m_onEpoch(onEpoch), m_dir(options.outputFolder)
    {
    }

    Result<TrainingReport> run();

private:
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    int classCount() const { return static_cast<int>(m_data.classes.size()); }
    bool classifier() const { return m_o.kind == TrainingKind::Classifier; }
    torch::Tensor headOutput(const torch::Tensor& features) { return m_head->forward(m_standardise(features.to(m_device))); }
    torch::Tensor classWeights() const;
    // One optimisation step on a batch's outputs; returns the batch's loss.
    double optimise(torch::optim::Optimizer& optimizer, const torch::Tensor& out, const torch::Tensor& labels, const torch::Tensor& weights);
    Status stageOne();
    Status stageTwo();
    Status endEpoch(EpochRecord record, torch::optim::Optimizer& optimizer);
    void validate(EpochRecord& record, const torch::Tensor& validationFeatures);
    Result<torch::Tensor> validationFeatures();
    Status exportModel();

    const Dataset& m_data;
    FineTuneOptions m_o;
    JobControl& m_control;
    const EpochCallback& m_onEpoch;
    QDir m_dir;
    Backbone m_backbone;
    torch::Device m_device = torch::kCPU;
    Features m_features;
    Standardiser m_standardise;
    torch::nn::Linear m_head{nullptr};
    RunState m_state;
    QString m_key;
    TrainingReport m_report;
    std::vector<const Example*> m_trainExamples;
    torch::Tensor m_trainExampleLabels;
};

} // namespace trapline::training::detail
