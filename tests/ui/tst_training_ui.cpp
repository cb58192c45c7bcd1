// Models > Train Model, driven like a user: choose the base model, start, watch the curves, read the figures,
// make the new model active, see it in the versions list. Saves the user guide's picture of the dialog.
#include "ScriptedModels.h"
#include "TrainingFixtures.h"
#include "mainwindow/MainWindow.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"
#include "training/ModelVersions.h"
#include "training/TrainingJob.h"
#include "training/TrainingDialog.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>

using namespace trapline;

class TestTrainingUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trainFromTheDialog();
    void previewShowsTheSplitPerClass();
    void resumeAnUnfinishedTraining();
    void guidePictureOnRealData();
};

void TestTrainingUi::trainFromTheDialog()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_training_ui"));
    test::LabelledProject lp;
    test::makeLabelledProject(lp, 10, 3);
    if (QTest::currentTestFailed())
        return;
    const QString base = test::saveTinyBackbone(lp.scratch.dir.path());

    ui::MainWindow window;
    QVERIFY(window.openProject(lp.scratch.path).ok());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The menu's shortcut opens the dialog.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = window.findChild<ui::TrainingDialog*>(QStringLiteral("trainingDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Before anything trains, the dialog says what the options select: 10 events of each of 3 classes, 3 frames each.
    auto* preview = dialog->findChild<QLabel*>(QStringLiteral("datasetPreview"));
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("90 examples")), 10000);
    QVERIFY2(preview->text().contains(QStringLiteral("Discus rubra")), qPrintable(preview->text()));
    auto* baseEdit = dialog->findChild<QLineEdit*>(QStringLiteral("base"));
    QVERIFY(baseEdit);
    baseEdit->setText(base);
    const auto spins = dialog->findChildren<QSpinBox*>();
    QSpinBox* headEpochs = nullptr;
    for (QSpinBox* s : spins)
        if (s->value() == 40)
            headEpochs = s; // the head-epochs box starts at 40
    QVERIFY(headEpochs);
    headEpochs->setValue(15);

    QSignalSpy finished(dialog, &ui::TrainingDialog::trainingFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isTraining());
    QVERIFY(!dialog->startButton()->isEnabled());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const QString results = dialog->findChild<QTextBrowser*>(QStringLiteral("trainingResults"))->toPlainText();
    QVERIFY2(results.contains(QStringLiteral("Accuracy")), qPrintable(results));
    QVERIFY(results.contains(QStringLiteral("Discus rubra")));
    // Each figure says its split: the reported ones the test split, the epoch's own the validation split.
    QVERIFY2(results.contains(QStringLiteral("on the test split, which no choice has seen")), qPrintable(results));
    QVERIFY2(results.contains(QStringLiteral("Validation split at the best epoch")), qPrintable(results));

    // The version is recorded; Make Active makes it the project's classifier.
    auto project = lp.scratch.open();
    auto versions = training::listModelVersions(*project);
    QVERIFY(versions.ok());
    QCOMPARE(static_cast<int>(versions.value().size()), 1);
    QVERIFY(!versions.value().front().active);
    // The curves: one point per epoch on each chart (15 at most; early stopping may end sooner).
    const int epochs = static_cast<int>(versions.value().front().report[QStringLiteral("history")].toArray().size());
    QVERIFY(epochs >= 9 && epochs <= 15);
    const auto views = dialog->findChildren<QChartView*>();
    QCOMPARE(views.size(), 2);
    for (QChartView* view : views) {
        const auto series = view->chart()->series();
        QVERIFY(!series.isEmpty());
        QCOMPARE(static_cast<QLineSeries*>(series.first())->count(), epochs);
    }
    QPushButton* makeActive = nullptr;
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == u"Make Active")
            makeActive = b;
    QVERIFY(makeActive && makeActive->isEnabled());
    QTest::mouseClick(makeActive, Qt::LeftButton);
    QCOMPARE(training::activeModel(*project, training::TrainingKind::Classifier).value(), versions.value().front().manifestPath);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("versions"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("\u2713"));

    const QString dir = QDir(QStringLiteral(TRAPLINE_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("training-generated.png"))));
}

void TestTrainingUi::previewShowsTheSplitPerClass()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_training_ui"));
    test::LabelledProject lp;
    test::makeLabelledProject(lp, 2, 3);
    if (QTest::currentTestFailed())
        return;
    // One of the two stripe sequences turns out to show a disc: discs in 3 sequences, squares in 2, stripes in 1.
    {
        auto project = lp.scratch.open();
        review::ReviewEditor editor(*project, QStringLiteral("tester"));
        const auto stripes = std::find_if(lp.sequenceClass.begin(), lp.sequenceClass.end(),
                                          [](const auto& kv) { return kv.second == u"Striata viridis"; });
        auto disc = review::ensureTaxon(*project, QStringLiteral("Discus rubra"));
        QVERIFY(disc.ok());
        QVERIFY(editor.labelSequence(stripes->first, review::Label::animal(disc.value())).ok());
    }
    ui::MainWindow window;
    QVERIFY(window.openProject(lp.scratch.path).ok());
    ui::TrainingDialog* dialog = window.trainingDialog();
    QVERIFY(dialog);
    auto* preview = dialog->findChild<QLabel*>(QStringLiteral("datasetPreview"));
    QVERIFY(preview);
    training::TrainingRequest request = dialog->request();
    request.data.minExamplesPerClass = 1; // the lone stripe sequence's 3 frames are kept
    dialog->setRequest(request);
    QTRY_VERIFY2_WITH_TIMEOUT(preview->text().contains(QStringLiteral("18 examples")), qPrintable(preview->text()), 10000);
    // 3 frames a sequence (each its own visit), 20 % of the visits for validation and 20 % for test: each class
    // trains on a visit first, then one goes to validation, then one to test, then the shares decide; the squares'
    // two visits cannot be tested, the lone stripe visit trains and can be neither validated nor tested.
    QString text = QTextDocumentFragment::fromHtml(preview->text()).toPlainText();
    text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("9 for training, 6 for validation (chooses the epoch), 3 for test (the reported figures)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Per class (training / validation / test):")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Discus rubra: 1 / 1 / 1 visits, 3 / 3 / 3 examples\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Quadratus caeruleus: 1 / 1 / 0 visits, 3 / 3 / 0 examples, not tested (only two visits)\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Striata viridis: 1 / 0 / 0 visits, 3 / 0 / 0 examples, not validated (only one visit)")),
             qPrintable(text));
    // The refusal of a class left with no training example can be turned into leaving it out.
    auto* allow = dialog->findChild<QCheckBox*>(QStringLiteral("allowMissingClasses"));
    QVERIFY(allow && !allow->isChecked());
    QVERIFY(!dialog->request().data.allowMissingClasses);
    allow->setChecked(true);
    QVERIFY(dialog->request().data.allowMissingClasses);
}

void TestTrainingUi::resumeAnUnfinishedTraining()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_training_ui"));
    test::LabelledProject lp;
    test::makeLabelledProject(lp, 8, 2);
    if (QTest::currentTestFailed())
        return;
    // A training stopped after epoch 3 (as by a crash or Cancel), before its model was saved.
    training::TrainingRequest request;
    request.fineTune.baseManifest = test::saveTinyBackbone(lp.scratch.dir.path());
    request.fineTune.headEpochs = 12;
    request.fineTune.patience = 0;
    request.fineTune.batchSize = 16;
    request.fineTune.device = inference::DeviceChoice::Cpu;
    JobControl control;
    auto stopped = training::runTraining(lp.scratch.path, request, control, [&](const training::EpochRecord& r) {
        if (r.epoch == 3)
            control.cancel();
    });
    QVERIFY(!stopped.ok());
    auto unfinished = training::findUnfinishedTraining(lp.scratch.path);
    QVERIFY(unfinished.has_value());
    QCOMPARE(unfinished->epochsDone, 3);
    QCOMPARE(unfinished->request.fineTune.headEpochs, 12);

    ui::MainWindow window;
    QVERIFY(window.openProject(lp.scratch.path).ok());
    ui::TrainingDialog* dialog = window.trainingDialog();
    QVERIFY(dialog);
    auto* resume = dialog->findChild<QPushButton*>(QStringLiteral("resumeTraining"));
    QVERIFY(resume && resume->isVisible());
    QSignalSpy finished(dialog, &ui::TrainingDialog::trainingFinished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString results = dialog->findChild<QTextBrowser*>(QStringLiteral("trainingResults"))->toPlainText();
    QVERIFY2(results.contains(QStringLiteral("Resumed after epoch 3")), qPrintable(results));
    QVERIFY(!resume->isVisible()); // nothing left to resume
    QVERIFY(!training::findUnfinishedTraining(lp.scratch.path).has_value());
    // The options came back into the form from the stopped training.
    QCOMPARE(dialog->request().fineTune.headEpochs, 12);
}

void TestTrainingUi::guidePictureOnRealData()
{
    // The user guide's picture: a species head on the camtrapR sample photos (5 Bornean species), from the
    // ShuffleNetV2 backbone of FastestDet's detector, trained from the dialog.
    TRAPLINE_REQUIRE_SHARED_DATA("camtrapR-sample-images/inst/pictures/sample_images_species_dir");
    const QString weights = test::sharedData(QStringLiteral("weights-fastestdet/weights/weight_AP05-0.253207_280-epoch.pth"));
    if (weights.isEmpty())
        QSKIP("the FastestDet weights are absent");
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_training_ui"));
    test::ScratchProject scratch;
    test::importAndLabelByFolder(scratch, dataPath, false);
    if (QTest::currentTestFailed())
        return;
    const QString base = test::saveShuffleNetBackbone(weights, "backbone.", scratch.dir.path());
    QVERIFY(!base.isEmpty());

    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    ui::TrainingDialog* dialog = window.trainingDialog();
    QVERIFY(dialog);
    training::TrainingRequest request = dialog->request();
    request.fineTune.baseManifest = base;
    request.fineTune.headEpochs = 40;
    request.data.validationShare = 0.3;
    dialog->setRequest(request);
    auto* preview = dialog->findChild<QLabel*>(QStringLiteral("datasetPreview"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("67 examples")), 10000);
    QSignalSpy finished(dialog, &ui::TrainingDialog::trainingFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(300000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString results = dialog->findChild<QTextBrowser*>(QStringLiteral("trainingResults"))->toPlainText();
    QVERIFY2(results.contains(QStringLiteral("TRA")), qPrintable(results)); // the mouse deer's species code
    const QString dir = QDir(QStringLiteral(TRAPLINE_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("guide-training.png"))));
}

QTEST_MAIN(TestTrainingUi)
#include "tst_training_ui.moc"
