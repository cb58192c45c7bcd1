// The main window (offscreen): opening projects, importing in the background, lazy sequence pages, thumbnails.
#include "TestSupport.h"
#include "browser/SequenceListModel.h"
#include "demo/SyntheticCameraTrap.h"
#include "jobs/ImportRunner.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace trapline;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importRunsInTheBackgroundAndFillsTheViews();
    void sequenceListFetchesPagesOnDemand();
    void openingAnInvalidFileKeepsTheCurrentProject();
    void menusFollowTheChosenLanguage_data();
    void menusFollowTheChosenLanguage();
};

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
    QSignalSpy progress(window.importRunner(), &ui::ImportRunner::progress);
    QSignalSpy finished(window.importRunner(), &ui::ImportRunner::finished);
    window.importFolders({dir.filePath(QStringLiteral("card"))});
    QVERIFY(window.importRunner()->isRunning());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.count() > 0);
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

void TestMainWindow::menusFollowTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("A&yuda");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("&Arquivo") << QStringLiteral("A&juda");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help");
}

void TestMainWindow::menusFollowTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);
    QVERIFY(ui::installTranslations(QLocale(language)));
    ui::MainWindow window;
    const auto menus = window.menuBar()->actions();
    QCOMPARE(menus.at(0)->text(), fileMenu);
    QCOMPARE(menus.at(1)->text(), helpMenu);
    ui::installTranslations(QLocale(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
