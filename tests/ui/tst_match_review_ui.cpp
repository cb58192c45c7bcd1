// Confirming proposed individuals, by key press as a person would: proposals from embeddings, a confirmation that
// gives the individual its sighting, a rejection that is never proposed again, undo and redo of both, and the
// keypoints drawn between the two sightings.
#include "Herd.h"
#include "TestSupport.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "mainwindow/MainWindow.h"
#include "reid/MatchProposals.h"

#include <QDir>
#include <QTest>
#include <QUndoStack>

using namespace trapline;
using trapline::test::Herd;

namespace {

std::int64_t individualOf(ui::MainWindow& window, std::int64_t box)
{
    auto& st = window.project()->db().cached("SELECT coalesce(individual_id, 0) FROM observations WHERE detection_id = ?1"
                                             " AND method = 'human'");
    st.bind(1, box);
    st.step();
    const auto id = st.integer(0);
    st.reset();
    return id;
}

} // namespace

class TestMatchReviewUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposalsComeFromTheClosestSightings();
    void confirmAndRejectByKeyWithUndo();
    void realNyalaFlanksShareKeypoints();
    void withoutAnEmbedderKeypointsPropose();
    void individualsAreRenamedMergedAndSplitWithUndo();
};

void TestMatchReviewUi::proposalsComeFromTheClosestSightings()
{
    Herd herd;
    auto project = Project::open(herd.path).value();
    JobControl control;
    auto summary = reid::computeProposals(*project, {}, control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().gallery, 2);
    QCOMPARE(summary.value().queries, 2);
    auto pending = reid::pendingMatches(*project).value();
    QCOMPARE(pending.size(), size_t(2));
    QCOMPARE(pending[0].query.detectionId, herd.q1);
    QCOMPARE(pending[0].candidates[0].individualId, herd.stripes);
    QCOMPARE(pending[0].candidates[0].reference->detectionId, herd.a1);
    QCOMPARE(pending[1].candidates[0].individualId, herd.spots);
    // Re-ranked by the keypoints each pair shares: the same coats still come first, by many inliers.
    reid::ProposalOptions verified;
    verified.verifyWithLocalFeatures = true;
    QVERIFY(reid::computeProposals(*project, verified, control).ok());
    pending = reid::pendingMatches(*project).value();
    QCOMPARE(pending[0].candidates[0].individualId, herd.stripes);
    QVERIFY(pending[0].candidates[0].score > 20);
    QCOMPARE(pending[0].candidates[0].matcher, QStringLiteral("embedding+sift"));
}

void TestMatchReviewUi::confirmAndRejectByKeyWithUndo()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    {
        JobControl control;
        QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    }
    ui::MatchReviewDialog dialog(window.project(), window.undoStack(), QStringLiteral("ana"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.pendingCount(), 2);
    QCOMPARE(dialog.currentMatch()->query.detectionId, herd.q1);
    QCOMPARE(dialog.currentCandidate()->individualId, herd.stripes);
    // The same coat, turned: the keypoints it shares with Stripes' sighting are drawn.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keypointsShown(), 20000);
    QVERIFY(dialog.view()->matchCount() > 20);

    QTest::keyClick(&dialog, Qt::Key_Y);
    QCOMPARE(individualOf(window, herd.q1), herd.stripes);
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'assign-individual' AND actor = 'ana'"), 1);
    QCOMPARE(dialog.pendingCount(), 1); // q1 has its individual now
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(individualOf(window, herd.q1), 0);
    QCOMPARE(dialog.pendingCount(), 2);
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(individualOf(window, herd.q1), herd.stripes);

    // q2's best candidate is Spots; rejecting it leaves Stripes, and Spots is never proposed for q2 again.
    QCOMPARE(dialog.currentMatch()->query.detectionId, herd.q2);
    QCOMPARE(dialog.currentCandidate()->individualId, herd.spots);
    QTest::keyClick(&dialog, Qt::Key_N);
    QVERIFY(reid::isRejected(*window.project(), herd.q2, herd.spots));
    QCOMPARE(dialog.currentCandidate()->individualId, herd.stripes);
    {
        JobControl control;
        QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    }
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM match_proposals WHERE detection_id = " +
                                           std::to_string(herd.q2) + " AND individual_id = " + std::to_string(herd.spots)), 0);
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!reid::isRejected(*window.project(), herd.q2, herd.spots));

    // With the rejection taken back, Spots is proposed for q2 again; Right and Left move between candidates.
    {
        JobControl control;
        QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    }
    dialog.reload();
    QCOMPARE(dialog.currentCandidate()->individualId, herd.spots);
    QTest::keyClick(&dialog, Qt::Key_Right);
    QCOMPARE(dialog.currentCandidate()->rank, 2);
    QTest::keyClick(&dialog, Qt::Key_Left);
    QCOMPARE(dialog.currentCandidate()->rank, 1);
}

void TestMatchReviewUi::realNyalaFlanksShareKeypoints()
{
    TRAPLINE_REQUIRE_SHARED_DATA("nyala-reid/Nyala_Data_Zero/test");
    // Nyala 3's left flank photographed on two occasions, and nyala 8 for the other individual.
    Herd herd(dataPath, {QStringLiteral("3/16_leftphoto.jpg"), QStringLiteral("8/21_leftphoto.jpg"),
                         QStringLiteral("3/73_leftphoto.jpg"), QStringLiteral("8/75_leftphoto.jpg")});
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    JobControl control;
    QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    ui::MatchReviewDialog dialog(window.project(), window.undoStack(), QStringLiteral("ana"));
    dialog.resize(1200, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentMatch()->query.detectionId, herd.q1);
    QCOMPARE(dialog.currentCandidate()->individualId, herd.stripes);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keypointsShown(), 30000);
    // Photos of one flank months apart rarely share many keypoints (pose, light, coat condition): the figure is
    // reported, not required; the embedding ranked the right individual first.
    qInfo("nyala 3, two left-flank photos: %d keypoint pairs agree", dialog.view()->matchCount());
    // The user guide's picture of this step.
    QDir().mkpath(QStringLiteral(TRAPLINE_BINARY_DIR "/screenshots"));
    QVERIFY(dialog.grab().save(QStringLiteral(TRAPLINE_BINARY_DIR "/screenshots/guide-match.png")));
}

void TestMatchReviewUi::withoutAnEmbedderKeypointsPropose()
{
    Herd herd;
    auto project = Project::open(herd.path).value();
    project->db().exec("DELETE FROM embeddings");
    JobControl control;
    auto summary = reid::computeProposals(*project, {}, control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().matcher, QStringLiteral("sift"));
    const auto pending = reid::pendingMatches(*project).value();
    QCOMPARE(pending.size(), size_t(2));
    QCOMPARE(pending[0].query.detectionId, herd.q1);
    QCOMPARE(pending[0].candidates[0].individualId, herd.stripes);
    QVERIFY(pending[0].candidates[0].score >= 20);
    QCOMPARE(pending[1].candidates[0].individualId, herd.spots);
}

void TestMatchReviewUi::individualsAreRenamedMergedAndSplitWithUndo()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    auto& db = window.project()->db();
    // q1 is Stripes too, so Stripes has two sightings.
    db.exec("UPDATE observations SET individual_id = 1 WHERE detection_id = " + std::to_string(herd.q1));
    ui::IndividualsDialog dialog(window.project(), window.undoStack(), QStringLiteral("ana"));
    QCOMPARE(dialog.individualCount(), 2);
    dialog.selectIndividual(herd.stripes);
    QCOMPARE(dialog.sightingCount(), 2);

    QVERIFY(dialog.rename(herd.stripes, QStringLiteral("Old Stripes")).ok());
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Old Stripes'"), 1);
    window.undoStack()->undo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Stripes'"), 1);

    // Spots turns out to be Stripes: one individual with three sightings; undo brings Spots back whole.
    QVERIFY(dialog.merge(herd.spots, herd.stripes).ok());
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM observations WHERE individual_id = 1"), 3);
    window.undoStack()->undo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE id = 2 AND name = 'Spots'"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM observations WHERE individual_id = 2"), 1);
    window.undoStack()->redo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals"), 1);
    window.undoStack()->undo();

    // q1 was another animal after all: split it off Stripes as "Zig".
    const auto q1Observation = db.scalar("SELECT id FROM observations WHERE detection_id = " + std::to_string(herd.q1));
    QVERIFY(dialog.split(herd.stripes, {q1Observation}, QStringLiteral("Zig")).ok());
    QCOMPARE(db.scalar("SELECT count(*) FROM observations o JOIN individuals i ON i.id = o.individual_id"
                       " WHERE i.name = 'Zig' AND o.id = " + std::to_string(q1Observation)), 1);
    QCOMPARE(db.scalar("SELECT taxon_id FROM individuals WHERE name = 'Zig'"), 1); // the species comes along
    window.undoStack()->undo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Zig'"), 0);
    QCOMPARE(db.scalar("SELECT individual_id FROM observations WHERE id = " + std::to_string(q1Observation)), 1);
    window.undoStack()->redo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Zig'"), 1);
    QVERIFY(!dialog.split(herd.spots, {q1Observation}, QStringLiteral("Nope")).ok()); // not one of Spots' sightings
    QCOMPARE(db.scalar("SELECT count(*) FROM audit_log WHERE source = 'reid' AND actor = 'ana'"), 9); // rename, merge, split; four undos; two redos
}

QTEST_MAIN(TestMatchReviewUi)
#include "tst_match_review_ui.moc"
