// COCO Camera Traps export and re-import, CSV reading and writing, species-per-file CSV import.
#include "TestSupport.h"
#include "formats/CocoCameraTraps.h"
#include "formats/Csv.h"
#include "formats/CsvExport.h"
#include "formats/MegaDetectorJson.h"
#include "ingest/ImportJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace trapline;
using namespace trapline::formats;

namespace {

const char* const kBurst = "camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data/media";

void importFolder(const QString& project, const QString& folder)
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(project, options).run(control).ok());
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// media file name -> "type taxon count box" per observation, sorted
std::map<QString, QStringList> observationsOf(Project& project)
{
    std::map<QString, QStringList> out;
    auto& st = project.db().cached(
        "SELECT m.rel_path, o.observation_type, coalesce(t.scientific_name, ''), coalesce(o.count, 0),"
        " coalesce(printf('%.6f %.6f %.6f %.6f', d.x, d.y, d.w, d.h), '') FROM observations o JOIN media m ON m.id = o.media_id"
        " LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN detections d ON d.id = o.detection_id");
    while (st.step())
        out[QFileInfo(st.text(0)).fileName()] << QStringLiteral("%1 %2 %3 %4").arg(st.text(1), st.text(2)).arg(st.integer(3)).arg(st.text(4));
    for (auto& [file, list] : out)
        list.sort();
    return out;
}

} // namespace

class TestCocoCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cocoExportReimportsToTheSameObservations();
    void cocoMalformedFilesChangeNothing_data();
    void cocoMalformedFilesChangeNothing();
    void csvReadsQuotesNewlinesBomAndCrlf();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void csvWriterRoundTrips();
    void speciesCsvImportIsAllOrNothing();
    void observationsCsvExport();
};

void TestCocoCsv::cocoExportReimportsToTheSameObservations()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kBurst));
    test::ScratchProject source;
    importFolder(source.path, dataPath);
    auto project = source.open();
    project->db().exec("INSERT INTO taxa(scientific_name) VALUES ('Ardea cinerea')");
    project->db().exec("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms) VALUES"
                       " (1, 0.1, 0.2, 0.3, 0.4, 'animal', 'human', 0), (2, 0.5, 0.25, 0.125, 0.5, 'human', 'human', 0)");
    project->db().exec("INSERT INTO observations(media_id, sequence_id, detection_id, observation_type, taxon_id, count, method, classified_ms) VALUES"
                       " (1, 1, 1, 'animal', 1, 1, 'human', 0), (2, 1, 2, 'human', NULL, 1, 'human', 0),"
                       " (3, 1, NULL, 'blank', NULL, 0, 'human', 0), (4, 1, NULL, 'animal', 1, 3, 'human', 0),"
                       " (5, 1, NULL, 'animal', 1, 1, 'machine', 0)");
    const auto json = exportCocoCameraTraps(*project);
    QVERIFY(json.ok());
    const QJsonObject root = json.value().object();
    QCOMPARE(root[QStringLiteral("images")].toArray().size(), 10);
    QCOMPARE(root[QStringLiteral("annotations")].toArray().size(), 4); // the machine label stays out
    const QJsonObject first = root[QStringLiteral("images")].toArray().first().toObject();
    QCOMPARE(first[QStringLiteral("width")].toInt(), 2048);
    QCOMPARE(first[QStringLiteral("seq_num_frames")].toInt(), 10);
    QCOMPARE(first[QStringLiteral("frame_num")].toInt(), 0);
    QCOMPARE(first[QStringLiteral("datetime")].toString(), QStringLiteral("2021-04-11 20:43:09"));
    const QJsonArray bbox = root[QStringLiteral("annotations")].toArray().first()[QStringLiteral("bbox")].toArray();
    QCOMPARE(bbox[0].toDouble(), 0.1 * 2048);
    QCOMPARE(bbox[3].toDouble(), 0.4 * 1440);

    const QString file = source.dir.filePath(QStringLiteral("coco.json"));
    QVERIFY(writeJsonFile(file, json.value()).ok());
    test::ScratchProject target;
    importFolder(target.path, dataPath);
    auto fresh = target.open();
    const auto summary = importCocoCameraTraps(*fresh, file);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().matched, std::int64_t(10));
    QCOMPARE(summary.value().boxes, std::int64_t(2));
    project->db().exec("DELETE FROM observations WHERE method = 'machine'");
    QCOMPARE(observationsOf(*fresh), observationsOf(*project));
}

void TestCocoCsv::cocoMalformedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray images = R"("images": [{"id": "a", "file_name": "x.jpg"}], "categories": [{"id": 1, "name": "fox"}])";
    QTest::newRow("truncated") << QByteArray(R"({"images": [)") << QStringLiteral("at character");
    QTest::newRow("short box") << "{" + images + R"(, "annotations": [{"id": "1", "image_id": "a", "category_id": 1, "bbox": [1, 2, 3]}]})"
                               << QStringLiteral("annotations[0].bbox");
    QTest::newRow("unknown image") << "{" + images + R"(, "annotations": [{"id": "1", "image_id": "b", "category_id": 1}]})"
                                   << QStringLiteral("annotations[0].image_id");
    QTest::newRow("unknown category") << "{" + images + R"(, "annotations": [{"id": "1", "image_id": "a", "category_id": 9}]})"
                                      << QStringLiteral("annotations[0].category_id");
}

void TestCocoCsv::cocoMalformedFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    test::ScratchProject scratch;
    const QString path = scratch.dir.filePath(QStringLiteral("coco.json"));
    writeText(path, content);
    auto project = scratch.open();
    const auto result = importCocoCameraTraps(*project, path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(0));
}

void TestCocoCsv::csvReadsQuotesNewlinesBomAndCrlf()
{
    const auto table = parseCsv("\xEF\xBB\xBF" "file,species,notes\r\n"
                                "a.jpg,\"Vulpes vulpes\",\"said \"\"hi\"\", then left\"\r\n"
                                "b.jpg,,\"two\nlines, and a comma\"\r\n\r\n");
    QVERIFY(table.ok());
    QCOMPARE(table.value().header, QStringList({QStringLiteral("file"), QStringLiteral("species"), QStringLiteral("notes")}));
    QCOMPARE(table.value().rows.size(), size_t(2));
    QCOMPARE(table.value().rows[0][2], QStringLiteral("said \"hi\", then left"));
    QCOMPARE(table.value().rows[1][1], QString());
    QCOMPARE(table.value().rows[1][2], QStringLiteral("two\nlines, and a comma"));
    QCOMPARE(table.value().lineOfRow[1], 3);
}

void TestCocoCsv::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n") << QStringLiteral("line 3: unterminated");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n") << QStringLiteral("line 3 has 3 fields, the header has 2");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
}

void TestCocoCsv::csvErrorsNameTheLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const auto table = parseCsv(content);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
}

void TestCocoCsv::csvWriterRoundTrips()
{
    const QStringList header{QStringLiteral("a"), QStringLiteral("b")};
    const std::vector<QStringList> rows{{QStringLiteral("plain"), QStringLiteral("with, comma")},
                                        {QStringLiteral("\"quoted\""), QStringLiteral("new\nline")},
                                        {QString(), QStringLiteral("é ñ ç")}};
    const QByteArray bytes = writeCsv(header, rows);
    QVERIFY(bytes.startsWith("a,b\nplain,\"with, comma\"\n"));
    const auto back = parseCsv(bytes);
    QVERIFY(back.ok());
    QCOMPARE(back.value().rows, rows);
}

void TestCocoCsv::speciesCsvImportIsAllOrNothing()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kBurst));
    test::ScratchProject scratch;
    importFolder(scratch.path, dataPath);
    auto project = scratch.open();
    const QString bad = scratch.dir.filePath(QStringLiteral("bad.csv"));
    writeText(bad, "file,species,count\n20210531082538-RCNX0031.JPG,Ardea cinerea,1\n20210531082538-RCNX0032.JPG,Ardea cinerea,two\n");
    const auto refused = importSpeciesCsv(*project, bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("line 3: count \"two\"")), qPrintable(refused.error().message));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(0));
    const QString good = scratch.dir.filePath(QStringLiteral("good.csv"));
    writeText(good, "File,species\nmedia/20210531082538-RCNX0031.JPG,Ardea cinerea\n20210531082538-RCNX0032.JPG,empty\nnot-there.JPG,Vulpes vulpes\n");
    const auto summary = importSpeciesCsv(*project, good);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().observations, std::int64_t(2));
    QCOMPARE(summary.value().unmatched, QStringList({QStringLiteral("not-there.JPG")}));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations WHERE observation_type = 'blank'"), std::int64_t(1));
}

void TestCocoCsv::observationsCsvExport()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kBurst));
    test::ScratchProject scratch;
    importFolder(scratch.path, dataPath);
    auto project = scratch.open();
    project->db().exec("INSERT INTO taxa(scientific_name, common_name) VALUES ('Ardea cinerea', 'grey heron')");
    project->db().exec("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms) VALUES (1, 0.1, 0.2, 0.3, 0.4, 'animal', 'human', 0)");
    project->db().exec("INSERT INTO observations(media_id, sequence_id, detection_id, observation_type, taxon_id, count, method, classified_by, classified_ms)"
                       " VALUES (1, 1, 1, 'animal', 1, 2, 'human', 'Ana', 0), (2, 1, NULL, 'animal', 1, 1, 'machine', 'model', 0)");
    const auto all = exportObservationsCsv(*project);
    QVERIFY(all.ok());
    const auto table = parseCsv(all.value()).value();
    QCOMPARE(table.rows.size(), size_t(2));
    const auto col = [&](const char* name) { return static_cast<int>(table.header.indexOf(QString::fromLatin1(name))); };
    QCOMPARE(table.rows[0][col("File")], QStringLiteral("20210531082538-RCNX0031.JPG"));
    QCOMPARE(table.rows[0][col("CommonName")], QStringLiteral("grey heron"));
    QCOMPARE(table.rows[0][col("Count")], QStringLiteral("2"));
    QCOMPARE(table.rows[0][col("BoxWidth")], QStringLiteral("0.3"));
    QCOMPARE(table.rows[0][col("DateTime")], QStringLiteral("2021-04-11 20:43:09"));
    CsvExportOptions reviewed;
    reviewed.reviewedOnly = true;
    QCOMPARE(parseCsv(exportObservationsCsv(*project, reviewed).value()).value().rows.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestCocoCsv)
#include "tst_coco_csv.moc"
