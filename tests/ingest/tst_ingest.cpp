// Import: metadata, burst markers, sequence grouping, deployments, thumbnails, and whole imports of generated
// camera-trap trees (odd files, re-import, moved files, cancel and resume).
#include "DateTimes.h"
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/BurstMarkers.h"
#include "ingest/DeploymentResolver.h"
#include "ingest/Exiv2Compat.h"
#include "ingest/FileScanner.h"
#include "ingest/ImportJob.h"
#include "ingest/MediaMetadata.h"
#include "ingest/SequenceGrouper.h"
#include "ingest/Thumbnailer.h"
#include "project/ThumbnailCache.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

#include <exiv2/exiv2.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace trapline;
using namespace trapline::ingest;

namespace {

// A JPEG whose top half is red and bottom half blue, with optional EXIF orientation.
QByteArray twoToneJpeg(int width, int height, int orientation = 0)
{
    cv::Mat image(height, width, CV_8UC3, cv::Scalar(255, 0, 0));
    image(cv::Rect(0, 0, width, height / 2)).setTo(cv::Scalar(0, 0, 255));
    std::vector<uchar> buffer;
    cv::imencode(".jpg", image, buffer);
    if (orientation == 0)
        return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
    auto img = Exiv2::ImageFactory::open(buffer.data(), static_cast<long>(buffer.size()));
    img->readMetadata();
    Exiv2::ExifData exif;
    exif["Exif.Image.Orientation"] = static_cast<uint16_t>(orientation);
    exif["Exif.Photo.DateTimeOriginal"] = std::string("2023:05:06 07:08:09");
    img->setExifData(exif);
    img->writeMetadata();
    auto& io = img->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const auto data = io.read(static_cast<long>(io.size()));
    return QByteArray(reinterpret_cast<const char*>(exiv2compat::bytes(data)),
                      static_cast<qsizetype>(exiv2compat::byteCount(data)));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

using Groups = std::vector<std::vector<std::int64_t>>;

FrameKey frame(std::int64_t id, std::optional<std::int64_t> seconds, std::optional<int> burst = {},
               std::optional<int> count = {}, std::optional<std::int64_t> event = {})
{
    return {id,    seconds ? std::optional<std::int64_t>(*seconds * 1000) : std::nullopt, burst, count,
            event, QStringLiteral("IMG_%1.JPG").arg(id, 4, 10, QLatin1Char('0'))};
}

// A frame timed only by its file's modification time (milliseconds), at relPath.
FrameKey fileFrame(std::int64_t id, const QString& relPath, std::int64_t ms)
{
    FrameKey f{id, ms, std::nullopt, std::nullopt, std::nullopt, relPath};
    f.fileTimeOnly = true;
    return f;
}

// `count` frames named PREFIX0001... in one folder, `stepMs` apart from `startMs`, ids from `firstId`.
std::vector<FrameKey> numberedFiles(const QString& folder, const QString& prefix, int count, std::int64_t startMs,
                                    std::int64_t stepMs, std::int64_t firstId = 1)
{
    std::vector<FrameKey> out;
    for (int i = 0; i < count; ++i)
        out.push_back(fileFrame(firstId + i,
                                QStringLiteral("%1/%2%3.JPG").arg(folder, prefix).arg(i + 1, 4, 10, QLatin1Char('0')),
                                startMs + i * stepMs));
    return out;
}

Groups singles(std::int64_t first, std::int64_t count)
{
    Groups out;
    for (std::int64_t i = 0; i < count; ++i)
        out.push_back({first + i});
    return out;
}

std::vector<std::vector<std::int64_t>> groupIds(const std::vector<FrameKey>& frames, std::int64_t gapSeconds = 60)
{
    std::vector<std::vector<std::int64_t>> out;
    for (const auto& g : SequenceGrouper(gapSeconds * 1000).group(frames))
        out.push_back(g.mediaIds);
    return out;
}

Result<ImportSummary> importFolders(const QString& projectPath, const QStringList& folders,
                                    JobControl* control = nullptr)
{
    ImportOptions options;
    options.folders = folders;
    options.batchSize = 32;
    JobControl own;
    return ImportJob(projectPath, options).run(control ? *control : own);
}

} // namespace

Q_DECLARE_METATYPE(std::vector<trapline::ingest::FrameKey>)
Q_DECLARE_METATYPE(Groups)

class TestIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { initialiseMetadataReader(); }

    void groupsFrames_data();
    void groupsFrames();
    void parsesExifDateTimes();
    void decodesReconyxMakerNotes();
    void ignoresImplausibleBurstMarkers();
    void namesDeploymentsFromFolders();

    void reportsEmptyAndNonImageFiles();
    void followsSymbolicLinksAndListsTheOnesItSkips();
    void flagsTruncatedJpegs();
    void readsOrientationAndUprightSize();
    void thumbnailIsUpright();

    void importsAGeneratedCardWithOddFiles();
    void reimportAddsOnlyNewFiles();
    void relinksAMovedFileByHash();
    void regroupingKeepsSequenceIds();
    void cancelledImportIsConsistentAndResumes();
    void missingFolderIsAClearError();
};

void TestIngest::groupsFrames_data()
{
    QTest::addColumn<std::vector<FrameKey>>("frames");
    QTest::addColumn<std::int64_t>("gap");
    QTest::addColumn<Groups>("expected");

    QTest::newRow("time gap splits events")
        << std::vector<FrameKey>{frame(1, 0), frame(2, 1), frame(3, 2), frame(4, 500), frame(5, 501)}
        << std::int64_t(60) << Groups{{1, 2, 3}, {4, 5}};
    QTest::newRow("gap is inclusive") << std::vector<FrameKey>{frame(1, 0), frame(2, 60), frame(3, 121)}
                                      << std::int64_t(60) << Groups{{1, 2}, {3}};
    QTest::newRow("order comes from time, not input")
        << std::vector<FrameKey>{frame(3, 2), frame(1, 0), frame(2, 1)} << std::int64_t(60) << Groups{{1, 2, 3}};
    QTest::newRow("equal seconds ordered by burst index")
        << std::vector<FrameKey>{frame(9, 10, 3, 3, 7), frame(8, 10, 2, 3, 7), frame(7, 9, 1, 3, 7)} << std::int64_t(60)
        << Groups{{7, 8, 9}};
    QTest::newRow("event numbers beat the gap (two triggers in one second)")
        << std::vector<FrameKey>{frame(1, 0, 1, 2, 1), frame(2, 0, 2, 2, 1), frame(3, 1, 1, 2, 2), frame(4, 1, 2, 2, 2)}
        << std::int64_t(60) << Groups{{1, 2}, {3, 4}};
    QTest::newRow("event numbers beat the gap (long burst)")
        << std::vector<FrameKey>{frame(1, 0, 1, 3, 5), frame(2, 100, 2, 3, 5), frame(3, 200, 3, 3, 5)}
        << std::int64_t(60) << Groups{{1, 2, 3}};
    QTest::newRow("burst markers without event numbers")
        << std::vector<FrameKey>{frame(1, 0, 1, 2), frame(2, 1, 2, 2), frame(3, 2, 1, 2), frame(4, 3, 2, 2)}
        << std::int64_t(60) << Groups{{1, 2}, {3, 4}};
    QTest::newRow("frames without time stand alone at the end")
        << std::vector<FrameKey>{frame(1, std::nullopt), frame(2, 0), frame(3, std::nullopt)} << std::int64_t(60)
        << Groups{{2}, {1}, {3}};
    QTest::newRow("empty") << std::vector<FrameKey>{} << std::int64_t(60) << Groups{};

    // Frames timed only by their files (no EXIF): a copy gives them all the minute of the copy.
    QTest::newRow("file times: unrelated names copied together stay apart")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("gallery/S1_F10_R1_PICT0104.JPG"), 0),
                                 fileFrame(2, QStringLiteral("gallery/S1_J08_R1_PICT0119.JPG"), 100),
                                 fileFrame(3, QStringLiteral("gallery/S6_R13_R2_IMAG1533.JPG"), 200),
                                 fileFrame(4, QStringLiteral("gallery/aardwolf___S2_T12_R2_PICT0590.JPG"), 300),
                                 fileFrame(5, QStringLiteral("gallery/zorilla___S1_H06_R3_PICT0591.JPG"), 400)}
        << std::int64_t(60) << Groups{{4}, {1}, {2}, {3}, {5}}; // in name order
    QTest::newRow("file times: consecutive names in step group")
        << std::vector<FrameKey>{fileFrame(3, QStringLiteral("cam/PICT0022.JPG"), 2000),
                                 fileFrame(1, QStringLiteral("cam/PICT0020.JPG"), 0),
                                 fileFrame(2, QStringLiteral("cam/PICT0021.JPG"), 1000),
                                 fileFrame(4, QStringLiteral("cam/PICT0128.JPG"), 3000)}
        << std::int64_t(60) << Groups{{1, 2, 3}, {4}};
    QTest::newRow("file times: equal FAT times of a burst group")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("cam/IMG_0007.JPG"), 10000),
                                 fileFrame(2, QStringLiteral("cam/IMG_0008.JPG"), 10000),
                                 fileFrame(3, QStringLiteral("cam/IMG_0009.JPG"), 12000)}
        << std::int64_t(60) << Groups{{1, 2, 3}};
    QTest::newRow("file times: a date stamp before the number is not part of the series")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("cam/20210531082538-RCNX0031.JPG"), 0),
                                 fileFrame(2, QStringLiteral("cam/20210531082539-RCNX0032.JPG"), 1000),
                                 fileFrame(3, QStringLiteral("cam/20210531082540-RCNX0034.JPG"), 2000)}
        << std::int64_t(60) << Groups{{1, 2}, {3}};
    QTest::newRow("file times: never across folders")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("a/PICT0020.JPG"), 0),
                                 fileFrame(2, QStringLiteral("b/PICT0021.JPG"), 1000)}
        << std::int64_t(60) << Groups{{1}, {2}};
    QTest::newRow("file times: the gap still splits consecutive names")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("cam/PICT0020.JPG"), 0),
                                 fileFrame(2, QStringLiteral("cam/PICT0021.JPG"), 61000)}
        << std::int64_t(60) << Groups{{1}, {2}};
    QTest::newRow("file times: a later name with an earlier time does not join")
        << std::vector<FrameKey>{fileFrame(1, QStringLiteral("cam/PICT0020.JPG"), 5000),
                                 fileFrame(2, QStringLiteral("cam/PICT0021.JPG"), 1000)}
        << std::int64_t(60) << Groups{{1}, {2}};
    QTest::newRow("file times: a bulk copy (many files within seconds) groups nothing")
        << numberedFiles(QStringLiteral("card/100RECNX"), QStringLiteral("RCNX"), 40, 0, 50) << std::int64_t(60)
        << singles(1, 40);
    {
        // A copy in directory order: the times are out of step with the numbering.
        auto shuffled = numberedFiles(QStringLiteral("cam"), QStringLiteral("IMG_"), 8, 0, 3000);
        const std::int64_t order[] = {5, 1, 7, 3, 0, 6, 2, 4};
        for (size_t i = 0; i < shuffled.size(); ++i)
            shuffled[i].takenAtMs = order[i] * 3000;
        QTest::newRow("file times: out of step with the names groups nothing")
            << shuffled << std::int64_t(60) << singles(1, 8);
    }
    {
        // A camera's own file times over a season: bursts of three, an hour apart (the folder's times are spread).
        std::vector<FrameKey> season;
        Groups bursts;
        for (int b = 0; b < 10; ++b) {
            bursts.push_back({});
            for (int i = 0; i < 3; ++i) {
                const std::int64_t id = b * 3 + i + 1;
                season.push_back(fileFrame(id, QStringLiteral("cam/IMG_%1.JPG").arg(id, 4, 10, QLatin1Char('0')),
                                           b * 3600000 + i * 1000));
                bursts.back().push_back(id);
            }
        }
        QTest::newRow("file times kept from the camera group its bursts") << season << std::int64_t(60) << bursts;
    }
    QTest::newRow("camera times and file times in one deployment")
        << std::vector<FrameKey>{frame(1, 0), frame(2, 1), fileFrame(3, QStringLiteral("x/a.JPG"), 500),
                                 fileFrame(4, QStringLiteral("x/b.JPG"), 1000)}
        << std::int64_t(60) << Groups{{1, 2}, {3}, {4}};
}

void TestIngest::groupsFrames()
{
    QFETCH(std::vector<FrameKey>, frames);
    QFETCH(std::int64_t, gap);
    QFETCH(Groups, expected);
    QCOMPARE(groupIds(frames, gap), expected);
}

void TestIngest::parsesExifDateTimes()
{
    QCOMPARE(parseExifDateTime(QStringLiteral("2021:04:11 20:43:09")).value(),
             trapline::utcDateTime(QDate(2021, 4, 11), QTime(20, 43, 9)).toMSecsSinceEpoch());
    QCOMPARE(parseExifDateTime(QStringLiteral("2021:04:11 20:43:09"), QStringLiteral("5")).value() % 1000, 500);
    QCOMPARE(parseExifDateTime(QStringLiteral("2021:04:11 20:43:09"), QStringLiteral("042")).value() % 1000, 42);
    QVERIFY(!parseExifDateTime(QStringLiteral("0000:00:00 00:00:00")));
    QVERIFY(!parseExifDateTime(QStringLiteral("2021:13:40 25:00:00")));
    QVERIFY(!parseExifDateTime(QStringLiteral("garbage")));
}

void TestIngest::decodesReconyxMakerNotes()
{
    std::vector<std::uint8_t> h2(837, 0);
    std::memcpy(h2.data(), "RECONYXH2\0", 10);
    h2[0x36] = 3;
    h2[0x38] = 10;
    h2[0x3a] = 0;
    h2[0x3c] = 4;
    auto m = parseReconyxMakerNote(h2.data(), h2.size());
    QVERIFY(m);
    QCOMPARE(m->index, 3);
    QCOMPARE(m->count, 10);
    QCOMPARE(*m->eventNumber, std::int64_t(4));

    std::vector<std::uint8_t> hyperfire(64, 0);
    hyperfire[0] = 0x01;
    hyperfire[1] = 0xf1;
    hyperfire[0x0e] = 2;
    hyperfire[0x10] = 3;
    hyperfire[0x12] = 1;
    hyperfire[0x14] = 7;
    m = parseReconyxMakerNote(hyperfire.data(), hyperfire.size());
    QVERIFY(m);
    QCOMPARE(m->index, 2);
    QCOMPARE(m->count, 3);
    QCOMPARE(*m->eventNumber, (std::int64_t(1) << 16) + 7);

    std::vector<std::uint8_t> ultrafire(128, 0);
    std::memcpy(ultrafire.data(), "RECONYXUF\0", 10);
    ultrafire[0x35] = 1;
    ultrafire[0x36] = 5;
    ultrafire[0x37] = 0x2c;
    ultrafire[0x38] = 0x01;
    m = parseReconyxMakerNote(ultrafire.data(), ultrafire.size());
    QVERIFY(m);
    QCOMPARE(m->index, 1);
    QCOMPARE(m->count, 5);
    QCOMPARE(*m->eventNumber, std::int64_t(300));
}

void TestIngest::ignoresImplausibleBurstMarkers()
{
    std::vector<std::uint8_t> h2(837, 0);
    std::memcpy(h2.data(), "RECONYXH2\0", 10);
    QVERIFY(!parseReconyxMakerNote(h2.data(), h2.size())); // 0 of 0: time-lapse frame
    h2[0x36] = 5;
    h2[0x38] = 3;
    QVERIFY(!parseReconyxMakerNote(h2.data(), h2.size())); // 5 of 3
    const char other[] = "Nikon\0\x02\x10\0\0";
    QVERIFY(!parseReconyxMakerNote(reinterpret_cast<const std::uint8_t*>(other), sizeof other));
    QVERIFY(!parseReconyxMakerNote(h2.data(), 20)); // too short for its layout
}

void TestIngest::namesDeploymentsFromFolders()
{
    const DeploymentResolver byFolder(QStringLiteral("/cards/2024-spring"), {});
    QCOMPARE(byFolder.resolve(QStringLiteral("SiteA/CAM01/DCIM/100RECNX/IMG_0001.JPG")).name,
             QStringLiteral("2024-spring/SiteA/CAM01"));
    QCOMPARE(byFolder.resolve(QStringLiteral("SiteA/CAM01/DCIM/100RECNX/IMG_0001.JPG")).folder,
             QStringLiteral("/cards/2024-spring/SiteA/CAM01"));
    QCOMPARE(byFolder.resolve(QStringLiteral("IMG_0001.JPG")).name, QStringLiteral("2024-spring"));
    QCOMPARE(byFolder.resolve(QStringLiteral("SiteB/cam7/PICT0001.JPG")).name,
             QStringLiteral("2024-spring/SiteB/cam7"));

    const DeploymentResolver oneUp(QStringLiteral("/cards/x"), {QString(), 1});
    QCOMPARE(oneUp.resolve(QStringLiteral("CAM01/day1/a.jpg")).name, QStringLiteral("x/CAM01"));

    const DeploymentResolver fixed(QStringLiteral("/cards/x"), {QStringLiteral("D04"), 0});
    QCOMPARE(fixed.resolve(QStringLiteral("png/a.jpg")).name, QStringLiteral("D04"));
    QCOMPARE(fixed.resolve(QStringLiteral("test_images/b.jpg")).name, QStringLiteral("D04"));

    QVERIFY(DeploymentResolver::isDcfFolderName(QStringLiteral("100RECNX")));
    QVERIFY(DeploymentResolver::isDcfFolderName(QStringLiteral("DCIM")));
    QVERIFY(!DeploymentResolver::isDcfFolderName(QStringLiteral("CAM01")));
    QVERIFY(!DeploymentResolver::isDcfFolderName(QStringLiteral("2024MARCH")));
}

void TestIngest::reportsEmptyAndNonImageFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("empty.jpg")), {});
    writeFile(dir.filePath(QStringLiteral("notes.JPG")), "These are field notes, not a photo.");
    const auto empty = readMediaMetadata(dir.filePath(QStringLiteral("empty.jpg")));
    QVERIFY(empty.error.contains(QStringLiteral("empty")));
    QCOMPARE(empty.timeSource, TimeSource::FileTime);
    const auto text = readMediaMetadata(dir.filePath(QStringLiteral("notes.JPG")));
    QVERIFY2(text.error.contains(QStringLiteral("not an image")), qPrintable(text.error));
    QVERIFY(text.error.contains(QStringLiteral("These ar")));
    const auto missing = readMediaMetadata(dir.filePath(QStringLiteral("gone.jpg")));
    QVERIFY(missing.error.contains(QStringLiteral("cannot read")));
}

void TestIngest::followsSymbolicLinksAndListsTheOnesItSkips()
{
    QTemporaryDir dir;
    const QString card = dir.filePath(QStringLiteral("card"));
    writeFile(card + QStringLiteral("/CAM01/IMG_0001.JPG"), "a");
    writeFile(dir.filePath(QStringLiteral("elsewhere/IMG_0002.JPG")), "b");
    writeFile(dir.filePath(QStringLiteral("loose/IMG_0003.JPG")), "c");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), card + QStringLiteral("/CAM02")));
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("loose/IMG_0003.JPG")), card + QStringLiteral("/CAM01/IMG_0003.JPG")));
    QVERIFY(QFile::link(card, card + QStringLiteral("/CAM01/back-to-the-card")));                   // a loop
    QVERIFY(QFile::link(card + QStringLiteral("/CAM01"), card + QStringLiteral("/copy-of-CAM01"))); // read twice
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("unplugged/IMG_0009.JPG")),
                        card + QStringLiteral("/CAM01/IMG_0009.JPG")));
    const ScanResult scan = scanFolder(card);
    QStringList images;
    for (const auto& f : scan.images)
        images << f.relPath;
    QCOMPARE(images, (QStringList{QStringLiteral("CAM01/IMG_0001.JPG"), QStringLiteral("CAM01/IMG_0003.JPG"),
                                  QStringLiteral("CAM02/IMG_0002.JPG")}));
    std::map<QString, QString> skipped;
    for (size_t i = 0; i < scan.skipped.size(); ++i)
        skipped[scan.skipped[i].relPath] = scan.skipReasons[i];
    QCOMPARE(skipped.size(), size_t(3));
    QVERIFY2(skipped[QStringLiteral("CAM01/back-to-the-card")].contains(QStringLiteral("never end")),
             qPrintable(skipped[QStringLiteral("CAM01/back-to-the-card")]));
    QVERIFY(skipped[QStringLiteral("copy-of-CAM01")].contains(QStringLiteral("imported under another name")));
    QVERIFY(skipped[QStringLiteral("CAM01/IMG_0009.JPG")].contains(QStringLiteral("does not exist")));
    QVERIFY(scan.unreadableFolders.empty());
}

void TestIngest::flagsTruncatedJpegs()
{
    QTemporaryDir dir;
    const QByteArray whole = twoToneJpeg(400, 300, 1);
    writeFile(dir.filePath(QStringLiteral("whole.jpg")), whole);
    writeFile(dir.filePath(QStringLiteral("cut.jpg")), whole.left(whole.size() * 6 / 10));
    const auto ok = readMediaMetadata(dir.filePath(QStringLiteral("whole.jpg")));
    QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
    QCOMPARE(ok.timeSource, TimeSource::ExifOriginal);
    const auto cut = readMediaMetadata(dir.filePath(QStringLiteral("cut.jpg")));
    QVERIFY2(cut.error.contains(QStringLiteral("truncated")), qPrintable(cut.error));
    QCOMPARE(cut.width.value_or(0), 400); // still imported: the header is intact
    QVERIFY(ok.contentHash != cut.contentHash);
}

void TestIngest::readsOrientationAndUprightSize()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("rot.jpg")), twoToneJpeg(400, 300, 6));
    const auto meta = readMediaMetadata(dir.filePath(QStringLiteral("rot.jpg")));
    QCOMPARE(meta.orientation, 6);
    QCOMPARE(meta.width.value_or(0), 300);
    QCOMPARE(meta.height.value_or(0), 400);
}

void TestIngest::thumbnailIsUpright()
{
    QTemporaryDir dir;
    // Stored landscape, red on top; orientation 6 means "rotate 90 degrees clockwise to view": red goes right.
    writeFile(dir.filePath(QStringLiteral("rot.jpg")), twoToneJpeg(800, 600, 6));
    const auto thumb = makeThumbnail(dir.filePath(QStringLiteral("rot.jpg")), 6, 600, 800, 200);
    QVERIFY(thumb.ok());
    QCOMPARE(thumb.value().height, 200);
    QCOMPARE(thumb.value().width, 150);
    std::vector<uchar> bytes(thumb.value().jpeg.begin(), thumb.value().jpeg.end());
    const cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
    const cv::Vec3b right = decoded.at<cv::Vec3b>(100, 140);
    const cv::Vec3b left = decoded.at<cv::Vec3b>(100, 10);
    QVERIFY2(right[2] > 200 && right[0] < 60, "the red half must be on the right");
    QVERIFY2(left[0] > 200 && left[2] < 60, "the blue half must be on the left");
}

void TestIngest::importsAGeneratedCardWithOddFiles()
{
    QTemporaryDir cardDir;
    demo::SyntheticOptions options;
    options.cameras = 3;
    options.eventsPerCamera = 4;
    options.framesPerEvent = 3;
    options.oddFiles = true;
    const auto generated = demo::generateCameraTrapTree(cardDir.path(), options);
    QVERIFY(generated.ok());
    test::ScratchProject scratch;
    const auto summary = importFolders(scratch.path, {cardDir.path()});
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    auto project = scratch.open();
    const auto counts = project->counts().value();
    // Three odd image-named files (zero-byte, truncated, text) are imported with an error; README.txt is skipped.
    QCOMPARE(counts.media, std::int64_t(generated.value().images + 3));
    QCOMPARE(counts.mediaWithErrors, std::int64_t(3));
    QCOMPARE(counts.skippedFiles, std::int64_t(1));
    QCOMPARE(counts.deployments, std::int64_t(3));
    QCOMPARE(counts.ungroupedMedia, std::int64_t(0));
    // Every event is one sequence of its three frames (the truncated copy of a frame joins its event).
    QCOMPARE(project->db().scalar("SELECT count(*) FROM sequences s WHERE (SELECT count(*) FROM media m WHERE"
                                  " m.sequence_id = s.id AND m.import_error IS NULL) = 3"),
             std::int64_t(12));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE rel_path LIKE '%TRUNC0001.JPG' AND sequence_id ="
                                  " (SELECT sequence_id FROM media WHERE rel_path LIKE '%IMG_0001.JPG')"),
             std::int64_t(1));
    QCOMPARE(summary.value().thumbnailsMade, std::int64_t(generated.value().images + 1)); // + the truncated one
    auto cache = ThumbnailCache::open(project->thumbnailCachePath(), true);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->count(), summary.value().thumbnailsMade + summary.value().thumbnailFailures);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE burst_index IS NOT NULL") > 0, true);
}

void TestIngest::reimportAddsOnlyNewFiles()
{
    QTemporaryDir cardDir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 3;
    QVERIFY(demo::generateCameraTrapTree(cardDir.path(), options).ok());
    test::ScratchProject scratch;
    QVERIFY(importFolders(scratch.path, {cardDir.path()}).ok());
    const auto first = scratch.open()->counts().value();
    const auto again = importFolders(scratch.path, {cardDir.path()});
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, std::int64_t(0));
    QCOMPARE(again.value().alreadyImported, first.media);
    writeFile(cardDir.filePath(QStringLiteral("SiteA/extra/new.jpg")), twoToneJpeg(320, 240, 1));
    const auto third = importFolders(scratch.path, {cardDir.path()});
    QCOMPARE(third.value().added, std::int64_t(1));
    QCOMPARE(scratch.open()->counts().value().media, first.media + 1);
}

void TestIngest::relinksAMovedFileByHash()
{
    QTemporaryDir cardDir;
    writeFile(cardDir.filePath(QStringLiteral("CAM01/a.jpg")), twoToneJpeg(320, 240, 1));
    test::ScratchProject scratch;
    QVERIFY(importFolders(scratch.path, {cardDir.path()}).ok());
    const auto before = scratch.open()->db().scalar("SELECT id FROM media");
    QDir().mkpath(cardDir.filePath(QStringLiteral("CAM01/sorted")));
    QVERIFY(QFile::rename(cardDir.filePath(QStringLiteral("CAM01/a.jpg")),
                          cardDir.filePath(QStringLiteral("CAM01/sorted/a-renamed.jpg"))));
    const auto summary = importFolders(scratch.path, {cardDir.path()});
    QCOMPARE(summary.value().moved, std::int64_t(1));
    QCOMPARE(summary.value().added, std::int64_t(0));
    auto project = scratch.open();
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media"), std::int64_t(1));
    const auto media = project->media(before).value();
    QCOMPARE(media.relPath, QStringLiteral("CAM01/sorted/a-renamed.jpg"));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'move'"), std::int64_t(1));
}

void TestIngest::regroupingKeepsSequenceIds()
{
    QTemporaryDir cardDir;
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = 3;
    QVERIFY(demo::generateCameraTrapTree(cardDir.path(), options).ok());
    test::ScratchProject scratch;
    QVERIFY(importFolders(scratch.path, {cardDir.path()}).ok());
    auto project = scratch.open();
    const auto before = project->sequencePage({}, 100).value();
    QCOMPARE(before.size(), size_t(3));
    // A label on the first sequence must survive a later import into the same camera.
    project->db().exec("UPDATE sequences SET review_state = 2");
    project.reset();
    const QString sameCamera =
        QFileInfo(scratch.open()->absoluteMediaPath(scratch.open()->mediaOfSequence(before[0].id).value().front()))
            .absolutePath();
    writeFile(sameCamera + QStringLiteral("/ZZZZ9999.JPG"), twoToneJpeg(320, 240, 1)); // 2023: a new sequence
    QVERIFY(importFolders(scratch.path, {cardDir.path()}).ok());
    project = scratch.open();
    const auto after = project->sequencePage({}, 100).value();
    QCOMPARE(after.size(), size_t(4));
    for (const auto& old : before) {
        const auto match = std::find_if(after.begin(), after.end(), [&](const auto& s) { return s.id == old.id; });
        QVERIFY2(match != after.end(), "an unchanged sequence kept its id");
        QCOMPARE(match->reviewState, ReviewState::Reviewed);
    }
}

void TestIngest::cancelledImportIsConsistentAndResumes()
{
    QTemporaryDir cardDir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 20;
    QVERIFY(demo::generateCameraTrapTree(cardDir.path(), options).ok());

    test::ScratchProject reference;
    QVERIFY(importFolders(reference.path, {cardDir.path()}).ok());
    const auto expected = reference.open()->counts().value();

    test::ScratchProject scratch;
    JobControl* self = nullptr;
    JobControl control([&](const JobProgress& p) {
        if (p.phase == QStringLiteral("Reading metadata") && p.done >= 32)
            self->cancel();
    });
    self = &control;
    const auto cancelled = importFolders(scratch.path, {cardDir.path()}, &control);
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled.value().cancelled);
    {
        auto project = scratch.open();
        const auto partial = project->counts().value();
        QVERIFY(partial.media > 0 && partial.media < expected.media);
        QCOMPARE(partial.ungroupedMedia, std::int64_t(0));
        QCOMPARE(project->db().scalar("SELECT count(*) FROM jobs WHERE state = 'cancelled'"), std::int64_t(1));
    }
    const auto resumed = importFolders(scratch.path, {cardDir.path()});
    QVERIFY(resumed.ok());
    const auto final = scratch.open()->counts().value();
    QCOMPARE(final.media, expected.media);
    QCOMPARE(final.sequences, expected.sequences);
    QCOMPARE(final.deployments, expected.deployments);
    QCOMPARE(final.mediaWithErrors, expected.mediaWithErrors);
}

void TestIngest::missingFolderIsAClearError()
{
    test::ScratchProject scratch;
    const auto summary = importFolders(scratch.path, {QStringLiteral("/nonexistent/card")});
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().folderErrors.size(), 1);
    QVERIFY(summary.value().folderErrors.first().contains(QStringLiteral("no such folder")));
}

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
