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
    const auto splitBy = training::parseSplitBy(p.value(QStringLiteral("split-by")));
    if (!splitBy)
        return Error{QStringLiteral("--split-by must be visit, sequence or deployment.")};
    d.splitBy = *splitBy;
    bool gapOk = false;
    d.visitGapSeconds = p.value(QStringLiteral("visit-gap")).toDouble(&gapOk);
    if (!gapOk || d.visitGapSeconds < 0)
        return Error{QStringLiteral("--visit-gap takes seconds, 0 or more (e.g. 300 for 5 minutes).")};
    d.validationShare = p.value(QStringLiteral("validation")).toDouble();
    d.testShare = p.value(QStringLiteral("test")).toDouble();
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
    if (d.testShare <= 0 || d.validationShare + d.testShare >= 1)
        return Error{QStringLiteral("--test must be above 0, and --validation plus --test below 1: the test split measures "
                                    "the new model, the validation split chooses its epoch.")};
    r.heldOutIndividuals = p.value(QStringLiteral("held-out")).toDouble();
    if (f.kind == training::TrainingKind::Embedder && (r.heldOutIndividuals <= 0 || r.heldOutIndividuals + d.validationShare >= 1))
        return Error{QStringLiteral("--held-out must be above 0, and --held-out plus --validation below 1.")};
    r.repeats = p.value(QStringLiteral("repeats")).toInt();
    if (r.repeats < 1)
        return Error{QStringLiteral("--repeats must be 1 or more.")};
    r.makeActive = p.isSet(QStringLiteral("activate"));
    return r;
}

QString sides(const std::int64_t (&n)[3]) { return QStringLiteral("%1/%2/%3").arg(n[0]).arg(n[1]).arg(n[2]); }

// Where each class's groups and examples went, what will not be validated or tested and what is left out, before
// training.
void printSplit(const training::Dataset& d, const training::DatasetOptions& options, bool classifier)
{
    const auto perClass = d.classSplits();
    const std::int64_t train = d.count(training::Split::Train), validation = d.count(training::Split::Validation),
                       test = d.count(training::Split::Test);
    QString text = QStringLiteral("Split by %1").arg(training::groupWord(d.splitBy, 1));
    if (d.splitBy == training::DatasetOptions::SplitBy::Visit)
        text += QStringLiteral(" (frames of a deployment at most %1 s apart)").arg(d.visitGapSeconds);
    text += QStringLiteral(" (seed %1): %2 training, %3 validation (chooses the epoch) and %4 test examples (measure the "
                           "model), %5 %6.\n")
                .arg(options.seed).arg(train).arg(validation).arg(test).arg(d.classes.size())
                .arg(classifier ? QStringLiteral("classes") : QStringLiteral("individuals"));
    QStringList notValidated, notTested;
    if (classifier) {
        qsizetype width = 5;
        for (const QString& c : d.classes)
            width = std::max(width, c.size());
        const QString unit = training::groupWord(d.splitBy, 2);
        text += QStringLiteral("  %1  %2  examples   (training/validation/test)\n").arg(QStringLiteral("class").leftJustified(width), unit.leftJustified(11));
        for (const training::ClassSplit& c : perClass) {
            QStringList status;
            status << (c.validated() ? QStringLiteral("validated") : QStringLiteral("not validated: %1").arg(training::notValidatedReason(c, d.splitBy)));
            status << (c.tested() ? QStringLiteral("tested") : QStringLiteral("not tested: %1").arg(training::notTestedReason(c, d.splitBy)));
            text += QStringLiteral("  %1  %2  %3  %4\n").arg(c.name.leftJustified(width), sides(c.groups).leftJustified(11),
                                                            sides(c.examples).leftJustified(10), status.join(QStringLiteral(", ")));
            if (!c.validated())
                notValidated << QStringLiteral("%1 (%2)").arg(c.name, training::notValidatedReason(c, d.splitBy));
            if (!c.tested())
                notTested << QStringLiteral("%1 (%2)").arg(c.name, training::notTestedReason(c, d.splitBy));
        }
    }
    if (!notValidated.isEmpty())
        text += QStringLiteral("Not validated: %1.\n").arg(notValidated.join(QStringLiteral("; ")));
    if (!notTested.isEmpty())
        text += QStringLiteral("Not tested (no figure for them): %1.\n").arg(notTested.join(QStringLiteral("; ")));
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
    text += QStringLiteral("%1 training, %2 validation and %3 test examples, %4 classes; best epoch %5 on the validation split (%6).\n")
                .arg(r.trainExamples).arg(r.validationExamples).arg(r.testExamples).arg(r.classes.size()).arg(r.bestEpoch).arg(r.stopReason);
    const training::EpochRecord* best = r.bestRecord();
    if (r.kind == training::TrainingKind::Classifier) {
        text += QStringLiteral("Test split (no choice made on it): accuracy %1, macro-F1 %2 (nearest class mean on the base "
                               "features: accuracy %3, macro-F1 %4; always the most common training class, %5: accuracy %6).\n")
                    .arg(figure(r.after.accuracy), figure(r.after.macroF1), figure(r.reference.accuracy),
                         figure(r.reference.macroF1), r.majorityClass, figure(r.chanceAccuracy));
        if (best)
            text += QStringLiteral("Validation split, best epoch (chosen on it, so flattered): accuracy %1, macro-F1 %2.\n")
                        .arg(figure(best->accuracy), figure(best->macroF1));
        for (qsizetype c = 0; c < r.classes.size(); ++c) {
            const auto i = static_cast<size_t>(c);
            text += QStringLiteral("  %1: precision %2, recall %3, %4 test examples\n")
                        .arg(r.classes[c], figure(r.after.precision[i]), figure(r.after.recall[i])).arg(r.after.support[i]);
        }
        if (o.previous)
            text += QStringLiteral("Previous version (%1) on the same test split: accuracy %2, macro-F1 %3.\n")
                        .arg(o.previousManifest, figure(o.previous->accuracy), figure(o.previous->macroF1));
    } else {
        text += QStringLiteral("Test individuals (never trained on, no choice made on them): MAP@R %1 -> %2, top-1 %3 -> %4 "
                               "(base features -> fine-tuned).\n")
                    .arg(figure(r.retrievalBefore.mapAtR), figure(r.retrievalAfter.mapAtR), figure(r.retrievalBefore.top1),
                         figure(r.retrievalAfter.top1));
        if (best)
            text += QStringLiteral("Validation individuals, best epoch (chosen on them, so flattered): MAP@R %1, top-1 %2.\n")
                        .arg(figure(best->mapAtR), figure(best->top1));
        if (o.previousRetrieval)
            text += QStringLiteral("Previous version (%1) on the same test individuals: MAP@R %2, top-1 %3.\n")
                        .arg(o.previousManifest, figure(o.previousRetrieval->mapAtR), figure(o.previousRetrieval->top1));
    }
    text += QStringLiteral("Throughput: %1 images/s computing features, %2 rows/s training the head")
                .arg(r.featureImagesPerSecond, 0, 'f', 1).arg(r.headImagesPerSecond, 0, 'f', 0);
    if (r.unfrozenImagesPerSecond > 0)
        text += QStringLiteral(", %1 images/s unfrozen").arg(r.unfrozenImagesPerSecond, 0, 'f', 1);
    text += QStringLiteral(".\nModel: %1\nReport: %2\nBackup before training: %3\n").arg(r.manifestPath, r.reportPath, o.backupPath);
    printOut(text);
}

// Every repeat's test figures, then their mean and sample standard deviation.
void printRepeats(const training::TrainingOutcome& o)
{
    const auto rows = training::repeatedFigures(o.repeats);
    const int k = static_cast<int>(o.repeats.size());
    QString text = QStringLiteral("\nTest-split figures over %1 repeats (seeds %2 to %3; in each, the validation split "
                                  "alone chose the epoch):\n")
                       .arg(k).arg(o.repeats.front().options.seed).arg(o.repeats.back().options.seed);
    qsizetype width = 6;
    for (const auto& row : rows)
        width = std::max(width, row.name.size());
    QString head = QStringLiteral("  %1").arg(QStringLiteral("figure").leftJustified(width));
    for (int i = 0; i < k; ++i)
        head += QStringLiteral("  %1").arg(QStringLiteral("repeat %1").arg(i + 1).leftJustified(9));
    text += head + QStringLiteral("  mean ± sd\n");
    for (const auto& row : rows) {
        QString line = QStringLiteral("  %1").arg(row.name.leftJustified(width));
        for (double v : row.values)
            line += QStringLiteral("  %1").arg(figure(v).leftJustified(9));
        text += line + QStringLiteral("  %1 ± %2\n").arg(figure(row.spread.mean), figure(row.spread.sd));
    }
    text += QStringLiteral("Kept: the model of repeat 1 (%1); the other repeats are in its repeat-N folders.\nRepeats: %2\n")
                .arg(o.report.manifestPath, o.repeatsPath);
    printOut(text);
}

} // namespace

int runTrain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fine-tune a species classifier or a re-ID embedder on the project's confirmed labels. Stage 1 trains a new "
        "head on the base model's frozen features (computed once and cached); stage 2 (--unfrozen-epochs) also trains "
        "the last layers. The split has three sides: training fits the model, validation chooses the epoch (and stops "
        "early), test only measures; every reported figure is on the test split. Frames of one visit (a deployment's "
        "frames closer than --visit-gap) never sit on two sides; the split is stratified by class: each class trains on "
        "one of its visits first, then is validated on another, then tested on a third, then the shares decide. The "
        "embedder is measured on test individuals, held out of training and of every choice. --repeats K trains on K "
        "seeded splits and prints the mean and standard deviation of the test figures. Each epoch ends with a checkpoint: "
        "run the same command again to resume."));
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
        {QStringLiteral("split-by"), QStringLiteral("visit, sequence or deployment: the unit kept on one side of the split."), QStringLiteral("UNIT"), QStringLiteral("visit")},
        {QStringLiteral("visit-gap"), QStringLiteral("Frames of one deployment at most this many seconds apart are one visit."), QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("validation"), QStringLiteral("Share of each class's visits (sequences, deployments; for the embedder, of the "
                                                      "individuals) for validation, which chooses the epoch."), QStringLiteral("SHARE"), QStringLiteral("0.2")},
        {QStringLiteral("test"), QStringLiteral("Share of each class's visits (sequences, deployments) for test, which measures "
                                                "the model and nothing else."), QStringLiteral("SHARE"), QStringLiteral("0.2")},
        {QStringLiteral("repeats"), QStringLiteral("Train on this many seeded splits (seed, seed+1, ...) and print the mean and "
                                                   "standard deviation of the test figures; the first repeat's model is kept."), QStringLiteral("K"), QStringLiteral("1")},
        {QStringLiteral("first-frame"), QStringLiteral("Only the first labelled frame of each sequence.")},
        {QStringLiteral("whole-frames"), QStringLiteral("Whole frames instead of box crops.")},
        {QStringLiteral("class-share"), QStringLiteral("Keep this share of a class, e.g. empty=0.1 (repeatable)."), QStringLiteral("CLASS=SHARE")},
        {QStringLiteral("min-per-class"), QStringLiteral("Leave out classes (individuals) with fewer examples (default 5; 2 for the embedder)."), QStringLiteral("N")},
        {QStringLiteral("allow-missing-classes"), QStringLiteral("Train without the classes left with no training example (their images went "
                                                                 "missing) instead of refusing; the report lists them.")},
        {QStringLiteral("held-out"), QStringLiteral("Embedder: share of individuals held out of training and of every choice, for test."), QStringLiteral("SHARE"), QStringLiteral("0.3")},
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
    const int repeats = request.value().repeats;
    int repeat = 0;
    const bool classifier = request.value().fineTune.kind == training::TrainingKind::Classifier;
    auto outcome = training::runTraining(parser.positionalArguments().at(0), request.value(), control,
                                         [&](const training::EpochRecord& r) {
        printer.finish();
        printOut(classifier ? QStringLiteral("epoch %1/%2 stage %3: loss %4, validation loss %5, validation accuracy %6, macro-F1 %7 (%8 /s)\n")
                                  .arg(r.epoch).arg(totalEpochs).arg(r.stage).arg(figure(r.trainLoss), figure(r.validationLoss),
                                       figure(r.accuracy), figure(r.macroF1)).arg(r.imagesPerSecond, 0, 'f', 0)
                            : QStringLiteral("epoch %1/%2 stage %3: loss %4, validation individuals MAP@R %5, top-1 %6 (%7 /s)\n")
                                  .arg(r.epoch).arg(totalEpochs).arg(r.stage).arg(figure(r.trainLoss), figure(r.mapAtR),
                                       figure(r.top1)).arg(r.imagesPerSecond, 0, 'f', 0));
    }, [&](const training::Dataset& dataset) {
        printer.finish();
        training::DatasetOptions shown = request.value().data;
        shown.seed += static_cast<unsigned>(repeat);
        if (repeats > 1)
            printOut(QStringLiteral("Repeat %1 of %2 (seed %3)\n").arg(repeat + 1).arg(repeats).arg(shown.seed));
        ++repeat;
        printSplit(dataset, shown, classifier);
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
    if (outcome.value().repeats.size() > 1)
        printRepeats(outcome.value());
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
        // Versions trained before the test split reported on the validation split they were chosen on: said so.
        const bool tested = r.contains(QStringLiteral("test")) || r.contains(QStringLiteral("test_individuals_after"));
        const QJsonObject f = r[QLatin1String(v.kind == training::TrainingKind::Classifier ? (tested ? "test" : "validation")
                                                                                           : (tested ? "test_individuals_after" : "held_out_after"))]
                                .toObject();
        const QString figures = (v.kind == training::TrainingKind::Classifier
                                     ? QStringLiteral("accuracy %1, macro-F1 %2").arg(figure(f[QStringLiteral("accuracy")].toDouble()),
                                                                                      figure(f[QStringLiteral("macro_f1")].toDouble()))
                                     : QStringLiteral("MAP@R %1, top-1 %2").arg(figure(f[QStringLiteral("map_at_r")].toDouble()),
                                                                                figure(f[QStringLiteral("top1")].toDouble()))) +
            (tested ? QStringLiteral(" (test split)") : QStringLiteral(" (validation split, chosen on it)"));
        printOut(QStringLiteral("%1%2  %3  %4  %5  %6\n    %7\n")
                     .arg(v.active ? QStringLiteral("* ") : QStringLiteral("  ")).arg(v.id)
                     .arg(training::trainingKindName(v.kind), QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          v.name, figures, v.manifestPath));
    }
    return 0;
}

} // namespace trapline::cli
