// A team reviewing one project, in the window: File > Check In as a job with its summary, the Conflicts queue, and
// a person picking one version with undo. The images are not needed: the project's media point nowhere.
#include "TestSupport.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "jobs/JobScheduler.h"
#include "mainwindow/MainWindow.h"
#include "review/Checkout.h"
#include "review/ReviewEditor.h"
#include "review/ReviewPane.h"
#include "review/Taxa.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace trapline;

namespace {

QString labelsOf(Project& project)
{
    db::Statement st(project.db().handle(),
                     "SELECT group_concat(x, '; ') FROM (SELECT o.sequence_id || ': ' || t.scientific_name || ' by ' ||"
                     " o.classified_by AS x FROM observations o JOIN taxa t ON t.id = o.taxon_id"
                     " WHERE o.method = 'human' ORDER BY o.sequence_id, o.id)");
    return st.step() ? st.text(0) : QString();
}

std::int64_t openConflicts(Project& project)
{
    return project.db().scalar("SELECT count(*) FROM label_conflicts WHERE resolution IS NULL");
}

// True once the job has ended (false after 20 s).
bool waitFor(Job* job)
{
    QElapsedTimer timer;
    timer.start();
    while (job && job->isActive() && timer.elapsed() < 20000)
        QTest::qWait(20);
    return job && !job->isActive();
}

} // namespace

class TestTeamReviewUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aConflictIsCheckedInQueuedAndPickedWithUndo();
};

void TestTeamReviewUi::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_team_review_ui"));
}

void TestTeamReviewUi::aConflictIsCheckedInQueuedAndPickedWithUndo()
{
    qputenv("TRAPLINE_USER", "carol");
    QTemporaryDir dir;
    const QString mainPath = dir.filePath(QStringLiteral("main.trapline"));
    const QString partPath = dir.filePath(QStringLiteral("bob.trapline"));
    std::int64_t zebra = 0, impala = 0;
    {
        auto project = Project::create(mainPath).value();
        auto& db = project->db();
        db::Transaction tx(db);
        const auto dep = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        const auto root = project->ensureImageRoot(dir.filePath(QStringLiteral("nowhere")));
        for (int i = 1; i <= 2; ++i) {
            db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                      " VALUES (?1, ?2, ?2, 1, 'single')")
                .bind(1, dep)
                .bind(2, i * 60000)
                .run();
            db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash,"
                      " file_size, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, 0, ?4, 100, ?5, 0)")
                .bind(1, root)
                .bind(2, QStringLiteral("IMG_%1.JPG").arg(i))
                .bind(3, dep)
                .bind(4, i)
                .bind(5, i * 60000)
                .run();
        }
        zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga")).value();
        impala = review::ensureTaxon(*project, QStringLiteral("Aepyceros melampus")).value();
        tx.commit();
    }

    ui::MainWindow window;
    QVERIFY(window.openProject(mainPath).ok());
    review::CheckoutRequest request;
    request.reviewer = QStringLiteral("bob");
    request.sequences = {1, 2};
    request.partPath = partPath;
    request.scope = QStringLiteral("the review list");
    Job* checkOut = window.checkOutForReview(request);
    QVERIFY(waitFor(checkOut));
    QCOMPARE(checkOut->state(), JobState::Done);
    QCOMPARE(checkOut->message(), QStringLiteral("2 sequences (2 images) checked out to %1").arg(partPath));
    {
        auto part = Project::open(partPath).value();
        QVERIFY(
            review::ReviewEditor(*part, QStringLiteral("bob")).labelSequence(1, review::Label::animal(impala)).ok());
    }
    QVERIFY(review::ReviewEditor(*window.project(), QStringLiteral("carol"))
                .labelSequence(1, review::Label::animal(zebra))
                .ok());

    Job* checkIn = window.checkIn(partPath);
    QVERIFY(waitFor(checkIn));
    QCOMPARE(checkIn->state(), JobState::Done);
    QCOMPARE(checkIn->message(),
             QStringLiteral("Check-in of bob's part: 0 sequences took the reviewer's labels, 1 are in the Conflicts "
                            "queue, 1 were left as they were."));
    QCOMPARE(labelsOf(*window.project()), QStringLiteral("1: Equus quagga by carol"));

    window.queuePanel()->conflictsBox()->setChecked(true);
    QTRY_COMPARE(window.sequenceModel()->rowCount(), 1);
    QVERIFY(window.selectSequence(1));
    auto* bar = window.reviewPane()->conflictBar();
    QVERIFY(!bar->isHidden());
    auto* takeTheirs = bar->findChild<QPushButton*>(QStringLiteral("conflictTakeTheirs"));
    QVERIFY(takeTheirs);
    QCOMPARE(takeTheirs->text(), QStringLiteral("Take bob's"));
    takeTheirs->click();
    QCOMPARE(labelsOf(*window.project()), QStringLiteral("1: Aepyceros melampus by bob"));
    QCOMPARE(openConflicts(*window.project()), 0);
    QVERIFY(bar->isHidden());

    window.undoStack()->undo();
    QCOMPARE(labelsOf(*window.project()), QStringLiteral("1: Equus quagga by carol"));
    QCOMPARE(openConflicts(*window.project()), 1);
    QVERIFY(!bar->isHidden());
    window.undoStack()->redo();
    QCOMPARE(labelsOf(*window.project()), QStringLiteral("1: Aepyceros melampus by bob"));
    QCOMPARE(openConflicts(*window.project()), 0);
}

QTEST_MAIN(TestTeamReviewUi)
#include "tst_team_review_ui.moc"
