// The review screen, driven by keys and the mouse as a person would, on real camera-trap images from
// ../shared/data; each test checks the database afterwards.
#include "TestSupport.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "formats/CamtrapDp.h"
#include "formats/CocoCameraTraps.h"
#include "ingest/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "review/ImageView.h"
#include "review/LabelPanel.h"
#include "review/ReviewPane.h"
#include "review/ShortcutHelp.h"
#include "review/Taxa.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace trapline;

namespace {

// Imports `folder` (with thumbnails) into a fresh project in `dir`.
QString importInto(const QTemporaryDir& dir, const QString& folder)
{
    const QString path = dir.filePath(QStringLiteral("review.trapline"));
    Project::create(path).value().reset();
    ingest::ImportOptions options;
    options.folders = {folder};
    JobControl control;
    auto result = ingest::ImportJob(path, options).run(control);
    return result.ok() ? path : QString();
}

std::int64_t scalar(ui::MainWindow& window, const QString& sql)
{
    return window.project()->db().scalar(sql.toStdString());
}

// Quick key 1 = plains zebra, set before the window opens the project.
void setZebraOnKeyOne(const QString& path)
{
    auto project = Project::open(path).value();
    auto zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga"));
    QVERIFY(zebra.ok());
    QVERIFY(review::setQuickKeys(*project, {zebra.value()}).ok());
}

void openAndShow(ui::MainWindow& window, const QString& path)
{
    QVERIFY(window.openProject(path).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// The Snapshot Serengeti sample (one 3-frame burst among its sequences) with zebra on key 1, open in the window.
void openSerengeti(ui::MainWindow& window, const QTemporaryDir& dir, const QString& folder)
{
    const QString path = importInto(dir, folder);
    QVERIFY(!path.isEmpty());
    setZebraOnKeyOne(path);
    openAndShow(window, path);
}

void waitForImage(ui::MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
}

void press(ui::MainWindow& window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window.reviewPane()->imageView(), key, modifiers);
}

// Draws a box with the mouse: B, then a drag between two points given in normalised image coordinates.
void drawBox(ui::MainWindow& window, QPointF from, QPointF to)
{
    auto* view = window.reviewPane()->imageView();
    press(window, Qt::Key_B);
    QVERIFY(view->drawMode());
    const QPoint a = view->viewportPoint(from);
    const QPoint b = view->viewportPoint(to);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, a);
    QTest::mouseMove(view->viewport(), (a + b) / 2);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, b);
}

void typeSpecies(ui::MainWindow& window, const QString& name)
{
    press(window, Qt::Key_Slash);
    QLineEdit* search = window.reviewPane()->labelPanel()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, name);
    QTest::keyClick(search, Qt::Key_Return);
}

} // namespace

class TestReviewUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oneKeyLabelsTheWholeSequenceAndUndoRedoIt();
    void aFrameOfALabelledSequenceBecomesEmpty();
    void aMultiSpeciesFrameSplitsIntoTwoLabelledBoxes();
    void queuesNarrowTheSequenceList();
    void theHelpOverlayListsTheShortcuts();
    void theSpeciesBoxCompletesOverSpeciesNetsTaxonomy();
    void filmstripThumbnailsFillTheStrip_data();
    void filmstripThumbnailsFillTheStrip();
};

void TestReviewUi::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_review_ui"));
}

void TestReviewUi::oneKeyLabelsTheWholeSequenceAndUndoRedoIt()
{
    TRAPLINE_REQUIRE_SHARED_DATA("megadetector-test-images/api/synchronous/sample_input");
    QTemporaryDir dir;
    ui::MainWindow window;
    openSerengeti(window, dir, dataPath);
    const auto burst = scalar(window, QStringLiteral("SELECT id FROM sequences WHERE frame_count = 3 ORDER BY id LIMIT 1"));
    QVERIFY(burst > 0);
    QVERIFY(window.selectSequence(burst));
    QCOMPARE(window.reviewPane()->currentSequence(), std::optional<std::int64_t>(burst));
    waitForImage(window);

    press(window, Qt::Key_1);
    const QString labelled = QStringLiteral(
        "SELECT count(*) FROM observations o JOIN taxa t ON t.id = o.taxon_id WHERE o.sequence_id = %1 AND"
        " o.media_id IS NULL AND o.method = 'human' AND t.scientific_name = 'Equus quagga'").arg(burst);
    QCOMPARE(scalar(window, labelled), 1);
    QCOMPARE(scalar(window, QStringLiteral("SELECT review_state FROM sequences WHERE id = %1").arg(burst)), 2);
    // The list shows the label, and review moved on to the next sequence.
    QVERIFY(window.sequenceModel()->data(window.sequenceModel()->indexOfSequence(burst), Qt::DisplayRole)
                .toString().contains(QStringLiteral("Equus quagga")));
    QVERIFY(window.reviewPane()->currentSequence() != std::optional<std::int64_t>(burst));

    press(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(window, labelled), 0);
    QCOMPARE(scalar(window, QStringLiteral("SELECT review_state FROM sequences WHERE id = %1").arg(burst)), 0);
    QCOMPARE(window.reviewPane()->currentSequence(), std::optional<std::int64_t>(burst)); // undo shows what it undid
    press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(scalar(window, labelled), 1);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM audit_log WHERE source = 'review' AND entity_id = %1"
                                           " AND action IN ('label-sequence', 'undo', 'redo')").arg(burst)), 3);
}

void TestReviewUi::aFrameOfALabelledSequenceBecomesEmpty()
{
    TRAPLINE_REQUIRE_SHARED_DATA("megadetector-test-images/api/synchronous/sample_input");
    QTemporaryDir dir;
    ui::MainWindow window;
    openSerengeti(window, dir, dataPath);
    window.reviewPane()->setAutoAdvance(false);
    const auto burst = scalar(window, QStringLiteral("SELECT id FROM sequences WHERE frame_count = 3 ORDER BY id LIMIT 1"));
    QVERIFY(window.selectSequence(burst));
    waitForImage(window);
    press(window, Qt::Key_1);
    press(window, Qt::Key_Right);
    press(window, Qt::Key_Right);
    QCOMPARE(window.reviewPane()->currentFrame(), 2);
    const auto lastFrame = scalar(window, QStringLiteral("SELECT id FROM media WHERE sequence_id = %1 ORDER BY frame_index DESC LIMIT 1").arg(burst));
    press(window, Qt::Key_E);
    const QString empty = QStringLiteral("SELECT count(*) FROM observations WHERE media_id = %1 AND observation_type = 'blank'"
                                         " AND method = 'human'").arg(lastFrame);
    QCOMPARE(scalar(window, empty), 1);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM observations WHERE sequence_id = %1 AND media_id IS NULL").arg(burst)), 1);
    const auto* frame = &window.reviewPane()->sequenceView()->frames[2];
    QVERIFY(frame->frameLabel && frame->frameLabel->observationType == u"blank");
    press(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(window, empty), 0);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM observations WHERE sequence_id = %1").arg(burst)), 1);
    press(window, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(scalar(window, empty), 1);
    // Shift+E: the frame follows its sequence again.
    press(window, Qt::Key_E, Qt::ShiftModifier);
    QCOMPARE(scalar(window, empty), 0);
}

void TestReviewUi::aMultiSpeciesFrameSplitsIntoTwoLabelledBoxes()
{
    TRAPLINE_REQUIRE_SHARED_DATA("mca-multispecies/images/gradio_examples/one_image");
    QTemporaryDir dir;
    const QString path = importInto(dir, dataPath);
    QVERIFY(!path.isEmpty());
    ui::MainWindow window;
    openAndShow(window, path);
    // A frame with a wildebeest and a zebra (the file name says so).
    const auto media = scalar(window, QStringLiteral("SELECT id FROM media WHERE rel_path LIKE 'connochaetestaurinus-equusquagga%'"));
    const auto sequence = scalar(window, QStringLiteral("SELECT sequence_id FROM media WHERE id = %1").arg(media));
    const auto frameIndex = scalar(window, QStringLiteral(
        "SELECT count(*) FROM media WHERE sequence_id = %1 AND frame_index < (SELECT frame_index FROM media WHERE id = %2)")
        .arg(sequence).arg(media));
    QVERIFY(window.selectSequence(sequence));
    window.reviewPane()->setCurrentFrame(static_cast<int>(frameIndex));
    waitForImage(window);
    QCOMPARE(window.reviewPane()->sequenceView()->frames[static_cast<size_t>(frameIndex)].media.id, media);

    drawBox(window, {0.05, 0.35}, {0.45, 0.85});
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM detections WHERE media_id = %1 AND source = 'human'").arg(media)), 1);
    QVERIFY(window.reviewPane()->imageView()->selectedBox().has_value()); // the new box waits for its species
    typeSpecies(window, QStringLiteral("Connochaetes taurinus"));
    drawBox(window, {0.55, 0.3}, {0.95, 0.8});
    typeSpecies(window, QStringLiteral("Equus quagga"));

    const QString boxes = QStringLiteral(
        "SELECT count(DISTINCT t.scientific_name) FROM detections d JOIN observations o ON o.detection_id = d.id"
        " JOIN taxa t ON t.id = o.taxon_id WHERE d.media_id = %1 AND d.source = 'human' AND o.method = 'human'"
        " AND t.scientific_name IN ('Connochaetes taurinus', 'Equus quagga')").arg(media);
    QCOMPARE(scalar(window, boxes), 2);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM observations WHERE media_id = %1").arg(media)), 2);
    QCOMPARE(window.reviewPane()->imageView()->boxCount(), 2);
    // The first box lies on the left, where it was drawn.
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM detections d JOIN observations o ON o.detection_id = d.id"
                                           " JOIN taxa t ON t.id = o.taxon_id WHERE t.scientific_name = 'Connochaetes taurinus'"
                                           " AND d.x BETWEEN 0.04 AND 0.06 AND d.x + d.w BETWEEN 0.44 AND 0.46")), 1);

    // Four edits (two boxes, two species): undo them all, then redo them all.
    QCOMPARE(window.undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        press(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM detections WHERE media_id = %1").arg(media)), 0);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM observations")), 0);
    for (int i = 0; i < 4; ++i)
        press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(scalar(window, boxes), 2);
    QCOMPARE(window.reviewPane()->imageView()->boxCount(), 2);

    // Delete selects nothing by itself: select a box by clicking it, then Delete removes it.
    auto* view = window.reviewPane()->imageView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->viewportPoint({0.75, 0.55}));
    QVERIFY(view->selectedBox().has_value());
    press(window, Qt::Key_Delete);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM detections WHERE media_id = %1").arg(media)), 1);
}

void TestReviewUi::queuesNarrowTheSequenceList()
{
    TRAPLINE_REQUIRE_SHARED_DATA("megadetector-test-images/api/synchronous/sample_input");
    QTemporaryDir dir;
    ui::MainWindow window;
    openSerengeti(window, dir, dataPath);
    window.reviewPane()->setAutoAdvance(false);
    auto* model = window.sequenceModel();
    const int all = model->rowCount();
    const auto total = scalar(window, QStringLiteral("SELECT count(*) FROM sequences"));
    QCOMPARE(all, static_cast<int>(total));
    QVERIFY(all >= 3);
    const auto zebraSequence = model->index(0).data(ui::SequenceListModel::SequenceIdRole).toLongLong();
    QVERIFY(window.selectSequence(zebraSequence));
    press(window, Qt::Key_1);
    const auto emptySequence = model->index(1).data(ui::SequenceListModel::SequenceIdRole).toLongLong();
    QVERIFY(window.selectSequence(emptySequence));
    press(window, Qt::Key_0);

    auto ids = [&] {
        std::set<qint64> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.insert(model->index(row).data(ui::SequenceListModel::SequenceIdRole).toLongLong());
        return out;
    };
    auto* queues = window.queuePanel();
    queues->notReviewedBox()->click();
    QCOMPARE(model->rowCount(), all - 2);
    QVERIFY(!ids().count(zebraSequence) && !ids().count(emptySequence));
    queues->notReviewedBox()->click();
    queues->emptyBox()->click();
    QCOMPARE(ids(), (std::set<qint64>{emptySequence}));
    queues->emptyBox()->click();
    QComboBox* species = queues->speciesBox();
    species->setCurrentIndex(species->findText(QStringLiteral("Equus quagga")));
    QCOMPARE(ids(), (std::set<qint64>{zebraSequence}));
    // Filters combine: zebra and not reviewed is nothing.
    queues->notReviewedBox()->click();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!window.reviewPane()->currentSequence());
}

void TestReviewUi::theSpeciesBoxCompletesOverSpeciesNetsTaxonomy()
{
    TRAPLINE_REQUIRE_SHARED_DATA("megadetector-test-images/api/synchronous/sample_input");
    QTemporaryDir dir;
    ui::MainWindow window;
    openSerengeti(window, dir, dataPath);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM taxa WHERE scientific_name = 'Microtus arvalis'")), 0);
    const auto burst =
        scalar(window, QStringLiteral("SELECT id FROM sequences WHERE frame_count = 3 ORDER BY id LIMIT 1"));
    QVERIFY(window.selectSequence(burst));
    waitForImage(window);

    // "vole" offers the common vole, which the project does not know, among SpeciesNet's taxa. (SpeciesNet's taxonomy
    // has no lemming, so "lemm" offers nothing from it.)
    press(window, Qt::Key_Slash);
    QLineEdit* search = window.reviewPane()->labelPanel()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("vole"));
    QCompleter* completer = search->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        offered << completer->completionModel()->index(row, 0).data().toString();
    const QString vole = QStringLiteral("Microtus arvalis (Common vole)");
    QVERIFY2(offered.contains(vole), qPrintable(offered.join(QStringLiteral(" | "))));
    // Chosen in the list with Enter, as a person picks from it: the line edit takes the choice and applies it.
    const int row = static_cast<int>(offered.indexOf(vole));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(row, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());

    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM taxa WHERE scientific_name = 'Microtus arvalis' AND"
                                           " common_name = 'Common vole'")),
             1);
    QCOMPARE(scalar(window, QStringLiteral("SELECT count(*) FROM observations o JOIN taxa t ON t.id = o.taxon_id WHERE"
                                           " o.sequence_id = %1 AND o.method = 'human' AND"
                                           " t.scientific_name = 'Microtus arvalis'")
                                .arg(burst)),
             1);

    // Both exports name it by its scientific name.
    QTemporaryDir out;
    const auto camtrap = formats::exportCamtrapDp(*window.project(), out.path());
    QVERIFY2(camtrap.ok(), camtrap.ok() ? "" : qPrintable(camtrap.error().message));
    QFile observations(out.filePath(QStringLiteral("observations.csv")));
    QVERIFY(observations.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = observations.readAll().split('\n');
    const qsizetype column = rows.value(0).trimmed().split(',').indexOf("scientificName");
    QVERIFY(column >= 0);
    int named = 0;
    for (const QByteArray& r : rows)
        named += r.split(',').value(column) == "Microtus arvalis";
    QVERIFY2(named >= 1, rows.value(0).constData());
    const auto coco = formats::exportCocoCameraTraps(*window.project());
    QVERIFY(coco.ok());
    QStringList categories;
    for (const QJsonValue& c : coco.value().object().value(QStringLiteral("categories")).toArray())
        categories << c.toObject().value(QStringLiteral("name")).toString();
    QVERIFY2(categories.contains(QStringLiteral("Microtus arvalis")),
             qPrintable(categories.join(QStringLiteral(", "))));
}

void TestReviewUi::theHelpOverlayListsTheShortcuts()
{
    ui::MainWindow window;
    ui::ShortcutHelp help(window.shortcutActions());
    QVERIFY(help.rowCount() >= 30);
    QStringList keys;
    for (QAction* a : window.shortcutActions())
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString();
    for (const char* expected : {"1", "9", "0", "E", "Shift+E", "A", "B", "Del", "Right", "Down", "Space", "/", "F1", "Ctrl+Z"})
        QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);
    // No key does two things.
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
}

void TestReviewUi::filmstripThumbnailsFillTheStrip_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("2560x1440") << QSize(2560, 1440);
}

void TestReviewUi::filmstripThumbnailsFillTheStrip()
{
    // The 10-frame Reconyx burst of the Camtrap DP example: 2048x1440 night frames, each with a person's box.
    TRAPLINE_REQUIRE_SHARED_DATA("camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data/media");
    QFETCH(QSize, windowSize);
    QTemporaryDir dir;
    const QString path = importInto(dir, dataPath);
    QVERIFY(!path.isEmpty());
    ui::MainWindow window;
    window.resize(windowSize);
    openAndShow(window, path);
    QVERIFY(window.selectSequence(scalar(window, QStringLiteral("SELECT id FROM sequences WHERE frame_count = 10"))));
    QListView* strip = window.reviewPane()->filmstrip();
    auto* frames = strip->model();
    QCOMPARE(frames->rowCount(), 10);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (int row = 0; row < frames->rowCount(); ++row)
                                     if (frames->index(row, 0).data(Qt::DecorationRole).isNull())
                                         return false;
                                 return true;
                             }()),
                             20000);
    QTest::qWait(50); // the layout that follows the last thumbnail
    if (const QString shots = qEnvironmentVariable("TRAPLINE_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(
            QStringLiteral("filmstrip-%1x%2.png").arg(windowSize.width()).arg(windowSize.height())));

    const QRect viewport = strip->viewport()->rect();
    const int textLine = strip->fontMetrics().height();
    // The thumbnail and a line for the frame number take the strip's height, less small margins.
    QVERIFY2(strip->iconSize().height() + textLine >= viewport.height() * 8 / 10,
             qPrintable(QStringLiteral("icons %1 px high in a strip %2 px high")
                            .arg(strip->iconSize().height())
                            .arg(viewport.height())));
    int previousRight = -1;
    for (int row = 0; row < frames->rowCount(); ++row) {
        const QRect item = strip->visualRect(frames->index(row, 0));
        const QString where = QStringLiteral("frame %1: item %2x%3 at (%4, %5) in a strip of %6x%7")
                                  .arg(row + 1)
                                  .arg(item.width())
                                  .arg(item.height())
                                  .arg(item.x())
                                  .arg(item.y())
                                  .arg(viewport.width())
                                  .arg(viewport.height());
        QVERIFY2(item.height() >= viewport.height() * 8 / 10, qPrintable(where));
        QVERIFY2(item.height() >= strip->iconSize().height() + textLine, qPrintable(where)); // room for "1/10"
        QVERIFY2(item.width() >= strip->iconSize().width(), qPrintable(where));
        QVERIFY2(item.top() >= viewport.top() && item.bottom() <= viewport.bottom(), qPrintable(where));
        QVERIFY2(item.left() > previousRight, qPrintable(where));
        previousRight = item.right();
    }
}

QTEST_MAIN(TestReviewUi)
#include "tst_review_ui.moc"
