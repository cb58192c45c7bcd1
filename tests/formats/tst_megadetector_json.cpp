// MegaDetector batch output JSON: import with every box in place, all-or-nothing on malformed files, and export.
#include "TestSupport.h"
#include "formats/MegaDetectorJson.h"
#include "ingest/ImportJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <algorithm>
#include <cmath>

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

struct Box {
    QString category;
    double conf, x, y, w, h;
};

// file name -> its boxes
std::map<QString, std::vector<Box>> boxesOf(const QJsonObject& results)
{
    std::map<QString, std::vector<Box>> out;
    const QJsonObject categories = results.value(QStringLiteral("detection_categories")).toObject();
    for (const QJsonValue& image : results.value(QStringLiteral("images")).toArray()) {
        auto& boxes = out[QFileInfo(image[QStringLiteral("file")].toString()).fileName()];
        for (const QJsonValue& d : image[QStringLiteral("detections")].toArray()) {
            const QJsonArray b = d[QStringLiteral("bbox")].toArray();
            boxes.push_back({categories.value(d[QStringLiteral("category")].toString()).toString(),
                             d[QStringLiteral("conf")].toDouble(), b[0].toDouble(), b[1].toDouble(), b[2].toDouble(),
                             b[3].toDouble()});
        }
    }
    return out;
}

// Every box of `expected` has its own partner in `actual` within the export's precision: MegaDetector's 3 decimals
// for confidences and 4 for coordinates (the test file, format 1.1, has 4 significant digits: 0.01235).
bool sameBoxes(std::vector<Box> expected, std::vector<Box> actual)
{
    if (expected.size() != actual.size())
        return false;
    for (const Box& e : expected) {
        const auto partner = std::find_if(actual.begin(), actual.end(), [&](const Box& a) {
            return a.category == e.category && std::abs(a.conf - e.conf) <= 5e-4 + 1e-9 &&
                   std::abs(a.x - e.x) <= 5e-5 + 1e-9 && std::abs(a.y - e.y) <= 5e-5 + 1e-9 &&
                   std::abs(a.w - e.w) <= 5e-5 + 1e-9 && std::abs(a.h - e.h) <= 5e-5 + 1e-9;
        });
        if (partner == actual.end())
            return false;
        actual.erase(partner);
    }
    return true;
}

} // namespace

class TestMegaDetectorJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsEveryBoxInPlaceAndExportsThemAgain();
    void exportFollowsTheFormatsConventions();
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
        QVERIFY2(sameBoxes(list, roundTrip.at(file)), qPrintable(file));
    // Empty images get a machine "blank" observation, so review queues can find them.
    QVERIFY(project->db().scalar("SELECT count(*) FROM observations WHERE observation_type = 'blank'") >= 1);

    const auto again = formats::importMegaDetectorJson(*project, resultsPath);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("already")));
}

// MegaDetector writes confidences with 3 decimals and coordinates with 4, every number as a float (its validator
// refuses "conf": 1), its fields in a fixed order, and "detections": null beside a failure.
void TestMegaDetectorJson::exportFollowsTheFormatsConventions()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/test_images/test_images"));
    test::ScratchProject scratch;
    importImages(scratch.path, dataPath);
    auto project = scratch.open();
    const auto summary = formats::importMegaDetectorJson(
        *project, test::sharedData(QStringLiteral("megadetector-test-images/archive/expected_output_DRAFT.json")));
    QVERIFY(summary.ok());
    const auto modelId = summary.value().modelId;
    // A detector's full-precision values, as inference stores them, and one image the detector failed on.
    const auto first = project->db().scalar("SELECT min(id) FROM detections");
    project->db().exec("UPDATE detections SET confidence = 1.0, x = 0.123456, y = 0.5, w = 0.25004999, h = 0.1"
                       " WHERE id = " + std::to_string(first));
    project->db().exec("UPDATE detections SET confidence = 0.98765432 WHERE id = " + std::to_string(first + 1));
    const auto failedMedia = project->db().scalar(
        "SELECT min(media_id) FROM model_runs WHERE media_id NOT IN (SELECT media_id FROM detections)");
    project->db().exec("UPDATE model_runs SET state = 'failed', error = 'the image cannot be decoded' WHERE media_id = " +
                       std::to_string(failedMedia));

    auto exported = formats::exportMegaDetectorJson(*project, {modelId, dataPath});
    QVERIFY(exported.ok());
    const QString text = QString::fromUtf8(formats::megaDetectorJsonText(exported.value()));
    QJsonParseError error{};
    QVERIFY(QJsonDocument::fromJson(text.toUtf8(), &error).isObject());
    QCOMPARE(error.error, QJsonParseError::NoError);

    QVERIFY2(text.contains(QStringLiteral("\"conf\": 1.0,")), "an integral confidence is written as a float");
    QVERIFY(text.contains(QStringLiteral("\"conf\": 0.988,")));
    QVERIFY(text.contains(QStringLiteral("\"bbox\": [0.1235, 0.5, 0.25, 0.1]")));
    const QRegularExpression tooPrecise(QStringLiteral("\"conf\": \\d\\.\\d{4}|\\d\\.\\d{5}"));
    QVERIFY2(!text.contains(tooPrecise), qPrintable(tooPrecise.match(text).captured()));
    const QRegularExpression integerConf(QStringLiteral("\"conf\": \\d+[,\\s]"));
    QVERIFY(!text.contains(integerConf));

    auto before = [&](const QString& a, const QString& b, qsizetype from = 0) {
        const auto i = text.indexOf(a, from), j = text.indexOf(b, from);
        return i >= 0 && j >= 0 && i < j;
    };
    QVERIFY(before(QStringLiteral("\"info\""), QStringLiteral("\"detection_categories\"")));
    QVERIFY(before(QStringLiteral("\"detection_categories\""), QStringLiteral("\"images\"")));
    QVERIFY(before(QStringLiteral("\"format_version\""), QStringLiteral("\"detector\"")));
    const auto detection = text.indexOf(QStringLiteral("\"category\""), text.indexOf(QStringLiteral("\"images\"")));
    QVERIFY(detection > 0);
    QVERIFY(before(QStringLiteral("\"category\""), QStringLiteral("\"conf\""), detection));
    QVERIFY(before(QStringLiteral("\"conf\""), QStringLiteral("\"bbox\""), detection));
    QVERIFY(before(QStringLiteral("\"bbox\""), QStringLiteral("\"classifications\""), detection));
    QVERIFY(before(QStringLiteral("\"file\""), QStringLiteral("\"detections\""), text.indexOf(QStringLiteral("\"images\""))));

    const QJsonObject results = QJsonDocument::fromJson(text.toUtf8()).object();
    int failures = 0;
    for (const QJsonValue& image : results.value(QStringLiteral("images")).toArray()) {
        if (!image.toObject().contains(QStringLiteral("failure")))
            continue;
        ++failures;
        QCOMPARE(image[QStringLiteral("failure")].toString(), QStringLiteral("the image cannot be decoded"));
        QVERIFY(image.toObject().contains(QStringLiteral("detections")));
        QVERIFY(image[QStringLiteral("detections")].isNull());
    }
    QCOMPARE(failures, 1);
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
