// trapline-cli: commands, exit codes, JSON output and error messages.
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trapline;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initImportInfoRoundTrip();
    void infoJsonPrintsOnlyJson();
    void wrongUsageExitsWithTwo();
    void missingProjectIsAClearError();
    void versionPrints();
    void timesShiftsADeploymentAndRefusesBadInput();
};

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
