// COCO Camera Traps JSON (LILA BC): export, import, the round trip between projects, and refusal of bad files.
#include "TestSupport.h"
#include "formats/CocoCameraTraps.h"
#include "formats/MegaDetectorJson.h"
#include "ingest/ImportJob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

using namespace trapline;
using namespace trapline::formats;

namespace {

const char* const kBurst = "camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data/media";

void importFolder(const QString& projectPath, const QString& folder)
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    const auto result = ingest::ImportJob(projectPath, options).run(control);
    if (!result)
        qFatal("import failed: %s", qPrintable(result.error().message));
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

using Box = std::array<double, 4>;

// A label by a person (or a machine) on frame `frame` of the project's only sequence, or on the whole sequence.
void addLabel(Project& project, std::optional<int> frame, std::optional<Box> box, const QString& type,
              std::optional<std::int64_t> taxon, std::int64_t count, const QString& method = QStringLiteral("human"))
{
    auto& db = project.db();
    std::optional<std::int64_t> media, detection;
    if (frame) {
        auto& st = db.cached("SELECT id FROM media WHERE frame_index = ?1");
        st.bind(1, *frame);
        st.step();
        media = st.integer(0);
        st.reset();
    }
    if (box) {
        db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'human', 0)")
            .bind(1, media)
            .bind(2, (*box)[0])
            .bind(3, (*box)[1])
            .bind(4, (*box)[2])
            .bind(5, (*box)[3])
            .bind(6, type)
            .run();
        detection = db.lastInsertId();
    }
    db.cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
              " classified_ms) VALUES ((SELECT id FROM sequences), ?1, ?2, ?3, ?4, ?5, ?6, 0)")
        .bind(1, media)
        .bind(2, detection)
        .bind(3, type)
        .bind(4, taxon)
        .bind(5, count)
        .bind(6, method)
        .run();
}

// The Reconyx burst as a person might label it: two foxes boxed on frame 0, a person boxed on frame 1, frame 2
// blank, three roe deer on frame 3 without boxes, two foxes for the whole sequence, and a machine label on frame 4
// that a default export leaves out. Box values have more digits than a pixel to test the precision.
void labelBurst(Project& project)
{
    project.db().exec("INSERT INTO taxa(id, scientific_name) VALUES (1, 'Vulpes vulpes'), (2, 'Capreolus capreolus')");
    const std::int64_t fox = 1, deer = 2;
    const QString animal = QStringLiteral("animal");
    addLabel(project, 0, Box{0.123456789, 0.2, 0.3, 0.4}, animal, fox, 1); // observation 1
    addLabel(project, 0, Box{0.55, 0.25, 0.125, 0.5}, animal, fox, 1);
    addLabel(project, 1, Box{0.7, 0.1, 0.2987654321, 0.8}, QStringLiteral("human"), std::nullopt, 1);
    addLabel(project, 2, std::nullopt, QStringLiteral("blank"), std::nullopt, 0);
    addLabel(project, 3, std::nullopt, animal, deer, 3);
    addLabel(project, std::nullopt, std::nullopt, animal, fox, 2);
    addLabel(project, 4, std::nullopt, animal, deer, 1, QStringLiteral("machine"));
}

struct Label {
    QString where; // the media's file name, or "sequence"
    QString type;
    QString taxon;
    std::int64_t count = -1; // -1: NULL
    std::optional<Box> box;

    auto key() const { return std::tuple(where, type, taxon, count, box.value_or(Box{})); }
};

// The labels people gave, in an order that does not depend on row ids.
std::vector<Label> humanLabelsOf(Project& project)
{
    auto& st = project.db().cached("SELECT coalesce(m.rel_path, 'sequence'), o.observation_type, "
                                   "coalesce(t.scientific_name, ''), coalesce(o.count, -1),"
                                   " d.x, d.y, d.w, d.h FROM observations o LEFT JOIN media m ON m.id = o.media_id "
                                   "LEFT JOIN taxa t ON t.id = o.taxon_id"
                                   " LEFT JOIN detections d ON d.id = o.detection_id WHERE o.method = 'human'");
    std::vector<Label> labels;
    while (st.step()) {
        Label l{QFileInfo(st.text(0)).fileName(), st.text(1), st.text(2), st.integer(3), std::nullopt};
        if (!st.isNull(4))
            l.box = Box{st.real(4), st.real(5), st.real(6), st.real(7)};
        labels.push_back(l);
    }
    st.reset();
    std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.key() < b.key(); });
    return labels;
}

QString describe(const Label& l)
{
    QString text = QStringLiteral("%1 %2 %3 x%4").arg(l.where, l.type, l.taxon).arg(l.count);
    if (l.box)
        text += QStringLiteral(" [%1, %2, %3, %4]")
                    .arg((*l.box)[0], 0, 'g', 12)
                    .arg((*l.box)[1], 0, 'g', 12)
                    .arg((*l.box)[2], 0, 'g', 12)
                    .arg((*l.box)[3], 0, 'g', 12);
    return text;
}

// Same labels, with boxes equal to 1e-6 of the image's side.
bool sameLabels(const std::vector<Label>& a, const std::vector<Label>& b)
{
    const auto same = [](const Label& x, const Label& y) {
        if (std::tie(x.where, x.type, x.taxon, x.count) != std::tie(y.where, y.type, y.taxon, y.count) ||
            x.box.has_value() != y.box.has_value())
            return false;
        for (size_t i = 0; x.box && i < 4; ++i)
            if (std::abs((*x.box)[i] - (*y.box)[i]) > 1e-6)
                return false;
        return true;
    };
    const bool equal = std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
    if (!equal) {
        for (const Label& l : a)
            qWarning("expected: %s", qPrintable(describe(l)));
        for (const Label& l : b)
            qWarning("actual:   %s", qPrintable(describe(l)));
    }
    return equal;
}

QJsonObject imageNamed(const QJsonArray& images, const QString& fileName)
{
    for (const QJsonValue& image : images)
        if (image[QStringLiteral("file_name")].toString() == fileName)
            return image.toObject();
    return {};
}

// Two frames of one burst at deployment "cam1", 4000 x 3000 pixels, known to the project without files on disk.
std::unique_ptr<Project> twoFrameProject(const test::ScratchProject& scratch)
{
    auto project = scratch.open();
    project->db().exec(R"sql(
        INSERT INTO image_roots(id, path) VALUES (1, '/cards');
        INSERT INTO deployments(id, name) VALUES (1, 'cam1');
        INSERT INTO sequences(id, deployment_id, start_ms, end_ms, frame_count, grouped_by)
            VALUES (1, 1, 1600000000000, 1600000001000, 2, 'camera-burst');
        INSERT INTO media(id, root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,
                          width, height, taken_at_ms, imported_at_ms) VALUES
            (1, 1, 'cam1/IMG_0001.JPG', 1, 1, 0, 1, 100, 4000, 3000, 1600000000000, 0),
            (2, 1, 'cam1/IMG_0002.JPG', 1, 1, 1, 2, 100, 4000, 3000, 1600000001000, 0);
    )sql");
    return project;
}

const QByteArray kImages = R"([{"id": "a", "file_name": "cam1/IMG_0001.JPG", "width": 4000, "height": 3000},
                                {"id": "b", "file_name": "cam1/IMG_0002.JPG"}])";
const QByteArray kCategories = R"([{"id": 0, "name": "empty"}, {"id": 1, "name": "Vulpes vulpes"}])";
const QByteArray kGoodAnnotation = R"({"id": "ok", "image_id": "a", "category_id": 1, "bbox": [400, 300, 800, 600]})";

QByteArray cocoJson(const QByteArray& annotations, const QByteArray& images = kImages,
                    const QByteArray& categories = kCategories)
{
    return R"({"info": {"version": "1.0"}, "images": )" + images + R"(, "categories": )" + categories +
           R"(, "annotations": [)" + annotations + "]}";
}

Result<CocoImportSummary> importText(Project& project, const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("coco.json"));
    writeText(path, json);
    return importCocoCameraTraps(project, path);
}

// What an import may change, to show that a refused one changed nothing.
QString rowCounts(Project& project)
{
    auto& db = project.db();
    return QStringLiteral("observations %1, detections %2, taxa %3, audit %4")
        .arg(db.scalar("SELECT count(*) FROM observations"))
        .arg(db.scalar("SELECT count(*) FROM detections"))
        .arg(db.scalar("SELECT count(*) FROM taxa"))
        .arg(db.scalar("SELECT count(*) FROM audit_log"));
}

} // namespace

class TestCocoCameraTraps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportDescribesImagesAndSequences();
    void exportThenImportGivesTheSameObservations();
    void malformedFileIsRefusedAndChangesNothing_data();
    void malformedFileIsRefusedAndChangesNothing();
    void unmatchedFileNamesAreListedNotFatal();
    void categoryNamesSetTheObservationType();
    void sequenceLevelCopiesBecomeOneObservation();
    void importingTheSameFileAgainAddsNothing();
    void reviewedOnlyLeavesOutUnreviewedSequences();
    void boxOnImageOfUnknownSizeIsNotExported();
    void fileTimesAreNotExportedAsCaptureTimes();
};

void TestCocoCameraTraps::exportDescribesImagesAndSequences()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kBurst));
    test::ScratchProject scratch;
    importFolder(scratch.path, dataPath);
    auto project = scratch.open();
    labelBurst(*project);
    const auto json = exportCocoCameraTraps(*project);
    QVERIFY2(json.ok(), json.ok() ? "" : qPrintable(json.error().message));
    const QJsonObject root = json.value().object();
    const QJsonArray images = root[QStringLiteral("images")].toArray();
    QCOMPARE(images.size(), 10);
    const QString deployment = project->deployments().value().front().name;
    const QString seqId = QStringLiteral("seq-%1").arg(project->db().scalar("SELECT id FROM sequences"));
    // RCNX0031 is frame 0 ... RCNX0040 is frame 9; the file names are relative to the imported folder.
    const QStringList files = QDir(dataPath).entryList({QStringLiteral("*.JPG")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 10);
    for (int k = 0; k < 10; ++k) {
        const QJsonObject image = imageNamed(images, files[k]);
        QVERIFY2(!image.isEmpty(), qPrintable(files[k]));
        QCOMPARE(image[QStringLiteral("frame_num")].toInt(-1), k);
        QCOMPARE(image[QStringLiteral("seq_id")].toString(), seqId);
        QCOMPARE(image[QStringLiteral("seq_num_frames")].toInt(), 10);
        QCOMPARE(image[QStringLiteral("location")].toString(), deployment);
        QCOMPARE(image[QStringLiteral("width")].toInt(), 2048);
        QCOMPARE(image[QStringLiteral("height")].toInt(), 1440);
    }
    // DateTimeOriginal of the first and last frames, as exiftool reads them.
    QCOMPARE(imageNamed(images, files[0])[QStringLiteral("datetime")].toString(),
             QStringLiteral("2021-04-11 20:43:09"));
    QCOMPARE(imageNamed(images, files[9])[QStringLiteral("datetime")].toString(),
             QStringLiteral("2021-04-11 20:43:15"));

    std::map<QString, int> categories;
    for (const QJsonValue& c : root[QStringLiteral("categories")].toArray())
        categories[c[QStringLiteral("name")].toString()] = c[QStringLiteral("id")].toInt();
    QCOMPARE(categories.size(), size_t(4)); // empty, the two taxa, human
    QCOMPARE(categories.at(QStringLiteral("empty")), 0);
    QVERIFY(categories.count(QStringLiteral("human")) && categories.count(QStringLiteral("Vulpes vulpes")));

    // 3 boxes, the blank, the deer, and the sequence's label on each of its 10 frames; the machine label stays out.
    const QJsonArray annotations = root[QStringLiteral("annotations")].toArray();
    QCOMPARE(annotations.size(), 15);
    int sequenceLevel = 0;
    for (const QJsonValue& a : annotations) {
        if (a[QStringLiteral("sequence_level_annotation")].toBool()) {
            ++sequenceLevel;
            QCOMPARE(a[QStringLiteral("count")].toInt(), 2);
            QVERIFY(!a.toObject().contains(QStringLiteral("bbox")));
        }
        if (a[QStringLiteral("id")].toString() == u"obs-1") {
            const QJsonArray bbox = a[QStringLiteral("bbox")].toArray();
            QCOMPARE(a[QStringLiteral("image_id")].toString(),
                     imageNamed(images, files[0])[QStringLiteral("id")].toString());
            QVERIFY(qAbs(bbox[0].toDouble() - 0.123456789 * 2048) < 1e-3);
            QVERIFY(qAbs(bbox[1].toDouble() - 0.2 * 1440) < 1e-3);
            QVERIFY(qAbs(bbox[2].toDouble() - 0.3 * 2048) < 1e-3);
            QVERIFY(qAbs(bbox[3].toDouble() - 0.4 * 1440) < 1e-3);
        }
    }
    QCOMPARE(sequenceLevel, 10);
}

void TestCocoCameraTraps::exportThenImportGivesTheSameObservations()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kBurst));
    test::ScratchProject source;
    importFolder(source.path, dataPath);
    auto project = source.open();
    labelBurst(*project);
    const auto json = exportCocoCameraTraps(*project);
    QVERIFY2(json.ok(), json.ok() ? "" : qPrintable(json.error().message));
    const QString file = source.dir.filePath(QStringLiteral("coco.json"));
    QVERIFY(writeJsonFile(file, json.value()).ok());

    test::ScratchProject target;
    importFolder(target.path, dataPath);
    auto fresh = target.open();
    const auto summary = importCocoCameraTraps(*fresh, file);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().images, std::int64_t(10));
    QCOMPARE(summary.value().matched, std::int64_t(10));
    QCOMPARE(summary.value().annotations, std::int64_t(15));
    QCOMPARE(summary.value().boxes, std::int64_t(3));
    QCOMPARE(summary.value().unmatched, QStringList());

    QVERIFY(sameLabels(humanLabelsOf(*project), humanLabelsOf(*fresh)));
    QCOMPARE(
        fresh->db().scalar("SELECT count(*) FROM observations WHERE method = 'human' AND classified_by = 'COCO import'"
                           " AND external_id IS NOT NULL"),
        std::int64_t(6));
    QCOMPARE(fresh->db().scalar("SELECT count(*) FROM detections WHERE source = 'human'"), std::int64_t(3));
    QCOMPARE(fresh->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'import-labels'"), std::int64_t(1));
}

void TestCocoCameraTraps::malformedFileIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    // annotations[0] is fine and would be written by an import that did not check the whole file first.
    const QByteArray good = kGoodAnnotation + ", ";
    QTest::newRow("truncated JSON") << cocoJson(kGoodAnnotation).left(80) << QStringLiteral("at character");
    QTest::newRow("bbox of 3 numbers")
        << cocoJson(good + R"({"id": "bad", "image_id": "b", "category_id": 1, "bbox": [1, 2, 3]})")
        << QStringLiteral("annotations[1].bbox must be 4 numbers");
    QTest::newRow("unknown image") << cocoJson(good + R"({"id": "bad", "image_id": "x", "category_id": 1})")
                                   << QStringLiteral("annotations[1].image_id \"x\" is not an image");
    QTest::newRow("unknown category") << cocoJson(good + R"({"id": "bad", "image_id": "b", "category_id": 9})")
                                      << QStringLiteral("annotations[1].category_id 9 is not in categories");
    QTest::newRow("box outside the image")
        << cocoJson(good + R"({"id": "bad", "image_id": "a", "category_id": 1, "bbox": [3900, 100, 400, 100]})")
        << QStringLiteral("annotations[1].bbox [3900, 100, 400, 100] lies outside cam1/IMG_0001.JPG");
    QTest::newRow("box on an image of another size")
        << cocoJson(good + R"({"id": "bad", "image_id": "b", "category_id": 1, "bbox": [10, 10, 20, 20]})",
                    R"([{"id": "a", "file_name": "cam1/IMG_0001.JPG"},
                        {"id": "b", "file_name": "cam1/IMG_0002.JPG", "width": 2000, "height": 1500}])")
        << QStringLiteral("annotations[1].bbox is measured on a 2000 x 1500 image");
    QTest::newRow("image id used twice") << cocoJson(kGoodAnnotation, R"([{"id": "a", "file_name": "cam1/IMG_0001.JPG"},
                                         {"id": "a", "file_name": "cam1/IMG_0002.JPG"}])")
                                         << QStringLiteral("images[1].id \"a\" is the id of images[0] too");
}

void TestCocoCameraTraps::malformedFileIsRefusedAndChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    const QString before = rowCounts(*project);
    const auto result = importText(*project, scratch.dir, json);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("Nothing was imported")),
             qPrintable(result.error().message));
    QCOMPARE(rowCounts(*project), before);
}

void TestCocoCameraTraps::unmatchedFileNamesAreListedNotFatal()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    // Numeric ids, as some LILA files have; the first file name carries one folder more than the project's path.
    const auto result = importText(
        *project, scratch.dir,
        cocoJson(R"({"id": 10, "image_id": 1, "category_id": 1}, {"id": 11, "image_id": 2, "category_id": 1})",
                 R"([{"id": 1, "file_name": "site/cam1/IMG_0001.JPG"}, {"id": 2, "file_name": "cam9/IMG_9999.JPG"}])"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().images, std::int64_t(2));
    QCOMPARE(result.value().matched, std::int64_t(1));
    QCOMPARE(result.value().annotations, std::int64_t(1));
    QCOMPARE(result.value().unmatched, QStringList{QStringLiteral("cam9/IMG_9999.JPG")});
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations WHERE media_id = 1 AND sequence_id = 1"
                                  " AND external_id = '10' AND count = 1"),
             std::int64_t(1));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(1));
}

void TestCocoCameraTraps::categoryNamesSetTheObservationType()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    const QByteArray categories = R"([{"id": 0, "name": "empty"}, {"id": 1, "name": "person"}, {"id": 2, "name": "car"},
                                      {"id": 3, "name": "Vulpes vulpes"}, {"id": 4, "name": "animal"}])";
    const auto result = importText(*project, scratch.dir,
                                   cocoJson(
                                       R"({"id": "e", "image_id": "b", "category_id": 0},
           {"id": "p", "image_id": "a", "category_id": 1, "bbox": [400, 300, 800, 600]},
           {"id": "c", "image_id": "a", "category_id": 2, "bbox": [0, 0, 4000, 3000]},
           {"id": "f", "image_id": "a", "category_id": 3, "count": 2},
           {"id": "n", "image_id": "a", "category_id": 4})",
                                       kImages, categories));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().boxes, std::int64_t(2));
    std::map<QString, QString> labels;
    auto& st =
        project->db().cached("SELECT o.external_id, o.observation_type || ' ' || coalesce(t.scientific_name, '-') ||"
                             " ' ' || o.count FROM observations o LEFT JOIN taxa t ON t.id = o.taxon_id");
    while (st.step())
        labels[st.text(0)] = st.text(1);
    st.reset();
    const std::map<QString, QString> expected{{QStringLiteral("e"), QStringLiteral("blank - 0")},
                                              {QStringLiteral("p"), QStringLiteral("human - 1")},
                                              {QStringLiteral("c"), QStringLiteral("vehicle - 1")},
                                              {QStringLiteral("f"), QStringLiteral("animal Vulpes vulpes 2")},
                                              {QStringLiteral("n"), QStringLiteral("animal - 1")}};
    QCOMPARE(labels, expected);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM taxa"), std::int64_t(1)); // keywords are not taxa
    // Pixels of the 4000 x 3000 image become fractions of it.
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections d JOIN observations o ON o.detection_id = d.id"
                                  " WHERE o.external_id = 'p' AND d.source = 'human' AND abs(d.x - 0.1) < 1e-12"
                                  " AND abs(d.y - 0.1) < 1e-12 AND abs(d.w - 0.2) < 1e-12 AND abs(d.h - 0.2) < 1e-12"),
             std::int64_t(1));
}

void TestCocoCameraTraps::sequenceLevelCopiesBecomeOneObservation()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    const auto result = importText(
        *project, scratch.dir,
        cocoJson(
            R"({"id": "s0", "image_id": "a", "category_id": 1, "count": 2, "sequence_level_annotation": true},
           {"id": "s1", "image_id": "b", "category_id": 1, "count": 2, "sequence_level_annotation": true})"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result.value().annotations, std::int64_t(2));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(1));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations WHERE media_id IS NULL AND sequence_id = 1"
                                  " AND count = 2 AND external_id = 's0'"),
             std::int64_t(1));
}

void TestCocoCameraTraps::importingTheSameFileAgainAddsNothing()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    const QByteArray json = cocoJson(kGoodAnnotation + R"(, {"id": "e", "image_id": "b", "category_id": 0},
        {"id": "s0", "image_id": "a", "category_id": 1, "sequence_level_annotation": true},
        {"id": "s1", "image_id": "b", "category_id": 1, "sequence_level_annotation": true})");
    QVERIFY(importText(*project, scratch.dir, json).ok());
    const QString once = rowCounts(*project);
    const auto again = importText(*project, scratch.dir, json);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again.value().annotations, std::int64_t(0));
    QCOMPARE(again.value().alreadyPresent, std::int64_t(4));
    QCOMPARE(rowCounts(*project), once);
}

void TestCocoCameraTraps::reviewedOnlyLeavesOutUnreviewedSequences()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    project->db().exec(R"sql(
        INSERT INTO sequences(id, deployment_id, start_ms, end_ms, frame_count, grouped_by, review_state)
            VALUES (2, 1, 1600000100000, 1600000100000, 1, 'single', 2);
        INSERT INTO media(id, root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,
                          width, height, taken_at_ms, imported_at_ms)
            VALUES (3, 1, 'cam1/IMG_0003.JPG', 1, 2, 0, 3, 100, 4000, 3000, 1600000100000, 0);
        INSERT INTO observations(sequence_id, media_id, observation_type, count, method, classified_ms) VALUES
            (1, 1, 'blank', 0, 'human', 0), (2, 3, 'blank', 0, 'human', 0);
    )sql");
    CocoExportOptions options;
    options.reviewedOnly = true;
    const auto json = exportCocoCameraTraps(*project, options);
    QVERIFY2(json.ok(), json.ok() ? "" : qPrintable(json.error().message));
    const QJsonArray images = json.value().object()[QStringLiteral("images")].toArray();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images[0][QStringLiteral("file_name")].toString(), QStringLiteral("cam1/IMG_0003.JPG"));
    QCOMPARE(images[0][QStringLiteral("datetime")].toString(), QStringLiteral("2020-09-13 12:28:20"));
    const QJsonArray annotations = json.value().object()[QStringLiteral("annotations")].toArray();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations[0][QStringLiteral("image_id")].toString(), images[0][QStringLiteral("id")].toString());
    QCOMPARE(annotations[0][QStringLiteral("category_id")].toInt(-1), 0);
}

void TestCocoCameraTraps::boxOnImageOfUnknownSizeIsNotExported()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    project->db().exec(R"sql(
        UPDATE media SET width = NULL, height = NULL WHERE id = 2;
        INSERT INTO detections(id, media_id, x, y, w, h, category, source, created_ms)
            VALUES (1, 2, 0.1, 0.1, 0.2, 0.2, 'animal', 'human', 0);
        INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, count, method, classified_ms)
            VALUES (1, 2, 1, 'animal', 1, 'human', 0);
    )sql");
    const auto json = exportCocoCameraTraps(*project);
    QVERIFY(!json.ok());
    QVERIFY2(json.error().message.contains(QStringLiteral("cam1/IMG_0002.JPG")) &&
                 json.error().message.contains(QStringLiteral("size")),
             qPrintable(json.error().message));
}

// A frame timed only by its file (a copy may have set that time) gets no datetime; a camera-timed one keeps it.
void TestCocoCameraTraps::fileTimesAreNotExportedAsCaptureTimes()
{
    test::ScratchProject scratch;
    auto project = twoFrameProject(scratch);
    project->db().exec("UPDATE media SET time_source = 1 WHERE id = 1; UPDATE media SET time_source = 3 WHERE id = 2");
    const auto json = exportCocoCameraTraps(*project);
    QVERIFY(json.ok());
    const QJsonArray images = json.value().object()[QStringLiteral("images")].toArray();
    QVERIFY(imageNamed(images, QStringLiteral("cam1/IMG_0001.JPG")).contains(QStringLiteral("datetime")));
    QVERIFY(!imageNamed(images, QStringLiteral("cam1/IMG_0002.JPG")).contains(QStringLiteral("datetime")));
}

QTEST_GUILESS_MAIN(TestCocoCameraTraps)
#include "tst_coco_camera_traps.moc"
