// Camtrap DP 1.0: the official example package imports and exports again with the same key fields, and every
// export validates against the standard's table schemas.
#include "TestSupport.h"
#include "formats/CamtrapDp.h"
#include "formats/CamtrapDpSchema.h"
#include "formats/Csv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace trapline;
using namespace trapline::formats;

namespace {

const char* const kPackage = "camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data";

struct Loaded {
    QStringList header;
    std::vector<QStringList> rows;
    QString at(size_t row, const QString& column) const { return rows[row].value(header.indexOf(column)); }
    std::map<QString, size_t> byKey() const
    {
        std::map<QString, size_t> out;
        for (size_t i = 0; i < rows.size(); ++i)
            out[rows[i].value(0)] = i;
        return out;
    }
};

Loaded load(const QString& path)
{
    auto csv = readCsvFile(path);
    if (!csv)
        qFatal("%s", qPrintable(csv.error().message));
    return {csv.value().header, csv.value().rows};
}

// Two renderings of one instant (+02:00 vs Z) or one number ("1.30" vs "1.3") are the same value.
bool sameValue(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs), tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (ta.isValid() && tb.isValid() && a.contains(QLatin1Char('T')))
        return ta.toMSecsSinceEpoch() == tb.toMSecsSinceEpoch();
    bool okA = false, okB = false;
    const double na = a.toDouble(&okA), nb = b.toDouble(&okB);
    return okA && okB && std::abs(na - nb) < 1e-9;
}

void compareTables(const Loaded& original, const Loaded& exported, const QStringList& keyFields, const char* table)
{
    QCOMPARE(exported.rows.size(), original.rows.size());
    const auto index = exported.byKey();
    for (size_t r = 0; r < original.rows.size(); ++r) {
        const auto it = index.find(original.rows[r].value(0));
        QVERIFY2(it != index.end(), qPrintable(QStringLiteral("%1 %2 is missing").arg(QString::fromLatin1(table), original.rows[r].value(0))));
        for (const QString& field : keyFields)
            QVERIFY2(sameValue(original.at(r, field), exported.at(it->second, field)),
                     qPrintable(QStringLiteral("%1 %2 %3: \"%4\" became \"%5\"").arg(QString::fromLatin1(table), original.rows[r].value(0),
                                                                                     field, original.at(r, field), exported.at(it->second, field))));
    }
}

} // namespace

class TestCamtrapDp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theOfficialExampleFollowsTheSchemas();
    void exampleRoundTripKeepsKeyFields();
    void exportOfAnImportedFolderValidates();
    void aPackageThatBreaksTheSchemaChangesNothing();
    void fileTimesAreMarkedInTheExport();
};

void TestCamtrapDp::theOfficialExampleFollowsTheSchemas()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kPackage));
    // The validator accepts the standard's own example ...
    for (const auto* schema : {&camtrapdp::deploymentsSchema(), &camtrapdp::mediaSchema(), &camtrapdp::observationsSchema()}) {
        const Loaded t = load(dataPath + QLatin1Char('/') + schema->name + QStringLiteral(".csv"));
        const QStringList problems = camtrapdp::validateTable(*schema, t.header, t.rows);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    // ... and is not vacuous: each kind of fault is reported with its line and field.
    Loaded observations = load(dataPath + QStringLiteral("/observations.csv"));
    observations.rows[0][observations.header.indexOf(QStringLiteral("observationType"))] = QStringLiteral("dragon");
    observations.rows[1][observations.header.indexOf(QStringLiteral("count"))] = QStringLiteral("0");
    observations.rows[2][observations.header.indexOf(QStringLiteral("eventStart"))] = QStringLiteral("2020-05-30 02:57");
    observations.rows[3][observations.header.indexOf(QStringLiteral("deploymentID"))] = QString();
    observations.rows[4][0] = observations.rows[5][0];
    const QStringList problems = camtrapdp::validateTable(camtrapdp::observationsSchema(), observations.header, observations.rows);
    QCOMPARE(problems.size(), 5);
    QVERIFY(problems[0].contains(QStringLiteral("line 2: observationType \"dragon\" is not one of")));
    QVERIFY(problems[1].contains(QStringLiteral("line 3: count 0 is outside")));
    QVERIFY(problems[2].contains(QStringLiteral("line 4: eventStart")));
    QVERIFY(problems[3].contains(QStringLiteral("line 5: deploymentID is required")));
    QVERIFY(problems[4].contains(QStringLiteral("is not unique")));
}

void TestCamtrapDp::exampleRoundTripKeepsKeyFields()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kPackage));
    test::ScratchProject scratch;
    auto project = scratch.open();
    const auto imported = importCamtrapDp(*project, dataPath);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported.value().deployments, std::int64_t(4));
    QCOMPARE(imported.value().media, std::int64_t(423));
    QCOMPARE(imported.value().observations, std::int64_t(549));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(
        project->db().scalar("SELECT count(*) FROM observations WHERE detection_id IS NOT NULL")));
    // The ten local frames were read like an import: real sizes and hashes.
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE width = 2048 AND height = 1440 AND content_hash != 0"),
             std::int64_t(10));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE sequence_id IS NULL"), std::int64_t(0));

    QTemporaryDir out;
    const auto exported = exportCamtrapDp(*project, out.path());
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
    QVERIFY2(exported.value().warnings.isEmpty(), qPrintable(exported.value().warnings.join(QLatin1Char('\n'))));
    for (const auto* schema : {&camtrapdp::deploymentsSchema(), &camtrapdp::mediaSchema(), &camtrapdp::observationsSchema()}) {
        const Loaded t = load(out.filePath(schema->name + QStringLiteral(".csv")));
        const QStringList problems = camtrapdp::validateTable(*schema, t.header, t.rows);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    }
    compareTables(load(dataPath + QStringLiteral("/deployments.csv")), load(out.filePath(QStringLiteral("deployments.csv"))),
                  {QStringLiteral("locationID"), QStringLiteral("locationName"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                   QStringLiteral("deploymentStart"), QStringLiteral("deploymentEnd"), QStringLiteral("cameraModel"),
                   QStringLiteral("featureType"), QStringLiteral("habitat"), QStringLiteral("setupBy")}, "deployment");
    compareTables(load(dataPath + QStringLiteral("/media.csv")), load(out.filePath(QStringLiteral("media.csv"))),
                  {QStringLiteral("deploymentID"), QStringLiteral("captureMethod"), QStringLiteral("timestamp"),
                   QStringLiteral("filePath"), QStringLiteral("filePublic"), QStringLiteral("fileName"), QStringLiteral("fileMediatype")},
                  "media");
    compareTables(load(dataPath + QStringLiteral("/observations.csv")), load(out.filePath(QStringLiteral("observations.csv"))),
                  {QStringLiteral("deploymentID"), QStringLiteral("mediaID"), QStringLiteral("eventID"), QStringLiteral("eventStart"),
                   QStringLiteral("eventEnd"), QStringLiteral("observationLevel"), QStringLiteral("observationType"),
                   QStringLiteral("scientificName"), QStringLiteral("count"), QStringLiteral("lifeStage"), QStringLiteral("sex"),
                   QStringLiteral("behavior"), QStringLiteral("individualID"), QStringLiteral("bboxX"), QStringLiteral("bboxY"),
                   QStringLiteral("bboxWidth"), QStringLiteral("bboxHeight"), QStringLiteral("classificationMethod"),
                   QStringLiteral("classifiedBy"), QStringLiteral("classificationTimestamp"),
                   QStringLiteral("classificationProbability")}, "observation");
    QFile package(out.filePath(QStringLiteral("datapackage.json")));
    QVERIFY(package.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(package.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("profile")).toString(), camtrapdp::profileUrl());
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("camtrap-dp-example-dataset"));

    // Importing the same package again is refused.
    QVERIFY(!importCamtrapDp(*project, dataPath).ok());
}

void TestCamtrapDp::exportOfAnImportedFolderValidates()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/api/synchronous/sample_input"));
    test::ScratchProject scratch;
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("import"), scratch.path, dataPath, QStringLiteral("--no-thumbnails")}, nullptr, &err), 0);
    auto project = scratch.open();
    project->db().exec("UPDATE deployments SET latitude = -2.33, longitude = 34.83, utc_offset_s = 10800");
    project->db().exec("INSERT INTO taxa(scientific_name) VALUES ('Loxodonta africana')");
    project->db().exec("INSERT INTO observations(sequence_id, observation_type, taxon_id, count, method, classified_ms)"
                       " SELECT id, 'animal', 1, 2, 'human', 0 FROM sequences LIMIT 1");
    project->db().exec("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms) VALUES (1, 0.1, 0.2, 0.3, 0.4, 'animal', 'human', 0)");
    project->db().exec("INSERT INTO observations(media_id, detection_id, observation_type, taxon_id, count, method, classified_ms)"
                       " VALUES (1, 1, 'animal', 1, 1, 'human', 0)");
    QTemporaryDir out;
    const auto exported = exportCamtrapDp(*project, out.path());
    QVERIFY(exported.ok());
    QCOMPARE(exported.value().media, std::int64_t(10));
    QCOMPARE(exported.value().observations, std::int64_t(2));
    for (const auto* schema : {&camtrapdp::deploymentsSchema(), &camtrapdp::mediaSchema(), &camtrapdp::observationsSchema()}) {
        const Loaded t = load(out.filePath(schema->name + QStringLiteral(".csv")));
        const QStringList problems = camtrapdp::validateTable(*schema, t.header, t.rows);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    }
    const Loaded media = load(out.filePath(QStringLiteral("media.csv")));
    QVERIFY(media.at(0, QStringLiteral("timestamp")).endsWith(QStringLiteral("+03:00")));
    // Local files are written relative to the package, so the package and the images travel together.
    QVERIFY(QFileInfo::exists(QDir(out.path()).filePath(media.at(0, QStringLiteral("filePath")))));
}

void TestCamtrapDp::aPackageThatBreaksTheSchemaChangesNothing()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kPackage));
    QTemporaryDir copy;
    for (const QString& name : {QStringLiteral("datapackage.json"), QStringLiteral("deployments.csv"), QStringLiteral("media.csv")})
        QVERIFY(QFile::copy(dataPath + QLatin1Char('/') + name, copy.filePath(name)));
    QFile in(dataPath + QStringLiteral("/observations.csv"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace(",animal,", ",aminal,");
    QFile out(copy.filePath(QStringLiteral("observations.csv")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    test::ScratchProject scratch;
    auto project = scratch.open();
    const auto result = importCamtrapDp(*project, copy.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("observationType \"aminal\"")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("nothing was")));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM deployments"), std::int64_t(0));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media"), std::int64_t(0));
}

// Frames timed only by their files: the deployment says its timestamps have issues, and each such media says why.
void TestCamtrapDp::fileTimesAreMarkedInTheExport()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/api/synchronous/sample_input"));
    test::ScratchProject scratch;
    QCOMPARE(test::runCli({QStringLiteral("import"), scratch.path, dataPath, QStringLiteral("--no-thumbnails")}), 0);
    auto project = scratch.open();
    // The png/ folder's two frames lose their camera time, as if imported without EXIF.
    project->db().exec("UPDATE media SET time_source = 3 WHERE rel_path LIKE 'png/%'");
    QTemporaryDir out;
    QVERIFY(exportCamtrapDp(*project, out.path()).ok());
    const Loaded media = load(out.filePath(QStringLiteral("media.csv")));
    int marked = 0;
    QSet<QString> withFileTimes;
    for (size_t i = 0; i < media.rows.size(); ++i) {
        const bool fromPng = media.at(i, QStringLiteral("filePath")).contains(QStringLiteral("png/"));
        QCOMPARE(media.at(i, QStringLiteral("mediaComments")).contains(QStringLiteral("modification time")), fromPng);
        marked += fromPng;
        if (fromPng)
            withFileTimes.insert(media.at(i, QStringLiteral("deploymentID")));
    }
    QCOMPARE(marked, 2);
    QCOMPARE(withFileTimes.size(), 1);
    const Loaded deployments = load(out.filePath(QStringLiteral("deployments.csv")));
    QCOMPARE(deployments.rows.size(), size_t(2));
    for (size_t i = 0; i < deployments.rows.size(); ++i)
        QCOMPARE(deployments.at(i, QStringLiteral("timestampIssues")),
                 withFileTimes.contains(deployments.at(i, QStringLiteral("deploymentID"))) ? QStringLiteral("true") : QString());
}

QTEST_GUILESS_MAIN(TestCamtrapDp)
#include "tst_camtrap_dp.moc"
