// The model library: the built-in catalogue, its parser, the models folders, and downloads against a local HTTP
// server that this test starts on 127.0.0.1 (it can cut a response halfway and honours Range).
#include "LocalHttpServer.h"
#include "TestSupport.h"
#include "models/ModelCatalogue.h"
#include "models/ModelDownload.h"
#include "models/ModelFolders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace trapline;
using namespace trapline::models;
using trapline::test::LocalHttpServer;
using trapline::test::md5Of;
using trapline::test::randomBytes;
using trapline::test::readAll;

namespace {

CatalogueEntry testEntry(const QUrl& url, const QString& md5, bool mustAccept = false)
{
    CatalogueEntry e;
    e.id = QStringLiteral("test-model");
    e.name = QStringLiteral("Test model");
    e.kind = QStringLiteral("detector");
    e.download.url = url.toString();
    e.download.file = QStringLiteral("test-model.pt");
    e.download.md5 = md5;
    e.licence = Licence{QStringLiteral("CC BY-NC 4.0"), mustAccept ? LicenceTerms::NonCommercial : LicenceTerms::Open,
                        mustAccept};
    return e;
}

// A valid catalogue document with one entry, for the parser tests to break one field at a time.
QJsonObject catalogueJson(int version, const QJsonObject& entry)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("trapline-model-catalogue/1")},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("models"), QJsonArray{entry}}};
}

QJsonObject entryJson(const QString& id, const QUrl& url, const QString& md5)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("Model %1").arg(id)},
                       {QStringLiteral("kind"), QStringLiteral("detector")},
                       {QStringLiteral("download"), QJsonObject{{QStringLiteral("url"), url.toString()},
                                                                {QStringLiteral("file"), id + QStringLiteral(".pt")},
                                                                {QStringLiteral("size_bytes"), QJsonValue()},
                                                                {QStringLiteral("md5"), md5},
                                                                {QStringLiteral("sha256"), QJsonValue()}}},
                       {QStringLiteral("licence"), QJsonObject{{QStringLiteral("name"), QStringLiteral("MIT")},
                                                               {QStringLiteral("terms"), QStringLiteral("open")},
                                                               {QStringLiteral("must_accept"), false}}},
                       {QStringLiteral("decoder"), QStringLiteral("yolov5")},
                       {QStringLiteral("sources"), QJsonArray{QStringLiteral("this test")}}};
}

void writeJson(const QString& path, const QJsonObject& json)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(json).toJson());
}

// Runs trapline-cli while this thread's event loop keeps serving the local server.
int runCliServing(const QStringList& args, QByteArray* out, QByteArray* err, rlim_t fileSizeLimit = 0)
{
    QProcess process;
    if (fileSizeLimit > 0)
        process.setChildProcessModifier([fileSizeLimit] {
            // Writes past the limit then fail with EFBIG instead of killing the process with SIGXFSZ: a full disk
            // as the program sees it, without a small file system.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(TRAPLINE_CLI_PATH), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestModelLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void builtInCatalogueHasTheStandardModels();
    void malformedCatalogueIsRefusedWithItsProblems_data();
    void malformedCatalogueIsRefusedWithItsProblems();
    void newerUserCatalogueReplacesTheBuiltInOne();
    void fullDownloadIsVerifiedAndInstalled();
    void cutDownloadResumesWithRange();
    void wrongChecksumIsRefusedAndDeleted();
    void licenceNotAcceptedIsRefused();
    void fileAlreadyHeldIsCheckedAndInstalled();
    void fullDiskIsAClearErrorAndResumes();
    void cliCatalogueListsEveryModelWithLicenceAndSize();
    void publishedRoundedSizeIsReadAndListed();
    void missingWeightsIsOneSentenceNamingTheFolder();
    void shippedManifestRunsByNameOnceItsWeightsAreInstalled();
    void convertWithoutPyTorchGivesTheCommands();
    void convertOfAnUltralyticsEntryNamesItsPackage();
    void convertTurnsAYoloV5x6CheckpointIntoAWorkingModel();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_folder; // the per-user models folder inside m_home
};

void TestModelLibrary::init()
{
    // A fresh XDG data home per test: the per-user models folder starts empty, for this process and trapline-cli.
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_home->path().toUtf8());
    qunsetenv("TRAPLINE_MODEL_PATH");
    m_folder = m_home->filePath(QStringLiteral("trapline/models"));
    QCOMPARE(userModelsFolder(), m_folder);
}

void TestModelLibrary::builtInCatalogueHasTheStandardModels()
{
    const ModelCatalogue c = ModelCatalogue::builtIn();
    QVERIFY(c.version >= 1);
    const QStringList required{QStringLiteral("megadetector-v5a"),
                               QStringLiteral("megadetector-v5b"),
                               QStringLiteral("megadetector-v1000-redwood"),
                               QStringLiteral("megadetector-v1000-spruce"),
                               QStringLiteral("mdv6-yolov9-c"),
                               QStringLiteral("mdv6-yolov9-e"),
                               QStringLiteral("mdv6-yolov10-c"),
                               QStringLiteral("mdv6-yolov10-e"),
                               QStringLiteral("mdv6-rtdetr-c"),
                               QStringLiteral("speciesnet-v4-crop"),
                               QStringLiteral("deepfaune"),
                               QStringLiteral("ai4g-amazon"),
                               QStringLiteral("ai4g-serengeti"),
                               QStringLiteral("megadescriptor-t-224"),
                               QStringLiteral("megadescriptor-l-384"),
                               QStringLiteral("miewid-msv3")};
    for (const QString& id : required)
        QVERIFY2(c.find(id), qPrintable(id));
    // The md5 MegaDetector's run_detector.py publishes for md_v5a.0.0.pt.
    QCOMPARE(c.find(QStringLiteral("megadetector-v5a"))->download.md5,
             QStringLiteral("ec1d7603ec8cf642d6e0cd008ba2be8c"));
    for (const CatalogueEntry& e : c.entries) {
        QVERIFY2(!e.licence.name.isEmpty() && !e.sources.isEmpty(), qPrintable(e.id));
        if (e.licence.terms != LicenceTerms::Open)
            QVERIFY2(e.licence.mustAccept, qPrintable(e.id));
    }
    QVERIFY(c.find(QStringLiteral("deepfaune"))->licence.terms == LicenceTerms::NonCommercial);
    QVERIFY(c.find(QStringLiteral("mdv6-yolov9-c"))->licence.terms == LicenceTerms::Agpl);
}

void TestModelLibrary::malformedCatalogueIsRefusedWithItsProblems_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");
    const QUrl url(QStringLiteral("https://example.org/m.pt"));
    const QJsonObject good = entryJson(QStringLiteral("m"), url, QString(32, QLatin1Char('a')));
    auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("is not valid JSON");
    QJsonObject wrongFormat = catalogueJson(1, good);
    wrongFormat[QStringLiteral("format")] = QStringLiteral("something/2");
    QTest::newRow("wrong format") << doc(wrongFormat) << QStringLiteral("\"format\" must be");
    QTest::newRow("no version") << doc(catalogueJson(0, good)) << QStringLiteral("\"version\" must be a whole number");
    QJsonObject shortMd5 = good;
    QJsonObject download = good[QStringLiteral("download")].toObject();
    download[QStringLiteral("md5")] = QStringLiteral("abc");
    shortMd5[QStringLiteral("download")] = download;
    QTest::newRow("md5 too short") << doc(catalogueJson(1, shortMd5))
                                   << QStringLiteral("model 1 (m): \"download.md5\" must be 32 hexadecimal digits");
    QJsonObject waved = good;
    waved[QStringLiteral("licence")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("CC BY-NC 4.0")},
                                                   {QStringLiteral("terms"), QStringLiteral("non-commercial")},
                                                   {QStringLiteral("must_accept"), false}};
    QTest::newRow("non-commercial not to be accepted")
        << doc(catalogueJson(1, waved)) << QStringLiteral("must be true for non-commercial terms");
    QJsonObject badSize = good;
    download = good[QStringLiteral("download")].toObject();
    download[QStringLiteral("size_bytes")] = QStringLiteral("about 200 MB");
    badSize[QStringLiteral("download")] = download;
    QTest::newRow("size as text") << doc(catalogueJson(1, badSize))
                                  << QStringLiteral("\"download.size_bytes\" must be");
    QJsonObject numericSizeText = good;
    download = good[QStringLiteral("download")].toObject();
    download[QStringLiteral("size_text")] = 268;
    numericSizeText[QStringLiteral("download")] = download;
    QTest::newRow("size_text as a number")
        << doc(catalogueJson(1, numericSizeText))
        << QStringLiteral("model 1 (m): \"download.size_text\" must be a text such as \"268 MB\" or null");
    QJsonObject twice = catalogueJson(1, good);
    twice[QStringLiteral("models")] = QJsonArray{good, good};
    QTest::newRow("id twice") << doc(twice) << QStringLiteral("model 2 (m): the id is used twice");
    QJsonObject pathFile = good;
    download = good[QStringLiteral("download")].toObject();
    download[QStringLiteral("file")] = QStringLiteral("../../.bashrc");
    pathFile[QStringLiteral("download")] = download;
    QTest::newRow("file name with a path")
        << doc(catalogueJson(1, pathFile)) << QStringLiteral("\"download.file\" must be a plain file name");
}

void TestModelLibrary::malformedCatalogueIsRefusedWithItsProblems()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    const auto parsed = ModelCatalogue::parse(document, QStringLiteral("/some/catalogue.json"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QStringLiteral("/some/catalogue.json")));
}

void TestModelLibrary::newerUserCatalogueReplacesTheBuiltInOne()
{
    const int builtIn = ModelCatalogue::builtIn().version;
    const QString path = QDir(m_folder).filePath(QStringLiteral("model-catalogue.json"));
    const QUrl url(QStringLiteral("https://example.org/m.pt"));
    writeJson(path, catalogueJson(builtIn, entryJson(QStringLiteral("same-version"), url, QString())));
    QVERIFY(ModelCatalogue::current().find(QStringLiteral("megadetector-v5a"))); // not newer: ignored
    writeJson(path, catalogueJson(builtIn + 1, entryJson(QStringLiteral("newer"), url, QString())));
    QVERIFY(ModelCatalogue::current().find(QStringLiteral("newer")));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ broken");
    broken.close();
    QString warning;
    QVERIFY(ModelCatalogue::current(&warning).find(QStringLiteral("megadetector-v5a")));
    QVERIFY2(warning.contains(path) && warning.contains(QStringLiteral("not valid JSON")), qPrintable(warning));
}

void TestModelLibrary::fullDownloadIsVerifiedAndInstalled()
{
    const QByteArray payload = randomBytes(3 << 20, 1);
    LocalHttpServer server(payload);
    JobProgress last;
    JobControl control([&](const JobProgress& p) { last = p; });
    const auto result = downloadModel(testEntry(server.url(), md5Of(payload)), {}, control);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value().path, QDir(m_folder).filePath(QStringLiteral("test-model.pt")));
    QCOMPARE(readAll(result.value().path), payload);
    QCOMPARE(result.value().checksum, QStringLiteral("md5 ") + md5Of(payload));
    QVERIFY(!QFile::exists(result.value().path + QStringLiteral(".part")));
    QCOMPARE(last.total, qint64(payload.size()));
    QCOMPARE(last.done, qint64(payload.size()));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(!server.requests[0].toLower().contains("range:"));
}

void TestModelLibrary::cutDownloadResumesWithRange()
{
    const QByteArray payload = randomBytes(3 << 20, 2);
    LocalHttpServer server(payload);
    server.cutAfter = payload.size() / 2;
    const CatalogueEntry entry = testEntry(server.url(), md5Of(payload));
    JobControl control;
    const auto cut = downloadModel(entry, {}, control);
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(QStringLiteral("Run it again to resume")), qPrintable(cut.error().message));
    const QString part = QDir(m_folder).filePath(QStringLiteral("test-model.pt.part"));
    const qint64 kept = QFileInfo(part).size();
    QCOMPARE(kept, server.cutAfter);
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("test-model.pt"))));

    const auto resumed = downloadModel(entry, {}, control);
    QVERIFY2(resumed.ok(), qPrintable(resumed.ok() ? QString() : resumed.error().message));
    // The request that completed the file asked for the rest only (Qt may have retried the cut one by itself).
    QVERIFY(server.requests.size() >= 2);
    QVERIFY2(server.requests.last().contains("Range: bytes=" + QByteArray::number(kept) + '-'),
             server.requests.last().constData());
    QCOMPARE(server.bodyBytesSent.last(), payload.size() - kept); // only the rest travelled again
    QCOMPARE(resumed.value().resumedFrom, kept);
    // The installed file's checksum, computed here, equals that of the bytes the server holds.
    QCOMPARE(md5Of(readAll(resumed.value().path)), md5Of(payload));
    QVERIFY(!QFile::exists(part));
}

void TestModelLibrary::wrongChecksumIsRefusedAndDeleted()
{
    const QByteArray payload = randomBytes(1 << 20, 3);
    LocalHttpServer server(payload);
    const QString published = md5Of(QByteArrayLiteral("what the publisher released"));
    JobControl control;
    const auto result = downloadModel(testEntry(server.url(), published), {}, control);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(published) && result.error().message.contains(md5Of(payload)),
             qPrintable(result.error().message));
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("test-model.pt"))));
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("test-model.pt.part"))));
}

void TestModelLibrary::licenceNotAcceptedIsRefused()
{
    const QByteArray payload = randomBytes(1000, 4);
    LocalHttpServer server(payload);
    const CatalogueEntry entry = testEntry(server.url(), md5Of(payload), true);
    JobControl control;
    const auto refused = downloadModel(entry, {}, control);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("CC BY-NC 4.0")) &&
                 refused.error().message.contains(QStringLiteral("--accept-licence")),
             qPrintable(refused.error().message));
    QTest::qWait(50);
    QVERIFY(server.requests.isEmpty()); // nothing was fetched
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("test-model.pt.part"))));
    DownloadOptions accepted;
    accepted.licenceAccepted = true;
    QVERIFY(downloadModel(entry, accepted, control).ok());
}

void TestModelLibrary::fileAlreadyHeldIsCheckedAndInstalled()
{
    QTemporaryDir elsewhere;
    const QByteArray payload = randomBytes(200000, 5);
    const QString mine = elsewhere.filePath(QStringLiteral("md_copy.pt"));
    QFile f(mine);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(payload);
    f.close();
    DownloadOptions options;
    options.localFile = mine;
    JobControl control;
    // No server: the catalogue address is never used.
    const CatalogueEntry entry = testEntry(QUrl(QStringLiteral("http://127.0.0.1:9/nowhere")), md5Of(payload));
    const auto installed = downloadModel(entry, options, control);
    QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
    QCOMPARE(readAll(installed.value().path), payload);
    const auto wrong = downloadModel(testEntry(entry.download.url, md5Of("other")), options, control);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(md5Of(payload)));
    QVERIFY(QFile::exists(mine)); // the user's own file is never deleted
}

void TestModelLibrary::fullDiskIsAClearErrorAndResumes()
{
    // trapline-cli runs with a file size limit of 1 MiB (setrlimit RLIMIT_FSIZE, SIGXFSZ ignored), so its writes
    // fail past 1 MiB as they would on a full disk.
    const QByteArray payload = randomBytes(3 << 20, 6);
    LocalHttpServer server(payload);
    const int builtIn = ModelCatalogue::builtIn().version;
    writeJson(QDir(m_folder).filePath(QStringLiteral("model-catalogue.json")),
              catalogueJson(builtIn + 1, entryJson(QStringLiteral("disk-test"), server.url(), md5Of(payload))));
    QByteArray out, err;
    const int limited = runCliServing(
        {QStringLiteral("models"), QStringLiteral("download"), QStringLiteral("disk-test")}, &out, &err, 1 << 20);
    QCOMPARE(limited, 1);
    QVERIFY2(err.contains("The disk is full") && err.contains("disk-test.pt.part") && err.contains("resumes"),
             err.constData());
    const QString part = QDir(m_folder).filePath(QStringLiteral("disk-test.pt.part"));
    QVERIFY(QFileInfo(part).size() > 0 && QFileInfo(part).size() <= (1 << 20));
    QCOMPARE(
        runCliServing({QStringLiteral("models"), QStringLiteral("download"), QStringLiteral("disk-test")}, &out, &err),
        0);
    QVERIFY2(out.contains("md5 " + md5Of(payload).toLatin1() + " verified"), out.constData());
    QVERIFY(server.requests.last().contains("Range: bytes="));
    QCOMPARE(md5Of(readAll(QDir(m_folder).filePath(QStringLiteral("disk-test.pt")))), md5Of(payload));
}

void TestModelLibrary::cliCatalogueListsEveryModelWithLicenceAndSize()
{
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("catalogue")}, &out, &err), 0);
    const QString text = QString::fromUtf8(out);
    for (const CatalogueEntry& e : ModelCatalogue::builtIn().entries) {
        const qsizetype at = text.indexOf(QLatin1Char('\n') + e.id + QLatin1Char(' '));
        QVERIFY2(at >= 0, qPrintable(e.id));
        const QString row = text.mid(at + 1).section(QLatin1Char('\n'), 0, 1);
        QVERIFY2(row.contains(sizeText(e.download)) && row.contains(e.licence.name) &&
                     row.contains(licenceTermsName(e.licence.terms)),
                 qPrintable(row));
    }
}

void TestModelLibrary::publishedRoundedSizeIsReadAndListed()
{
    // Three entries: a rounded published size only, an exact size, and neither.
    const QUrl url(QStringLiteral("https://example.org/m.pt"));
    QJsonObject rounded = entryJson(QStringLiteral("rounded-size"), url, QString());
    QJsonObject download = rounded[QStringLiteral("download")].toObject();
    download[QStringLiteral("size_text")] = QStringLiteral("268 MB");
    rounded[QStringLiteral("download")] = download;
    QJsonObject exact = entryJson(QStringLiteral("exact-size"), url, QString());
    download = exact[QStringLiteral("download")].toObject();
    download[QStringLiteral("size_bytes")] = 1940000000.0;
    download[QStringLiteral("size_text")] = QStringLiteral("1.94 GB");
    exact[QStringLiteral("download")] = download;
    const QJsonObject unknown = entryJson(QStringLiteral("unknown-size"), url, QString());
    QJsonObject json = catalogueJson(ModelCatalogue::builtIn().version + 1, rounded);
    json[QStringLiteral("models")] = QJsonArray{rounded, exact, unknown};

    const auto parsed = ModelCatalogue::parse(QJsonDocument(json).toJson(), QStringLiteral("test"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed.value().find(QStringLiteral("rounded-size"))->download.sizeText, QStringLiteral("268 MB"));
    QVERIFY(!parsed.value().find(QStringLiteral("rounded-size"))->download.sizeBytes);
    QVERIFY(parsed.value().find(QStringLiteral("unknown-size"))->download.sizeText.isEmpty());

    writeJson(QDir(m_folder).filePath(QStringLiteral("model-catalogue.json")), json);
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("catalogue")}, &out, &err), 0);
    const QString text = QString::fromUtf8(out);
    auto rowOf = [&text](const QString& id) {
        const qsizetype at = text.indexOf(QLatin1Char('\n') + id + QLatin1Char(' '));
        return at < 0 ? QString() : text.mid(at + 1).section(QLatin1Char('\n'), 0, 0);
    };
    QVERIFY2(rowOf(QStringLiteral("rounded-size")).contains(QStringLiteral(" about 268 MB ")), qPrintable(text));
    // An exact size wins over the rounded one, and is written without "about".
    QVERIFY2(rowOf(QStringLiteral("exact-size")).contains(QStringLiteral(" 1.9 GB ")), qPrintable(text));
    QVERIFY2(!rowOf(QStringLiteral("exact-size")).contains(QStringLiteral("about")), qPrintable(text));
    QVERIFY2(rowOf(QStringLiteral("unknown-size")).contains(QStringLiteral(" size unknown ")), qPrintable(text));

    QCOMPARE(
        test::runCli({QStringLiteral("models"), QStringLiteral("catalogue"), QStringLiteral("--json")}, &out, &err), 0);
    const QJsonArray listed = QJsonDocument::fromJson(out).array();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[0].toObject().value(QStringLiteral("size_text")).toString(), QStringLiteral("268 MB"));
    QVERIFY(listed[2].toObject().value(QStringLiteral("size_text")).isNull());
}

void TestModelLibrary::missingWeightsIsOneSentenceNamingTheFolder()
{
    QTemporaryDir images;
    QByteArray out, err;
    const int code = test::runCli({QStringLiteral("detect"), images.path(), QStringLiteral("--model"),
                                   QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/fastestdet-coco.json"),
                                   QStringLiteral("--out"), images.filePath(QStringLiteral("out.json"))},
                                  &out, &err);
    QVERIFY(code != 0);
    const QList<QByteArray> lines = err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1, err.constData());
    QVERIFY2(lines[0].contains(m_folder.toUtf8()) && lines[0].contains("FastestDet.onnx"), err.constData());
}

void TestModelLibrary::shippedManifestRunsByNameOnceItsWeightsAreInstalled()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    const QString images = test::sharedData(QStringLiteral("mca-multispecies/images/gradio_examples/one_image"));
    if (images.isEmpty())
        QSKIP("shared test data mca-multispecies/images/gradio_examples/one_image is absent");
    QDir().mkpath(m_folder);
    for (const QString& name : {QStringLiteral("FastestDet.onnx"), QStringLiteral("coco.names")})
        QVERIFY(QFile::copy(QDir(dataPath).filePath(name), QDir(m_folder).filePath(name)));
    QTemporaryDir work;
    const QStringList files = QDir(images).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.JPG")}, QDir::Files);
    QVERIFY(files.size() >= 2);
    QDir().mkpath(work.filePath(QStringLiteral("card")));
    for (const QString& name : files.mid(0, 2))
        QVERIFY(QFile::copy(QDir(images).filePath(name), work.filePath(QStringLiteral("card/")) + name));
    QByteArray out, err;
    const QString results = work.filePath(QStringLiteral("out.json"));
    QCOMPARE(test::runCli({QStringLiteral("detect"), work.filePath(QStringLiteral("card")), QStringLiteral("--model"),
                           QStringLiteral("fastestdet-coco"), QStringLiteral("--device"), QStringLiteral("cpu"),
                           QStringLiteral("--out"), results},
                          &out, &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(readAll(results)).object();
    QCOMPARE(json.value(QStringLiteral("images")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("info")).toObject().value(QStringLiteral("detector")).toString().isEmpty(),
             false);
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("installed")}, &out, &err), 0);
    QVERIFY2(out.contains("fastestdet-coco") && out.contains("FastestDet (COCO), detector, ready"), out.constData());
}

void TestModelLibrary::convertWithoutPyTorchGivesTheCommands()
{
    QTemporaryDir dir;
    const QString checkpoint = dir.filePath(QStringLiteral("md_v5a.0.0.pt"));
    QFile f(checkpoint);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not looked at");
    f.close();
    QByteArray out, err;
    // /bin/false stands for a Python without PyTorch: the check that imports torch fails.
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("convert"), QStringLiteral("megadetector-v5a"),
                           checkpoint, QStringLiteral("--python"), QStringLiteral("/bin/false")},
                          &out, &err),
             1);
    QVERIFY2(err.contains("lacks PyTorch") && err.contains("python3-torch") &&
                 err.contains("tools/export_model.py --yolov5 " + checkpoint.toUtf8()) &&
                 err.contains("--size 1280 1280"),
             err.constData());
    QVERIFY(!QDir(m_folder).exists() || QDir(m_folder).entryList(QDir::Files).isEmpty());
}

// MegaDetector v6 entries use the --ultralytics recipe: a Python that cannot import it gets that recipe's commands,
// with the pinned ultralytics package instead of yolov5.
void TestModelLibrary::convertOfAnUltralyticsEntryNamesItsPackage()
{
    QTemporaryDir dir;
    const QString checkpoint = dir.filePath(QStringLiteral("MDV6-yolov10-c.pt"));
    QFile f(checkpoint);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not looked at");
    f.close();
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("convert"), QStringLiteral("mdv6-yolov10-c"),
                           checkpoint, QStringLiteral("--python"), QStringLiteral("/bin/false")},
                          &out, &err),
             1);
    QVERIFY2(err.contains("lacks PyTorch or Ultralytics's code") &&
                 err.contains("pip install --no-deps ultralytics==") &&
                 err.contains("tools/export_model.py --ultralytics " + checkpoint.toUtf8()) && !err.contains("yolov5"),
             err.constData());
    QVERIFY(!QDir(m_folder).exists() || QDir(m_folder).entryList(QDir::Files).isEmpty());
}

void TestModelLibrary::convertTurnsAYoloV5x6CheckpointIntoAWorkingModel()
{
    // The reference environment of scripts/install-reference-python.sh has YOLOv5's code on Debian's PyTorch.
    const QString python =
        qEnvironmentVariable("REFERENCE_PYTHON", QStringLiteral(TRAPLINE_SOURCE_DIR "/.venv-ref/bin/python"));
    if (!QFileInfo(python).isExecutable())
        QSKIP("no reference Python (scripts/install-reference-python.sh makes .venv-ref)");
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/test_images/test_images"));
    // A YOLOv5x6 with random weights from a fixed seed, saved as MegaDetector saves its checkpoints (the script the
    // MegaDetector parity test uses), kept in the build tree between runs.
    const QString maker = QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/inference/reference/make_mdv5a_random.py");
    const QString cache =
        QStringLiteral(TRAPLINE_BINARY_DIR "/reference-models/convert-mdv5a-") +
        QString::fromLatin1(QCryptographicHash::hash(readAll(maker), QCryptographicHash::Sha256).toHex().left(12));
    const QString checkpoint = cache + QStringLiteral("/mdv5a_random.pt");
    if (!QFileInfo::exists(checkpoint)) {
        QDir().mkpath(cache);
        QStringList args{maker, QStringLiteral("--out"), checkpoint, QStringLiteral("--calibration-images")};
        for (const char* name : {"snapshot_serengeti_S5_U10_U10_R4_S5_U10_R4_IMAG3595.JPG",
                                 "idaho_camera_traps_loc_0044_loc_0044_im_005629.jpg"})
            args << QDir(dataPath).filePath(QString::fromLatin1(name));
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(python, args);
        QVERIFY(make.waitForFinished(600000));
        QVERIFY2(make.exitCode() == 0, make.readAll().constData());
    }
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("models"), QStringLiteral("convert"), QStringLiteral("megadetector-v5a"),
                           checkpoint, QStringLiteral("--python"), python},
                          &out, &err, 900000),
             0);
    QVERIFY2(out.contains("Checked: MegaDetector v5a 5a.0.0: a detector (yolov5 decoder), 3 classes, input 1280x1280"),
             out.constData());
    QVERIFY(QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("MegaDetector-v5a.json"))));
    // The converted model runs by its catalogue id.
    QTemporaryDir work;
    QDir().mkpath(work.filePath(QStringLiteral("card")));
    QVERIFY(QFile::copy(QDir(dataPath).filePath(QStringLiteral("wcs_camera_traps_animals_0090_1439.jpg")),
                        work.filePath(QStringLiteral("card/a.jpg"))));
    const QString results = work.filePath(QStringLiteral("out.json"));
    QCOMPARE(test::runCli({QStringLiteral("detect"), work.filePath(QStringLiteral("card")), QStringLiteral("--model"),
                           QStringLiteral("megadetector-v5a"), QStringLiteral("--device"), QStringLiteral("cpu"),
                           QStringLiteral("--out"), results},
                          &out, &err, 600000),
             0);
    const QJsonObject json = QJsonDocument::fromJson(readAll(results)).object();
    QCOMPARE(json.value(QStringLiteral("images")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestModelLibrary)
#include "tst_model_library.moc"
