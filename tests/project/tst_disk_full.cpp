// A real full disk: PRAGMA max_page_count caps the database, and SQLite answers SQLITE_FULL exactly as when the
// disk has no room left. Each disk-full message must say so, and what was saved before must still be there.
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "jobs/JobControl.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QTest>

using namespace trapline;

namespace {

// Caps the connection at the pages it holds now: the next write that needs a new page fails with SQLITE_FULL.
void fillTheDisk(Project& project)
{
    auto& db = project.db();
    db.exec("PRAGMA max_page_count = " + std::to_string(db.scalar("PRAGMA page_count")));
}

std::int64_t scalar(const QString& projectPath, const std::string& sql)
{
    auto project = Project::open(projectPath);
    return project ? project.value()->db().scalar(sql) : -1;
}

demo::SyntheticOptions smallCard(int events, unsigned seed)
{
    demo::SyntheticOptions options;
    options.cameras = 1;
    options.eventsPerCamera = events;
    options.width = 160;
    options.height = 120;
    options.seed = seed;
    return options;
}

// An import opens its own connection, out of the test's reach; the cap gets there through the environment
// (the test-only TRAPLINE_TEST_MAX_PAGE_COUNT of core/project/Database.cpp).
class PageCap {
public:
    explicit PageCap(std::int64_t pages) { qputenv("TRAPLINE_TEST_MAX_PAGE_COUNT", QByteArray::number(pages)); }
    ~PageCap() { qunsetenv("TRAPLINE_TEST_MAX_PAGE_COUNT"); }
    PageCap(const PageCap&) = delete;
    PageCap& operator=(const PageCap&) = delete;
};

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aDatabaseFailureSaysTheDiskIsFullAndKeepsEarlierRows();
    void aReviewEditOnAFullDiskIsNotSavedAndLosesNothing();
    void anImportOnAFullDiskKeepsWhatItImportedAndResumes();
};

void TestDiskFull::aDatabaseFailureSaysTheDiskIsFullAndKeepsEarlierRows()
{
    test::ScratchProject scratch;
    int saved = 0;
    Error failure;
    {
        auto project = scratch.open();
        for (int i = 0; i < 3; ++i, ++saved)
            QVERIFY(review::createIndividual(*project, QStringLiteral("Zebra %1").arg(saved), std::nullopt).ok());
        fillTheDisk(*project);
        for (; saved < 10000; ++saved) {
            auto created = review::createIndividual(*project, QStringLiteral("Zebra %1").arg(saved), std::nullopt);
            if (!created) {
                failure = created.error();
                break;
            }
        }
    }
    QVERIFY2(saved < 10000, "the capped database never filled up");
    QCOMPARE(failure.message, QStringLiteral("Cannot create the individual \"Zebra %1\": the disk is full. Free some "
                                             "space and try again; nothing already saved was lost.").arg(saved));
    // Reopened without the cap: every individual created before the failure is there, the failed one is not.
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM individuals"), saved);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM audit_log WHERE entity = 'individuals'"), saved);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM individuals WHERE name = 'Zebra 0'"), 1);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM individuals WHERE name = 'Zebra " + std::to_string(saved) + "'"), 0);
}

void TestDiskFull::aReviewEditOnAFullDiskIsNotSavedAndLosesNothing()
{
    test::ScratchProject scratch;
    constexpr int kSequences = 2000;
    std::vector<std::int64_t> sequences;
    int saved = 0;
    Error failure;
    {
        auto project = scratch.open();
        auto& db = project->db();
        std::int64_t zebra = 0;
        {
            db::Transaction tx(db);
            const auto deployment = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
            const auto root = project->ensureImageRoot(QStringLiteral("/cards"));
            for (int i = 0; i < kSequences; ++i) {
                db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                          " VALUES (?1, ?2, ?2, 1, 'time-gap')").bind(1, deployment).bind(2, i * 100000).run();
                sequences.push_back(db.lastInsertId());
                db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash,"
                          " file_size, width, height, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, 0, ?5, 100,"
                          " 64, 48, ?6, 0)")
                    .bind(1, root).bind(2, QStringLiteral("IMG_%1.JPG").arg(i)).bind(3, deployment)
                    .bind(4, sequences.back()).bind(5, i).bind(6, i * 100000).run();
            }
            zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga")).value();
            tx.commit();
        }
        review::ReviewEditor editor(*project, QStringLiteral("ana"));
        for (; saved < 2; ++saved)
            QVERIFY(editor.labelSequence(sequences[saved], review::Label::animal(zebra, 1)).ok());
        fillTheDisk(*project);
        for (; saved < kSequences; ++saved) {
            auto edit = editor.labelSequence(sequences[saved], review::Label::animal(zebra, 1));
            if (!edit) {
                failure = edit.error();
                break;
            }
        }
    }
    QVERIFY2(saved < kSequences, "the capped database never filled up");
    QCOMPARE(failure.message, QStringLiteral("The label was not saved: the disk is full. Free some space and try "
                                             "again; nothing already saved was lost."));
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM observations WHERE method = 'human'"), saved);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM sequences WHERE review_state = 2"), saved);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM audit_log WHERE source = 'review' AND entity = 'sequences'"),
             saved);
    const std::string failed = std::to_string(sequences[saved]);
    QCOMPARE(scalar(scratch.path, "SELECT review_state FROM sequences WHERE id = " + failed), 0);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM observations WHERE sequence_id = " + failed), 0);
}

void TestDiskFull::anImportOnAFullDiskKeepsWhatItImportedAndResumes()
{
    test::ScratchProject scratch;
    const QString first = scratch.dir.filePath(QStringLiteral("first"));
    const QString second = scratch.dir.filePath(QStringLiteral("second"));
    QVERIFY(demo::generateCameraTrapTree(first, smallCard(3, 1)).ok());
    auto secondCard = demo::generateCameraTrapTree(second, smallCard(40, 2));
    QVERIFY(secondCard.ok());
    ingest::ImportOptions options;
    options.makeThumbnails = false;
    options.batchSize = 8;
    options.folders = {first};
    JobControl control;
    auto imported = ingest::ImportJob(scratch.path, options).run(control);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const std::int64_t firstMedia = imported.value().added;
    QVERIFY(firstMedia > 0);

    options.folders = {second};
    {
        // Two pages of room: the second card's rows cannot all fit.
        PageCap cap(scalar(scratch.path, "PRAGMA page_count") + 2);
        auto full = ingest::ImportJob(scratch.path, options).run(control);
        QVERIFY(!full.ok());
        QVERIFY2(full.error().message.startsWith(QStringLiteral("The disk holding %1 is full. Free some space and run "
                                                                "the import again: everything imported so far is saved")
                                                     .arg(scratch.path)),
                 qPrintable(full.error().message));
    }
    // The first card is whole, and what the second import committed before the disk filled is kept.
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM media m JOIN image_roots r ON r.id = m.root_id WHERE r.path = '" +
                                      first.toStdString() + "'"), firstMedia);
    const std::int64_t keptOfSecond = scalar(scratch.path, "SELECT count(*) FROM media") - firstMedia;
    QVERIFY(keptOfSecond < secondCard.value().images);

    // With room again, the same import skips what was kept and adds the rest.
    auto resumed = ingest::ImportJob(scratch.path, options).run(control);
    QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
    QCOMPARE(resumed.value().alreadyImported, keptOfSecond);
    QCOMPARE(resumed.value().added, secondCard.value().images - keptOfSecond);
    QCOMPARE(scalar(scratch.path, "SELECT count(*) FROM media"), firstMedia + secondCard.value().images);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
