// A killed import (SIGKILL in the middle) leaves a sound project that resumes to the same result as an
// uninterrupted import.
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace trapline;

namespace {

std::int64_t mediaCount(const QString& projectPath)
{
    try {
        db::Database db(projectPath, db::Database::Mode::ReadOnly);
        return db.scalar("SELECT count(*) FROM media");
    } catch (const db::DbError&) {
        return 0; // not created yet
    }
}

} // namespace

class TestImportKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedImportResumesToTheSameCounts();
};

void TestImportKill::killedImportResumesToTheSameCounts()
{
    QTemporaryDir cardDir;
    demo::SyntheticOptions options;
    options.cameras = 4;
    options.eventsPerCamera = 150;
    options.framesPerEvent = 3;
    options.oddFiles = true;
    const auto generated = demo::generateCameraTrapTree(cardDir.path(), options);
    QVERIFY(generated.ok());

    test::ScratchProject reference;
    QCOMPARE(test::runCli({QStringLiteral("import"), reference.path, cardDir.path()}), 0);
    QByteArray expectedJson;
    QCOMPARE(test::runCli({QStringLiteral("info"), reference.path, QStringLiteral("--json")}, &expectedJson), 0);

    test::ScratchProject scratch;
    QProcess import;
    import.start(QStringLiteral(TRAPLINE_CLI_PATH),
                 {QStringLiteral("import"), scratch.path, cardDir.path(), QStringLiteral("--batch"), QStringLiteral("50")});
    QVERIFY(import.waitForStarted());
    // Kill as soon as some, but not all, batches are committed.
    QElapsedTimer timer;
    timer.start();
    std::int64_t seen = 0;
    while (timer.elapsed() < 60000 && import.state() == QProcess::Running) {
        seen = mediaCount(scratch.path);
        if (seen >= 100)
            break;
        QThread::msleep(5);
    }
    QVERIFY2(import.state() == QProcess::Running, "the import finished before it could be killed");
    import.kill(); // SIGKILL: no chance to clean up
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);

    {
        auto project = scratch.open();
        auto& check = project->db().cached("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        check.reset();
        const auto partial = project->counts().value();
        QVERIFY2(partial.media < generated.value().images, "killed mid-way");
        // No half-written media: every row has what the metadata pass writes together.
        QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE content_hash IS NULL OR file_size IS NULL"
                                      " OR imported_at_ms IS NULL OR (width IS NULL AND import_error IS NULL)"),
                 std::int64_t(0));
        QCOMPARE(project->db().scalar("SELECT count(*) FROM jobs WHERE state = 'running'"), std::int64_t(1));
    }

    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("resume"), scratch.path}, nullptr, &err), 0);
    QByteArray resumedJson;
    QCOMPARE(test::runCli({QStringLiteral("info"), scratch.path, QStringLiteral("--json")}, &resumedJson), 0);
    QCOMPARE(resumedJson, expectedJson);
    auto project = scratch.open();
    QCOMPARE(project->db().scalar("SELECT count(*) FROM jobs WHERE state = 'interrupted'"), std::int64_t(1));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM media WHERE sequence_id IS NULL"), std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
