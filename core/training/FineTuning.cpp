#include "FineTuningPrivate.h"
#include "Logging.h"
#include "Tr.h"

#include "TrainingPlots.h"

#include <QFile>
#include <QFileInfo>

namespace trapline::training::detail {

namespace {

void finishTiming(EpochRecord& r, double lossSum, std::int64_t rows, const QElapsedTimer& timer)
{
    r.trainLoss = rows > 0 ? lossSum / static_cast<double>(rows) : 0;
    r.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    r.imagesPerSecond = static_cast<double>(rows) / std::max(1e-3, r.seconds);
}

} // namespace

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
        qCDebug(log::training).noquote() << "Saving the checkpoint failed:" << e.what();
        return Error{TrainingText::tr("Cannot save the checkpoint in %1: %2. Check that the disk has room.")
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
    m_control.beginPhase(TrainingText::tr("Training the new head"), m_o.headEpochs);
    for (int epoch = start; epoch < m_o.headEpochs; ++epoch) {
        if (m_control.cancelled())
            return Error{TrainingText::tr("Training was cancelled after epoch %1; run it again to resume.").arg(epoch)};
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
        return Error{
            TrainingText::tr("The unfrozen stage needs to know which layers to train: name their parameter prefixes "
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
        return Error{TrainingText::tr("No parameter of the base model starts with %1: check the \"unfreeze\" names.")
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
    m_control.beginPhase(TrainingText::tr("Training the unfrozen layers"), m_o.unfrozenEpochs);
    for (int e = done; e < m_o.unfrozenEpochs; ++e) {
        if (m_control.cancelled())
            return Error{
                TrainingText::tr("Training was cancelled after epoch %1; run it again to resume.").arg(m_state.epoch)};
        QElapsedTimer timer;
        timer.start();
        EpochRecord r;
        r.stage = 2;
        r.epoch = firstEpoch + (e - done) + 1;
        double lossSum = 0;
        std::int64_t rows = 0, step = e * batchesPerEpoch;
        const std::vector<torch::Tensor> epochRows = epochBatches(m_o.kind, m_trainExampleLabels, m_o, classCount(), m_o.seed + 104729u * static_cast<unsigned>(e + 1));
        std::vector<ImageRequest> requests;
        std::vector<BatchRange> batches;
        for (const torch::Tensor& idx : epochRows) {
            const size_t first = requests.size();
            const auto* rowsOf = idx.data_ptr<std::int64_t>();
            for (std::int64_t k = 0; k < idx.numel(); ++k) {
                const Example* ex = m_trainExamples[static_cast<size_t>(rowsOf[k])];
                requests.push_back({ex, mix(static_cast<std::uint64_t>(ex->mediaId), static_cast<std::uint64_t>(e * 131 + k), m_o.seed + 5), true});
            }
            batches.push_back({first, requests.size()});
        }
        size_t next = 0;
        if (Status s = forEachImageBatch(requests, batches, m_o.augmentation, [&](const std::vector<cv::Mat>& images, BatchRange) -> Status {
                const torch::Tensor& idx = epochRows[next++];
                // A whole epoch of warm-up: the first full-rate steps on unfrozen weights would undo what stage 1 found.
                setLearningRate(optimizer, {headRate, m_o.unfrozenLearningRate}, schedule(step++, totalSteps, std::max(totalSteps / 20, batchesPerEpoch)));
                const torch::Tensor out = headOutput(m_backbone.features(inputBatch(images, m_backbone.manifest.input).to(m_device)));
                lossSum += optimise(optimizer, out, m_trainExampleLabels.index_select(0, idx).to(m_device), weights) * static_cast<double>(idx.size(0));
                rows += idx.size(0);
                return okStatus();
            });
            !s)
            return s;
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

Result<TrainingReport> Run::run()
{
    const std::int64_t nTrain = m_data.count(Split::Train), nValidation = m_data.count(Split::Validation);
    const auto trainCounts = m_data.classCounts(Split::Train), validationCounts = m_data.classCounts(Split::Validation);
    const auto present = [](const std::vector<std::int64_t>& c) { return std::count_if(c.begin(), c.end(), [](std::int64_t n) { return n > 0; }); };
    if (classifier() && (present(trainCounts) < 2 || nValidation == 0))
        return Error{
            TrainingText::tr("Training a classifier needs at least two classes with training examples and some "
                             "validation examples (found %1 classes, %2 training and %3 validation examples). "
                             "Label more sequences, or lower the minimum per class.")
                .arg(present(trainCounts))
                .arg(nTrain)
                .arg(nValidation)};
    if (!classifier() && (present(trainCounts) < 2 || present(validationCounts) < 2))
        return Error{
            TrainingText::tr("Training an embedder needs at least two individuals with two or more sightings on each "
                             "side (found %1 for training, %2 held out). Confirm more individuals.")
                .arg(present(trainCounts))
                .arg(present(validationCounts))};
    // A class no example trains would be an output the model never learns; runTraining settles it before this.
    if (classifier())
        if (Status s = requireTrainingForEveryClass(m_data); !s)
            return s.error();

    if (!m_dir.exists() && !QDir().mkpath(m_dir.path()))
        return Error{TrainingText::tr("Cannot create the folder %1.").arg(m_dir.path())};
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
            return Error{
                TrainingText::tr("%1 holds another training (other options, data or base model). Choose an empty "
                                 "folder, or the same options to resume it.")
                    .arg(m_dir.path())};
        if (saved.value().value(QStringLiteral("finished")).toBool())
            return Error{TrainingText::tr("%1 already holds the finished model of this training.").arg(m_dir.path())};
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
        qCDebug(log::training).noquote() << "Training failed:" << e.what();
        return Error{TrainingText::tr("Training failed: %1").arg(QString::fromUtf8(e.what()))};
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

} // namespace trapline::training::detail

namespace trapline::training {

Result<TrainingReport> fineTune(const Dataset& dataset, const FineTuneOptions& options, JobControl& control, const EpochCallback& onEpoch)
{
    try {
        return detail::Run(dataset, options, control, onEpoch).run();
    } catch (const std::exception& e) {
        qCDebug(log::training).noquote() << "Training failed:" << e.what();
        return Error{TrainingText::tr("Training failed: %1").arg(QString::fromUtf8(e.what()))};
    }
}

} // namespace trapline::training
