#include "FineTuning.h"

#include "TrainingPlots.h"
#include "inference/TorchPch.h"
#include "project/AtomicFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <numbers>

namespace trapline::training {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// The base model

// What gives the features: a method of the module, or a submodule (a layer, by dotted path such as
// "features" or "backbone.stage4") whose forward is called. Null when the module has neither.
std::optional<torch::jit::Module> featureLayer(const torch::jit::Module& module, const std::string& name)
{
    torch::jit::Module current = module;
    size_t start = 0;
    while (start <= name.size()) {
        const size_t dot = std::min(name.find('.', start), name.size());
        const std::string part = name.substr(start, dot - start);
        if (part.empty() || !current.hasattr(part))
            return std::nullopt;
        const torch::IValue child = current.attr(part);
        if (!child.isObject() || !child.toObject()->type()->is_module())
            return std::nullopt;
        current = torch::jit::Module(child.toObject());
        start = dot + 1;
    }
    return current;
}

struct Backbone {
    torch::jit::Module module;
    std::string method;
    inference::ModelManifest manifest;
    QJsonObject manifestJson;
    torch::Device device = torch::kCPU;

    bool hasFeatures() const { return module.find_method(method) || featureLayer(module, method); }
    torch::Tensor features(const torch::Tensor& x)
    {
        torch::Tensor f;
        if (auto m = module.find_method(method))
            f = (*m)({x}).toTensor();
        else
            f = featureLayer(module, method).value().forward({x}).toTensor();
        if (f.dim() == 4)
            f = f.mean({2, 3});
        return f.flatten(1);
    }
};

torch::Device pickDevice(inference::DeviceChoice choice)
{
    if (choice != inference::DeviceChoice::Cpu && torch::cuda::is_available())
        return torch::kCUDA;
    return torch::kCPU;
}

Result<QJsonObject> readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(path, f.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error{QStringLiteral("%1 is not a JSON object.").arg(path)};
    return doc.object();
}

Status writeJson(const QString& path, const QJsonObject& json) { return writeFileAtomically(path, QJsonDocument(json).toJson()); }

Result<Backbone> loadBackbone(const QString& manifestPath, inference::DeviceChoice device, const QString& weightsOverride = {})
{
    auto manifest = inference::ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    if (manifest.value().backend != inference::Backend::TorchScript)
        return Error{QStringLiteral("%1 is not a TorchScript model: fine-tuning needs one (export the model with "
                                    "torch.jit.script or torch.jit.trace).").arg(manifest.value().name)};
    auto json = readJson(manifestPath);
    if (!json)
        return json.error();
    Backbone b;
    b.manifest = manifest.value();
    b.manifestJson = json.value();
    b.method = (b.manifest.featureMethod.isEmpty() ? QStringLiteral("forward") : b.manifest.featureMethod).toStdString();
    b.device = pickDevice(device);
    const QString weights = weightsOverride.isEmpty() ? b.manifest.weightsPath : weightsOverride;
    try {
        b.module = torch::jit::load(weights.toStdString(), b.device);
    } catch (const std::exception& e) {
        return Error{QStringLiteral("Cannot load the TorchScript model %1: %2").arg(weights, QString::fromUtf8(e.what()))};
    }
    if (!b.hasFeatures())
        return Error{QStringLiteral("The model %1 has no method or layer \"%2\". Name the method (or the submodule) that "
                                    "returns features in its manifest as \"feature_method\".").arg(b.manifest.name, QString::fromStdString(b.method))};
    b.module.eval();
    for (const auto& p : b.module.parameters())
        p.set_requires_grad(false);
    return b;
}

// ---------------------------------------------------------------------------------------------------------------
// Images to tensors

torch::Tensor inputBatch(const std::vector<cv::Mat>& images, const inference::InputSpec& spec)
{
    const auto n = static_cast<std::int64_t>(images.size());
    torch::Tensor t = torch::empty({n, 3, spec.height, spec.width}, torch::kFloat32);
    float* data = t.data_ptr<float>();
    for (std::int64_t i = 0; i < n; ++i)
        inference::prepareInput(images[static_cast<size_t>(i)], spec, data + i * 3 * spec.width * spec.height);
    return t;
}

// One decoded, possibly augmented picture per request, decoded in parallel.
struct ImageRequest {
    const Example* example = nullptr;
    std::uint64_t seed = 0;
    bool augmented = false;
};

Result<std::vector<cv::Mat>> loadImages(const std::vector<ImageRequest>& requests, const Augmentation& augmentation)
{
    std::vector<cv::Mat> images = QtConcurrent::blockingMapped<std::vector<cv::Mat>>(requests, [&](const ImageRequest& r) {
        cv::Mat image = loadExampleImage(*r.example);
        if (!r.augmented || image.empty())
            return image;
        std::mt19937 rng(static_cast<std::mt19937::result_type>(r.seed));
        return augment(image, augmentation, rng);
    });
    for (size_t i = 0; i < images.size(); ++i)
        if (images[i].empty())
            return Error{QStringLiteral("Cannot read the image %1. Run \"Check Project\" to find moved or missing "
                                        "files, or relink the image folder.").arg(requests[i].example->path)};
    return images;
}

// The validation images, as they are, in batches of model input: `use` gets each batch and how many images are done.
Status forEachValidationBatch(const Dataset& dataset, const inference::InputSpec& input, size_t batchSize,
                              const std::function<Status(const torch::Tensor& batch, size_t done)>& use)
{
    std::vector<ImageRequest> requests;
    for (const Example& e : dataset.examples)
        if (e.split == Split::Validation)
            requests.push_back({&e, 0, false});
    for (size_t s = 0; s < requests.size(); s += batchSize) {
        const std::vector<ImageRequest> slice(requests.begin() + static_cast<std::ptrdiff_t>(s),
                                              requests.begin() + static_cast<std::ptrdiff_t>(std::min(requests.size(), s + batchSize)));
        auto images = loadImages(slice, {});
        if (!images)
            return images.error();
        if (Status done = use(inputBatch(images.value(), input), s + slice.size()); !done)
            return done;
    }
    return Ok{};
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0)
{
    return static_cast<std::uint64_t>(unitHash(static_cast<std::int64_t>(a * 1000003 + b), static_cast<unsigned>(c), 11) * 9.0e15);
}

// ---------------------------------------------------------------------------------------------------------------
// Stage 1's cached features

struct Features {
    torch::Tensor train, trainLabels, validation, validationLabels; // float [N, D], long [N]
};

Result<Features> cachedFeatures(Backbone& backbone, const Dataset& dataset, const FineTuneOptions& o, const QString& key,
                                JobControl& control, double& imagesPerSecond)
{
    std::vector<ImageRequest> train, validation;
    for (const Example& e : dataset.examples) {
        if (e.split == Split::Validation) {
            validation.push_back({&e, 0, false});
        } else if (e.split == Split::Train) {
            for (int v = 0; v < std::max(1, o.augmentedViews); ++v)
                train.push_back({&e, mix(static_cast<std::uint64_t>(e.mediaId), static_cast<std::uint64_t>(e.observationId * 31 + v), o.seed), v > 0});
        }
    }
    std::vector<ImageRequest> all = train;
    all.insert(all.end(), validation.begin(), validation.end());
    const QDir folder(QDir(o.outputFolder).filePath(QStringLiteral("features-") + key));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return Error{QStringLiteral("Cannot create %1.").arg(folder.path())};
    // Chunks, so a long feature pass that is cancelled or killed resumes after the last chunk it saved.
    constexpr size_t kChunk = 256;
    const size_t batch = static_cast<size_t>(std::max(1, std::min(o.batchSize, backbone.manifest.maxBatch)));
    std::vector<torch::Tensor> chunks;
    control.beginPhase(QStringLiteral("Computing features"), static_cast<std::int64_t>(all.size()));
    QElapsedTimer timer;
    timer.start();
    std::int64_t computed = 0;
    for (size_t start = 0; start < all.size(); start += kChunk) {
        const QString file = folder.filePath(QStringLiteral("chunk-%1.pt").arg(start / kChunk, 6, 10, QLatin1Char('0')));
        torch::Tensor chunk;
        if (QFileInfo::exists(file)) {
            torch::load(chunk, file.toStdString());
        } else {
            std::vector<torch::Tensor> parts;
            for (size_t b = start; b < std::min(all.size(), start + kChunk); b += batch) {
                if (control.cancelled())
                    return Error{QStringLiteral("Training was cancelled while computing features; run it again to resume.")};
                const std::vector<ImageRequest> slice(all.begin() + static_cast<std::ptrdiff_t>(b),
                                                      all.begin() + static_cast<std::ptrdiff_t>(std::min({all.size(), b + batch, start + kChunk})));
                auto images = loadImages(slice, o.augmentation);
                if (!images)
                    return images.error();
                torch::NoGradGuard noGrad;
                parts.push_back(backbone.features(inputBatch(images.value(), backbone.manifest.input).to(backbone.device)).cpu());
                computed += static_cast<std::int64_t>(slice.size());
                control.report(static_cast<std::int64_t>(b + slice.size()));
            }
            chunk = torch::cat(parts);
            torch::save(chunk, (file + QStringLiteral(".part")).toStdString());
            QFile::remove(file);
            if (!QFile::rename(file + QStringLiteral(".part"), file))
                return Error{QStringLiteral("Cannot write %1. Check that the disk has room.").arg(file)};
        }
        chunks.push_back(chunk);
        control.report(static_cast<std::int64_t>(std::min(all.size(), start + kChunk)));
    }
    imagesPerSecond = computed > 0 ? computed / std::max(1e-3, timer.elapsed() / 1000.0) : 0;
    const torch::Tensor f = torch::cat(chunks).to(torch::kFloat32);
    auto labels = [](const std::vector<ImageRequest>& r) {
        torch::Tensor t = torch::empty({static_cast<std::int64_t>(r.size())}, torch::kLong);
        for (size_t i = 0; i < r.size(); ++i)
            t[static_cast<std::int64_t>(i)] = r[i].example->classIndex;
        return t;
    };
    const auto nTrain = static_cast<std::int64_t>(train.size());
    return Features{f.slice(0, 0, nTrain), labels(train), f.slice(0, nTrain), labels(validation)};
}

// Features are standardised with the training rows' statistics; the export folds this into the head.
struct Standardiser {
    torch::Tensor mean, std;
    torch::Tensor operator()(const torch::Tensor& f) const { return (f - mean.to(f.device())) / std.to(f.device()); }
};

// ---------------------------------------------------------------------------------------------------------------
// Losses and batches

// Batch-hard triplet loss with a soft margin (Hermans, Beyer & Leibe 2017): for each anchor, its farthest
// positive and nearest negative in the batch; softplus(d_ap - d_an).
torch::Tensor batchHardSoftMargin(const torch::Tensor& embeddings, const torch::Tensor& labels)
{
    const torch::Tensor d = torch::cdist(embeddings, embeddings);
    const torch::Tensor same = labels.unsqueeze(0) == labels.unsqueeze(1);
    const torch::Tensor positive = std::get<0>(torch::where(same, d, torch::zeros_like(d)).max(1));
    const torch::Tensor negative = std::get<0>(torch::where(same, torch::full_like(d, 1e6), d).min(1));
    return torch::softplus(positive - negative).mean();
}

torch::Tensor normalised(const torch::Tensor& x) { return x / x.norm(2, 1, true).clamp_min(1e-12); }

// Batches of row indices for one epoch. Classifier: shuffled, or drawn by inverse class frequency. Embedder:
// P identities x K of their rows.
std::vector<torch::Tensor> epochBatches(TrainingKind kind, const torch::Tensor& labels, const FineTuneOptions& o,
                                        int classCount, std::uint64_t seed)
{
    torch::manual_seed(seed);
    const std::int64_t n = labels.size(0);
    std::vector<torch::Tensor> out;
    if (kind == TrainingKind::Classifier) {
        torch::Tensor order;
        if (o.balance == FineTuneOptions::Balance::BalancedSampling) {
            const torch::Tensor counts = torch::bincount(labels, {}, classCount).to(torch::kFloat32).clamp_min(1);
            order = torch::multinomial((1.0 / counts).index_select(0, labels), n, true);
        } else {
            order = torch::randperm(n, torch::kLong);
        }
        for (std::int64_t s = 0; s < n; s += o.batchSize)
            out.push_back(order.slice(0, s, std::min(n, s + o.batchSize)));
        return out;
    }
    std::vector<std::vector<std::int64_t>> byClass(static_cast<size_t>(classCount));
    const auto* l = labels.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i)
        byClass[static_cast<size_t>(l[i])].push_back(i);
    std::vector<std::int64_t> identities;
    for (size_t c = 0; c < byClass.size(); ++c)
        if (!byClass[c].empty())
            identities.push_back(static_cast<std::int64_t>(c));
    if (identities.size() < 2)
        return out;
    std::mt19937_64 rng(seed);
    const int p = std::min<int>(o.identitiesPerBatch, static_cast<int>(identities.size()));
    const std::int64_t batches = std::max<std::int64_t>(4, n / (p * o.imagesPerIdentity));
    for (std::int64_t b = 0; b < batches; ++b) {
        std::shuffle(identities.begin(), identities.end(), rng);
        std::vector<std::int64_t> rows;
        for (int i = 0; i < p; ++i) {
            auto& pool = byClass[static_cast<size_t>(identities[static_cast<size_t>(i)])];
            std::shuffle(pool.begin(), pool.end(), rng);
            for (int k = 0; k < o.imagesPerIdentity; ++k)
                rows.push_back(pool[static_cast<size_t>(k) % pool.size()]);
        }
        out.push_back(torch::tensor(rows, torch::kLong));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

std::vector<int> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.to(torch::kCPU).to(torch::kLong).contiguous();
    return {c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel()};
}

reid::RetrievalMetrics retrieval(const torch::Tensor& embeddings, const torch::Tensor& labels)
{
    const torch::Tensor e = normalised(embeddings.to(torch::kCPU).to(torch::kFloat32));
    const torch::Tensor s = torch::mm(e, e.t()).contiguous();
    std::vector<std::vector<float>> scores(static_cast<size_t>(s.size(0)));
    for (std::int64_t i = 0; i < s.size(0); ++i)
        scores[static_cast<size_t>(i)].assign(s[i].data_ptr<float>(), s[i].data_ptr<float>() + s.size(1));
    return reid::evaluateLeaveOneOut(scores, toVector(labels));
}

ClassificationMetrics scoreClassifier(EpochRecord& r, const torch::Tensor& logits, const torch::Tensor& labels, const QStringList& classes)
{
    torch::NoGradGuard noGrad;
    r.validationLoss = labels.numel() > 0 ? torch::nn::functional::cross_entropy(logits, labels).item<double>() : 0;
    ClassificationMetrics metrics = classificationMetrics(toVector(labels), toVector(logits.argmax(1)), classes);
    r.accuracy = metrics.accuracy;
    r.macroF1 = metrics.macroF1;
    return metrics;
}

ClassificationMetrics nearestClassMean(const torch::Tensor& train, const torch::Tensor& trainLabels, const torch::Tensor& validation,
                                       const torch::Tensor& validationLabels, const QStringList& classes)
{
    const auto k = static_cast<std::int64_t>(classes.size());
    torch::Tensor centroids = torch::zeros({k, train.size(1)});
    for (std::int64_t c = 0; c < k; ++c) {
        const torch::Tensor rows = train.index({trainLabels == c});
        if (rows.size(0) > 0)
            centroids[c] = normalised(rows).mean(0);
    }
    const torch::Tensor predicted = torch::mm(normalised(validation), normalised(centroids).t()).argmax(1);
    return classificationMetrics(toVector(validationLabels), toVector(predicted), classes);
}

// ---------------------------------------------------------------------------------------------------------------
// Checkpoints

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

void saveAtomically(const std::function<void(const std::string&)>& save, const QString& path)
{
    const QString part = path + QStringLiteral(".part");
    save(part.toStdString());
    // rename(2) replaces the old checkpoint in one step: a kill leaves the old one or the new one, never half.
    if (std::rename(part.toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
        throw std::runtime_error("cannot replace " + path.toStdString());
}

void saveHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path)
{
    saveAtomically([&](const std::string& file) {
        torch::serialize::OutputArchive archive;
        archive.write("weight", head->weight.detach().cpu());
        archive.write("bias", head->bias.detach().cpu());
        if (optimizer) {
            torch::serialize::OutputArchive opt;
            optimizer->save(opt);
            archive.write("optimizer", opt);
        }
        archive.save_to(file);
    }, path);
}

void loadHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path)
{
    torch::serialize::InputArchive archive;
    archive.load_from(path.toStdString());
    torch::Tensor w, b;
    archive.read("weight", w);
    archive.read("bias", b);
    torch::NoGradGuard noGrad;
    head->weight.copy_(w);
    head->bias.copy_(b);
    if (optimizer) {
        torch::serialize::InputArchive opt;
        if (archive.try_read("optimizer", opt))
            optimizer->load(opt);
    }
}

void setLearningRate(torch::optim::Optimizer& optimizer, const std::vector<double>& base, double factor)
{
    for (size_t g = 0; g < optimizer.param_groups().size(); ++g)
        static_cast<torch::optim::AdamWOptions&>(optimizer.param_groups()[g].options()).lr(base[g] * factor);
}

// Linear warm-up over `warmup` steps (at least one), then cosine decay to zero at `total`.
double schedule(std::int64_t step, std::int64_t total, std::int64_t warmup)
{
    const double warm = static_cast<double>(std::max<std::int64_t>(1, warmup));
    if (step < warm)
        return (static_cast<double>(step) + 1) / warm;
    return 0.5 * (1 + std::cos(std::numbers::pi * (static_cast<double>(step) - warm) / std::max(1.0, static_cast<double>(total) - warm)));
}

QString runKey(const Dataset& dataset, const FineTuneOptions& o, const QString& baseHash)
{
    QJsonObject j = o.toJson();
    j.remove(QStringLiteral("output_folder"));
    j.remove(QStringLiteral("device"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QJsonDocument(j).toJson(QJsonDocument::Compact));
    h.addData(dataset.fingerprint().toUtf8());
    h.addData(baseHash.toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

// ---------------------------------------------------------------------------------------------------------------
// The run

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

torch::Tensor Run::classWeights() const
{
    if (!classifier() || m_o.balance != FineTuneOptions::Balance::ClassWeights)
        return {};
    const torch::Tensor counts = torch::bincount(m_features.trainLabels, {}, classCount()).to(torch::kFloat32).clamp_min(1);
    return (counts.sum() / (counts * classCount())).to(m_device);
}

double Run::optimise(torch::optim::Optimizer& optimizer, const torch::Tensor& out, const torch::Tensor& labels, const torch::Tensor& weights)
{
    const torch::Tensor loss = classifier()
        ? torch::nn::functional::cross_entropy(out, labels, torch::nn::functional::CrossEntropyFuncOptions().weight(weights))
        : batchHardSoftMargin(normalised(out), labels);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    return loss.item<double>();
}

void finishTiming(EpochRecord& r, double lossSum, std::int64_t rows, const QElapsedTimer& timer)
{
    r.trainLoss = rows > 0 ? lossSum / static_cast<double>(rows) : 0;
    r.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    r.imagesPerSecond = static_cast<double>(rows) / std::max(1e-3, r.seconds);
}

void Run::validate(EpochRecord& r, const torch::Tensor& validation)
{
    torch::NoGradGuard noGrad;
    m_head->eval();
    const torch::Tensor out = headOutput(validation);
    m_head->train();
    if (classifier()) {
        scoreClassifier(r, out.cpu(), m_features.validationLabels, m_data.classes);
    } else {
        const reid::RetrievalMetrics m = retrieval(out, m_features.validationLabels);
        r.mapAtR = m.mapAtR;
        r.top1 = m.top1;
    }
}

Status Run::endEpoch(EpochRecord r, torch::optim::Optimizer& optimizer)
{
    m_state.epoch = r.epoch;
    m_state.history.push_back(r);
    const bool better = r.score(m_o.kind) > m_state.bestScore + 1e-9;
    try {
        if (better) {
            m_state.bestScore = r.score(m_o.kind);
            m_state.bestEpoch = r.epoch;
            m_state.sinceBest = 0;
            saveHead(m_head, nullptr, file("best-head.pt"));
            if (r.stage == 2)
                saveAtomically([&](const std::string& f) { m_backbone.module.save(f); }, file("best-backbone.pt"));
        } else {
            ++m_state.sinceBest;
        }
        saveHead(m_head, &optimizer, file("head.pt"));
        if (r.stage == 2)
            saveAtomically([&](const std::string& f) { m_backbone.module.save(f); }, file("backbone.pt"));
    } catch (const std::exception& e) {
        return Error{QStringLiteral("Cannot save the checkpoint in %1: %2. Check that the disk has room.")
                         .arg(m_dir.path(), QString::fromUtf8(e.what()))};
    }
    if (Status s = writeJson(file("state.json"), m_state.toJson(m_key)); !s)
        return s;
    if (m_onEpoch)
        m_onEpoch(r);
    return Ok{};
}

Status Run::stageOne()
{
    const int start = m_state.epoch;
    if (m_state.stage1Done || start >= m_o.headEpochs)
        return Ok{};
    const torch::Tensor train = m_features.train.to(m_device);
    const torch::Tensor labels = m_features.trainLabels.to(m_device);
    torch::optim::AdamW optimizer(m_head->parameters(), torch::optim::AdamWOptions(m_o.headLearningRate).weight_decay(m_o.weightDecay));
    if (start > 0)
        loadHead(m_head, &optimizer, file("head.pt"));
    const torch::Tensor weights = classWeights();
    const auto batchesPerEpoch = static_cast<std::int64_t>(epochBatches(m_o.kind, m_features.trainLabels, m_o, classCount(), m_o.seed).size());
    const std::int64_t totalSteps = batchesPerEpoch * m_o.headEpochs;
    m_control.beginPhase(QStringLiteral("Training the new head"), m_o.headEpochs);
    for (int epoch = start; epoch < m_o.headEpochs; ++epoch) {
        if (m_control.cancelled())
            return Error{QStringLiteral("Training was cancelled after epoch %1; run it again to resume.").arg(epoch)};
        QElapsedTimer timer;
        timer.start();
        EpochRecord r;
        r.stage = 1;
        r.epoch = epoch + 1;
        double lossSum = 0;
        std::int64_t rows = 0, step = epoch * batchesPerEpoch;
        for (const torch::Tensor& idx : epochBatches(m_o.kind, m_features.trainLabels, m_o, classCount(), m_o.seed + 7919u * static_cast<unsigned>(epoch + 1))) {
            setLearningRate(optimizer, {m_o.headLearningRate}, schedule(step++, totalSteps, totalSteps / 20));
            const torch::Tensor i = idx.to(m_device);
            lossSum += optimise(optimizer, m_head->forward(m_standardise(train.index_select(0, i))), labels.index_select(0, i), weights) *
                       static_cast<double>(idx.size(0));
            rows += idx.size(0);
        }
        finishTiming(r, lossSum, rows, timer);
        validate(r, m_features.validation);
        if (Status s = endEpoch(r, optimizer); !s)
            return s;
        m_control.report(epoch + 1);
        if (m_o.patience > 0 && m_state.sinceBest >= m_o.patience) {
            m_state.stopReason = QStringLiteral("stage 1 stopped early at epoch %1: no better validation figure for %2 epochs")
                                     .arg(epoch + 1).arg(m_o.patience);
            break;
        }
    }
    m_state.stage1Done = true;
    return writeJson(file("state.json"), m_state.toJson(m_key));
}

Result<torch::Tensor> Run::validationFeatures()
{
    std::vector<torch::Tensor> parts;
    torch::NoGradGuard noGrad;
    if (Status s = forEachValidationBatch(m_data, m_backbone.manifest.input, static_cast<size_t>(m_o.batchSize), [&](const torch::Tensor& x, size_t) {
            parts.push_back(m_backbone.features(x.to(m_device)).cpu());
            return okStatus();
        });
        !s)
        return s.error();
    return parts.empty() ? torch::zeros({0, m_features.train.size(1)}) : torch::cat(parts);
}

Status Run::stageTwo()
{
    if (m_o.unfrozenEpochs <= 0)
        return Ok{};
    const int done = std::max(0, m_state.epoch - static_cast<int>(std::count_if(m_state.history.begin(), m_state.history.end(),
                                                                                  [](const EpochRecord& r) { return r.stage == 1; })));
    if (done >= m_o.unfrozenEpochs)
        return Ok{};
    const QStringList prefixes = m_o.unfreeze.isEmpty() ? m_backbone.manifest.unfreeze : m_o.unfreeze;
    if (prefixes.isEmpty())
        return Error{QStringLiteral("The unfrozen stage needs to know which layers to train: name their parameter prefixes "
                                    "(e.g. \"stage4\") with --unfreeze, or as \"unfreeze\" in the base model's manifest.")};
    // Resume: the backbone as the last epoch left it; a fresh stage 2 starts from the best head of stage 1.
    if (done > 0) {
        m_backbone.module = torch::jit::load(file("backbone.pt").toStdString(), m_device);
        m_backbone.module.eval();
    } else {
        loadHead(m_head, nullptr, file("best-head.pt"));
    }
    std::vector<torch::Tensor> trainable;
    for (const auto& p : m_backbone.module.named_parameters(true)) {
        const QString name = QString::fromStdString(p.name);
        const bool train = std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& x) { return name.startsWith(x); });
        p.value.set_requires_grad(train);
        if (train)
            trainable.push_back(p.value);
    }
    if (trainable.empty())
        return Error{QStringLiteral("No parameter of the base model starts with %1: check the \"unfreeze\" names.")
                         .arg(prefixes.join(QStringLiteral(", ")))};
    const double headRate = m_o.headLearningRate * 0.1;
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(m_head->parameters(), std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(headRate).weight_decay(m_o.weightDecay)));
    groups.emplace_back(trainable, std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(m_o.unfrozenLearningRate).weight_decay(m_o.weightDecay)));
    torch::optim::AdamW optimizer(std::move(groups), torch::optim::AdamWOptions(headRate).weight_decay(m_o.weightDecay));
    if (done > 0)
        loadHead(m_head, &optimizer, file("head.pt"));
    m_state.stage = 2;
    m_state.sinceBest = 0;
    const torch::Tensor weights = classWeights();
    const auto batchesPerEpoch = static_cast<std::int64_t>(epochBatches(m_o.kind, m_trainExampleLabels, m_o, classCount(), m_o.seed).size());
    const std::int64_t totalSteps = batchesPerEpoch * m_o.unfrozenEpochs;
    const int firstEpoch = m_state.epoch;
    m_control.beginPhase(QStringLiteral("Training the unfrozen layers"), m_o.unfrozenEpochs);
    for (int e = done; e < m_o.unfrozenEpochs; ++e) {
        if (m_control.cancelled())
            return Error{QStringLiteral("Training was cancelled after epoch %1; run it again to resume.").arg(m_state.epoch)};
        QElapsedTimer timer;
        timer.start();
        EpochRecord r;
        r.stage = 2;
        r.epoch = firstEpoch + (e - done) + 1;
        double lossSum = 0;
        std::int64_t rows = 0, step = e * batchesPerEpoch;
        for (const torch::Tensor& idx : epochBatches(m_o.kind, m_trainExampleLabels, m_o, classCount(), m_o.seed + 104729u * static_cast<unsigned>(e + 1))) {
            // A whole epoch of warm-up: the first full-rate steps on unfrozen weights would undo what stage 1 found.
            setLearningRate(optimizer, {headRate, m_o.unfrozenLearningRate}, schedule(step++, totalSteps, std::max(totalSteps / 20, batchesPerEpoch)));
            std::vector<ImageRequest> requests;
            const auto* rowsOf = idx.data_ptr<std::int64_t>();
            for (std::int64_t k = 0; k < idx.numel(); ++k) {
                const Example* ex = m_trainExamples[static_cast<size_t>(rowsOf[k])];
                requests.push_back({ex, mix(static_cast<std::uint64_t>(ex->mediaId), static_cast<std::uint64_t>(e * 131 + k), m_o.seed + 5), true});
            }
            auto images = loadImages(requests, m_o.augmentation);
            if (!images)
                return images.error();
            const torch::Tensor out = headOutput(m_backbone.features(inputBatch(images.value(), m_backbone.manifest.input).to(m_device)));
            lossSum += optimise(optimizer, out, m_trainExampleLabels.index_select(0, idx).to(m_device), weights) * static_cast<double>(idx.size(0));
            rows += idx.size(0);
        }
        finishTiming(r, lossSum, rows, timer);
        auto validation = validationFeatures();
        if (!validation)
            return validation.error();
        validate(r, validation.value());
        if (Status s = endEpoch(r, optimizer); !s)
            return s;
        m_control.report(e + 1);
        if (m_o.patience > 0 && m_state.sinceBest >= m_o.patience) {
            m_state.stopReason = QStringLiteral("stage 2 stopped early at epoch %1").arg(r.epoch);
            break;
        }
    }
    return writeJson(file("state.json"), m_state.toJson(m_key));
}

// The new model: the base model (or its unfrozen copy) and the head, the standardisation folded into the head's
// weights, as one TorchScript module that needs nothing from Trapline to run.
Status Run::exportModel()
{
    try {
        loadHead(m_head, nullptr, file("best-head.pt"));
        const auto best = std::find_if(m_state.history.begin(), m_state.history.end(),
                                       [&](const EpochRecord& r) { return r.epoch == m_state.bestEpoch; });
        const bool unfrozenBest = best != m_state.history.end() && best->stage == 2;
        const std::string bestBackbone = (unfrozenBest ? file("best-backbone.pt") : m_backbone.manifest.weightsPath).toStdString();
        m_backbone.module = torch::jit::load(bestBackbone, m_device);
        m_backbone.module.eval();
        for (const auto& p : m_backbone.module.parameters())
            p.set_requires_grad(false);
        torch::NoGradGuard noGrad;
        const torch::Tensor std = m_standardise.std.to(torch::kCPU), mean = m_standardise.mean.to(torch::kCPU);
        const torch::Tensor w = m_head->weight.detach().cpu() / std.unsqueeze(0);
        const torch::Tensor b = m_head->bias.detach().cpu() - torch::mv(w, mean);

        torch::jit::Module out("TraplineFineTuned");
        // The file is saved from the CPU; on a CPU run that is the module already loaded.
        torch::jit::Module backbone = m_device.is_cpu() ? m_backbone.module : torch::jit::load(bestBackbone, torch::kCPU);
        out.register_module("backbone", backbone);
        out.register_parameter("head_weight", w.contiguous(), false);
        out.register_parameter("head_bias", b.contiguous(), false);
        // A layer is called by its forward: modules built outside Python have no __call__.
        const std::string call = "self.backbone." + m_backbone.method + (backbone.find_method(m_backbone.method) ? "(x)" : ".forward(x)");
        out.define("def features(self, x):\n"
                   "    f = " + call + "\n"
                   "    if f.dim() == 4:\n"
                   "        f = f.mean([2, 3])\n"
                   "    return f.flatten(1)\n"
                   "def forward(self, x):\n"
                   "    f = " + call + "\n"
                   "    if f.dim() == 4:\n"
                   "        f = f.mean([2, 3])\n"
                   "    return torch.addmm(self.head_bias, f.flatten(1), self.head_weight.t())\n");
        out.eval();
        saveAtomically([&](const std::string& f) { out.save(f); }, file("model.pt"));

        // The saved file, loaded back, must give what training measured.
        torch::jit::Module reloaded = torch::jit::load(file("model.pt").toStdString(), m_device);
        reloaded.eval();
        std::vector<torch::Tensor> outputs;
        m_head->eval();
        m_report.exportMaxDifference = 0;
        if (Status s = forEachValidationBatch(m_data, m_backbone.manifest.input, static_cast<size_t>(m_o.batchSize), [&](const torch::Tensor& batch, size_t) {
                const torch::Tensor x = batch.to(m_device);
                const torch::Tensor mine = headOutput(m_backbone.features(x));
                const torch::Tensor theirs = reloaded.forward({x}).toTensor();
                m_report.exportMaxDifference = std::max(m_report.exportMaxDifference, (mine - theirs).abs().max().item<double>());
                outputs.push_back(theirs.cpu());
                return okStatus();
            });
            !s)
            return s;
        const torch::Tensor all = outputs.empty() ? torch::zeros({0, m_head->weight.size(0)}) : torch::cat(outputs);
        if (classifier()) {
            EpochRecord unused;
            m_report.after = scoreClassifier(unused, all, m_features.validationLabels, m_data.classes);
        } else {
            m_report.retrievalAfter = retrieval(all, m_features.validationLabels);
        }
    } catch (const std::exception& e) {
        return Error{QStringLiteral("Cannot save the new model in %1: %2").arg(m_dir.path(), QString::fromUtf8(e.what()))};
    }

    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("trapline-model/1")},
                         {QStringLiteral("name"), m_o.name.isEmpty() ? m_backbone.manifest.name + QStringLiteral(" fine-tuned") : m_o.name},
                         {QStringLiteral("version"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"))},
                         {QStringLiteral("kind"), classifier() ? QStringLiteral("classifier") : QStringLiteral("embedder")},
                         {QStringLiteral("backend"), QStringLiteral("torchscript")},
                         {QStringLiteral("weights"), QStringLiteral("model.pt")},
                         {QStringLiteral("input"), m_backbone.manifestJson.value(QStringLiteral("input"))},
                         {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), classifier() ? QStringLiteral("logits") : QStringLiteral("embedding")}}},
                         {QStringLiteral("feature_method"), QStringLiteral("features")},
                         {QStringLiteral("max_batch"), m_backbone.manifest.maxBatch},
                         {QStringLiteral("trained_from"), m_backbone.manifest.path},
                         {QStringLiteral("report"), QStringLiteral("report.json")}};
    QJsonArray unfreeze;
    for (const QString& p : m_backbone.manifest.unfreeze)
        unfreeze.append(QStringLiteral("backbone.") + p);
    manifest.insert(QStringLiteral("unfreeze"), unfreeze);
    if (classifier()) {
        manifest.insert(QStringLiteral("classes"), QJsonArray::fromStringList(m_data.classes));
        QJsonObject taxonomy;
        for (const QString& c : m_data.classes) {
            if (c == u"empty")
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), QStringLiteral("blank")}});
            else if (c == u"human" || c == u"vehicle")
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), c}});
            else
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), QStringLiteral("animal")},
                                               {QStringLiteral("scientific_name"), c == u"animal" ? QString() : c}});
        }
        manifest.insert(QStringLiteral("taxonomy"), taxonomy);
    }
    m_report.modelPath = file("model.pt");
    m_report.manifestPath = file("model.json");
    return writeJson(m_report.manifestPath, manifest);
}

Result<TrainingReport> Run::run()
{
    const std::int64_t nTrain = m_data.count(Split::Train), nValidation = m_data.count(Split::Validation);
    const auto trainCounts = m_data.classCounts(Split::Train), validationCounts = m_data.classCounts(Split::Validation);
    const auto present = [](const std::vector<std::int64_t>& c) { return std::count_if(c.begin(), c.end(), [](std::int64_t n) { return n > 0; }); };
    if (classifier() && (present(trainCounts) < 2 || nValidation == 0))
        return Error{QStringLiteral("Training a classifier needs at least two classes with training examples and some "
                                    "validation examples (found %1 classes, %2 training and %3 validation examples). "
                                    "Label more sequences, or lower the minimum per class.").arg(present(trainCounts)).arg(nTrain).arg(nValidation)};
    if (!classifier() && (present(trainCounts) < 2 || present(validationCounts) < 2))
        return Error{QStringLiteral("Training an embedder needs at least two individuals with two or more sightings on each "
                                    "side (found %1 for training, %2 held out). Confirm more individuals.")
                         .arg(present(trainCounts)).arg(present(validationCounts))};
    // A class no example trains would be an output the model never learns; runTraining settles it before this.
    if (classifier())
        if (Status s = requireTrainingForEveryClass(m_data); !s)
            return s.error();

    if (!m_dir.exists() && !QDir().mkpath(m_dir.path()))
        return Error{QStringLiteral("Cannot create the folder %1.").arg(m_dir.path())};
    auto backbone = loadBackbone(m_o.baseManifest, m_o.device);
    if (!backbone)
        return backbone.error();
    m_backbone = std::move(backbone.value());
    m_device = m_backbone.device;
    m_key = runKey(m_data, m_o, m_backbone.manifest.contentHash);

    if (QFileInfo::exists(file("state.json"))) {
        auto saved = readJson(file("state.json"));
        if (!saved)
            return saved.error();
        if (saved.value().value(QStringLiteral("key")).toString() != m_key)
            return Error{QStringLiteral("%1 holds another training (other options, data or base model). Choose an empty "
                                        "folder, or the same options to resume it.").arg(m_dir.path())};
        if (saved.value().value(QStringLiteral("finished")).toBool())
            return Error{QStringLiteral("%1 already holds the finished model of this training.").arg(m_dir.path())};
        m_state = RunState::fromJson(saved.value());
        m_report.resumedFromEpoch = m_state.epoch;
    }

    auto features = cachedFeatures(m_backbone, m_data, m_o, m_data.fingerprint() + QLatin1Char('-') + m_key.left(8), m_control,
                                   m_report.featureImagesPerSecond);
    if (!features)
        return features.error();
    m_features = features.value();
    m_standardise = {m_features.train.mean(0), m_features.train.std(0).clamp_min(1e-6)};
    torch::manual_seed(m_o.seed);
    m_head = torch::nn::Linear(m_features.train.size(1), classifier() ? classCount() : m_o.embeddingSize);
    m_head->to(m_device);
    for (const Example& e : m_data.examples)
        if (e.split == Split::Train)
            m_trainExamples.push_back(&e);
    m_trainExampleLabels = torch::empty({static_cast<std::int64_t>(m_trainExamples.size())}, torch::kLong);
    for (size_t i = 0; i < m_trainExamples.size(); ++i)
        m_trainExampleLabels[static_cast<std::int64_t>(i)] = m_trainExamples[i]->classIndex;

    m_report.kind = m_o.kind;
    m_report.options = m_o;
    m_report.baseManifest = m_backbone.manifest.path;
    m_report.classes = m_data.classes;
    m_report.datasetFingerprint = m_data.fingerprint();
    m_report.trainExamples = nTrain;
    m_report.validationExamples = nValidation;
    m_report.trainPerClass = trainCounts;
    m_report.validationPerClass = validationCounts;
    m_report.leftOutClasses = m_data.leftOut;
    m_report.classSplits = m_data.classSplits();
    m_report.splitBy = m_data.splitBy;
    m_report.minExamplesPerClass = m_data.minExamplesPerClass;
    if (classifier()) {
        m_report.reference = nearestClassMean(m_features.train, m_features.trainLabels, m_features.validation, m_features.validationLabels, m_data.classes);
        const auto majority = std::max_element(trainCounts.begin(), trainCounts.end()) - trainCounts.begin();
        m_report.chanceAccuracy = nValidation > 0 ? static_cast<double>(validationCounts[static_cast<size_t>(majority)]) / nValidation : 0;
    } else {
        m_report.retrievalBefore = retrieval(m_features.validation, m_features.validationLabels);
    }

    try {
        if (Status s = stageOne(); !s)
            return s.error();
        if (Status s = stageTwo(); !s)
            return s.error();
    } catch (const std::exception& e) {
        return Error{QStringLiteral("Training failed: %1").arg(QString::fromUtf8(e.what()))};
    }
    if (Status s = exportModel(); !s)
        return s.error();
    m_report.history = m_state.history;
    m_report.bestEpoch = m_state.bestEpoch;
    m_report.stopReason = m_state.stopReason.isEmpty() ? QStringLiteral("all epochs ran") : m_state.stopReason;
    for (const EpochRecord& r : m_report.history) {
        double& rate = r.stage == 1 ? m_report.headImagesPerSecond : m_report.unfrozenImagesPerSecond;
        rate = std::max(rate, r.imagesPerSecond);
    }
    m_report.plotPaths = writeTrainingPlots(m_report, m_dir.path());
    m_report.reportPath = file("report.json");
    if (Status s = writeJson(m_report.reportPath, m_report.toJson()); !s)
        return s.error();
    QJsonObject finished = m_state.toJson(m_key);
    finished.insert(QStringLiteral("finished"), true);
    if (Status s = writeJson(file("state.json"), finished); !s)
        return s.error();
    // What only a resume needed: the checkpoints and the cached features (which can be gigabytes for a big project).
    for (const char* name : {"head.pt", "best-head.pt", "backbone.pt", "best-backbone.pt"})
        QFile::remove(file(name));
    for (const QFileInfo& cache : m_dir.entryInfoList({QStringLiteral("features-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(cache.absoluteFilePath()).removeRecursively();
    return m_report;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluating existing models on a dataset

QString datasetClassOf(const inference::ModelManifest& m, int index)
{
    const inference::ClassMapping c = m.mappingFor(index);
    if (c.observationType == u"blank")
        return QStringLiteral("empty");
    if (c.observationType != u"animal")
        return c.observationType;
    return c.scientificName.isEmpty() ? m.classes.value(index) : c.scientificName;
}

Result<torch::Tensor> runOnValidation(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                      inference::DeviceChoice device, inference::ModelManifest& manifest)
{
    auto model = inference::loadModel(manifestPath, device);
    if (!model)
        return model.error();
    manifest = model.value().manifest;
    control.beginPhase(QStringLiteral("Evaluating %1").arg(manifest.name), dataset.count(Split::Validation));
    std::vector<torch::Tensor> parts;
    const Status s = forEachValidationBatch(dataset, manifest.input, static_cast<size_t>(std::max(1, manifest.maxBatch)),
                                            [&](const torch::Tensor& x, size_t done) -> Status {
        if (control.cancelled())
            return Error{QStringLiteral("The evaluation was cancelled.")};
        inference::FloatTensor in{{x.size(0), 3, x.size(2), x.size(3)}, {x.data_ptr<float>(), x.data_ptr<float>() + x.numel()}};
        try {
            const std::vector<inference::FloatTensor> out = model.value().runner->forward(in);
            parts.push_back(torch::tensor(out.at(0).data).reshape({x.size(0), -1}));
        } catch (const std::exception& e) {
            return Error{QStringLiteral("%1 failed: %2").arg(manifest.name, QString::fromUtf8(e.what()))};
        }
        control.report(static_cast<std::int64_t>(done));
        return okStatus();
    });
    if (!s)
        return s.error();
    return parts.empty() ? torch::zeros({0, 1}) : torch::cat(parts);
}

torch::Tensor validationLabels(const Dataset& dataset)
{
    std::vector<std::int64_t> labels;
    for (const Example& e : dataset.examples)
        if (e.split == Split::Validation)
            labels.push_back(e.classIndex);
    return torch::tensor(labels, torch::kLong);
}

} // namespace

Result<TrainingReport> fineTune(const Dataset& dataset, const FineTuneOptions& options, JobControl& control, const EpochCallback& onEpoch)
{
    try {
        return Run(dataset, options, control, onEpoch).run();
    } catch (const std::exception& e) {
        return Error{QStringLiteral("Training failed: %1").arg(QString::fromUtf8(e.what()))};
    }
}

Result<ClassificationMetrics> evaluateClassifier(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                 inference::DeviceChoice device)
{
    inference::ModelManifest manifest;
    auto outputs = runOnValidation(manifestPath, dataset, control, device, manifest);
    if (!outputs)
        return outputs.error();
    if (manifest.kind != inference::ModelKind::Classifier)
        return Error{QStringLiteral("%1 is not a classifier.").arg(manifest.name)};
    std::vector<int> predicted;
    const torch::Tensor best = outputs.value().numel() > 0 ? outputs.value().argmax(1) : torch::zeros({0}, torch::kLong);
    for (std::int64_t i = 0; i < best.size(0); ++i)
        predicted.push_back(static_cast<int>(dataset.classes.indexOf(datasetClassOf(manifest, static_cast<int>(best[i].item<std::int64_t>())))));
    return classificationMetrics(toVector(validationLabels(dataset)), predicted, dataset.classes);
}

Result<reid::RetrievalMetrics> evaluateEmbedder(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                inference::DeviceChoice device)
{
    inference::ModelManifest manifest;
    auto outputs = runOnValidation(manifestPath, dataset, control, device, manifest);
    if (!outputs)
        return outputs.error();
    return retrieval(outputs.value(), validationLabels(dataset));
}

} // namespace trapline::training
