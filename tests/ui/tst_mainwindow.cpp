// The main window (offscreen): opening projects, importing in the background, lazy sequence pages, thumbnails.
#include "TestSupport.h"
#include "browser/SequenceListModel.h"
#include "demo/SyntheticCameraTrap.h"
#include "ScriptedModels.h"
#include "jobs/JobScheduler.h"
#include "jobs/JobsPanel.h"
#include "export/ExportDialog.h"
#include "i18n/Translations.h"
#include "deployments/AdjustTimesDialog.h"
#include "inference/ComputeThreads.h"
#include "ingest/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "models/RunModelsDialog.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "project/Backup.h"

#include <QDir>

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QUndoStack>
#include <QCheckBox>
#include <QListView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QDockWidget>
#include <QThread>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <opencv2/imgcodecs.hpp>

using namespace trapline;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importRunsInTheBackgroundAndFillsTheViews();
    void sequenceListFetchesPagesOnDemand();
    void openingAnInvalidFileKeepsTheCurrentProject();
    void eventLoopStaysResponsiveWhileModelsRun();
    void cancellingAJobFromTheWindowStopsIt();
    void runModelsDialogRetriesFailedMediaOnlyWhenAsked();
    void exportDialogRunsAnExportJob();
    void backUpProjectMakesACopyInTheBackground();
    void modelThreadsSettingReachesLibTorch();
    void menusFollowTheChosenLanguage_data();
    void menusFollowTheChosenLanguage();
    void adjustTimesFromNamesIsUndoable();
    void importLabelsPicksTheFormatByItsPlaceInTheList();
    void anotherProjectNeverShowsTheLastOnesThumbnails();
    void actionsFollowTheProjectAndItsJobs();
    void aPreferenceHasItsDefaultUntilSet();
    void windowLayoutIsRestoredInTheNextWindow();
    void coreErrorsReachTheWindowInFrench();
};

// Photos without EXIF whose names hold their times (as camtrapR writes them): the list marks them "no camera
// time" until Deployments > Adjust Times reads the names; Edit > Undo puts the file times back.
void TestMainWindow::adjustTimesFromNamesIsUndoable()
{
    QTemporaryDir dir;
    const QString card = dir.filePath(QStringLiteral("card/StationA"));
    QVERIFY(QDir().mkpath(card));
    const cv::Mat image(48, 64, CV_8UC3, cv::Scalar(40, 120, 200));
    const QStringList names{QStringLiteral("StationA__2021-05-01__10-00-00(1).JPG"),
                            QStringLiteral("StationA__2021-05-01__10-00-02(2).JPG"),
                            QStringLiteral("StationA__2021-05-03__22-15-00(1).JPG")};
    for (const QString& name : names)
        QVERIFY(cv::imwrite((card + u'/' + name).toStdString(), image));
    ui::MainWindow window;
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("p.trapline"))).ok());
    QSignalSpy imported(window.importFolders({dir.filePath(QStringLiteral("card"))}), &Job::finished);
    QVERIFY(imported.wait(60000));
    auto* model = window.sequenceModel();
    auto rowsWithoutCameraTime = [&] {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->data(model->index(row), Qt::DisplayRole).toString().contains(QStringLiteral("no camera time"));
        return n;
    };
    QCOMPARE(rowsWithoutCameraTime(), model->rowCount());

    const auto deployments = window.project()->deployments().value();
    QCOMPARE(deployments.size(), size_t(1));
    ui::AdjustTimesDialog dialog(window.project(), deployments, deployments[0].id);
    const auto buttons = dialog.findChildren<QRadioButton*>();
    QCOMPARE(buttons.size(), 2);
    buttons[1]->click();
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("preview"));
    QVERIFY2(preview->text().contains(QStringLiteral("2021-05-01 10:00:00")), qPrintable(preview->text()));
    const ui::TimeAdjustRequest request = dialog.request();
    QVERIFY(!request.shiftMs);
    QCOMPARE(request.pattern, QStringLiteral("*__YYYY-MM-DD__hh-mm-ss*"));

    auto firstTime = [&] {
        return window.project()->db().scalar("SELECT min(taken_at_ms) FROM media");
    };
    const auto fileTime = firstTime();
    QVERIFY(window.adjustTimes(request).ok());
    const auto nameTime = QDateTime(QDate(2021, 5, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(firstTime(), nameTime);
    QCOMPARE(model->rowCount(), 2); // the two frames two seconds apart are one sequence
    QCOMPARE(rowsWithoutCameraTime(), 0);

    window.undoStack()->undo();
    QCOMPARE(firstTime(), fileTime);
    QCOMPARE(rowsWithoutCameraTime(), model->rowCount());
    window.undoStack()->redo();
    QCOMPARE(firstTime(), nameTime);
    QCOMPARE(rowsWithoutCameraTime(), 0);
}

void TestMainWindow::runModelsDialogRetriesFailedMediaOnlyWhenAsked()
{
    ui::RunModelsDialog dialog;
    dialog.show();
    auto* retry = dialog.findChild<QCheckBox*>(QStringLiteral("retryFailed"));
    QVERIFY2(retry, "the Run Models dialog has no retry checkbox");
    QVERIFY(!dialog.options().retryFailed);
    QTest::keyClick(retry, Qt::Key_Space);
    QVERIFY(retry->isChecked());
    QVERIFY(dialog.options().retryFailed);
}

void TestMainWindow::importRunsInTheBackgroundAndFillsTheViews()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 6;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("p.trapline"))).ok());
    Job* job = window.importFolders({dir.filePath(QStringLiteral("card"))});
    QVERIFY(job);
    QSignalSpy progress(job, &Job::progress);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(job->isRunning());
    QCOMPARE(window.jobsPanel()->activeCount(), 1);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.count() > 0);
    QCOMPARE(window.jobsPanel()->activeCount(), 0);
    auto* model = window.sequenceModel();
    QCOMPARE(model->rowCount(), 12);
    // Thumbnails are requested by the view and arrive asynchronously for the rows on screen.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    for (int row = 0; row < model->rowCount(); ++row)
        model->data(model->index(row), Qt::DecorationRole);
    QTRY_VERIFY_WITH_TIMEOUT(!model->data(model->index(0), Qt::DecorationRole).isNull(), 10000);
    QVERIFY(changed.count() > 0);
}

void TestMainWindow::sequenceListFetchesPagesOnDemand()
{
    test::ScratchProject scratch;
    {
        auto project = scratch.open();
        db::Transaction tx(project->db());
        const auto dep = project->ensureDeployment(QStringLiteral("CAM"), {});
        for (int i = 0; i < 450; ++i)
            project->db().cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                                 " VALUES (?1, ?2, ?2, 0, 'single')").bind(1, dep).bind(2, i * 1000).run();
        tx.commit();
    }
    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    auto* model = window.sequenceModel();
    QCOMPARE(model->rowCount(), ui::SequenceListModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
}

// Settings > Model threads is stored and applied process-wide at once, so training and model runs use it.
void TestMainWindow::modelThreadsSettingReachesLibTorch()
{
    const QVariant saved = QSettings().value(QStringLiteral("inference/threads"));
    ui::MainWindow window;
    QCOMPARE(inference::computeThreads(), QThread::idealThreadCount());
    QAction* settings = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == u"&Settings...")
            settings = action;
    QVERIFY(settings);
    bool found = false;
    QTimer::singleShot(0, [&found] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* threads = dialog->findChild<QSpinBox*>(QStringLiteral("computeThreads"));
        found = threads != nullptr;
        if (!threads) {
            dialog->reject();
            return;
        }
        threads->setValue(1);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    settings->trigger();
    QVERIFY2(found, "the Settings dialog has no model threads field");
    QCOMPARE(QSettings().value(QStringLiteral("inference/threads")).toInt(), 1);
    QCOMPARE(inference::computeThreads(), 1);
    if (saved.isValid())
        QSettings().setValue(QStringLiteral("inference/threads"), saved);
    else
        QSettings().remove(QStringLiteral("inference/threads"));
    inference::applyComputeThreads(0);
}

void TestMainWindow::openingAnInvalidFileKeepsTheCurrentProject()
{
    test::ScratchProject scratch;
    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    const auto status = window.openProject(QStringLiteral("/nonexistent.trapline"));
    QVERIFY(!status.ok());
    QVERIFY(window.project() != nullptr);
    QCOMPARE(window.project()->path(), scratch.path);
}

namespace {

// A detector whose work is real (a few convolutions per image) so the job keeps both cores busy.
QString busyDetectorManifest(const QTemporaryDir& dir)
{
    const QString weights = dir.filePath(QStringLiteral("busy.pt"));
    test::saveScriptModel(weights, QStringLiteral(R"(
def forward(self, x):
    y = x
    w = torch.ones(3, 3, 3, 3) / 27.0
    for i in range(8):
        y = torch.conv2d(y, w, None, [1, 1], [1, 1])
    m = y.mean(dim=[1, 2, 3])
    c = torch.ones(x.size(0))
    return torch.stack([c * 100.0, c * 100.0, c * 50.0, c * 50.0, m, c], dim=1).unsqueeze(1)
)"));
    const QString manifest = dir.filePath(QStringLiteral("busy.json"));
    test::saveManifest(manifest, QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("detector")}, {QStringLiteral("weights"), weights},
        {QStringLiteral("classes"), QJsonArray{QStringLiteral("Panthera pardus")}},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), 320}, {QStringLiteral("height"), 320}}},
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("yolov5")}}}});
    return manifest;
}

} // namespace

void TestMainWindow::eventLoopStaysResponsiveWhileModelsRun()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 15;
    options.width = 1600;
    options.height = 1200;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("p.trapline"))).ok());
    Job* import = window.importFolders({dir.filePath(QStringLiteral("card"))});
    QSignalSpy imported(import, &Job::finished);
    QVERIFY(imported.wait(120000));

    inference::InferenceOptions models;
    models.detector = busyDetectorManifest(dir);
    models.device = inference::DeviceChoice::Cpu;
    Job* job = window.runModels(models);
    QSignalSpy finished(job, &Job::finished);
    // Measure the gaps between ticks of a 5 ms timer on the GUI thread while the job runs, scrolling the
    // sequence list meanwhile as a user would.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (ticks++ > 0)
            worst = std::max(worst, now - last);
        last = now;
        if (auto* view = window.findChild<QListView*>(QStringLiteral("sequenceView")))
            view->scrollTo(window.sequenceModel()->index(ticks % window.sequenceModel()->rowCount()));
    });
    ticker.start();
    QVERIFY(finished.wait(300000));
    ticker.stop();
    QCOMPARE(finished.first().at(0).toBool(), true);
    qInfo("job ran %lld ms; %d timer ticks; longest gap between ticks %lld ms", clock.elapsed(), ticks, worst);
    QVERIFY2(clock.elapsed() > 500, "the job must run long enough to measure");
    QVERIFY2(worst < 50, qPrintable(QStringLiteral("the event loop was blocked for %1 ms").arg(worst)));
}

void TestMainWindow::cancellingAJobFromTheWindowStopsIt()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 30;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    ui::MainWindow window;
    window.show();
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("p.trapline"))).ok());
    Job* import = window.importFolders({dir.filePath(QStringLiteral("card"))});
    QSignalSpy imported(import, &Job::finished);
    QVERIFY(imported.wait(120000));
    inference::InferenceOptions models;
    models.detector = busyDetectorManifest(dir);
    models.device = inference::DeviceChoice::Cpu;
    models.batchSize = 2;
    Job* job = window.runModels(models);
    QSignalSpy progress(job, &Job::progress);
    QSignalSpy finished(job, &Job::finished);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 60000);
    // The panel's cancel button, as a user would press it.
    auto* panel = window.jobsPanel();
    QToolButton* cancel = nullptr;
    for (auto* button : panel->findChildren<QToolButton*>())
        if (button->isVisible() && button->isEnabled())
            cancel = button;
    QVERIFY(cancel);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    qInfo("stopped %lld ms after cancel", clock.elapsed());
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(finished.first().at(1).toBool(), true); // cancelled
    const auto done = window.project()->db().scalar("SELECT count(*) FROM model_runs");
    QVERIFY(done > 0 && done < 180);
}

void TestMainWindow::exportDialogRunsAnExportJob()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = 3;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    ui::MainWindow window;
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("p.trapline"))).ok());
    QSignalSpy imported(window.importFolders({dir.filePath(QStringLiteral("card"))}), &Job::finished);
    QVERIFY(imported.wait(60000));
    window.project()->db().exec("INSERT INTO observations(media_id, observation_type, count, method, classified_ms)"
                                " SELECT id, 'blank', 0, 'human', 0 FROM media");

    ui::ExportDialog dialog;
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
    format->setCurrentIndex(format->findData(QStringLiteral("crops")));
    auto* out = dialog.findChild<QLineEdit*>(QStringLiteral("out"));
    QTest::keyClicks(out, dir.filePath(QStringLiteral("training")));
    const auto request = dialog.request();
    QCOMPARE(request.format, formats::ExchangeFormat::TrainingCrops);
    QVERIFY(request.training.reviewedOnly);
    QCOMPARE(request.training.keepEmptyShare, 0.1);
    auto job = window.exportProject(request);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("training/classes.txt"))));
}

void TestMainWindow::backUpProjectMakesACopyInTheBackground()
{
    test::ScratchProject scratch;
    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    window.project()->db().exec("INSERT INTO taxa(scientific_name) VALUES ('Equus quagga')");
    Job* job = window.backupProject();
    QVERIFY(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    const QStringList copies = QDir(backupFolder(scratch.path)).entryList({QStringLiteral("*.trapline")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    auto copy = Project::open(QDir(backupFolder(scratch.path)).filePath(copies.first()), Project::OpenMode::ReadOnly);
    QVERIFY(copy.ok());
    QCOMPARE(copy.value()->db().scalar("SELECT count(*) FROM taxa WHERE scientific_name = 'Equus quagga'"), 1);
}

void TestMainWindow::menusFollowTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::addColumn<QString>("reviewMenu");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("A&yuda")
                             << QStringLiteral("&Revisi\u00f3n");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide")
                            << QStringLiteral("&R\u00e9vision");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("&Arquivo") << QStringLiteral("A&juda")
                                          << QStringLiteral("Re&vis\u00e3o");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help")
                             << QStringLiteral("Re&view");
}

void TestMainWindow::menusFollowTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);
    QFETCH(QString, reviewMenu);
    QVERIFY(ui::installTranslations(QLocale(language)));
    ui::MainWindow window;
    const auto menus = window.menuBar()->actions();
    QCOMPARE(menus.at(0)->text(), fileMenu);
    QCOMPARE(menus.last()->text(), helpMenu);
    QAction* review = nullptr;
    for (QAction* action : menus)
        if (action->menu() && action->menu()->objectName() == QLatin1String("reviewMenu"))
            review = action;
    QVERIFY(review);
    QCOMPARE(review->text(), reviewMenu);
    ui::installTranslations(QLocale(QStringLiteral("en")));
}

namespace {

// Answers the window's Import Labels file dialog as a person would: picks the filter at `filterIndex` and the file.
// Returns what `open` returned, and the filter text the dialog showed in `shownFilter`. Any dialog still open after
// 20 s (a message box the code should not have shown) is closed, so a failure shows as one, not as a hang.
template <class Open>
auto answerFileDialog(QWidget* window, int filterIndex, const QString& file, QString* shownFilter, Open open)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto* dialog = window->findChild<QFileDialog*>(QStringLiteral("importLabelsFileDialog"));
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        *shownFilter = dialog->nameFilters().value(filterIndex);
        dialog->selectNameFilter(*shownFilter);
        // Typed into the file name field, as a person would: selectFile() leaves that field alone while it has focus.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (name)
            name->setText(file);
        static_cast<QDialog*>(dialog)->done(QDialog::Accepted); // QFileDialog::done is protected
    });
    poll->start(20);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
                d->reject();
    });
    watchdog.start(20000);
    return open();
}

} // namespace

void TestMainWindow::importLabelsPicksTheFormatByItsPlaceInTheList()
{
    TRAPLINE_REQUIRE_SHARED_DATA("camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data");
    QVERIFY(ui::installTranslations(QLocale(QStringLiteral("fr"))));
    const auto english = qScopeGuard([] { ui::installTranslations(QLocale(QStringLiteral("en"))); });
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    test::ScratchProject scratch;
    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    // A failed import ends in a message box, which would wait for a click for ever: close it and keep its text.
    QStringList messages;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&messages] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                messages << box->text();
                static_cast<QDialog*>(box)->reject();
            }
    });
    closer.start(50);

    // First in the list: a Camtrap DP package (the official example: 549 observations).
    QString shown;
    Job* job = answerFileDialog(&window, 0, QDir(dataPath).filePath(QStringLiteral("datapackage.json")), &shown,
                                          [&] { return window.importLabelsDialog(); });
    QVERIFY(!shown.startsWith(QStringLiteral("Camtrap"))); // the French text, not the English one
    QVERIFY(job);
    QSignalSpy camtrap(job, &Job::finished);
    QVERIFY(camtrap.wait(120000));
    QVERIFY2(camtrap.first().at(0).toBool(), qPrintable(camtrap.first().at(2).toString()));
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM observations"), 549);

    // Third: MegaDetector results, here one box on the first frame of the package's burst.
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("md.json"));
    {
        QFile f(results);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"info": {"format_version": "1.3", "detector": "md_v5a.0.0.pt"},
                    "detection_categories": {"1": "animal", "2": "person", "3": "vehicle"},
                    "images": [{"file": "media/20210531082538-RCNX0031.JPG",
                                "detections": [{"category": "1", "conf": 0.91, "bbox": [0.1, 0.2, 0.3, 0.4]}]}]})");
    }
    job = answerFileDialog(&window, 2, results, &shown, [&] { return window.importLabelsDialog(); });
    QVERIFY(!shown.startsWith(QStringLiteral("Mega")));
    QVERIFY(job);
    QSignalSpy megadetector(job, &Job::finished);
    QVERIFY(megadetector.wait(60000));
    QVERIFY2(megadetector.first().at(0).toBool(), qPrintable(megadetector.first().at(2).toString()));
    QCOMPARE(
        window.project()->db().scalar("SELECT count(*) FROM detections WHERE source = 'machine' AND confidence > 0.9"),
        1);
}

void TestMainWindow::anotherProjectNeverShowsTheLastOnesThumbnails()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = 2;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    // The same card in a second project, without thumbnails: its media are numbered from 1 too.
    const QString second = dir.filePath(QStringLiteral("second.trapline"));
    QVERIFY(Project::create(second).ok());
    ingest::ImportOptions noThumbnails;
    noThumbnails.folders = {dir.filePath(QStringLiteral("card"))};
    noThumbnails.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(second, noThumbnails).run(control).ok());

    ui::MainWindow window;
    QVERIFY(window.createProject(dir.filePath(QStringLiteral("first.trapline"))).ok());
    QSignalSpy imported(window.importFolders({dir.filePath(QStringLiteral("card"))}), &Job::finished);
    QVERIFY(imported.wait(60000));
    auto* model = window.sequenceModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->data(model->index(0), Qt::DecorationRole).isNull(), 10000);

    QVERIFY(window.openProject(second).ok());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(model->data(model->index(0), Qt::DecorationRole).isNull(), "the first project's thumbnail is shown");
    QTest::qWait(300); // the loader answers: this project has no thumbnail to show
    QVERIFY(model->data(model->index(0), Qt::DecorationRole).isNull());
}

void TestMainWindow::aPreferenceHasItsDefaultUntilSet()
{
    const ui::Preference<int> answer{"test/answer", 42};
    answer.reset();
    const auto cleanup = qScopeGuard([&] { answer.reset(); });
    QCOMPARE(answer.get(), 42);
    QVERIFY(!answer.isSet());
    answer.set(7);
    QCOMPARE(answer.get(), 7);
    QCOMPARE(QSettings().value(QStringLiteral("test/answer")).toInt(), 7); // stored under its key, as before
    answer.reset();
    QCOMPARE(answer.get(), 42);

    // The defaults the settings had before they were declared in one place.
    const QVariant saved = QSettings().value(ui::prefs::autoAdvance.key());
    ui::prefs::autoAdvance.reset();
    const auto restore = qScopeGuard([&] {
        if (saved.isValid())
            QSettings().setValue(ui::prefs::autoAdvance.key(), saved);
    });
    QVERIFY(ui::SettingsDialog::autoAdvance());
    QCOMPARE(ui::prefs::batchSize.defaultValue(), 8);
    QCOMPARE(ui::prefs::autoAdvance.key(), QStringLiteral("review/autoAdvance"));
}

void TestMainWindow::windowLayoutIsRestoredInTheNextWindow()
{
    ui::prefs::windowGeometry.reset();
    ui::prefs::windowState.reset();
    const auto cleanup = qScopeGuard([] {
        ui::prefs::windowGeometry.reset();
        ui::prefs::windowState.reset();
    });
    {
        // Maximised, because the offscreen screen (800x600) is smaller than the window's minimum size: any size
        // restored from the settings would be fitted to the screen again, and so tell nothing.
        ui::MainWindow first;
        first.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QTRY_VERIFY(first.isMaximized());
        auto* jobs = first.findChild<QDockWidget*>(QStringLiteral("jobsDock"));
        auto* queues = first.findChild<QDockWidget*>(QStringLiteral("queuesDock"));
        QVERIFY(jobs && queues);
        QVERIFY(!jobs->isVisibleTo(&first)); // hidden in a new window
        jobs->show();
        first.addDockWidget(Qt::RightDockWidgetArea, queues);
        QVERIFY(first.close());
    }
    ui::MainWindow second;
    QVERIFY(second.windowState() & Qt::WindowMaximized);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto* jobs = second.findChild<QDockWidget*>(QStringLiteral("jobsDock"));
    auto* queues = second.findChild<QDockWidget*>(QStringLiteral("queuesDock"));
    QVERIFY(jobs && queues);
    QVERIFY(jobs->isVisibleTo(&second));
    QCOMPARE(second.dockWidgetArea(queues), Qt::RightDockWidgetArea);
}

// A message written in core (Project::open) reaches the French window in French, through Open Recent.
void TestMainWindow::coreErrorsReachTheWindowInFrench()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.trapline"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are field notes, not a project.\n");
    }
    const QStringList recent = ui::prefs::recentProjects.get();
    ui::prefs::recentProjects.set({path});
    QVERIFY(ui::installTranslations(QLocale(QStringLiteral("fr"))));
    const auto restore = qScopeGuard([recent] {
        ui::installTranslations(QLocale(QStringLiteral("en")));
        ui::prefs::recentProjects.set(recent);
    });
    ui::MainWindow window;
    auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu && !menu->actions().isEmpty());
    QStringList titles;
    QStringList messages;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                titles << box->windowTitle();
                messages << box->text();
                static_cast<QDialog*>(box)->reject();
            }
    });
    closer.start(20);
    menu->actions().first()->trigger();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(titles.first(), QStringLiteral("Impossible d'ouvrir le projet"));
    QCOMPARE(messages.first(),
             QStringLiteral("%1 n'est pas un projet Trapline (ce n'est pas une base de donn\u00e9es SQLite).").arg(path));
    QVERIFY(window.project() == nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// Actions follow state (no "open a project first" boxes): project actions wait for a project; Run Models and Train
// say when their job is queued or running; Run Models from the window waits behind the project's running model job
// instead of running beside it, and asking again for the same run returns the queued one.
void TestMainWindow::actionsFollowTheProjectAndItsJobs()
{
    test::ScratchProject scratch;
    ui::MainWindow window;
    auto action = [&window](const QString& text) -> QAction* {
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    QAction* run = action(ui::MainWindow::tr("&Run Models..."));
    QAction* train = action(ui::MainWindow::tr("&Train Model..."));
    QAction* exportAction = action(ui::MainWindow::tr("&Export..."));
    QAction* match = action(ui::MainWindow::tr("Match &Individuals..."));
    QVERIFY(run && train && exportAction && match);
    for (QAction* a : {run, train, exportAction, match})
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    QVERIFY(!window.runModels({}));
    QVERIFY(!window.trainingDialog());

    QVERIFY(window.openProject(scratch.path).ok());
    for (QAction* a : {run, train, exportAction, match})
        QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    QVERIFY(!run->property("jobState").isValid());
    const QString idleRun = run->text();
    const QString idleTrain = train->text();

    // A model job of the project that the test holds open.
    QSemaphore release;
    Job* holder = window.jobScheduler()->submit(scratch.path, JobKind::Inference, QStringLiteral("held"),
                                                [&release](JobControl&) -> Result<JobOutcome> {
                                                    release.acquire();
                                                    return JobOutcome{QStringLiteral("done"), false};
                                                });
    QVERIFY(holder->isRunning());
    QCOMPARE(run->property("jobState").toInt(), int(JobState::Running));
    QVERIFY(run->text() != idleRun);
    QVERIFY(run->isEnabled()); // another run is queued behind it
    QCOMPARE(train->text(), idleTrain);

    inference::InferenceOptions models;
    models.detector = scratch.dir.filePath(QStringLiteral("no-detector.json"));
    Job* second = window.runModels(models);
    QVERIFY(second && second != holder);
    QVERIFY(second->isQueued());
    QCOMPARE(window.runModels(models), second);
    QCOMPARE(window.jobScheduler()->runningCount(), 1);

    Job* training = window.jobScheduler()->submit(scratch.path, JobKind::Training, QStringLiteral("train"),
                                                  [](JobControl&) -> Result<JobOutcome> { return JobOutcome{}; });
    QVERIFY(training->isQueued());
    QCOMPARE(train->property("jobState").toInt(), int(JobState::Queued));
    QVERIFY(train->text() != idleTrain);
    QCOMPARE(window.jobsPanel()->activeCount(), 3);

    // Cancelled while queued: they never run, and the actions say so at once.
    training->cancel();
    second->cancel();
    QCOMPARE(train->text(), idleTrain);
    QCOMPARE(window.jobsPanel()->activeCount(), 1);
    QSignalSpy done(holder, &Job::finished);
    release.release();
    QVERIFY(done.wait(10000));
    QCOMPARE(run->text(), idleRun);
    QVERIFY(!run->property("jobState").isValid());
}
