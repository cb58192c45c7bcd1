// The options, epochs and reports of fine-tuning as JSON (report.json, state.json, request.json, the project's
// model_versions). No Torch here.
#include "FineTuning.h"

#include <QJsonArray>

namespace trapline::training {

QString trainingKindName(TrainingKind kind) { return kind == TrainingKind::Classifier ? QStringLiteral("classifier") : QStringLiteral("embedder"); }

std::optional<TrainingKind> parseTrainingKind(const QString& text)
{
    if (text == u"classifier")
        return TrainingKind::Classifier;
    if (text == u"embedder")
        return TrainingKind::Embedder;
    return std::nullopt;
}

QJsonObject FineTuneOptions::toJson() const
{
    static const char* const balances[] = {"class-weights", "balanced-sampling", "none"};
    return {{QStringLiteral("kind"), trainingKindName(kind)},
            {QStringLiteral("base_manifest"), baseManifest},
            {QStringLiteral("output_folder"), outputFolder},
            {QStringLiteral("name"), name},
            {QStringLiteral("head_epochs"), headEpochs},
            {QStringLiteral("head_learning_rate"), headLearningRate},
            {QStringLiteral("augmented_views"), augmentedViews},
            {QStringLiteral("unfrozen_epochs"), unfrozenEpochs},
            {QStringLiteral("unfrozen_learning_rate"), unfrozenLearningRate},
            {QStringLiteral("unfreeze"), QJsonArray::fromStringList(unfreeze)},
            {QStringLiteral("weight_decay"), weightDecay},
            {QStringLiteral("batch_size"), batchSize},
            {QStringLiteral("augmentation"), augmentation.enabled},
            {QStringLiteral("balance"), QString::fromLatin1(balances[static_cast<int>(balance)])},
            {QStringLiteral("patience"), patience},
            {QStringLiteral("embedding_size"), embeddingSize},
            {QStringLiteral("identities_per_batch"), identitiesPerBatch},
            {QStringLiteral("images_per_identity"), imagesPerIdentity},
            {QStringLiteral("seed"), static_cast<qint64>(seed)},
            {QStringLiteral("device"), inference::deviceChoiceName(device)}};
}

FineTuneOptions FineTuneOptions::fromJson(const QJsonObject& j)
{
    FineTuneOptions o;
    o.kind = parseTrainingKind(j.value(QStringLiteral("kind")).toString()).value_or(TrainingKind::Classifier);
    o.baseManifest = j.value(QStringLiteral("base_manifest")).toString();
    o.outputFolder = j.value(QStringLiteral("output_folder")).toString();
    o.name = j.value(QStringLiteral("name")).toString();
    o.headEpochs = j.value(QStringLiteral("head_epochs")).toInt(o.headEpochs);
    o.headLearningRate = j.value(QStringLiteral("head_learning_rate")).toDouble(o.headLearningRate);
    o.augmentedViews = j.value(QStringLiteral("augmented_views")).toInt(o.augmentedViews);
    o.unfrozenEpochs = j.value(QStringLiteral("unfrozen_epochs")).toInt(o.unfrozenEpochs);
    o.unfrozenLearningRate = j.value(QStringLiteral("unfrozen_learning_rate")).toDouble(o.unfrozenLearningRate);
    for (const auto& p : j.value(QStringLiteral("unfreeze")).toArray())
        o.unfreeze << p.toString();
    o.weightDecay = j.value(QStringLiteral("weight_decay")).toDouble(o.weightDecay);
    o.batchSize = j.value(QStringLiteral("batch_size")).toInt(o.batchSize);
    o.augmentation.enabled = j.value(QStringLiteral("augmentation")).toBool(true);
    const QString balance = j.value(QStringLiteral("balance")).toString();
    o.balance = balance == u"balanced-sampling" ? Balance::BalancedSampling : balance == u"none" ? Balance::None : Balance::ClassWeights;
    o.patience = j.value(QStringLiteral("patience")).toInt(o.patience);
    o.embeddingSize = j.value(QStringLiteral("embedding_size")).toInt(o.embeddingSize);
    o.identitiesPerBatch = j.value(QStringLiteral("identities_per_batch")).toInt(o.identitiesPerBatch);
    o.imagesPerIdentity = j.value(QStringLiteral("images_per_identity")).toInt(o.imagesPerIdentity);
    o.seed = static_cast<unsigned>(j.value(QStringLiteral("seed")).toInteger(o.seed));
    o.device = inference::parseDeviceChoice(j.value(QStringLiteral("device")).toString()).value_or(inference::DeviceChoice::Auto);
    return o;
}

QJsonObject EpochRecord::toJson() const
{
    return {{QStringLiteral("stage"), stage}, {QStringLiteral("epoch"), epoch}, {QStringLiteral("train_loss"), trainLoss},
            {QStringLiteral("validation_loss"), validationLoss}, {QStringLiteral("accuracy"), accuracy},
            {QStringLiteral("macro_f1"), macroF1}, {QStringLiteral("map_at_r"), mapAtR}, {QStringLiteral("top1"), top1},
            {QStringLiteral("seconds"), seconds}, {QStringLiteral("images_per_second"), imagesPerSecond}};
}

EpochRecord EpochRecord::fromJson(const QJsonObject& j)
{
    EpochRecord r;
    r.stage = j.value(QStringLiteral("stage")).toInt(1);
    r.epoch = j.value(QStringLiteral("epoch")).toInt();
    r.trainLoss = j.value(QStringLiteral("train_loss")).toDouble();
    r.validationLoss = j.value(QStringLiteral("validation_loss")).toDouble();
    r.accuracy = j.value(QStringLiteral("accuracy")).toDouble();
    r.macroF1 = j.value(QStringLiteral("macro_f1")).toDouble();
    r.mapAtR = j.value(QStringLiteral("map_at_r")).toDouble();
    r.top1 = j.value(QStringLiteral("top1")).toDouble();
    r.seconds = j.value(QStringLiteral("seconds")).toDouble();
    r.imagesPerSecond = j.value(QStringLiteral("images_per_second")).toDouble();
    return r;
}

QJsonObject retrievalJson(const reid::RetrievalMetrics& m)
{
    return {{QStringLiteral("queries"), m.queries}, {QStringLiteral("top1"), m.top1}, {QStringLiteral("top5"), m.top5},
            {QStringLiteral("map"), m.meanAveragePrecision}, {QStringLiteral("map_at_r"), m.mapAtR}};
}

namespace {
QJsonArray countsJson(const std::vector<std::int64_t>& counts)
{
    QJsonArray a;
    for (std::int64_t n : counts)
        a.append(static_cast<qint64>(n));
    return a;
}

QJsonObject sidesJson(const std::int64_t (&n)[3])
{
    return {{QStringLiteral("train"), static_cast<qint64>(n[0])}, {QStringLiteral("validation"), static_cast<qint64>(n[1])},
            {QStringLiteral("test"), static_cast<qint64>(n[2])}};
}

// Per class: groups (sequences or deployments) and examples on each side, as shown before training.
QJsonArray classSplitsJson(const std::vector<ClassSplit>& splits)
{
    QJsonArray a;
    for (const ClassSplit& c : splits)
        a.append(QJsonObject{{QStringLiteral("class"), c.name}, {QStringLiteral("groups"), sidesJson(c.groups)},
                             {QStringLiteral("examples"), sidesJson(c.examples)}, {QStringLiteral("validated"), c.validated()}});
    return a;
}
} // namespace

const EpochRecord* TrainingReport::bestRecord() const
{
    for (const EpochRecord& r : history)
        if (r.epoch == bestEpoch)
            return &r;
    return nullptr;
}

QJsonObject TrainingReport::toJson() const
{
    QJsonArray h;
    for (const EpochRecord& r : history)
        h.append(r.toJson());
    QJsonObject leftOut;
    for (const auto& [c, l] : leftOutClasses)
        leftOut.insert(c, QJsonObject{{QStringLiteral("examples"), static_cast<qint64>(l.examples)},
                                      {QStringLiteral("reason"), leftOutReason(l, minExamplesPerClass)}});
    QJsonObject notValidated, notTested;
    for (const ClassSplit& c : classSplits) {
        if (!c.validated())
            notValidated.insert(c.name, notValidatedReason(c, splitBy));
        if (!c.tested())
            notTested.insert(c.name, notTestedReason(c, splitBy));
    }
    QJsonObject j{{QStringLiteral("kind"), trainingKindName(kind)},
                  {QStringLiteral("base_manifest"), baseManifest},
                  {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                  {QStringLiteral("dataset"), QJsonObject{{QStringLiteral("fingerprint"), datasetFingerprint},
                                                          {QStringLiteral("train"), static_cast<qint64>(trainExamples)},
                                                          {QStringLiteral("validation"), static_cast<qint64>(validationExamples)},
                                                          {QStringLiteral("test"), static_cast<qint64>(testExamples)},
                                                          {QStringLiteral("train_per_class"), countsJson(trainPerClass)},
                                                          {QStringLiteral("validation_per_class"), countsJson(validationPerClass)},
                                                          {QStringLiteral("test_per_class"), countsJson(testPerClass)},
                                                          {QStringLiteral("split_by"), splitByName(splitBy)},
                                                          {QStringLiteral("visit_gap_seconds"), visitGapSeconds},
                                                          {QStringLiteral("per_class"), classSplitsJson(classSplits)},
                                                          {QStringLiteral("not_validated"), notValidated},
                                                          {QStringLiteral("not_tested"), notTested},
                                                          {QStringLiteral("left_out_classes"), leftOut}}},
                  // Which split each figure below is from: what chose, and what measured.
                  {QStringLiteral("splits"), QJsonObject{{QStringLiteral("history"), QStringLiteral("validation")},
                                                         {QStringLiteral("best_epoch"), QStringLiteral("validation")},
                                                         {QStringLiteral("reported_figures"), QStringLiteral("test")}}},
                  {QStringLiteral("options"), options.toJson()},
                  {QStringLiteral("history"), h},
                  {QStringLiteral("best_epoch"), bestEpoch},
                  {QStringLiteral("resumed_from_epoch"), resumedFromEpoch},
                  {QStringLiteral("stop_reason"), stopReason},
                  {QStringLiteral("throughput"), QJsonObject{{QStringLiteral("features_images_per_second"), featureImagesPerSecond},
                                                             {QStringLiteral("head_rows_per_second"), headImagesPerSecond},
                                                             {QStringLiteral("unfrozen_images_per_second"), unfrozenImagesPerSecond}}},
                  {QStringLiteral("export_max_difference"), exportMaxDifference},
                  {QStringLiteral("model"), modelPath},
                  {QStringLiteral("manifest"), manifestPath},
                  {QStringLiteral("plots"), QJsonArray::fromStringList(plotPaths)}};
    const EpochRecord* best = bestRecord();
    if (kind == TrainingKind::Classifier) {
        j.insert(QStringLiteral("test"), after.toJson());
        j.insert(QStringLiteral("test_nearest_class_mean"), reference.toJson());
        j.insert(QStringLiteral("test_majority_class"), QJsonObject{{QStringLiteral("class"), majorityClass},
                                                                    {QStringLiteral("accuracy"), chanceAccuracy}});
        j.insert(QStringLiteral("test_predictions"), predictionsPath);
        if (best)
            j.insert(QStringLiteral("validation_best_epoch"), QJsonObject{{QStringLiteral("accuracy"), best->accuracy},
                                                                          {QStringLiteral("macro_f1"), best->macroF1}});
    } else {
        j.insert(QStringLiteral("test_individuals_before"), retrievalJson(retrievalBefore));
        j.insert(QStringLiteral("test_individuals_after"), retrievalJson(retrievalAfter));
        if (best)
            j.insert(QStringLiteral("validation_best_epoch"), QJsonObject{{QStringLiteral("map_at_r"), best->mapAtR},
                                                                          {QStringLiteral("top1"), best->top1}});
    }
    return j;
}

} // namespace trapline::training
