// MegaDetector batch output JSON: import with every box in place, all-or-nothing on malformed files, and export.
#include "TestSupport.h"
#include "formats/MegaDetectorJson.h"
#include "ingest/ImportJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace trapline;

namespace {

void importImages(const QString& projectPath, const QString& folder)
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(projectPath, options).run(control).ok());
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Five decimals, so that MegaDetector's -2e-07 and an exported 0 compare equal.
QString fixed(double v) { return QString::number(std::abs(v) < 5e-6 ? 0.0 : v, 'f', 5); }

// file name -> sorted "category conf x y w h" strings
std::map<QString, QStringList> boxesOf(const QJsonObject& results)
{
    std::map<QString, QStringList> out;
    const QJsonObject categories = results.value(QStringLiteral("detection_categories")).toObject();
    for (const QJsonValue& image : results.value(QStringLiteral("images")).toArray()) {
        QStringList& boxes = out[QFileInfo(image[QStringLiteral("file")].toString()).fileName()];
        for (const QJsonValue& d : image[QStringLiteral("detections")].toArray()) {
            const QJsonArray b = d[QStringLiteral("bbox")].toArray();
            boxes << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(categories.value(d[QStringLiteral("category")].toString()).toString())
                         .arg(fixed(d[QStringLiteral("conf")].toDouble()), fixed(b[0].toDouble()), fixed(b[1].toDouble()),
                              fixed(b[2].toDouble()), fixed(b[3].toDouble()));
        }
        boxes.sort();
    }
    return out;
}

} // namespace

class TestMegaDetectorJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsEveryBoxInPlaceAndExportsThemAgain();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void aBoxListedTwiceIsStoredOnce();
};

void TestMegaDetectorJson::importsEveryBoxInPlaceAndExportsThemAgain()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/test_images/test_images"));
    const QString resultsPath = test::sharedData(QStringLiteral("megadetector-test-images/archive/expected_output_DRAFT.json"));
    test::ScratchProject scratch;
    importImages(scratch.path, dataPath);
    auto project = scratch.open();
    const auto summary = formats::importMegaDetectorJson(*project, resultsPath);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().imagesInFile, std::int64_t(31));
    QCOMPARE(summary.value().matched, std::int64_t(31));
    QVERIFY(summary.value().unmatched.isEmpty());
    const QJsonObject original = readJson(resultsPath);
    const auto expected = boxesOf(original);
    int boxes = 0;
    for (const auto& [file, list] : expected)
        boxes += static_cast<int>(list.size());
    QCOMPARE(summary.value().detections, std::int64_t(boxes));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(boxes));

    // Every box is stored where the file puts it: export and compare image by image, value by value.
    auto exported = formats::exportMegaDetectorJson(*project, {summary.value().modelId, dataPath});
    QVERIFY(exported.ok());
    const auto roundTrip = boxesOf(exported.value().object());
    QCOMPARE(roundTrip.size(), expected.size());
    for (const auto& [file, list] : expected)
        QCOMPARE(roundTrip.at(file), list);
    // Empty images get a machine "blank" observation, so review queues can find them.
    QVERIFY(project->db().scalar("SELECT count(*) FROM observations WHERE observation_type = 'blank'") >= 1);

    const auto again = formats::importMegaDetectorJson(*project, resultsPath);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("already")));
}

void TestMegaDetectorJson::malformedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"detection_categories": {"1": "animal"}, "images": [
        {"file": "CAM/a.jpg", "detections": [{"category": "1", "conf": 0.9, "bbox": [0.1, 0.1, 0.2, 0.2]}]},)";
    QTest::newRow("truncated") << QByteArray(R"({"images": [{"file": "a.jpg", "detec)") << QStringLiteral("at character");
    QTest::newRow("no images") << QByteArray(R"({"info": {}})") << QStringLiteral("\"images\"");
    QTest::newRow("bad box") << head + R"( {"file": "CAM/b.jpg", "detections": [{"category": "1", "conf": 0.5, "bbox": [0.1, 0.2]}]}]})"
                             << QStringLiteral("images[1].detections[0].bbox");
    QTest::newRow("box outside the image") << head + R"( {"file": "CAM/b.jpg", "detections": [{"category": "1", "conf": 0.5, "bbox": [0.9, 0.2, 0.5, 0.1]}]}]})"
                                           << QStringLiteral("lies outside the image");
    QTest::newRow("unknown category") << head + R"( {"file": "CAM/b.jpg", "detections": [{"category": "7", "conf": 0.5, "bbox": [0.1, 0.2, 0.1, 0.1]}]}]})"
                                      << QStringLiteral("images[1].detections[0].category");
    QTest::newRow("confidence above 1") << head + R"( {"file": "CAM/b.jpg", "detections": [{"category": "1", "conf": 5, "bbox": [0.1, 0.2, 0.1, 0.1]}]}]})"
                                        << QStringLiteral("images[1].detections[0].conf");
}

void TestMegaDetectorJson::malformedFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    test::ScratchProject scratch;
    auto project = scratch.open();
    const QString path = scratch.dir.filePath(QStringLiteral("results.json"));
    writeText(path, content);
    const auto result = formats::importMegaDetectorJson(*project, path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM models"), std::int64_t(0));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(0));
}

// Results merged from two runs can list one box twice; a model stores a box once (index detections_machine_box),
// so the file imports with one copy instead of stopping on the unique key.
void TestMegaDetectorJson::aBoxListedTwiceIsStoredOnce()
{
    test::ScratchProject scratch;
    const QString folder = scratch.dir.filePath(QStringLiteral("card"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/CAM")));
    QVERIFY(cv::imwrite((folder + QStringLiteral("/CAM/a.jpg")).toStdString(), cv::Mat(48, 64, CV_8UC3, cv::Scalar::all(128))));
    importImages(scratch.path, folder);
    const QString path = scratch.dir.filePath(QStringLiteral("results.json"));
    writeText(path, R"({"detection_categories": {"1": "animal"}, "images": [{"file": "CAM/a.jpg", "detections": [
        {"category": "1", "conf": 0.9, "bbox": [0.1, 0.1, 0.2, 0.2]}, {"category": "1", "conf": 0.9, "bbox": [0.1, 0.1, 0.2, 0.2]},
        {"category": "1", "conf": 0.8, "bbox": [0.5, 0.5, 0.2, 0.2]}]}]})");
    auto project = scratch.open();
    const auto summary = formats::importMegaDetectorJson(*project, path);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().detections, std::int64_t(2));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(2));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(2));
}

QTEST_GUILESS_MAIN(TestMegaDetectorJson)
#include "tst_megadetector_json.moc"
