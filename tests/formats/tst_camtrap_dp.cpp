// Camtrap DP 1.0: the official example package imports and exports again with the same key fields, and every
// export validates against the standard's official profile and table schemas with an independent validator
// (frictionless and jsonschema, tests/formats/validate_camtrap_dp.py; installed by scripts/install-validators.sh).
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
#include <QProcess>
#include <QTest>
#include <QUrl>

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

// The Python that has the independent validator's packages, or empty when they are not installed.
QString validatorPython()
{
    QString python = qEnvironmentVariable("TRAPLINE_VALIDATORS_PYTHON");
    if (python.isEmpty())
        python = QStringLiteral(TRAPLINE_SOURCE_DIR "/.venv-validators/bin/python");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import frictionless, jsonschema")});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    return python;
}

struct Validation {
    int exitCode = -1;
    QString output;
};

Validation validateWithFrictionless(const QString& python, const QString& folder)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/formats/validate_camtrap_dp.py"), folder});
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("the validator did not finish in 2 minutes")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll())};
}

} // namespace

// Skips (with what to run) only where the validator is not installed; run-tests.sh installs it, so CI runs it.
#define TRAPLINE_REQUIRE_VALIDATOR()                                                                              \
    const QString python = validatorPython();                                                                      \
    if (python.isEmpty())                                                                                          \
        QSKIP("the independent Camtrap DP validator is not installed: run scripts/install-validators.sh");

#define TRAPLINE_VERIFY_VALID_PACKAGE(folder)                                                                     \
    do {                                                                                                           \
        const Validation v = validateWithFrictionless(python, folder);                                             \
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));                                                           \
    } while (false)

class TestCamtrapDp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theOfficialExampleFollowsTheSchemas();
    void theIndependentValidatorCatchesBrokenKeysAndPaths();
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

// The validator is not vacuous: it accepts the standard's own example and rejects a copy whose observation points
// at a media that does not exist (foreign key), whose media path climbs out of the package (pattern) and whose
// deployment has no latitude (required field).
void TestCamtrapDp::theIndependentValidatorCatchesBrokenKeysAndPaths()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QString::fromLatin1(kPackage));
    TRAPLINE_REQUIRE_VALIDATOR();
    TRAPLINE_VERIFY_VALID_PACKAGE(dataPath);

    QTemporaryDir copy;
    QVERIFY(QFile::copy(dataPath + QStringLiteral("/datapackage.json"), copy.filePath(QStringLiteral("datapackage.json"))));
    const auto breakCell = [&](const QString& table, const QString& field, const QString& value) {
        Loaded t = load(dataPath + QLatin1Char('/') + table);
        const auto column = t.header.indexOf(field);
        for (QStringList& row : t.rows)
            if (!row[column].isEmpty()) {
                row[column] = value;
                break;
            }
        QVERIFY(writeCsvFile(copy.filePath(table), t.header, t.rows).ok());
    };
    breakCell(QStringLiteral("observations.csv"), QStringLiteral("mediaID"), QStringLiteral("no-such-media"));
    breakCell(QStringLiteral("media.csv"), QStringLiteral("filePath"), QStringLiteral("../outside/the/package.jpg"));
    breakCell(QStringLiteral("deployments.csv"), QStringLiteral("latitude"), QString());
    const Validation v = validateWithFrictionless(python, copy.path());
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.output.contains(QStringLiteral("foreign-key")) && v.output.contains(QStringLiteral("no-such-media")), qPrintable(v.output));
    QVERIFY2(v.output.contains(QStringLiteral("pattern")) && v.output.contains(QStringLiteral("../outside/the/package.jpg")), qPrintable(v.output));
    QVERIFY2(v.output.contains(QStringLiteral("latitude")), qPrintable(v.output));
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

    TRAPLINE_REQUIRE_VALIDATOR();
    TRAPLINE_VERIFY_VALID_PACKAGE(out.path());
}

// A folder import knows no position and no clock. Exported as it is, the package is not valid and the export says
// which command fixes it; after the user sets the deployments' properties with trapline-cli (a deployments CSV), the
// export is valid for the official validator and stamps camera-local times with the deployment's UTC offset.
void TestCamtrapDp::exportOfAnImportedFolderValidates()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/api/synchronous/sample_input"));
    test::ScratchProject scratch;
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("import"), scratch.path, dataPath, QStringLiteral("--no-thumbnails")}, nullptr, &err), 0);
    auto project = scratch.open();
    const auto deployments = project->deployments();
    QVERIFY(deployments.ok());
    QVERIFY(!deployments.value().empty());

    QTemporaryDir before;
    const auto unfixed = exportCamtrapDp(*project, before.path());
    QVERIFY(unfixed.ok());
    const QString warnings = unfixed.value().warnings.join(QLatin1Char('\n'));
    for (const auto& d : deployments.value()) {
        QVERIFY2(warnings.contains(QStringLiteral("trapline-cli deployments set \"%1\" --deployment \"%2\" --lat").arg(scratch.path, d.name)),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("--deployment \"%1\" --timezone").arg(d.name)), qPrintable(warnings));
    }

    // Serengeti: East Africa Time, UTC+03:00 all year.
    QTemporaryDir csvDir;
    std::vector<QStringList> rows;
    for (const auto& d : deployments.value())
        rows.push_back({d.name, QStringLiteral("-2.33"), QStringLiteral("34.83"), QStringLiteral("30"), QStringLiteral("Africa/Nairobi"),
                        QStringLiteral("Reconyx PC800"), QStringLiteral("0.6")});
    const QString csv = csvDir.filePath(QStringLiteral("deployments.csv"));
    QVERIFY(writeCsvFile(csv, {QStringLiteral("deploymentID"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                               QStringLiteral("coordinateUncertainty"), QStringLiteral("timezone"), QStringLiteral("cameraModel"),
                               QStringLiteral("cameraHeight")}, rows).ok());
    project.reset();
    QCOMPARE(test::runCli({QStringLiteral("deployments"), QStringLiteral("import"), scratch.path, csv}, nullptr, &err), 0);
    project = scratch.open();
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
    for (const QString& w : exported.value().warnings)
        QVERIFY2(!w.contains(QStringLiteral("deployment")), qPrintable(w));
    for (const auto* schema : {&camtrapdp::deploymentsSchema(), &camtrapdp::mediaSchema(), &camtrapdp::observationsSchema()}) {
        const Loaded t = load(out.filePath(schema->name + QStringLiteral(".csv")));
        const QStringList problems = camtrapdp::validateTable(*schema, t.header, t.rows);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    }
    const Loaded exportedDeployments = load(out.filePath(QStringLiteral("deployments.csv")));
    QCOMPARE(exportedDeployments.at(0, QStringLiteral("latitude")), QStringLiteral("-2.33"));
    QCOMPARE(exportedDeployments.at(0, QStringLiteral("coordinateUncertainty")), QStringLiteral("30"));
    QCOMPARE(exportedDeployments.at(0, QStringLiteral("cameraHeight")), QStringLiteral("0.6"));
    QCOMPARE(exportedDeployments.at(0, QStringLiteral("cameraModel")), QStringLiteral("Reconyx PC800"));
    const Loaded media = load(out.filePath(QStringLiteral("media.csv")));
    for (size_t r = 0; r < media.rows.size(); ++r)
        QVERIFY2(media.at(r, QStringLiteral("timestamp")).endsWith(QStringLiteral("+03:00")), qPrintable(media.at(r, QStringLiteral("timestamp"))));
    // Images outside the package cannot be named by a relative path (Camtrap DP forbids "../"): a file: URL
    // still leads to them.
    const QUrl file(media.at(0, QStringLiteral("filePath")));
    QVERIFY2(file.isLocalFile() && QFileInfo::exists(file.toLocalFile()), qPrintable(media.at(0, QStringLiteral("filePath"))));

    TRAPLINE_REQUIRE_VALIDATOR();
    const Validation invalid = validateWithFrictionless(python, before.path());
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(invalid.output.contains(QStringLiteral("latitude")), qPrintable(invalid.output));
    TRAPLINE_VERIFY_VALID_PACKAGE(out.path());
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
