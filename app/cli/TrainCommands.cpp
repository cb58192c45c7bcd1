// trapline-cli train and models: fine-tune a classifier or re-ID embedder on the project's confirmed labels, and
// list or activate the trained versions.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "inference/ComputeThreads.h"
#include "project/Project.h"
#include "training/TrainingJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace trapline::cli {

namespace {

QString figure(double v) { return QString::number(v, 'f', 3); }

Result<training::TrainingRequest> requestFrom(const QCommandLineParser& p)
{
    training::TrainingRequest r;
    auto& f = r.fineTune;
    const auto kind = training::parseTrainingKind(p.value(QStringLiteral("kind")));
    if (!kind)
        return Error{QStringLiteral("--kind must be classifier or embedder.")};
    f.kind = *kind;
    f.baseManifest = p.value(QStringLiteral("base"));
    f.outputFolder = p.value(QStringLiteral("out"));
    f.name = p.value(QStringLiteral("name"));
    f.headEpochs = p.value(QStringLiteral("head-epochs")).toInt();
    f.unfrozenEpochs = p.value(QStringLiteral("unfrozen-epochs")).toInt();
    if (p.isSet(QStringLiteral("unfreeze")))
        f.unfreeze = p.value(QStringLiteral("unfreeze")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.headLearningRate = p.value(QStringLiteral("lr")).toDouble();
    f.unfrozenLearningRate = p.value(QStringLiteral("unfrozen-lr")).toDouble();
    f.batchSize = p.value(QStringLiteral("batch")).toInt();
    f.augmentedViews = p.value(QStringLiteral("views")).toInt();
    f.augmentation.enabled = !p.isSet(QStringLiteral("no-augment"));
    f.patience = p.value(QStringLiteral("patience")).toInt();
    f.embeddingSize = p.value(QStringLiteral("embedding-size")).toInt();
    f.seed = p.value(QStringLiteral("seed")).toUInt();
    const QString balance = p.value(QStringLiteral("balance"));
    if (balance == u"weights")
        f.balance = training::FineTuneOptions::Balance::ClassWeights;
    else if (balance == u"sampling")
        f.balance = training::FineTuneOptions::Balance::BalancedSampling;
    else if (balance == u"none")
        f.balance = training::FineTuneOptions::Balance::None;
    else
        return Error{QStringLiteral("--balance must be weights, sampling or none.")};
    const auto device = inference::parseDeviceChoice(p.value(QStringLiteral("device")));
    if (!device)
        return Error{QStringLiteral("--device must be auto, cpu or cuda.")};
    f.device = *device;
    if (f.headEpochs < 0 || f.unfrozenEpochs < 0 || f.batchSize < 2 || f.augmentedViews < 1 || f.headLearningRate <= 0)
        return Error{QStringLiteral("Epochs must be 0 or more, --batch at least 2, --views at least 1, --lr above 0.")};

    auto& d = r.data;
    const QString splitBy = p.value(QStringLiteral("split-by"));
    if (splitBy == u"deployment")
        d.splitBy = training::DatasetOptions::SplitBy::Deployment;
    else if (splitBy != u"sequence")
        return Error{QStringLiteral("--split-by must be sequence or deployment.")};
    d.validationShare = p.value(QStringLiteral("validation")).toDouble();
    d.firstFramePerSequence = p.isSet(QStringLiteral("first-frame"));
    d.crops = !p.isSet(QStringLiteral("whole-frames"));
    // An individual needs two sightings to be queried at all; a species class wants a few more to learn from.
    d.minExamplesPerClass = p.isSet(QStringLiteral("min-per-class")) ? p.value(QStringLiteral("min-per-class")).toInt()
                                                                     : (f.kind == training::TrainingKind::Classifier ? 5 : 2);
    d.seed = f.seed;
    d.allowMissingClasses = p.isSet(QStringLiteral("allow-missing-classes"));
    for (const QString& share : p.values(QStringLiteral("class-share"))) {
        const qsizetype eq = share.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double v = eq > 0 ? share.mid(eq + 1).toDouble(&ok) : 0;
        if (!ok || v < 0 || v > 1)
            return Error{QStringLiteral("--class-share takes CLASS=SHARE with a share from 0 to 1, e.g. empty=0.1 (got \"%1\").").arg(share)};
        d.classShare[share.left(eq)] = v;
    }
    if (d.validationShare <= 0 || d.validationShare >= 1)
        return Error{QStringLiteral("--validation must be between 0 and 1.")};
    r.heldOutIndividuals = p.value(QStringLiteral("held-out")).toDouble();
    r.makeActive = p.isSet(QStringLiteral("activate"));
    return r;
}

QString sides(const std::int64_t (&n)[3], bool withTest)
{
    return withTest ? QStringLiteral("%1/%2/%3").arg(n[0]).arg(n[1]).arg(n[2]) : QStringLiteral("%1/%2").arg(n[0]).arg(n[1]);
}

// Where each class's groups and examples went, what will not be validated and what is left out, before training.
void printSplit(const training::Dataset& d, const training::DatasetOptions& options, bool classifier)
{
    const auto perClass = d.classSplits();
    const std::int64_t train = d.count(training::Split::Train), validation = d.count(training::Split::Validation),
                       test = d.count(training::Split::Test);
    QString text = QStringLiteral("Split by %1 (seed %2): %3 training and %4 validation examples").arg(training::groupWord(d.splitBy, 1))
                       .arg(options.seed).arg(train).arg(validation);
    if (test > 0)
        text += QStringLiteral(", %1 test").arg(test);
    text += QStringLiteral(", %1 %2.\n").arg(d.classes.size()).arg(classifier ? QStringLiteral("classes") : QStringLiteral("individuals"));
    QStringList notValidated;
    if (classifier) {
        qsizetype width = 5;
        for (const QString& c : d.classes)
            width = std::max(width, c.size());
        const QString unit = training::groupWord(d.splitBy, 2);
        const QString sidesTitle = test > 0 ? QStringLiteral("training/validation/test") : QStringLiteral("training/validation");
        text += QStringLiteral("  %1  %2  examples   (%3)\n").arg(QStringLiteral("class").leftJustified(width), unit.leftJustified(11), sidesTitle);
        for (const training::ClassSplit& c : perClass) {
            const QString status = c.validated() ? QStringLiteral("validated")
                                                 : QStringLiteral("not validated: %1").arg(training::notValidatedReason(c, d.splitBy));
            text += QStringLiteral("  %1  %2  %3  %4\n").arg(c.name.leftJustified(width), sides(c.groups, test > 0).leftJustified(11),
                                                            sides(c.examples, test > 0).leftJustified(10), status);
            if (!c.validated())
                notValidated << QStringLiteral("%1 (%2)").arg(c.name, training::notValidatedReason(c, d.splitBy));
        }
    }
    if (!notValidated.isEmpty())
        text += QStringLiteral("Not validated: %1.\n").arg(notValidated.join(QStringLiteral("; ")));
    QStringList leftOut;
    for (const auto& [name, l] : d.leftOut)
        leftOut << QStringLiteral("%1 (%2)").arg(name, training::leftOutReason(l, d.minExamplesPerClass));
    if (!leftOut.isEmpty())
        text += QStringLiteral("Left out: %1.\n").arg(leftOut.join(QStringLiteral("; ")));
    printOut(text);
}

void printSummary(const training::TrainingOutcome& o)
{
    const training::TrainingReport& r = o.report;
    QString text;
    if (r.resumedFromEpoch > 0)
        text += QStringLiteral("Resumed after epoch %1.\n").arg(r.resumedFromEpoch);
    if (o.missingFiles > 0)
        text += QStringLiteral("%1 examples left out: their images are missing (run \"trapline-cli check\" to find or relink them).\n")
                    .arg(o.missingFiles);
    text += QStringLiteral("%1 training and %2 validation examples, %3 classes; best epoch %4 (%5).\n")
                .arg(r.trainExamples).arg(r.validationExamples).arg(r.classes.size()).arg(r.bestEpoch).arg(r.stopReason);
    if (r.kind == training::TrainingKind::Classifier) {
        text += QStringLiteral("Validation: accuracy %1, macro-F1 %2 (nearest class mean on the base features: accuracy %3, "
                               "macro-F1 %4; most common class: accuracy %5).\n")
                    .arg(figure(r.after.accuracy), figure(r.after.macroF1), figure(r.reference.accuracy),
                         figure(r.reference.macroF1), figure(r.chanceAccuracy));
        for (qsizetype c = 0; c < r.classes.size(); ++c) {
            const auto i = static_cast<size_t>(c);
            text += QStringLiteral("  %1: precision %2, recall %3, %4 validation examples\n")
                        .arg(r.classes[c], figure(r.after.precision[i]), figure(r.after.recall[i])).arg(r.after.support[i]);
        }
        if (o.previous)
            text += QStringLiteral("Previous version (%1) on the same split: accuracy %2, macro-F1 %3.\n")
                        .arg(o.previousManifest, figure(o.previous->accuracy), figure(o.previous->macroF1));
    } else {
        text += QStringLiteral("Held-out individuals: MAP@R %1 -> %2, top-1 %3 -> %4 (base features -> fine-tuned).\n")
                    .arg(figure(r.retrievalBefore.mapAtR), figure(r.retrievalAfter.mapAtR), figure(r.retrievalBefore.top1),
                         figure(r.retrievalAfter.top1));
        if (o.previousRetrieval)
            text += QStringLiteral("Previous version (%1): MAP@R %2, top-1 %3.\n")
                        .arg(o.previousManifest, figure(o.previousRetrieval->mapAtR), figure(o.previousRetrieval->top1));
    }
    text += QStringLiteral("Throughput: %1 images/s computing features, %2 rows/s training the head")
                .arg(r.featureImagesPerSecond, 0, 'f', 1).arg(r.headImagesPerSecond, 0, 'f', 0);
    if (r.unfrozenImagesPerSecond > 0)
        text += QStringLiteral(", %1 images/s unfrozen").arg(r.unfrozenImagesPerSecond, 0, 'f', 1);
    text += QStringLiteral(".\nModel: %1\nReport: %2\nBackup before training: %3\n").arg(r.manifestPath, r.reportPath, o.backupPath);
    printOut(text);
}

} // namespace

int runTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fine-tune a species classifier or a re-ID embedder on the project's confirmed labels. Stage 1 trains a new "
        "head on the base model's frozen features (computed once and cached); stage 2 (--unfrozen-epochs) also trains "
        "the last layers. Frames of one sequence never sit on both sides of the split, which is stratified by class: "
        "each class trains on one of its sequences first, then is validated on another, then the share decides. The "
        "embedder is measured on individuals held out of training. Each epoch ends with a checkpoint: run the same command again to resume."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("kind"), QStringLiteral("classifier or embedder."), QStringLiteral("KIND"), QStringLiteral("classifier")},
        {QStringLiteral("base"), QStringLiteral("Manifest of the TorchScript base model (names its feature method)."), QStringLiteral("MANIFEST")},
        {QStringLiteral("out"), QStringLiteral("Folder for checkpoints and the new model (default: beside the project)."), QStringLiteral("DIR")},
        {QStringLiteral("name"), QStringLiteral("Name of the new model."), QStringLiteral("NAME")},
        {QStringLiteral("head-epochs"), QStringLiteral("Epochs of stage 1 (head only)."), QStringLiteral("N"), QStringLiteral("40")},
        {QStringLiteral("unfrozen-epochs"), QStringLiteral("Epochs of stage 2 (last layers unfrozen); 0 skips it."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("unfreeze"), QStringLiteral("Comma-separated parameter prefixes to train in stage 2 (default: the manifest's)."), QStringLiteral("PREFIXES")},
        {QStringLiteral("lr"), QStringLiteral("Learning rate of the head (AdamW, warm-up then cosine)."), QStringLiteral("RATE"), QStringLiteral("0.003")},
        {QStringLiteral("unfrozen-lr"), QStringLiteral("Learning rate of the unfrozen layers."), QStringLiteral("RATE"), QStringLiteral("0.00001")},
        {QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("N"), QStringLiteral("32")},
        {QStringLiteral("views"), QStringLiteral("Cached views of each training image in stage 1 (the first plain, the rest augmented)."), QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("no-augment"), QStringLiteral("No flips, rotations, shifts, zoom or brightness/contrast changes.")},
        {QStringLiteral("balance"), QStringLiteral("weights (class-weighted loss), sampling (balanced batches) or none."), QStringLiteral("HOW"), QStringLiteral("weights")},
        {QStringLiteral("patience"), QStringLiteral("Stop a stage after this many epochs without a better validation figure; 0 never."), QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("split-by"), QStringLiteral("sequence or deployment: the unit kept on one side of the split."), QStringLiteral("UNIT"), QStringLiteral("sequence")},
        {QStringLiteral("validation"), QStringLiteral("Share of each class's sequences (or deployments) for validation, after one "
                                                      "in training and one in validation."), QStringLiteral("SHARE"), QStringLiteral("0.2")},
        {QStringLiteral("first-frame"), QStringLiteral("Only the first labelled frame of each sequence.")},
        {QStringLiteral("whole-frames"), QStringLiteral("Whole frames instead of box crops.")},
        {QStringLiteral("class-share"), QStringLiteral("Keep this share of a class, e.g. empty=0.1 (repeatable)."), QStringLiteral("CLASS=SHARE")},
        {QStringLiteral("min-per-class"), QStringLiteral("Leave out classes (individuals) with fewer examples (default 5; 2 for the embedder)."), QStringLiteral("N")},
        {QStringLiteral("allow-missing-classes"), QStringLiteral("Train without the classes left with no training example (their images went "
                                                                 "missing) instead of refusing; the report lists them.")},
        {QStringLiteral("held-out"), QStringLiteral("Embedder: share of individuals held out for evaluation."), QStringLiteral("SHARE"), QStringLiteral("0.3")},
        {QStringLiteral("embedding-size"), QStringLiteral("Embedder: size of the new embedding."), QStringLiteral("N"), QStringLiteral("128")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the split, the sampling and the initial weights."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("device"), QStringLiteral("auto, cpu or cuda."), QStringLiteral("DEVICE"), QStringLiteral("auto")},
        {QStringLiteral("activate"), QStringLiteral("Make the new model the project's active one for its kind.")},
        {QStringLiteral("json"), QStringLiteral("Print the report as JSON.")}};
    parser.addOptions(options);
    addThreadsOption(parser);
    if (!parse(parser, args, 1))
        return 2;
    if (!parser.isSet(QStringLiteral("base"))) {
        printError(QStringLiteral("--base MANIFEST is needed: the TorchScript model to start from."));
        return 2;
    }
    auto request = requestFrom(parser);
    if (!request) {
        printError(request.error().message);
        return 2;
    }
    const auto threads = threadsOption(parser);
    if (!threads) {
        printError(threads.error().message);
        return 2;
    }
    inference::applyComputeThreads(threads.value());
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    const int totalEpochs = request.value().fineTune.headEpochs + request.value().fineTune.unfrozenEpochs;
    const bool classifier = request.value().fineTune.kind == training::TrainingKind::Classifier;
    auto outcome = training::runTraining(parser.positionalArguments().at(0), request.value(), control,
                                         [&](const training::EpochRecord& r) {
        printer.finish();
        printOut(classifier ? QStringLiteral("epoch %1/%2 stage %3: loss %4, validation loss %5, accuracy %6, macro-F1 %7 (%8 /s)\n")
                                  .arg(r.epoch).arg(totalEpochs).arg(r.stage).arg(figure(r.trainLoss), figure(r.validationLoss),
                                       figure(r.accuracy), figure(r.macroF1)).arg(r.imagesPerSecond, 0, 'f', 0)
                            : QStringLiteral("epoch %1/%2 stage %3: loss %4, held-out MAP@R %5, top-1 %6 (%7 /s)\n")
                                  .arg(r.epoch).arg(totalEpochs).arg(r.stage).arg(figure(r.trainLoss), figure(r.mapAtR),
                                       figure(r.top1)).arg(r.imagesPerSecond, 0, 'f', 0));
    }, [&](const training::Dataset& dataset) {
        printer.finish();
        printSplit(dataset, request.value().data, classifier);
    });
    printer.finish();
    if (!outcome) {
        printError(outcome.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(outcome.value().report.toJson()).toJson()));
    else
        printSummary(outcome.value());
    return 0;
}

int runModels(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the models trained in the project, or make one the active model."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("activate"), QStringLiteral("Make this version the active model of its kind."), QStringLiteral("ID")});
    if (!parse(parser, args, 1))
        return 2;
    auto project = Project::open(parser.positionalArguments().at(0));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto versions = training::listModelVersions(*project.value());
    if (!versions) {
        printError(versions.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("activate"))) {
        const qint64 id = parser.value(QStringLiteral("activate")).toLongLong();
        for (const auto& v : versions.value())
            if (v.id == id) {
                if (Status s = training::setActiveModel(*project.value(), v.kind, v.manifestPath); !s) {
                    printError(s.error().message);
                    return 1;
                }
                printOut(QStringLiteral("Version %1 is now the active %2.\n").arg(id).arg(training::trainingKindName(v.kind)));
                return 0;
            }
        printError(QStringLiteral("The project has no trained model with id %1; run \"trapline-cli models PROJECT\" to list them.").arg(id));
        return 1;
    }
    if (versions.value().empty())
        printOut(QStringLiteral("No trained models yet: run \"trapline-cli train\".\n"));
    for (const auto& v : versions.value()) {
        const QJsonObject r = v.report;
        const QString figures = v.kind == training::TrainingKind::Classifier
            ? QStringLiteral("accuracy %1, macro-F1 %2").arg(figure(r[QStringLiteral("validation")].toObject()[QStringLiteral("accuracy")].toDouble()),
                                                             figure(r[QStringLiteral("validation")].toObject()[QStringLiteral("macro_f1")].toDouble()))
            : QStringLiteral("held-out MAP@R %1, top-1 %2").arg(figure(r[QStringLiteral("held_out_after")].toObject()[QStringLiteral("map_at_r")].toDouble()),
                                                                figure(r[QStringLiteral("held_out_after")].toObject()[QStringLiteral("top1")].toDouble()));
        printOut(QStringLiteral("%1%2  %3  %4  %5  %6\n    %7\n")
                     .arg(v.active ? QStringLiteral("* ") : QStringLiteral("  ")).arg(v.id)
                     .arg(training::trainingKindName(v.kind), QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          v.name, figures, v.manifestPath));
    }
    return 0;
}

} // namespace trapline::cli
