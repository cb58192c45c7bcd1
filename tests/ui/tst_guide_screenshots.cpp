// The user guide's pictures (docs/user-guide.md): the real window, offscreen, on real images from
// ../shared/data, at each step the guide describes. Each step is also checked, so a picture never shows a state
// the application did not reach. The PNGs go to build/screenshots/guide-*.png.
#include "TestSupport.h"
#include "DateTimes.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "export/ExportDialog.h"
#include "ingest/ImportJob.h"
#include "jobs/Job.h"
#include "mainwindow/MainWindow.h"
#include "review/ImageView.h"
#include "review/LabelPanel.h"
#include "review/ReviewPane.h"
#include "review/ShortcutHelp.h"
#include "review/Taxa.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace trapline;

namespace {

QString shotPath(const QString& name)
{
    const QString dir = QDir(QStringLiteral(TRAPLINE_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("guide-%1.png").arg(name));
}

void save(QWidget& widget, const QString& name)
{
    QVERIFY(widget.grab().save(shotPath(name)));
}

// Copies the two-frame pairs of mca-multispecies into camera folders, one pair per camera, with file times a
// second apart inside a pair (the images carry no EXIF). Without camera times, frames group only where their
// names run consecutively: three pairs are one sequence each, and the NIA pair (imag0201, imag0203: a frame
// between them is missing) is two.
QString cardOfPairs(const QTemporaryDir& dir, const QString& source)
{
    const QString card = dir.filePath(QStringLiteral("card"));
    const QStringList files = QDir(source).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QDateTime t = trapline::utcDateTime(QDate(2024, 6, 1), QTime(6, 0));
    for (const QString& name : files) {
        const QString camera = name.section(u'_', 0, 0); // the pair's species, one folder per pair
        const QString folder = QDir(card).filePath(camera);
        QDir().mkpath(folder);
        const QString copy = QDir(folder).filePath(name);
        QFile::copy(QDir(source).filePath(name), copy);
        QFile f(copy);
        f.open(QIODevice::ReadWrite);
        f.setFileTime(t, QFileDevice::FileModificationTime);
        t = t.addSecs(1);
    }
    return card;
}

void press(ui::MainWindow& window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window.reviewPane()->imageView(), key, modifiers);
}

} // namespace

class TestGuideScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importReviewAndSplit();
    void dialogs();
};

void TestGuideScreenshots::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineGuide"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guide_screenshots"));
}

void TestGuideScreenshots::importReviewAndSplit()
{
    TRAPLINE_REQUIRE_SHARED_DATA("mca-multispecies/images/gradio_examples");
    QTemporaryDir dir;
    const QString card = cardOfPairs(dir, dataPath + QStringLiteral("/two_images"));
    const QString path = dir.filePath(QStringLiteral("safari.trapline"));
    ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.createProject(path).ok());

    // 1. Import: a background job with its progress in the jobs panel.
    Job* job = window.importFolders({card});
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(60000));
    QSignalSpy overview(&window, &ui::MainWindow::overviewRefreshed);
    QVERIFY(overview.wait(10000));
    QCOMPARE(window.project()->counts().value().sequences, 5);
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    QTest::qWait(300); // thumbnails
    save(window, QStringLiteral("import"));

    // 2. Review with keys: the impala and kori bustard pair; key 1 labels the sequence, then a second species.
    {
        auto project = Project::open(path).value();
        db::Transaction tx(project->db());
        const auto impala = review::ensureTaxon(*project, QStringLiteral("Aepyceros melampus")).value();
        const auto bustard = review::ensureTaxon(*project, QStringLiteral("Ardeotis kori")).value();
        const auto hare = review::ensureTaxon(*project, QStringLiteral("Lepus")).value();
        const auto dikdik = review::ensureTaxon(*project, QStringLiteral("Madoqua")).value();
        project->db().exec("UPDATE taxa SET common_name = 'impala' WHERE scientific_name = 'Aepyceros melampus'");
        project->db().exec("UPDATE taxa SET common_name = 'kori bustard' WHERE scientific_name = 'Ardeotis kori'");
        project->db().exec("UPDATE taxa SET common_name = 'hare' WHERE scientific_name = 'Lepus'");
        project->db().exec("UPDATE taxa SET common_name = 'dik-dik' WHERE scientific_name = 'Madoqua'");
        tx.commit();
        QVERIFY(review::setQuickKeys(*project, {impala, bustard, hare, dikdik}).ok());
    }
    window.reviewPane()->reloadVocabulary();
    window.reviewPane()->setAutoAdvance(false);
    const auto pair = window.project()->db().scalar(
        "SELECT sequence_id FROM media WHERE rel_path LIKE '%aepycerosmelampus-ardeotiskori%' LIMIT 1");
    QVERIFY(window.selectSequence(pair));
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    press(window, Qt::Key_1);
    press(window, Qt::Key_Slash);
    QTest::keyClicks(window.reviewPane()->labelPanel()->searchField(), QStringLiteral("kori"));
    window.reviewPane()->apply(ui::LabelPanel::Target::AddToSequence);
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM observations WHERE sequence_id = " + std::to_string(pair) +
                                           " AND media_id IS NULL"), 2);
    // "kori" fits one known species: it means the kori bustard, it does not become a species of its own.
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM taxa"), 4);
    QTest::qWait(300);
    save(window, QStringLiteral("review"));

    // 3. Split the multi-species frame: the kori bustard and the impala herd, each in its own box.
    auto* view = window.reviewPane()->imageView();
    auto drawBox = [&](QPointF a, QPointF b, Qt::Key species) {
        press(window, Qt::Key_B);
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->viewportPoint(a));
        QTest::mouseMove(view->viewport(), view->viewportPoint(b));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->viewportPoint(b));
        press(window, species);
    };
    // Where the animals stand in this frame (seen by eye): the bustard walking in front, the herd behind on the right.
    drawBox({0.10, 0.48}, {0.34, 0.92}, Qt::Key_2);
    drawBox({0.655, 0.62}, {0.81, 0.725}, Qt::Key_1);
    QCOMPARE(view->boxCount(), 2);
    QCOMPARE(window.project()->db().scalar("SELECT count(DISTINCT o.taxon_id) FROM observations o JOIN detections d"
                                           " ON d.id = o.detection_id WHERE d.source = 'human'"), 2);
    QTest::qWait(300);
    save(window, QStringLiteral("split"));

    // 4. The review queues: only what nobody has reviewed yet.
    window.queuePanel()->notReviewedBox()->click();
    QCOMPARE(window.sequenceModel()->rowCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    QTest::qWait(300);
    save(window, QStringLiteral("queues"));
}

void TestGuideScreenshots::dialogs()
{
    ui::MainWindow window;
    ui::ShortcutHelp help(window.shortcutActions());
    help.resize(560, 900);
    save(help, QStringLiteral("shortcuts"));
    ui::ExportDialog exportDialog;
    auto* format = exportDialog.findChild<QComboBox*>(QStringLiteral("format"));
    format->setCurrentIndex(format->findData(QStringLiteral("camtrap-dp")));
    exportDialog.adjustSize();
    save(exportDialog, QStringLiteral("export"));
    ui::SettingsDialog settings(nullptr);
    settings.adjustSize();
    save(settings, QStringLiteral("settings"));
}

QTEST_MAIN(TestGuideScreenshots)
#include "tst_guide_screenshots.moc"
