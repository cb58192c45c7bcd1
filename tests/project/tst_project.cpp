// The project store: SQLite RAII layer, schema migrations, compatibility checks, audit log.
#include "TestSupport.h"
#include "project/Schema.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTest>

#include <sqlite3.h>

using namespace trapline;

class TestProject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAProjectAtTheCurrentSchemaVersion();
    void refusesToCreateOverAnExistingFile();
    void refusesAMissingFile();
    void refusesAFileThatIsNotSqlite();
    void refusesAnSqliteFileThatIsNotAProject();
    void refusesAProjectFromANewerVersionWithoutChangingIt();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void duplicateMachineBoxesAreMergedByTheUpgrade();
    void usesWalAndForeignKeys();
    void aJournalThatCannotBeSetUpIsAClearError();
    void transactionRollsBackUnlessCommitted();
    void auditLogIsAppendOnly();
    void sequencePageFiltersByDeploymentAndReviewState();
    void databaseFailureLogsSqliteTextOnlyWhenAsked();
};

void TestProject::createsAProjectAtTheCurrentSchemaVersion()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    QCOMPARE(project->db().userVersion(), schema::currentVersion());
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'create'"), 1);
    const auto counts = project->counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().media, 0);
}

void TestProject::refusesToCreateOverAnExistingFile()
{
    test::ScratchProject scratch;
    auto again = Project::create(scratch.path);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("already exists")), qPrintable(again.error().message));
}

void TestProject::refusesAMissingFile()
{
    QTemporaryDir dir;
    auto opened = Project::open(dir.filePath(QStringLiteral("nothing.trapline")));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("trapline-cli init")));
}

void TestProject::refusesAFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.trapline"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("field notes, not a database\n");
    f.close();
    auto opened = Project::open(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("not a Trapline project")));
}

void TestProject::refusesAnSqliteFileThatIsNotAProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        db::Database other(path, db::Database::Mode::ReadWriteCreate);
        other.exec("CREATE TABLE t(x)");
    }
    auto opened = Project::open(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("not a Trapline project")));
}

void TestProject::refusesAProjectFromANewerVersionWithoutChangingIt()
{
    test::ScratchProject scratch;
    const int newer = schema::currentVersion() + 1;
    {
        db::Database raw(scratch.path, db::Database::Mode::ReadWrite);
        raw.setUserVersion(newer);
    }
    auto opened = Project::open(scratch.path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version of Trapline")),
             qPrintable(opened.error().message));
    db::Database raw(scratch.path, db::Database::Mode::ReadOnly);
    QCOMPARE(raw.userVersion(), newer);
}

void TestProject::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < schema::currentVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestProject::upgradesFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.trapline"));
    {
        db::Database old(path, db::Database::Mode::ReadWriteCreate);
        old.exec("PRAGMA application_id = 1414676816"); // "TRAP"
        schema::migrateTo(old, fromVersion);
    }
    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened.value()->db().userVersion(), schema::currentVersion());
    auto& check = opened.value()->db().cached("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    check.reset();
    QVERIFY(opened.value()->counts().ok());
}

// Two runs of one model, before the schema step that adds detections_machine_box, stored its boxes twice. The
// upgrade keeps the first copy of each box and moves onto it what pointed at the others: a person's label, the
// individual, an embedding, a rejected match and the review verdict; the second run's own machine labels go with
// their copies. A person's box is not touched.
void TestProject::duplicateMachineBoxesAreMergedByTheUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.trapline"));
    {
        db::Database old(path, db::Database::Mode::ReadWriteCreate);
        old.exec("PRAGMA application_id = 1414676816"); // "TRAP"
        schema::migrateTo(old, 6);
        old.exec(R"sql(
INSERT INTO image_roots(id, path) VALUES (1, '/cards');
INSERT INTO deployments(id, name) VALUES (1, 'CAM1');
INSERT INTO media(id, root_id, rel_path, deployment_id, content_hash, file_size, imported_at_ms)
    VALUES (1, 1, 'a.jpg', 1, 1, 1, 0), (2, 1, 'b.jpg', 1, 2, 1, 0);
INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (1, 'detector', 'd', 'h1', '{}', 0),
    (2, 'embedder', 'e', 'h2', '{}', 0);
INSERT INTO individuals(id, name, created_ms) VALUES (1, 'Stripe', 0);
-- First run: boxes 1 and 2 on a.jpg, 3 on b.jpg. Second run: 4 and 5 (copies of 1 and 2). A person drew 6 where 1 is.
INSERT INTO detections(id, media_id, x, y, w, h, category, confidence, source, model_id, created_ms, review) VALUES
    (1, 1, 0.1, 0.2, 0.3, 0.4, 'animal', 0.9, 'machine', 1, 0, NULL),
    (2, 1, 0.5, 0.5, 0.2, 0.2, 'animal', 0.8, 'machine', 1, 0, NULL),
    (3, 2, 0.1, 0.2, 0.3, 0.4, 'animal', 0.7, 'machine', 1, 0, NULL),
    (4, 1, 0.1, 0.2, 0.3, 0.4, 'animal', 0.9, 'machine', 1, 1, 'rejected'),
    (5, 1, 0.5, 0.5, 0.2, 0.2, 'animal', 0.8, 'machine', 1, 1, NULL),
    (6, 1, 0.1, 0.2, 0.3, 0.4, 'animal', NULL, 'human', NULL, 2, NULL);
INSERT INTO observations(id, media_id, detection_id, observation_type, method, model_id, classified_ms, individual_id)
    VALUES (1, 1, 1, 'animal', 'machine', 1, 0, NULL), (2, 1, 2, 'animal', 'machine', 1, 0, NULL),
           (3, 2, 3, 'animal', 'machine', 1, 0, NULL), (4, 1, 4, 'animal', 'machine', 1, 1, NULL),
           (5, 1, 5, 'animal', 'machine', 1, 1, 1), (6, 1, 4, 'animal', 'human', NULL, 2, NULL),
           (7, 1, 6, 'animal', 'human', NULL, 2, NULL);
INSERT INTO embeddings(detection_id, model_id, vector) VALUES (2, 2, x'01'), (4, 2, x'04'), (5, 2, x'05');
INSERT INTO match_rejections(detection_id, individual_id, rejected_ms, actor) VALUES (5, 1, 0, 'me');
)sql");
    }
    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    auto& db = opened.value()->db();
    auto column = [&](const char* sql) {
        QStringList out;
        auto& st = db.cached(sql);
        while (st.step())
            out << st.text(0);
        st.reset();
        return out.join(QLatin1Char(' '));
    };
    QCOMPARE(column("SELECT id || ':' || coalesce(review, '-') FROM detections ORDER BY id"),
             QStringLiteral("1:rejected 2:- 3:- 6:-"));
    QCOMPARE(column("SELECT id || '>' || detection_id || ':' || method || ':' || coalesce(individual_id, '-')"
                    " FROM observations ORDER BY id"),
             QStringLiteral("1>1:machine:- 2>2:machine:1 3>3:machine:- 6>1:human:- 7>6:human:-"));
    QCOMPARE(column("SELECT detection_id || ':' || hex(vector) FROM embeddings ORDER BY detection_id"),
             QStringLiteral("1:04 2:01"));
    QCOMPARE(column("SELECT detection_id || ':' || individual_id FROM match_rejections"), QStringLiteral("2:1"));
    // From now on the database itself refuses a second copy of a model's box.
    QVERIFY_THROWS_EXCEPTION(db::DbError, db.exec("INSERT INTO detections(media_id, x, y, w, h, category, confidence,"
                                                  " source, model_id, created_ms) VALUES (1, 0.1, 0.2, 0.3, 0.4,"
                                                  " 'animal', 0.5, 'machine', 1, 3)"));
    db.exec("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
            " VALUES (1, 0.1, 0.2, 0.3, 0.4, 'animal', 'human', 3)");
}

void TestProject::usesWalAndForeignKeys()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    auto& st = project->db().cached("PRAGMA journal_mode");
    QVERIFY(st.step());
    QCOMPARE(st.text(0), QStringLiteral("wal"));
    st.reset();
    QCOMPARE(project->db().scalar("PRAGMA foreign_keys"), 1);
    // A media row must name an existing deployment.
    QVERIFY_THROWS_EXCEPTION(db::DbError,
        project->db().exec("INSERT INTO media(root_id, rel_path, deployment_id, content_hash, file_size, "
                           "imported_at_ms) VALUES (99, 'a.jpg', 99, 1, 1, 0)"));
}

void TestProject::aJournalThatCannotBeSetUpIsAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.trapline"));
    QVERIFY(Project::create(path).ok());
    QFile::remove(path + QStringLiteral("-wal"));
    // A folder where SQLite must write its log: the project cannot be written safely.
    QVERIFY(QDir().mkpath(path + QStringLiteral("-wal")));
    auto opened = Project::open(path);
    QVERIFY(!opened.ok());
    const QString message = opened.error().message;
    QVERIFY2(message.contains(path + QStringLiteral("-wal")) && message.contains(QStringLiteral("not a folder")),
             qPrintable(message));
    QVERIFY(QDir().rmdir(path + QStringLiteral("-wal")));
    QVERIFY(Project::open(path).ok()); // nothing was lost
}

void TestProject::transactionRollsBackUnlessCommitted()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    {
        db::Transaction tx(project->db());
        project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("/x"));
    }
    QCOMPARE(project->db().scalar("SELECT count(*) FROM deployments"), 0);
    {
        db::Transaction tx(project->db());
        project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("/x"));
        tx.commit();
    }
    QCOMPARE(project->db().scalar("SELECT count(*) FROM deployments"), 1);
}

void TestProject::auditLogIsAppendOnly()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    project->audit({QStringLiteral("test"), QStringLiteral("insert"), QStringLiteral("x"), 1, {}, {}});
    QVERIFY_THROWS_EXCEPTION(db::DbError, project->db().exec("UPDATE audit_log SET actor = 'someone else'"));
    QVERIFY_THROWS_EXCEPTION(db::DbError, project->db().exec("DELETE FROM audit_log"));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log"), 2);
}

void TestProject::sequencePageFiltersByDeploymentAndReviewState()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    auto& db = project->db();
    db::Transaction tx(db);
    const auto a = project->ensureDeployment(QStringLiteral("A"), {});
    const auto b = project->ensureDeployment(QStringLiteral("B"), {});
    for (int i = 0; i < 10; ++i)
        db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by, review_state)"
                  " VALUES (?1, ?2, ?2, 1, 'single', ?3)")
            .bind(1, i < 6 ? a : b).bind(2, 1000 * i).bind(3, i % 2 == 0 ? 2 : 0).run();
    tx.commit();
    SequenceFilter filter;
    filter.deploymentId = a;
    QCOMPARE(project->sequencePage(filter, 200).value().size(), size_t(6));
    filter.reviewState = ReviewState::Reviewed;
    const auto reviewed = project->sequencePage(filter, 200).value();
    QCOMPARE(reviewed.size(), size_t(3));
    for (const auto& s : reviewed) {
        QCOMPARE(s.deploymentId, a);
        QCOMPARE(s.reviewState, ReviewState::Reviewed);
    }
    QCOMPARE(project->sequencePage(filter, 200, reviewed[1].cursor()).value().size(), size_t(1));
    SequenceFilter onlyReview;
    onlyReview.reviewState = ReviewState::Unreviewed;
    QCOMPARE(project->sequencePage(onlyReview, 200).value().size(), size_t(5));

    // Keyset paging visits every sequence once, in (deployment, start) order, whatever the page size.
    std::vector<std::int64_t> seen;
    SequenceCursor cursor;
    for (;;) {
        const auto page = project->sequencePage({}, 3, cursor).value();
        if (page.empty())
            break;
        for (const auto& s : page)
            seen.push_back(s.id);
        cursor = page.back().cursor();
    }
    QCOMPARE(seen.size(), size_t(10));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

namespace {

QStringList g_logged;

void keepMessage(QtMsgType, const QMessageLogContext& context, const QString& text)
{
    g_logged << QString::fromLatin1(context.category) + QStringLiteral(": ") + text;
}

} // namespace

void TestProject::databaseFailureLogsSqliteTextOnlyWhenAsked()
{
    QTemporaryDir dir;
    db::Database raw(dir.filePath(QStringLiteral("x.db")), db::Database::Mode::ReadWriteCreate);
    auto failure = [&] {
        try {
            raw.exec("SELEKT 1");
        } catch (const db::DbError& e) {
            return databaseFailure(QStringLiteral("Cannot list things"), e);
        }
        return Error{};
    };
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });
    QVERIFY(!log::db().isDebugEnabled()); // quiet unless asked
    QVERIFY(failure().message.startsWith(QStringLiteral("Cannot list things")));
    QVERIFY2(g_logged.isEmpty(), qPrintable(g_logged.join(u'\n')));

    // What QT_LOGGING_RULES=trapline.db.debug=true or trapline-cli --verbose does.
    QLoggingCategory::setFilterRules(QStringLiteral("trapline.*.debug=true"));
    failure();
    QCOMPARE(g_logged.size(), 1);
    // SQLite's own words for this statement, and its result code (SQLITE_ERROR = 1).
    QVERIFY2(g_logged.first().startsWith(QStringLiteral("trapline.db: Cannot list things")), qPrintable(g_logged.first()));
    QVERIFY2(g_logged.first().contains(QStringLiteral("near \"SELEKT\": syntax error")), qPrintable(g_logged.first()));
    QVERIFY2(g_logged.first().contains(QStringLiteral("SQLite error 1 ")), qPrintable(g_logged.first()));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
