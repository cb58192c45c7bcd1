// Fine-tuning on real camera-trap data from ../shared/data (skipped when absent): a species classifier head on the
// features of a small real backbone (ShuffleNetV2 0.5x from FastestDet's COCO detector), and a re-ID embedder
// fine-tuned on nyala individuals and measured on individuals held out of training. Prints before/after figures.
#include "ScriptedModels.h"
#include "TestSupport.h"
#include "TrainingFixtures.h"
#include "ingest/ImportJob.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"
#include "training/FineTuning.h"

#include <QDir>
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
    auto project = scratch.open();
    double sumAfter = 0, sumReference = 0, sumChance = 0;
    const int seeds = 3;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        DatasetOptions data;
        data.validationShare = 0.3;
        data.minExamplesPerClass = 5;
        data.seed = seed;
        auto dataset = classifierDataset(*project, data);
        QVERIFY(dataset.ok());
        FineTuneOptions o;
        o.baseManifest = base;
        o.outputFolder = scratch.dir.filePath(QStringLiteral("classifier-%1").arg(seed));
        o.headEpochs = 60;
        o.augmentedViews = 4;
        o.patience = 0;
        o.seed = seed;
        JobControl control;
        auto report = fineTune(dataset.value(), o, control);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        const TrainingReport& r = report.value();
        QStringList notValidated;
        for (const ClassSplit& c : r.classSplits) {
            QVERIFY2(c.examples[static_cast<int>(Split::Train)] > 0, qPrintable(c.name));
            if (!c.validated())
                notValidated << c.name;
        }
        qInfo("seed %u: not validated: %s", seed, notValidated.isEmpty() ? "none" : qPrintable(notValidated.join(QStringLiteral(", "))));
        qInfo("seed %u: %lld train / %lld validation frames, %lld classes; most common class %.3f; nearest class mean on "
              "the frozen features: accuracy %.3f, macro-F1 %.3f; trained head: accuracy %.3f, macro-F1 %.3f; "
              "%.1f images/s features, %.0f rows/s head; saved model differs by at most %.2g",
              seed, static_cast<long long>(r.trainExamples), static_cast<long long>(r.validationExamples),
              static_cast<long long>(r.classes.size()), r.chanceAccuracy, r.reference.accuracy, r.reference.macroF1,
              r.after.accuracy, r.after.macroF1, r.featureImagesPerSecond, r.headImagesPerSecond, r.exportMaxDifference);
        QVERIFY(r.exportMaxDifference < 1e-3);
        sumAfter += r.after.accuracy;
        sumReference += r.reference.accuracy;
        sumChance += r.chanceAccuracy;
    }
    qInfo("mean over %d splits: most common class %.3f, nearest class mean %.3f, trained head %.3f", seeds,
          sumChance / seeds, sumReference / seeds, sumAfter / seeds);
    QVERIFY2(sumAfter / seeds > sumChance / seeds + 0.15, "the head did not learn the species beyond the most common class");
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
    auto project = scratch.open();
    auto dataset = individualsDataset(*project, {}, 0.3);
    QVERIFY(dataset.ok());
    FineTuneOptions o;
    o.kind = TrainingKind::Embedder;
    o.baseManifest = base;
    o.outputFolder = scratch.dir.filePath(QStringLiteral("embedder"));
    o.headEpochs = 40;
    o.headLearningRate = 1e-3;
    o.unfrozenEpochs = qEnvironmentVariableIsSet("TRAPLINE_LONG_TESTS") ? 6 : 0;
    o.augmentedViews = 3;
    o.embeddingSize = 128;
    o.patience = 0;
    JobControl control;
    auto report = fineTune(dataset.value(), o, control);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const TrainingReport& r = report.value();
    std::set<int> heldOut;
    for (const Example& e : dataset.value().examples)
        if (e.split == Split::Validation)
            heldOut.insert(e.classIndex);
    qInfo("nyala: %lld training images, %lld images of %zu held-out individuals; base features: MAP@R %.3f, top-1 %.3f, "
          "top-5 %.3f; fine-tuned: MAP@R %.3f, top-1 %.3f, top-5 %.3f; %.1f images/s features, %.0f rows/s head%s",
          static_cast<long long>(r.trainExamples), static_cast<long long>(r.validationExamples), heldOut.size(),
          r.retrievalBefore.mapAtR, r.retrievalBefore.top1, r.retrievalBefore.top5, r.retrievalAfter.mapAtR, r.retrievalAfter.top1,
          r.retrievalAfter.top5, r.featureImagesPerSecond, r.headImagesPerSecond,
          r.unfrozenImagesPerSecond > 0 ? qPrintable(QStringLiteral(", %1 images/s unfrozen").arg(r.unfrozenImagesPerSecond, 0, 'f', 1)) : "");
    QVERIFY(r.retrievalBefore.queries > 20);
    QVERIFY2(r.retrievalAfter.mapAtR > r.retrievalBefore.mapAtR, "fine-tuning made held-out individuals harder to find");
    QVERIFY(r.exportMaxDifference < 1e-3);
}

QTEST_GUILESS_MAIN(TrainingRealDataTest)
#include "tst_training_realdata.moc"
