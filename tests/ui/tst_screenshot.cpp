// The screenshot check: a project imported from real multi-species images, with two labelled boxes on its first
// frame and a sequence label, opened in the real application under Xvfb; the window is saved to a PNG (shown in the
// README and the user guide) and checked to hold a picture, not an empty window.
#include "TestSupport.h"
#include "ingest/ImportJob.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace trapline;

class TestScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mainWindowShowsARealFrameWithLabelledBoxes();
};

void TestScreenshot::mainWindowShowsARealFrameWithLabelledBoxes()
{
    TRAPLINE_REQUIRE_SHARED_DATA("mca-multispecies/images/gradio_examples/one_image");
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty())
        QSKIP("xvfb-run is not installed (Debian: xvfb xauth)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("serengeti.trapline"));
    Project::create(path).value().reset();
    ingest::ImportOptions options;
    options.folders = {dataPath};
    JobControl control;
    QVERIFY(ingest::ImportJob(path, options).run(control).ok());
    {
        auto project = Project::open(path).value();
        auto first = project->sequencePage({}, 1).value();
        QCOMPARE(first.size(), size_t(1));
        const auto frames = project->mediaOfSequence(first[0].id).value();
        // Label the multi-species frame that the first sequence starts with: impala, wildebeest and zebra.
        QVERIFY(frames[0].relPath.startsWith(QStringLiteral("aepycerosmelampus-connochaetestaurinus")));
        db::Transaction tx(project->db());
        const auto impala = review::ensureTaxon(*project, QStringLiteral("Aepyceros melampus")).value();
        const auto gnu = review::ensureTaxon(*project, QStringLiteral("Connochaetes taurinus")).value();
        const auto zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga")).value();
        tx.commit();
        project->db().exec("UPDATE taxa SET common_name = 'impala' WHERE scientific_name = 'Aepyceros melampus'");
        project->db().exec("UPDATE taxa SET common_name = 'blue wildebeest' WHERE scientific_name = 'Connochaetes taurinus'");
        project->db().exec("UPDATE taxa SET common_name = 'plains zebra' WHERE scientific_name = 'Equus quagga'");
        QVERIFY(review::setQuickKeys(*project, {zebra, gnu, impala}).ok());
        review::ReviewEditor editor(*project, QStringLiteral("screenshot"));
        QVERIFY(editor.labelSequence(first[0].id, review::Label::animal(zebra)).ok());
        QVERIFY(editor.labelSequence(first[0].id, review::Label::animal(gnu), review::ReviewEditor::SequenceMode::Add).ok());
        // Boxes around the animals in this photograph: the impala close to the camera, one grazing behind it,
        // a blue wildebeest and a zebra in the distance.
        QVERIFY(editor.addBox(frames[0].id, review::Box{0.85, 0.40, 0.15, 0.50}, review::Label::animal(impala, 1)).ok());
        QVERIFY(editor.addBox(frames[0].id, review::Box{0.288, 0.405, 0.047, 0.07}, review::Label::animal(impala, 1)).ok());
        QVERIFY(editor.addBox(frames[0].id, review::Box{0.178, 0.393, 0.045, 0.035}, review::Label::animal(gnu, 1)).ok());
        QVERIFY(editor.addBox(frames[0].id, review::Box{0.413, 0.39, 0.034, 0.04}, review::Label::animal(zebra, 1)).ok());
    }
    const QString out = QDir(QStringLiteral(TRAPLINE_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(out);
    const QString png = QDir(out).filePath(QStringLiteral("main-window-review.png"));
    QFile::remove(png);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X display, not the offscreen platform
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"),
                     QStringLiteral(TRAPLINE_GUI_PATH), QStringLiteral("--screenshot"), png, path});
    QVERIFY(app.waitForFinished(60000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QVERIFY(image.width() >= 1280 && image.height() >= 800);
    // A real photograph fills the middle of the window: many distinct colours, not a flat background.
    QSet<QRgb> colours;
    for (int y = 200; y < 600; y += 7)
        for (int x = 500; x < 1000; x += 7)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    qInfo("screenshot %s: %lld distinct colours in the image area", qPrintable(png), static_cast<long long>(colours.size()));
    QVERIFY(colours.size() > 100); // an empty window has a handful
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
