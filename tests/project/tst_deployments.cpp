// Deployment properties: the checks on the values, the clock's offset through daylight saving time, and the
// `trapline-cli deployments list|set|import` commands, each saving all or nothing with an audit entry.
#include "TestSupport.h"
#include "DateTimes.h"
#include "formats/Csv.h"
#include "project/Deployments.h"
#include "project/Project.h"

#include <QDateTime>
#include <QTest>

#include <climits>

using namespace trapline;

namespace {

std::int64_t addDeployment(Project& project, const QString& name)
{
    db::Transaction tx(project.db());
    const auto id = project.ensureDeployment(name, QStringLiteral("/cards/") + name);
    tx.commit();
    return id;
}

std::int64_t wallClock(int y, int mo, int d, int h, int mi)
{
    return trapline::utcDateTime(QDate(y, mo, d), QTime(h, mi)).toMSecsSinceEpoch();
}

} // namespace

class TestDeployments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utcOffsetsParse_data();
    void utcOffsetsParse();
    void theClockFollowsDaylightSavingTime();
    void badValuesAreNamed_data();
    void badValuesAreNamed();
    void cliSetSavesWithAnAuditEntry();
    void cliSetRefusesBadValuesAndChangesNothing();
    void cliListShowsTheProperties();
    void csvImportIsAllOrNothingAndKeepsWhatIsEmpty();
};

void TestDeployments::utcOffsetsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // INT_MIN: not an offset
    QTest::newRow("+02:00") << QStringLiteral("+02:00") << 7200;
    QTest::newRow("-03:30") << QStringLiteral("-03:30") << -12600;
    QTest::newRow("+0530") << QStringLiteral("+0530") << 19800;
    QTest::newRow("UTC+3") << QStringLiteral("UTC+3") << 10800;
    QTest::newRow("Z") << QStringLiteral("Z") << 0;
    QTest::newRow("no sign") << QStringLiteral("02:00") << INT_MIN;
    QTest::newRow("zone name") << QStringLiteral("Europe/Paris") << INT_MIN;
    QTest::newRow("minutes 75") << QStringLiteral("+01:75") << INT_MIN;
}

void TestDeployments::utcOffsetsParse()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QCOMPARE(parseUtcOffset(text), seconds == INT_MIN ? std::optional<int>() : std::optional<int>(seconds));
    if (seconds != INT_MIN)
        QCOMPARE(parseUtcOffset(formatUtcOffset(seconds)), std::optional<int>(seconds));
}

void TestDeployments::theClockFollowsDaylightSavingTime()
{
    // Paris keeps CET (+01:00) in winter and CEST (+02:00) from the last Sunday of March to the last of October.
    DeploymentProperties paris;
    paris.timeZone = QStringLiteral("Europe/Paris");
    QCOMPARE(paris.offsetAt(wallClock(2021, 1, 15, 12, 0)), std::optional<int>(3600));
    QCOMPARE(paris.offsetAt(wallClock(2021, 7, 1, 12, 0)), std::optional<int>(7200));
    QCOMPARE(paris.offsetAt(wallClock(2021, 3, 28, 1, 59)), std::optional<int>(3600));
    QCOMPARE(paris.offsetAt(wallClock(2021, 3, 28, 3, 0)), std::optional<int>(7200));
    // A zone wins over a fixed offset; a fixed offset holds all year; neither is unknown.
    paris.utcOffsetSeconds = 0;
    QCOMPARE(paris.offsetAt(wallClock(2021, 7, 1, 12, 0)), std::optional<int>(7200));
    DeploymentProperties fixed;
    fixed.utcOffsetSeconds = 19800;
    QCOMPARE(fixed.offsetAt(wallClock(2021, 7, 1, 12, 0)), std::optional<int>(19800));
    QCOMPARE(DeploymentProperties{}.offsetAt(wallClock(2021, 7, 1, 12, 0)), std::optional<int>());
}

void TestDeployments::badValuesAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latitude") << QStringLiteral("latitude") << QStringLiteral("Latitude 91 is outside -90..90");
    QTest::newRow("longitude") << QStringLiteral("longitude") << QStringLiteral("Longitude -181 is outside -180..180");
    QTest::newRow("half a position") << QStringLiteral("half") << QStringLiteral("both latitude and longitude");
    QTest::newRow("uncertainty") << QStringLiteral("uncertainty") << QStringLiteral("at least 1");
    QTest::newRow("height") << QStringLiteral("height") << QStringLiteral("0 or more");
    QTest::newRow("zone") << QStringLiteral("zone") << QStringLiteral("\"Mars/Olympus\" is not a time zone");
    QTest::newRow("offset") << QStringLiteral("offset") << QStringLiteral("outside -12:00..+14:00");
    QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("\"KE\" is not an ISO 3166-1 alpha-3 code");
    QTest::newRow("region") << QStringLiteral("region") << QStringLiteral("\"Cal\" is not a first-level region code");
    QTest::newRow("region without country")
        << QStringLiteral("regionOnly") << QStringLiteral("country of the region CA");
}

void TestDeployments::badValuesAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    DeploymentProperties p;
    p.latitude = 10;
    p.longitude = 20;
    QVERIFY(p.problems().isEmpty());
    if (field == u"latitude")
        p.latitude = 91;
    else if (field == u"longitude")
        p.longitude = -181;
    else if (field == u"half")
        p.longitude.reset();
    else if (field == u"uncertainty")
        p.coordinateUncertaintyM = 0;
    else if (field == u"height")
        p.cameraHeightM = -1;
    else if (field == u"zone")
        p.timeZone = QStringLiteral("Mars/Olympus");
    else if (field == u"country")
        p.countryCode = QStringLiteral("KE");
    else if (field == u"region")
        p.countryCode = QStringLiteral("USA"), p.admin1Region = QStringLiteral("Cal");
    else if (field == u"regionOnly")
        p.admin1Region = QStringLiteral("CA");
    else
        p.utcOffsetSeconds = 15 * 3600;
    const QStringList problems = p.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(expected), qPrintable(problems[0]));
}

void TestDeployments::cliSetSavesWithAnAuditEntry()
{
    test::ScratchProject scratch;
    const auto id = addDeployment(*scratch.open(), QStringLiteral("cam1"));
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("deployments"),
                           QStringLiteral("set"),
                           scratch.path,
                           QStringLiteral("--deployment"),
                           QStringLiteral("cam1"),
                           QStringLiteral("--lat"),
                           QStringLiteral("52.70442"),
                           QStringLiteral("--lon"),
                           QStringLiteral("23.84995"),
                           QStringLiteral("--uncertainty"),
                           QStringLiteral("30"),
                           QStringLiteral("--timezone"),
                           QStringLiteral("Europe/Warsaw"),
                           QStringLiteral("--camera-model"),
                           QStringLiteral("Reconyx HyperFire 2"),
                           QStringLiteral("--height"),
                           QStringLiteral("0.5"),
                           QStringLiteral("--location-name"),
                           QStringLiteral("Białowieża MRI 01"),
                           QStringLiteral("--country"),
                           QStringLiteral("pol"),
                           QStringLiteral("--region"),
                           QStringLiteral("PD")},
                          nullptr, &err),
             0);
    auto project = scratch.open();
    const auto p = deploymentProperties(*project, id);
    QVERIFY(p.ok());
    QCOMPARE(p.value().latitude, std::optional<double>(52.70442));
    QCOMPARE(p.value().longitude, std::optional<double>(23.84995));
    QCOMPARE(p.value().coordinateUncertaintyM, std::optional<int>(30));
    QCOMPARE(p.value().timeZone, QStringLiteral("Europe/Warsaw"));
    QCOMPARE(p.value().utcOffsetSeconds, std::optional<int>());
    QCOMPARE(p.value().cameraModel, QStringLiteral("Reconyx HyperFire 2"));
    QCOMPARE(p.value().cameraHeightM, std::optional<double>(0.5));
    QCOMPARE(p.value().locationName, QStringLiteral("Białowieża MRI 01"));
    QCOMPARE(p.value().countryCode, QStringLiteral("POL")); // upper-cased, as SpeciesNet's geofence keys are
    QCOMPARE(p.value().admin1Region, QStringLiteral("PD"));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'cli' AND action = 'update'"
                                  " AND entity = 'deployments' AND details LIKE '%\"after\":{%52.70442%' AND details LIKE '%\"before\":{%'"),
             std::int64_t(1));

    // A fixed offset replaces the zone; what was not given stays.
    QCOMPARE(test::runCli({QStringLiteral("deployments"), QStringLiteral("set"), scratch.path, QStringLiteral("--deployment"),
                           QStringLiteral("cam1"), QStringLiteral("--utc-offset"), QStringLiteral("+01:00")}, nullptr, &err), 0);
    const auto q = deploymentProperties(*project, id);
    QCOMPARE(q.value().utcOffsetSeconds, std::optional<int>(3600));
    QCOMPARE(q.value().timeZone, QString());
    QCOMPARE(q.value().latitude, std::optional<double>(52.70442));
}

void TestDeployments::cliSetRefusesBadValuesAndChangesNothing()
{
    test::ScratchProject scratch;
    const auto id = addDeployment(*scratch.open(), QStringLiteral("cam1"));
    const QStringList set{QStringLiteral("deployments"), QStringLiteral("set"), scratch.path};
    QByteArray err;
    QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--deployment"), QStringLiteral("cam1"), QStringLiteral("--lat"),
                                            QStringLiteral("95"), QStringLiteral("--lon"), QStringLiteral("10")}, nullptr, &err), 1);
    QVERIFY2(err.contains("Latitude 95 is outside -90..90") && err.contains("Nothing was changed"), err.constData());
    QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--deployment"), QStringLiteral("cam9"), QStringLiteral("--lat"),
                                            QStringLiteral("5")}, nullptr, &err), 1);
    QVERIFY2(err.contains("no deployment \"cam9\"") && err.contains("trapline-cli deployments list"), err.constData());
    QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--deployment"), QStringLiteral("cam1"), QStringLiteral("--utc-offset"),
                                            QStringLiteral("two hours")}, nullptr, &err), 2);
    QVERIFY2(err.contains("+02:00"), err.constData());
    QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--deployment"), QStringLiteral("cam1"), QStringLiteral("--timezone"),
                                            QStringLiteral("Europe/Atlantis")}, nullptr, &err), 1);
    QVERIFY2(err.contains("not a time zone"), err.constData());
    QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--deployment"), QStringLiteral("cam1"),
                                            QStringLiteral("--country"), QStringLiteral("Kenya")},
                          nullptr, &err),
             1);
    QVERIFY2(err.contains("ISO 3166-1 alpha-3"), err.constData());
    auto project = scratch.open();
    const auto p = deploymentProperties(*project, id);
    QCOMPARE(p.value().latitude, std::optional<double>());
    QCOMPARE(p.value().timeZone, QString());
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE entity = 'deployments' AND action = 'update'"), std::int64_t(0));
}

void TestDeployments::cliListShowsTheProperties()
{
    test::ScratchProject scratch;
    {
        auto project = scratch.open();
        const auto id = addDeployment(*project, QStringLiteral("cam1"));
        addDeployment(*project, QStringLiteral("cam2"));
        auto p = deploymentProperties(*project, id).value();
        p.latitude = -2.33;
        p.longitude = 34.83;
        p.utcOffsetSeconds = 10800;
        QVERIFY(setDeploymentProperties(*project, {p}, QStringLiteral("test")).ok());
    }
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("deployments"), QStringLiteral("list"), scratch.path}, &out, &err), 0);
    QVERIFY2(out.contains("cam1\n  position: -2.33, 34.83") && out.contains("clock: UTC+03:00"), out.constData());
    QVERIFY2(out.contains("cam2\n  position: -, -") && out.contains("clock: unknown"), out.constData());
    QVERIFY2(err.contains("1 deployment(s) have no position"), err.constData());
}

void TestDeployments::csvImportIsAllOrNothingAndKeepsWhatIsEmpty()
{
    test::ScratchProject scratch;
    std::int64_t cam1 = 0, cam2 = 0;
    {
        auto project = scratch.open();
        cam1 = addDeployment(*project, QStringLiteral("cam1"));
        cam2 = addDeployment(*project, QStringLiteral("cam2"));
        auto p = deploymentProperties(*project, cam1).value();
        p.cameraModel = QStringLiteral("Browning BTC-8E");
        QVERIFY(setDeploymentProperties(*project, {p}, QStringLiteral("test")).ok());
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("deployments.csv"));
    const QStringList header{QStringLiteral("deploymentID"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                             QStringLiteral("coordinateUncertainty"), QStringLiteral("cameraModel"), QStringLiteral("timezone")};
    QVERIFY(formats::writeCsvFile(csv, header, {{QStringLiteral("cam1"), QStringLiteral("51.1"), QStringLiteral("4.2"), QStringLiteral("10"),
                                                 QString(), QStringLiteral("Europe/Brussels")},
                                                {QStringLiteral("cam2"), QStringLiteral("north"), QStringLiteral("4.3"), QString(),
                                                 QStringLiteral("Reconyx"), QStringLiteral("+01:00")}}).ok());
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("deployments"), QStringLiteral("import"), scratch.path, csv}, nullptr, &err), 1);
    QVERIFY2(err.contains("line 3") && err.contains("latitude \"north\" is not a number") && err.contains("Nothing was changed"),
             err.constData());
    {
        auto project = scratch.open();
        QCOMPARE(deploymentProperties(*project, cam1).value().latitude, std::optional<double>());
    }

    QVERIFY(formats::writeCsvFile(csv, header, {{QStringLiteral("cam1"), QStringLiteral("51.1"), QStringLiteral("4.2"), QStringLiteral("10"),
                                                 QString(), QStringLiteral("Europe/Brussels")},
                                                {QStringLiteral("cam2"), QStringLiteral("51.2"), QStringLiteral("4.3"), QString(),
                                                 QStringLiteral("Reconyx"), QStringLiteral("+01:00")}}).ok());
    QCOMPARE(test::runCli({QStringLiteral("deployments"), QStringLiteral("import"), scratch.path, csv}, nullptr, &err), 0);
    auto project = scratch.open();
    const auto one = deploymentProperties(*project, cam1).value();
    QCOMPARE(one.latitude, std::optional<double>(51.1));
    QCOMPARE(one.coordinateUncertaintyM, std::optional<int>(10));
    QCOMPARE(one.timeZone, QStringLiteral("Europe/Brussels"));
    QCOMPARE(one.cameraModel, QStringLiteral("Browning BTC-8E")); // the empty cell kept it
    const auto two = deploymentProperties(*project, cam2).value();
    QCOMPARE(two.longitude, std::optional<double>(4.3));
    QCOMPARE(two.utcOffsetSeconds, std::optional<int>(3600));
    QCOMPARE(two.cameraModel, QStringLiteral("Reconyx"));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'cli' AND entity = 'deployments'"), std::int64_t(2));
}

QTEST_GUILESS_MAIN(TestDeployments)
#include "tst_deployments.moc"
