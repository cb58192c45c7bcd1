// Fine-tuning on real camera-trap data from ../shared/data (skipped when absent): a species classifier head on the
// features of a small real backbone (ShuffleNetV2 0.5x from FastestDet's COCO detector), and a re-ID embedder
// fine-tuned on nyala individuals. Both run as `trapline-cli train --repeats 5` does (runTraining, five seeded
// splits); the validation split chooses the epoch, and every printed figure is on the test split (test visits, or
// test individuals held out of training and of every choice), with its mean and standard deviation.
#include "ScriptedModels.h"
#include "TestSupport.h"
#include "TrainingFixtures.h"
#include "ingest/ImportJob.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"
#include "training/TrainingJob.h"

#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QTest>

#include <set>

using namespace trapline;
using namespace trapline::training;

namespace {

QString backbone(const QTemporaryDir& dir)
{
    const QString weights = test::sharedData(QStringLiteral("weights-fastestdet/weights/weight_AP05-0.253207_280-epoch.pth"));
    if (weights.isEmpty())
        return {};
    QString error;
    const QString manifest = test::saveShuffleNetBackbone(weights, "backbone.", dir.path(), &error);
    if (manifest.isEmpty())
        qWarning("cannot rebuild the backbone: %s", qPrintable(error));
    return manifest;
}

void printRepeats(const char* what, const std::vector<TrainingReport>& repeats)
{
    for (const RepeatedFigures& f : repeatedFigures(repeats)) {
        QString values;
        for (double v : f.values)
            values += QStringLiteral(" %1").arg(v, 0, 'f', 3);
        qInfo("%s, test split, %s:%s; mean %.3f ± %.3f (sd)", what, qPrintable(f.name), qPrintable(values), f.spread.mean, f.spread.sd);
    }
}

std::set<std::int64_t> mediaOf(const Dataset& d, Split split)
{
    std::set<std::int64_t> out;
    for (const Example& e : d.examples)
        if (e.split == split)
            out.insert(e.mediaId);
    return out;
}

std::set<std::int64_t> predictedMedia(const QString& csvPath)
{
    std::set<std::int64_t> out;
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        out.insert(lines[i].section(QLatin1Char(','), 1, 1).toLongLong());
    return out;
}

} // namespace

class TrainingRealDataTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifierHeadOnCamtrapRSpecies();
    void embedderOnNyalaHeldOutIndividuals();
};

void TrainingRealDataTest::classifierHeadOnCamtrapRSpecies()
{
    TRAPLINE_REQUIRE_SHARED_DATA("camtrapR-sample-images/inst/pictures/sample_images_species_dir");
    test::ScratchProject scratch;
    const QString base = backbone(scratch.dir);
    if (base.isEmpty())
        QSKIP("the FastestDet weights are absent or unreadable");
    test::importAndLabelByFolder(scratch, dataPath, false);
    if (QTest::currentTestFailed())
        return;
    // As `trapline-cli train PROJECT --base B --head-epochs 60 --views 4 --patience 0 --repeats 5`: split by visit
    // (5 min), 20 % of each species' visits for validation, 20 % for test.
    TrainingRequest request;
    request.data.minExamplesPerClass = 5;
    request.fineTune.baseManifest = base;
    request.fineTune.outputFolder = scratch.dir.filePath(QStringLiteral("classifier"));
    request.fineTune.headEpochs = 60;
    request.fineTune.augmentedViews = 4;
    request.fineTune.patience = 0;
    request.fineTune.device = inference::DeviceChoice::Cpu;
    request.repeats = 5;
    JobControl control;
    auto outcome = runTraining(scratch.path, request, control);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(static_cast<int>(outcome.value().repeats.size()), 5);
    auto project = scratch.open();
    for (const TrainingReport& r : outcome.value().repeats) {
        const unsigned seed = r.options.seed;
        DatasetOptions data = request.data;
        data.seed = seed;
        auto dataset = classifierDataset(*project, data);
        QVERIFY(dataset.ok());
        // The reported figures are the test frames' and no validation frame's.
        const std::set<std::int64_t> reported = predictedMedia(r.predictionsPath), validation = mediaOf(dataset.value(), Split::Validation);
        QCOMPARE(reported, mediaOf(dataset.value(), Split::Test));
        for (std::int64_t m : reported)
            QVERIFY(!validation.contains(m));
        QStringList notTested;
        for (const ClassSplit& c : r.classSplits) {
            QVERIFY2(c.examples[static_cast<int>(Split::Train)] > 0, qPrintable(c.name));
            if (!c.tested())
                notTested << c.name;
        }
        const EpochRecord* best = r.bestRecord();
        qInfo("seed %u: %lld train / %lld validation / %lld test frames, %lld classes, not tested: %s; test: majority class "
              "%.3f, nearest class mean accuracy %.3f, macro-F1 %.3f, trained head accuracy %.3f, macro-F1 %.3f; validation at "
              "the chosen epoch %d: accuracy %.3f; saved model differs by at most %.2g",
              seed, static_cast<long long>(r.trainExamples), static_cast<long long>(r.validationExamples),
              static_cast<long long>(r.testExamples), static_cast<long long>(r.classes.size()),
              notTested.isEmpty() ? "none" : qPrintable(notTested.join(QStringLiteral(", "))), r.chanceAccuracy,
              r.reference.accuracy, r.reference.macroF1, r.after.accuracy, r.after.macroF1, r.bestEpoch, best ? best->accuracy : 0.0,
              r.exportMaxDifference);
        QVERIFY(r.exportMaxDifference < 1e-3);
    }
    printRepeats("camtrapR species", outcome.value().repeats);
}

void TrainingRealDataTest::embedderOnNyalaHeldOutIndividuals()
{
    TRAPLINE_REQUIRE_SHARED_DATA("nyala-reid/Nyala_Data_Zero/test");
    test::ScratchProject scratch;
    const QString base = backbone(scratch.dir);
    if (base.isEmpty())
        QSKIP("the FastestDet weights are absent or unreadable");
    test::importAndLabelByFolder(scratch, dataPath, true);
    if (QTest::currentTestFailed())
        return;
    // As `trapline-cli train PROJECT --kind embedder --base B --lr 0.001 --patience 0 --repeats 5`: 30 % of the
    // individuals held out for test, 20 % for validation (which chooses the epoch), the rest train.
    TrainingRequest request;
    request.fineTune.kind = TrainingKind::Embedder;
    request.fineTune.baseManifest = base;
    request.fineTune.outputFolder = scratch.dir.filePath(QStringLiteral("embedder"));
    request.fineTune.headEpochs = 40;
    request.fineTune.headLearningRate = 1e-3;
    request.fineTune.unfrozenEpochs = qEnvironmentVariableIsSet("TRAPLINE_LONG_TESTS") ? 6 : 0;
    request.fineTune.augmentedViews = 3;
    request.fineTune.embeddingSize = 128;
    request.fineTune.patience = 0;
    request.fineTune.device = inference::DeviceChoice::Cpu;
    request.data.minExamplesPerClass = 2;
    request.heldOutIndividuals = 0.3;
    request.repeats = 5;
    JobControl control;
    auto outcome = runTraining(scratch.path, request, control);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    auto project = scratch.open();
    for (const TrainingReport& r : outcome.value().repeats) {
        DatasetOptions data = request.data;
        data.seed = r.options.seed;
        auto dataset = individualsDataset(*project, data, request.heldOutIndividuals);
        QVERIFY(dataset.ok());
        std::set<int> test, validation, train;
        for (const Example& e : dataset.value().examples)
            (e.split == Split::Test ? test : e.split == Split::Validation ? validation : train).insert(e.classIndex);
        for (int id : test)
            QVERIFY(!validation.contains(id) && !train.contains(id));
        // Every test sighting is a query of both figures, and nothing else is.
        QCOMPARE(static_cast<std::int64_t>(r.retrievalAfter.queries), dataset.value().count(Split::Test));
        QCOMPARE(static_cast<std::int64_t>(r.retrievalBefore.queries), dataset.value().count(Split::Test));
        const EpochRecord* best = r.bestRecord();
        qInfo("seed %u: %lld training images, %lld validation images, %lld images of %zu test individuals; test: base features "
              "MAP@R %.3f, top-1 %.3f, top-5 %.3f; fine-tuned MAP@R %.3f, top-1 %.3f, top-5 %.3f; validation MAP@R at the "
              "chosen epoch %d: %.3f",
              r.options.seed, static_cast<long long>(r.trainExamples), static_cast<long long>(r.validationExamples),
              static_cast<long long>(r.testExamples), test.size(), r.retrievalBefore.mapAtR, r.retrievalBefore.top1,
              r.retrievalBefore.top5, r.retrievalAfter.mapAtR, r.retrievalAfter.top1, r.retrievalAfter.top5, r.bestEpoch,
              best ? best->mapAtR : 0.0);
        QVERIFY(r.retrievalBefore.queries > 20);
        QVERIFY(r.exportMaxDifference < 1e-3);
    }
    printRepeats("nyala individuals", outcome.value().repeats);
}

QTEST_GUILESS_MAIN(TrainingRealDataTest)
#include "tst_training_realdata.moc"
