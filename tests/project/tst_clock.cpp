// The clock seam: every row a write stamps carries the time of trapline::Clock, so a test that installs a mock
// clock reads back exactly the time it set.
#include "Clock.h"
#include "DateTimes.h"
#include "MockClock.h"
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "jobs/JobControl.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QDateTime>
#include <QTest>

using namespace trapline;

namespace {

// 2023-11-14 22:13:20.123 UTC: far from today, so a stamp taken from the system clock cannot match it by chance.
constexpr std::int64_t kMockMs = 1700000000123;

} // namespace

class TestClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aReviewEditAndItsAuditRowCarryTheMockTime();
    void anImportStampsItsMediaJobAndAuditWithTheMockTime();
    void theSystemClockIsBackOnceTheMockIsGone();
};

void TestClock::aReviewEditAndItsAuditRowCarryTheMockTime()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    auto& db = project->db();
    std::int64_t sequence = 0;
    {
        db::Transaction tx(db);
        const auto deployment = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        const auto root = project->ensureImageRoot(QStringLiteral("/cards"));
        db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                  " VALUES (?1, 0, 1000, 1, 'time-gap')")
            .bind(1, deployment)
            .run();
        sequence = db.lastInsertId();
        db.cached(
              "INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,"
              " width, height, taken_at_ms, imported_at_ms) VALUES (?1, 'IMG_1.JPG', ?2, ?3, 0, 1, 100, 64, 48, 0, 0)")
            .bind(1, root)
            .bind(2, deployment)
            .bind(3, sequence)
            .run();
        tx.commit();
    }
    test::MockClock clock(kMockMs);
    std::int64_t zebra = 0;
    {
        db::Transaction tx(db);
        zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga")).value();
        tx.commit();
    }
    review::ReviewEditor editor(*project, QStringLiteral("ana"));
    auto edit = editor.labelSequence(sequence, review::Label::animal(zebra, 1));
    QVERIFY2(edit.ok(), edit.ok() ? "" : qPrintable(edit.error().message));
    QCOMPARE(db.scalar("SELECT classified_ms FROM observations WHERE method = 'human'"), kMockMs);
    QCOMPARE(db.scalar("SELECT at_ms FROM audit_log WHERE source = 'review'"), kMockMs);

    // The clock moves on; the next edit is stamped with the new time, the earlier rows keep theirs.
    clock.advance(60000);
    QVERIFY(editor.markReviewed(sequence).ok());
    QCOMPARE(db.scalar("SELECT max(at_ms) FROM audit_log WHERE source = 'review'"), kMockMs + 60000);
    QCOMPARE(db.scalar("SELECT min(at_ms) FROM audit_log WHERE source = 'review'"), kMockMs);
}

void TestClock::anImportStampsItsMediaJobAndAuditWithTheMockTime()
{
    test::ScratchProject scratch;
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = 2;
    const QString card = scratch.dir.filePath(QStringLiteral("card"));
    QVERIFY(demo::generateCameraTrapTree(card, options).ok());
    test::MockClock clock(kMockMs);
    ingest::ImportOptions importOptions;
    importOptions.folders = {card};
    importOptions.makeThumbnails = false;
    JobControl control;
    auto imported = ingest::ImportJob(scratch.path, importOptions).run(control);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QVERIFY(imported.value().added > 0);

    auto project = scratch.open();
    auto& db = project->db();
    QCOMPARE(db.scalar("SELECT count(*) FROM media"), imported.value().added);
    QCOMPARE(db.scalar("SELECT count(*) FROM media WHERE imported_at_ms = " + std::to_string(kMockMs)),
             imported.value().added);
    QCOMPARE(db.scalar("SELECT started_ms FROM jobs WHERE kind = 'import'"), kMockMs);
    QCOMPARE(db.scalar("SELECT finished_ms FROM jobs WHERE kind = 'import'"), kMockMs);
    QCOMPARE(
        db.scalar("SELECT count(*) FROM audit_log WHERE source = 'import' AND at_ms <> " + std::to_string(kMockMs)), 0);
    QVERIFY(db.scalar("SELECT count(*) FROM audit_log WHERE source = 'import'") > 0);
}

void TestClock::theSystemClockIsBackOnceTheMockIsGone()
{
    {
        test::MockClock clock(kMockMs);
        QCOMPARE(Clock::nowMs(), kMockMs);
        QCOMPARE(Clock::nowUtc(), utcFromMSecs(kMockMs));
    }
    const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t now = Clock::nowMs();
    QVERIFY(now >= before);
    QVERIFY(now <= QDateTime::currentMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
