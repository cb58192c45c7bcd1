// trapline-cli: commands, exit codes, JSON output and error messages.
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "inference/SystemCheck.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace trapline;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initImportInfoRoundTrip();
    void infoJsonPrintsOnlyJson();
    void wrongUsageExitsWithTwo();
    void missingProjectIsAClearError();
    void versionPrints();
    void helpListsExactlyTheVerbs();
    void everyVerbAnswersItsOwnHelp();
    void anUnknownVerbIsAClearErrorListingTheVerbs();
    void verboseTurnsOnTheDebugMessagesBeforeOrAfterTheVerb();
    void timesShiftsADeploymentAndRefusesBadInput();
    void checkSystemReportsThreadsBlasAndCuda();
    void checkSystemWarnsOnTheReferenceBlas();
    void classifiesBlasLibraries_data();
    void classifiesBlasLibraries();
};

namespace {

// The reference BLAS of Debian's libblas3; install-deps.sh installs it beside OpenBLAS.
const QString kReferenceBlasDir = QStringLiteral("/usr/lib/x86_64-linux-gnu/blas");

struct CheckSystemRun {
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

CheckSystemRun checkSystem(const QStringList& extra, const QString& libraryPath = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!libraryPath.isEmpty())
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), libraryPath);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRAPLINE_CLI_PATH), QStringList{QStringLiteral("check-system"), QStringLiteral("--json")} + extra);
    CheckSystemRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.err = process.readAllStandardError();
    return run;
}

// Written out here, not read from the program: the verbs of the hand-written usage list the table replaced.
const QStringList kVerbs{QStringLiteral("backup"), QStringLiteral("check"), QStringLiteral("check-system"),
                         QStringLiteral("checkin"), QStringLiteral("checkout"), QStringLiteral("collect"),
                         QStringLiteral("demo"), QStringLiteral("deployments"), QStringLiteral("detect"),
                         QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("import-labels"),
                         QStringLiteral("infer"), QStringLiteral("infer-shard"), QStringLiteral("info"), QStringLiteral("init"),
                         QStringLiteral("model-check"), QStringLiteral("models"), QStringLiteral("problems"),
                         QStringLiteral("reid-eval"), QStringLiteral("resume"), QStringLiteral("times"),
                         QStringLiteral("train")};

// The verbs of a usage text: the first word of each line of its "Commands:" block that starts in column 2.
QStringList listedVerbs(const QByteArray& usage)
{
    QStringList verbs;
    bool inCommands = false;
    for (const QString& line : QString::fromUtf8(usage).split(QLatin1Char('\n'))) {
        if (line == u"Commands:") {
            inCommands = true;
            continue;
        }
        if (inCommands && line.isEmpty())
            break;
        if (inCommands && line.startsWith(QStringLiteral("  ")) && line.size() > 2 && line.at(2) != QLatin1Char(' '))
            verbs.append(line.mid(2).section(QLatin1Char(' '), 0, 0));
    }
    std::sort(verbs.begin(), verbs.end());
    return verbs;
}

// Lines of stderr that Qt's logging printed for a trapline.* category ("trapline.db: ...").
QStringList traplineLogLines(const QByteArray& err)
{
    static const QRegularExpression line(QStringLiteral("^trapline\\.[a-z.]+: "), QRegularExpression::MultilineOption);
    QStringList lines;
    for (auto it = line.globalMatch(QString::fromUtf8(err)); it.hasNext();)
        lines.append(it.next().captured(0));
    return lines;
}

} // namespace

void TestCli::helpListsExactlyTheVerbs()
{
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("--help")}, &out), 0);
    QCOMPARE(listedVerbs(out), kVerbs);
    QVERIFY2(out.contains("--verbose"), out.constData());
    // No arguments at all is wrong usage: the same list, on stderr.
    QByteArray err;
    QCOMPARE(test::runCli({}, nullptr, &err), 2);
    QCOMPARE(listedVerbs(err), kVerbs);
}

void TestCli::everyVerbAnswersItsOwnHelp()
{
    for (const QString& verb : kVerbs) {
        QByteArray out, err;
        QCOMPARE(test::runCli({verb, QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY2(out.startsWith("Usage: trapline-cli " + verb.toUtf8() + ' '),
                 qPrintable(verb + QStringLiteral(": ") + QString::fromUtf8(out)));
    }
    QByteArray viaHelp;
    QCOMPARE(test::runCli({QStringLiteral("help"), QStringLiteral("backup")}, &viaHelp), 0);
    QVERIFY2(viaHelp.contains("--out"), viaHelp.constData());
}

void TestCli::anUnknownVerbIsAClearErrorListingTheVerbs()
{
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("frobnicate"), QStringLiteral("x.trapline")}, &out, &err), 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.startsWith("trapline-cli: unknown command 'frobnicate'"), err.constData());
    QCOMPARE(listedVerbs(err), kVerbs);
}

void TestCli::verboseTurnsOnTheDebugMessagesBeforeOrAfterTheVerb()
{
    test::ScratchProject scratch;
    QByteArray quietOut, quietErr;
    QCOMPARE(test::runCli({QStringLiteral("info"), scratch.path, QStringLiteral("--json")}, &quietOut, &quietErr), 0);
    QVERIFY2(traplineLogLines(quietErr).isEmpty(), quietErr.constData());
    for (const QStringList& args : {QStringList{QStringLiteral("--verbose"), QStringLiteral("info"), scratch.path,
                                                QStringLiteral("--json")},
                                    QStringList{QStringLiteral("info"), scratch.path, QStringLiteral("--json"),
                                                QStringLiteral("--verbose")}}) {
        QByteArray out, err;
        QCOMPARE(test::runCli(args, &out, &err), 0);
        QVERIFY2(!traplineLogLines(err).isEmpty(), err.constData());
        // The messages go to stderr only: --json output stays the same JSON.
        QCOMPARE(out, quietOut);
    }
}

void TestCli::timesShiftsADeploymentAndRefusesBadInput()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = 3;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    const QString project = dir.filePath(QStringLiteral("p.trapline"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}), 0);
    QCOMPARE(test::runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("card"))}), 0);
    auto opened = Project::open(project);
    QVERIFY(opened.ok());
    const QString deployment = opened.value()->deployments().value().front().name;
    const auto before = opened.value()->db().scalar("SELECT min(taken_at_ms) FROM media");
    opened = Error{};

    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("times"), QStringLiteral("shift"), project, QStringLiteral("--deployment"),
                           deployment, QStringLiteral("--by"), QStringLiteral("-00:10:00")}, &out, &err), 0);
    QVERIFY2(out.contains("frame times changed"), out.constData());
    QCOMPARE(Project::open(project).value()->db().scalar("SELECT min(taken_at_ms) FROM media"), before - 600000);

    QCOMPARE(test::runCli({QStringLiteral("times"), QStringLiteral("shift"), project, QStringLiteral("--deployment"),
                           deployment, QStringLiteral("--by"), QStringLiteral("ten minutes")}, nullptr, &err), 2);
    QVERIFY2(err.contains("+01:00:00"), err.constData());
    QCOMPARE(test::runCli({QStringLiteral("times"), QStringLiteral("shift"), project, QStringLiteral("--deployment"),
                           QStringLiteral("no-such-camera"), QStringLiteral("--by"), QStringLiteral("60")}, nullptr, &err), 1);
    QVERIFY2(err.contains("no deployment"), err.constData());
    // No file name holds a time: nothing changes, and the message shows a name to write the pattern for.
    QCOMPARE(test::runCli({QStringLiteral("times"), QStringLiteral("set-from-name"), project, QStringLiteral("--deployment"),
                           deployment, QStringLiteral("--pattern"), QStringLiteral("*__YYYY-MM-DD__hh-mm-ss*")},
                          nullptr, &err), 1);
    QVERIFY2(err.contains("Nothing was changed"), err.constData());
    QCOMPARE(Project::open(project).value()->db().scalar("SELECT min(taken_at_ms) FROM media"), before - 600000);
}

void TestCli::initImportInfoRoundTrip()
{
    QTemporaryDir dir;
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = 5;
    QVERIFY(demo::generateCameraTrapTree(dir.filePath(QStringLiteral("card")), options).ok());
    const QString project = dir.filePath(QStringLiteral("p.trapline"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}), 0);
    QCOMPARE(test::runCli({QStringLiteral("init"), project}), 1); // exists already
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("card")),
                           QStringLiteral("--gap"), QStringLiteral("30")}, nullptr, &err), 0);
    QVERIFY2(err.contains("Import finished"), err.constData());
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("info"), project, QStringLiteral("--json")}, &out), 0);
    const QJsonObject info = QJsonDocument::fromJson(out).object();
    QCOMPARE(info.value(QStringLiteral("media")).toInt(), 2 * 5 * options.framesPerEvent);
    QCOMPARE(info.value(QStringLiteral("sequences")).toInt(), 10);
    QCOMPARE(info.value(QStringLiteral("deployments")).toInt(), 2);
    QCOMPARE(info.value(QStringLiteral("errors")).toInt(), 0);
}

void TestCli::infoJsonPrintsOnlyJson()
{
    test::ScratchProject scratch;
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("info"), scratch.path, QStringLiteral("--json")}, &out), 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("media")).toInt(-1), 0);
}

void TestCli::wrongUsageExitsWithTwo()
{
    QCOMPARE(test::runCli({}), 2);
    QCOMPARE(test::runCli({QStringLiteral("frobnicate")}), 2);
    QCOMPARE(test::runCli({QStringLiteral("import"), QStringLiteral("only-a-project.trapline")}), 2);
    QCOMPARE(test::runCli({QStringLiteral("import"), QStringLiteral("p.trapline"), QStringLiteral("x"),
                           QStringLiteral("--gap"), QStringLiteral("soon")}), 2);
}

void TestCli::missingProjectIsAClearError()
{
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("info"), QStringLiteral("/nonexistent/x.trapline")}, nullptr, &err), 1);
    QVERIFY2(err.contains("No project at"), err.constData());
}

void TestCli::versionPrints()
{
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("--version")}, &out), 0);
    QVERIFY(out.startsWith("trapline-cli "));
}

// LibTorch picks one thread by itself on Debian's build here; Trapline sets one per core, or the user's count.
void TestCli::checkSystemReportsThreadsBlasAndCuda()
{
    const CheckSystemRun run = checkSystem({});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("cores")).toInt(), QThread::idealThreadCount());
    QCOMPARE(run.json.value(QStringLiteral("torch_threads")).toInt(), QThread::idealThreadCount());
    QCOMPARE(run.json.value(QStringLiteral("opencv_threads")).toInt(), QThread::idealThreadCount());
    QVERIFY(!run.json.value(QStringLiteral("torch_version")).toString().isEmpty());
    QVERIFY(run.json.value(QStringLiteral("cuda")).isBool());
    QVERIFY(run.json.value(QStringLiteral("cuda_devices")).isDouble());
    // Whatever is installed, sgemm_ comes from a real file, and its kind is named.
    const QString library = run.json.value(QStringLiteral("blas_library")).toString();
    QVERIFY2(QFileInfo::exists(library), qPrintable(library));
    QVERIFY(run.json.value(QStringLiteral("blas")).toString() != u"unknown");

    const CheckSystemRun one = checkSystem({QStringLiteral("--threads"), QStringLiteral("1")});
    QCOMPARE(one.json.value(QStringLiteral("torch_threads")).toInt(), 1);
    QCOMPARE(one.json.value(QStringLiteral("opencv_threads")).toInt(), 1);
    QCOMPARE(checkSystem({QStringLiteral("--threads"), QStringLiteral("many")}).exitCode, 2);
}

// The dynamic loader is pointed at libblas3's folder, as if OpenBLAS were absent: the warning names the fix.
void TestCli::checkSystemWarnsOnTheReferenceBlas()
{
    if (!QFileInfo::exists(kReferenceBlasDir + QStringLiteral("/libblas.so.3")))
        QSKIP("libblas3 is not installed (scripts/install-deps.sh installs it)");
    const CheckSystemRun reference = checkSystem({}, kReferenceBlasDir);
    QCOMPARE(reference.exitCode, 0);
    QVERIFY2(reference.json.value(QStringLiteral("blas_library")).toString().startsWith(kReferenceBlasDir),
             qPrintable(reference.json.value(QStringLiteral("blas_library")).toString()));
    QCOMPARE(reference.json.value(QStringLiteral("blas")).toString(),
             inference::blasKindName(inference::BlasKind::Reference));
    QVERIFY2(reference.err.contains("sudo apt install libopenblas0-pthread"), reference.err.constData());
    QVERIFY(reference.json.value(QStringLiteral("warning")).toString().contains(QStringLiteral("libopenblas0-pthread")));

    // Without the override, the library behind Debian's libblas.so.3 alternative (what LibTorch links) is in use.
    const QString alternative = QFileInfo(QStringLiteral("/usr/lib/x86_64-linux-gnu/libblas.so.3")).canonicalFilePath();
    const CheckSystemRun installed = checkSystem({});
    QCOMPARE(installed.json.value(QStringLiteral("blas_library")).toString(), alternative);
    if (alternative.contains(QStringLiteral("openblas"))) {
        QCOMPARE(installed.json.value(QStringLiteral("blas")).toString(), QStringLiteral("OpenBLAS"));
        QVERIFY2(!installed.err.contains("warning"), installed.err.constData());
        QCOMPARE(installed.json.value(QStringLiteral("warning")).toString(), QString());
    }
}

void TestCli::classifiesBlasLibraries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    using K = inference::BlasKind;
    QTest::newRow("libblas3") << QStringLiteral("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0") << int(K::Reference);
    QTest::newRow("openblas alternative") << QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3")
                                          << int(K::OpenBlas);
    QTest::newRow("openblas itself") << QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so")
                                     << int(K::OpenBlas);
    QTest::newRow("blis") << QStringLiteral("/usr/lib/x86_64-linux-gnu/blis-pthread/libblas.so.3") << int(K::Blis);
    QTest::newRow("atlas") << QStringLiteral("/usr/lib/x86_64-linux-gnu/atlas/libblas.so.3") << int(K::Atlas);
    QTest::newRow("mkl") << QStringLiteral("/opt/intel/oneapi/mkl/latest/lib/libmkl_rt.so.2") << int(K::Mkl);
    QTest::newRow("statically linked") << QStringLiteral("/usr/lib/libtorch_cpu.so") << int(K::Other);
    QTest::newRow("none") << QString() << int(K::Unknown);
}

void TestCli::classifiesBlasLibraries()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QCOMPARE(int(inference::classifyBlas(path)), kind);
    QCOMPARE(inference::blasWarning({inference::classifyBlas(path), path}).isEmpty(),
             kind != int(inference::BlasKind::Reference));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
