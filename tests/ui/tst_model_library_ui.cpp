// Models > Model Library and Run Models' list of installed models, driven through their widgets offscreen. The
// catalogue is a newer per-user catalogue whose addresses point at a local HTTP server this test starts on
// 127.0.0.1; every test has its own empty models folder (XDG_DATA_HOME). It also makes the user guide's pictures
// guide-model-library.png and guide-run-models.png (build/screenshots).
#include "LocalHttpServer.h"
#include "TestSupport.h"
#include "jobs/Job.h"
#include "jobs/JobScheduler.h"
#include "mainwindow/MainWindow.h"
#include "models/ModelCatalogue.h"
#include "models/ModelFolders.h"
#include "models/ModelLibraryDialog.h"
#include "models/RunModelsDialog.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace trapline;
using trapline::test::LocalHttpServer;
using trapline::test::md5Of;
using trapline::test::randomBytes;
using trapline::test::readAll;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

struct TestEntry {
    QString id;
    QString kind = QStringLiteral("detector");
    QUrl url;
    QString md5;
    qint64 size = -1;
    bool nonCommercial = false;
    bool yolov5Recipe = false;
    QString sizeText; // "size_text": a rounded published size; none when empty
};

QJsonObject entryJson(const TestEntry& t)
{
    QJsonObject e{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), QStringLiteral("Model %1").arg(t.id)},
                  {QStringLiteral("version"), QStringLiteral("1")},
                  {QStringLiteral("kind"), t.kind},
                  {QStringLiteral("download"),
                   QJsonObject{{QStringLiteral("url"), t.url.toString()},
                               {QStringLiteral("file"), t.id + QStringLiteral(".pt")},
                               {QStringLiteral("size_bytes"), t.size >= 0 ? QJsonValue(double(t.size)) : QJsonValue()},
                               {QStringLiteral("md5"), t.md5},
                               {QStringLiteral("sha256"), QJsonValue()}}},
                  {QStringLiteral("licence"),
                   t.nonCommercial ? QJsonObject{{QStringLiteral("name"), QStringLiteral("CC BY-NC-SA 4.0")},
                                                 {QStringLiteral("terms"), QStringLiteral("non-commercial")},
                                                 {QStringLiteral("must_accept"), true}}
                                   : QJsonObject{{QStringLiteral("name"), QStringLiteral("MIT")},
                                                 {QStringLiteral("terms"), QStringLiteral("open")},
                                                 {QStringLiteral("must_accept"), false}}},
                  {QStringLiteral("decoder"),
                   t.kind == QLatin1String("detector") ? QStringLiteral("yolov5") : QStringLiteral("logits")},
                  {QStringLiteral("sources"), QJsonArray{QStringLiteral("this test")}}};
    if (!t.sizeText.isEmpty()) {
        QJsonObject download = e[QStringLiteral("download")].toObject();
        download[QStringLiteral("size_text")] = t.sizeText;
        e[QStringLiteral("download")] = download;
    }
    if (t.yolov5Recipe) {
        e[QStringLiteral("input")] = QJsonObject{{QStringLiteral("width"), 640}, {QStringLiteral("height"), 640}};
        e[QStringLiteral("conversion")] = QJsonObject{{QStringLiteral("recipe"), QStringLiteral("yolov5")}};
    }
    return e;
}

// A catalogue newer than the built-in one in the per-user models folder: the one the dialog shows.
void writeCatalogue(const QList<TestEntry>& entries)
{
    QJsonArray models;
    for (const TestEntry& t : entries)
        models.append(entryJson(t));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("trapline-model-catalogue/1")},
                           {QStringLiteral("version"), models::ModelCatalogue::builtIn().version + 1},
                           {QStringLiteral("models"), models}};
    writeFile(QDir(models::userModelsFolder()).filePath(QStringLiteral("model-catalogue.json")),
              QJsonDocument(root).toJson());
}

QString stateOf(QTableWidget* table, const QString& id)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
            return table->item(r, table->columnCount() - 1)->text();
    return QStringLiteral("(no row for %1)").arg(id);
}

QString shotPath(const QString& name)
{
    const QString dir = QDir(QStringLiteral(TRAPLINE_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("guide-%1.png").arg(name));
}

} // namespace

class TestModelLibraryUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void downloadFromTheDialogInstallsTheModel();
    void publishedRoundedSizeIsShown();
    void licenceIsRefusedUntilAccepted();
    void fileAlreadyHeldWithAWrongChecksumIsRefused();
    void mirrorIsUsedAndABadOneRefused();
    void runModelsListsTheInstalledModelByName();
    void convertWithoutPyTorchShowsTheCommands();
    void guidePictures();

private:
    // Clicks a button of the dialog and returns the job it started, or null.
    Job* click(ui::ModelLibraryDialog* dialog, const QString& button, JobKind kind);

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_folder;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestModelLibraryUi::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_model_library_ui"));
    m_window.reset();
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_home->path().toUtf8());
    qunsetenv("TRAPLINE_MODEL_PATH");
    qunsetenv("TRAPLINE_PYTHON");
    m_folder = m_home->filePath(QStringLiteral("trapline/models"));
    QCOMPARE(models::userModelsFolder(), m_folder);
    m_window = std::make_unique<ui::MainWindow>();
}

Job* TestModelLibraryUi::click(ui::ModelLibraryDialog* dialog, const QString& button, JobKind kind)
{
    auto* b = dialog->findChild<QPushButton*>(button);
    if (!b || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    return m_window->jobScheduler()->find(m_folder, kind, dialog->selectedId());
}

void TestModelLibraryUi::downloadFromTheDialogInstallsTheModel()
{
    const QByteArray payload = randomBytes(300000, 11);
    LocalHttpServer server(payload);
    writeCatalogue(
        {{QStringLiteral("small-detector"), QStringLiteral("detector"), server.url(), md5Of(payload), payload.size()}});
    auto* dialog = m_window->modelLibraryDialog();
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("catalogueTable"));
    QVERIFY(dialog->selectModel(QStringLiteral("small-detector")));
    QCOMPARE(stateOf(table, QStringLiteral("small-detector")), QStringLiteral("not installed"));
    const QString details = dialog->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("md5 ") + md5Of(payload)) && details.contains(server.url().toString()),
             qPrintable(details));

    Job* job = click(dialog, QStringLiteral("download"), JobKind::ModelDownload);
    QVERIFY2(job, qPrintable(dialog->message()));
    // The window's scheduler runs it, so the Jobs panel shows it with its progress.
    QCOMPARE(m_window->jobScheduler()->data(m_window->jobScheduler()->index(0), JobScheduler::TitleRole).toString(),
             QStringLiteral("Download Model small-detector"));
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    const QString installed = QDir(m_folder).filePath(QStringLiteral("small-detector.pt"));
    QCOMPARE(md5Of(readAll(installed)), md5Of(payload));
    QCOMPARE(stateOf(table, QStringLiteral("small-detector")), QStringLiteral("installed"));
    QVERIFY2(dialog->message().contains(QStringLiteral("md5 ") + md5Of(payload) + QStringLiteral(" verified")),
             qPrintable(dialog->message()));
    QCOMPARE(server.requests.size(), 1);

    QVERIFY(dialog->removeDownload().ok());
    QVERIFY(!QFile::exists(installed));
    QCOMPARE(stateOf(table, QStringLiteral("small-detector")), QStringLiteral("not installed"));
}

void TestModelLibraryUi::publishedRoundedSizeIsShown()
{
    const QUrl url(QStringLiteral("https://example.org/m.pt"));
    TestEntry rounded{QStringLiteral("rounded-size"), QStringLiteral("detector"), url};
    rounded.sizeText = QStringLiteral("268 MB");
    writeCatalogue({rounded, {QStringLiteral("unknown-size"), QStringLiteral("detector"), url}});
    auto* dialog = m_window->modelLibraryDialog();
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("catalogueTable"));
    const int sizeColumn = 3; // Model, Kind, Licence, Size, Installed
    QCOMPARE(table->horizontalHeaderItem(sizeColumn)->text(), QStringLiteral("Size"));
    auto sizeOf = [table, sizeColumn](const QString& id) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
                return table->item(r, sizeColumn)->text();
        return QStringLiteral("(no row for %1)").arg(id);
    };
    QCOMPARE(sizeOf(QStringLiteral("rounded-size")), QStringLiteral("about 268 MB"));
    QCOMPARE(sizeOf(QStringLiteral("unknown-size")), QStringLiteral("size unknown"));
    QVERIFY(dialog->selectModel(QStringLiteral("rounded-size")));
    const QString details = dialog->findChild<QTextBrowser*>(QStringLiteral("details"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("rounded-size.pt, about 268 MB")), qPrintable(details));
}

void TestModelLibraryUi::licenceIsRefusedUntilAccepted()
{
    const QByteArray payload = randomBytes(50000, 12);
    LocalHttpServer server(payload);
    writeCatalogue({{QStringLiteral("nc-classifier"), QStringLiteral("classifier"), server.url(), md5Of(payload),
                     payload.size(), true}});
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("nc-classifier")));
    auto* accept = dialog->findChild<QCheckBox*>(QStringLiteral("acceptLicence"));
    QVERIFY(accept->isVisibleTo(dialog));
    QVERIFY(!accept->isChecked());

    QVERIFY(!click(dialog, QStringLiteral("download"), JobKind::ModelDownload));
    QVERIFY2(dialog->message().contains(QStringLiteral("CC BY-NC-SA 4.0")) &&
                 dialog->message().contains(QStringLiteral("accept")),
             qPrintable(dialog->message()));
    QTest::qWait(100);
    QVERIFY(server.requests.isEmpty());
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("nc-classifier.pt"))));

    QTest::mouseClick(accept, Qt::LeftButton, {}, QPoint(8, accept->height() / 2));
    QVERIFY(accept->isChecked());
    Job* job = click(dialog, QStringLiteral("download"), JobKind::ModelDownload);
    QVERIFY2(job, qPrintable(dialog->message()));
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(readAll(QDir(m_folder).filePath(QStringLiteral("nc-classifier.pt"))), payload);
}

void TestModelLibraryUi::fileAlreadyHeldWithAWrongChecksumIsRefused()
{
    const QString published = md5Of(QByteArrayLiteral("what the publisher released"));
    writeCatalogue({{QStringLiteral("held-model"), QStringLiteral("detector"),
                     QUrl(QStringLiteral("http://127.0.0.1:9/nowhere.pt")), published}});
    QTemporaryDir elsewhere;
    const QByteArray mine = randomBytes(40000, 13);
    const QString path = elsewhere.filePath(QStringLiteral("my-copy.pt"));
    writeFile(path, mine);
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("held-model")));
    Job* job = dialog->installFile(path);
    QVERIFY(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    // Both checksums, so the user can tell a damaged copy from another version of the model.
    QVERIFY2(dialog->message().contains(published) && dialog->message().contains(md5Of(mine)),
             qPrintable(dialog->message()));
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("held-model.pt"))));
    QVERIFY(!QFile::exists(QDir(m_folder).filePath(QStringLiteral("held-model.pt.part"))));
    QCOMPARE(readAll(path), mine); // the user's own file is left as it was
    QCOMPARE(stateOf(dialog->findChild<QTableWidget*>(QStringLiteral("catalogueTable")), QStringLiteral("held-model")),
             QStringLiteral("not installed"));
}

void TestModelLibraryUi::mirrorIsUsedAndABadOneRefused()
{
    const QByteArray payload = randomBytes(30000, 16);
    LocalHttpServer mirror(payload);
    // The publisher's address answers nothing: only the mirror can deliver the file.
    writeCatalogue({{QStringLiteral("mirrored"), QStringLiteral("detector"),
                     QUrl(QStringLiteral("http://127.0.0.1:9/publisher.pt")), md5Of(payload)}});
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("mirrored")));
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("mirrorUrl"));
    QTest::keyClicks(field, QStringLiteral("ftp://example.org/m.pt"));
    QVERIFY(!click(dialog, QStringLiteral("download"), JobKind::ModelDownload));
    QVERIFY2(dialog->message().contains(QStringLiteral("ftp://example.org/m.pt")) &&
                 dialog->message().contains(QStringLiteral("https://")),
             qPrintable(dialog->message()));

    field->clear();
    QTest::keyClicks(field, mirror.url(QStringLiteral("mirror-copy.pt")).toString());
    Job* job = click(dialog, QStringLiteral("download"), JobKind::ModelDownload);
    QVERIFY2(job, qPrintable(dialog->message()));
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(mirror.requests.size(), 1);
    QVERIFY(mirror.requests[0].startsWith("GET /mirror-copy.pt "));
    QCOMPARE(readAll(QDir(m_folder).filePath(QStringLiteral("mirrored.pt"))), payload);
}

void TestModelLibraryUi::runModelsListsTheInstalledModelByName()
{
    const QByteArray payload = randomBytes(20000, 14);
    LocalHttpServer server(payload);
    writeCatalogue({{QStringLiteral("camera-detector"), QStringLiteral("detector"), server.url(), md5Of(payload)}});
    // A manifest in the models folder whose weights are the catalogue's file, as a conversion leaves it.
    const QString manifest = QDir(m_folder).filePath(QStringLiteral("camera-detector.json"));
    writeFile(manifest, QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("trapline-model/1")},
                                                  {QStringLiteral("name"), QStringLiteral("Camera Detector")},
                                                  {QStringLiteral("kind"), QStringLiteral("detector")},
                                                  {QStringLiteral("weights"), QStringLiteral("camera-detector.pt")}})
                            .toJson());
    {
        // Before the download: listed, not ready, and one sentence says where its file goes.
        ui::RunModelsDialog before;
        auto* list = before.findChild<QListWidget*>(QStringLiteral("installedModels"));
        QVERIFY(before.listedModels().contains(QStringLiteral("Camera Detector")));
        QVERIFY(!before.chooseModel(QStringLiteral("Camera Detector")));
        const auto items = list->findItems(QStringLiteral("Camera Detector"), Qt::MatchStartsWith);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items[0]->text().contains(QStringLiteral("camera-detector.pt")) && items[0]->text().contains(m_folder),
                 qPrintable(items[0]->text()));
        QVERIFY2(items[0]->text().contains(QStringLiteral("models download camera-detector")) &&
                     !items[0]->text().contains(QLatin1Char('\n')),
                 qPrintable(items[0]->text()));
        // The shipped COCO manifests are listed too, and say which file they lack and where it goes.
        QVERIFY(before.listedModels().contains(QStringLiteral("FastestDet (COCO)")));
    }
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("camera-detector")));
    Job* job = click(dialog, QStringLiteral("download"), JobKind::ModelDownload);
    QVERIFY2(job, qPrintable(dialog->message()));
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));

    ui::RunModelsDialog after;
    QVERIFY(after.chooseModel(QStringLiteral("Camera Detector")));
    QCOMPARE(after.options().detector, QFileInfo(manifest).absoluteFilePath());
    QCOMPARE(after.findChild<QLineEdit*>(QStringLiteral("models/detector"))->text(),
             QFileInfo(manifest).absoluteFilePath());
    // One detector at a time: a manifest added by file replaces it and unticks it.
    QTemporaryDir own;
    writeFile(own.filePath(QStringLiteral("w.pt")), "weights");
    writeFile(own.filePath(QStringLiteral("mine.json")),
              QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("My Detector")},
                                        {QStringLiteral("kind"), QStringLiteral("detector")},
                                        {QStringLiteral("weights"), QStringLiteral("w.pt")}})
                  .toJson());
    QVERIFY(after.addManifest(own.filePath(QStringLiteral("mine.json"))));
    QCOMPARE(after.options().detector, QFileInfo(own.filePath(QStringLiteral("mine.json"))).absoluteFilePath());
    auto* list = after.findChild<QListWidget*>(QStringLiteral("installedModels"));
    QCOMPARE(list->findItems(QStringLiteral("Camera Detector"), Qt::MatchStartsWith).value(0)->checkState(),
             Qt::Unchecked);
}

void TestModelLibraryUi::convertWithoutPyTorchShowsTheCommands()
{
    const QByteArray checkpoint = randomBytes(10000, 15);
    TestEntry entry{QStringLiteral("convertible"), QStringLiteral("detector"),
                    QUrl(QStringLiteral("http://127.0.0.1:9/nowhere.pt")), md5Of(checkpoint)};
    entry.yolov5Recipe = true;
    writeCatalogue({entry});
    QTemporaryDir elsewhere;
    writeFile(elsewhere.filePath(QStringLiteral("c.pt")), checkpoint);
    // /bin/false stands for a Python without PyTorch: the check that imports torch fails.
    qputenv("TRAPLINE_PYTHON", "/bin/false");
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("convertible")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("convert"))->isEnabled()); // nothing to convert yet
    Job* installing = dialog->installFile(elsewhere.filePath(QStringLiteral("c.pt")));
    QSignalSpy installed(installing, &Job::finished);
    QVERIFY(installed.wait(30000));
    QVERIFY2(installed.first().at(0).toBool(), qPrintable(installed.first().at(2).toString()));
    auto* commands = dialog->findChild<QPlainTextEdit*>(QStringLiteral("manualCommands"));
    QVERIFY(!commands->isVisibleTo(dialog));

    Job* job = click(dialog, QStringLiteral("convert"), JobKind::ModelConversion);
    QVERIFY2(job, qPrintable(dialog->message()));
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(dialog->message().contains(QStringLiteral("lacks PyTorch")), qPrintable(dialog->message()));
    QVERIFY(commands->isVisibleTo(dialog));
    const QString text = commands->toPlainText();
    const QString file = QDir(m_folder).filePath(QStringLiteral("convertible.pt"));
    QVERIFY2(text.contains(QStringLiteral("python3-torch")) &&
                 text.contains(QStringLiteral("tools/export_model.py --yolov5 ") + file) &&
                 text.contains(QStringLiteral("--size 640 640")) && text.contains(QStringLiteral("--out ") + m_folder),
             qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 3); // four commands, one a line, to paste into a terminal
}

void TestModelLibraryUi::guidePictures()
{
    // The real catalogue, with MegaDetector v5a chosen: its licence to accept, md5 and conversion recipe.
    m_window->resize(1300, 800);
    auto* dialog = m_window->modelLibraryDialog();
    QVERIFY(dialog->selectModel(QStringLiteral("megadetector-v5a")));
    dialog->resize(1250, 640);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("acceptLicence"))->isVisibleTo(dialog));
    QVERIFY(dialog->grab().save(shotPath(QStringLiteral("model-library"))));

    // Run Models with the FastestDet weights installed: the shipped manifest is ready by name, the other one says
    // which files it lacks and where they go.
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    QDir().mkpath(m_folder);
    for (const QString& name : {QStringLiteral("FastestDet.onnx"), QStringLiteral("coco.names")})
        QVERIFY(QFile::copy(QDir(dataPath).filePath(name), QDir(m_folder).filePath(name)));
    ui::RunModelsDialog run;
    QVERIFY(run.chooseModel(QStringLiteral("FastestDet (COCO)")));
    QVERIFY(!run.chooseModel(QStringLiteral("Yolo-Fastest 1.1 XL (COCO)")));
    run.resize(760, run.sizeHint().height() + 60);
    QVERIFY(run.grab().save(shotPath(QStringLiteral("run-models"))));
}

QTEST_MAIN(TestModelLibraryUi)
#include "tst_model_library_ui.moc"
