// Undo commands outlive the dialogs that pushed them: a confirmation, a rejection or an edit of individuals is
// undone and redone on the main window's stack after its dialog is gone, and the database returns to each state.
// Built with the sanitizers too (scripts/run-sanitized-tests.sh), where a command reaching into a deleted dialog is
// a heap-use-after-free. An undo the database refuses is reported and leaves the stack. The review pane re-reads
// only what a write touched, whichever connection wrote it (ProjectWatch).
#include "Herd.h"
#include "TestSupport.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "mainwindow/MainWindow.h"
#include "reid/MatchProposals.h"
#include "review/ReviewEditor.h"
#include "review/ReviewPane.h"
#include "undo/UndoReport.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace trapline;
using trapline::test::Herd;

namespace {

std::int64_t individualOf(ui::MainWindow& window, std::int64_t box)
{
    return window.project()->db().scalar("SELECT coalesce(individual_id, 0) FROM observations WHERE method = 'human'"
                                         " AND detection_id = " +
                                         std::to_string(box));
}

std::int64_t sequenceOf(Project& project, const char* file)
{
    return project.db().scalar(std::string("SELECT sequence_id FROM media WHERE rel_path = '") + file + "'");
}

} // namespace

class TestUndoUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchUndoOutlivesTheDialog();
    void individualsUndoOutlivesTheDialog();
    void aRefusedUndoIsReportedAndLeavesTheStack();
    void aRefusedRedoIsReportedAndLeavesTheStack();
    void theReviewPaneRereadsOnlyWhatChanged();
};

void TestUndoUi::matchUndoOutlivesTheDialog()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    {
        JobControl control;
        QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    }
    auto* undo = window.undoStack();
    auto* dialog = new ui::MatchReviewDialog(window.project(), undo, QStringLiteral("ana"));
    QCOMPARE(dialog->currentMatch()->query.detectionId, herd.q1);
    QCOMPARE(dialog->currentCandidate()->individualId, herd.stripes);
    dialog->confirm();
    QCOMPARE(individualOf(window, herd.q1), herd.stripes);
    QCOMPARE(dialog->currentMatch()->query.detectionId, herd.q2);
    QCOMPARE(dialog->currentCandidate()->individualId, herd.spots);
    dialog->reject();
    QVERIFY(reid::isRejected(*window.project(), herd.q2, herd.spots));
    QCOMPARE(undo->count(), 2);
    delete dialog; // closed by the person; the window's stack keeps both commands

    undo->undo();
    QVERIFY(!reid::isRejected(*window.project(), herd.q2, herd.spots));
    undo->undo();
    QCOMPARE(individualOf(window, herd.q1), 0);
    undo->redo();
    QCOMPARE(individualOf(window, herd.q1), herd.stripes);
    undo->redo();
    QVERIFY(reid::isRejected(*window.project(), herd.q2, herd.spots));
    QCOMPARE(undo->index(), 2);
}

void TestUndoUi::individualsUndoOutlivesTheDialog()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    auto& db = window.project()->db();
    auto* undo = window.undoStack();
    auto* dialog = new ui::IndividualsDialog(window.project(), undo, QStringLiteral("ana"));
    QVERIFY(dialog->rename(herd.stripes, QStringLiteral("Old Stripes")).ok());
    QVERIFY(dialog->merge(herd.spots, herd.stripes).ok());
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals"), 1);
    delete dialog;

    undo->undo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE id = 2 AND name = 'Spots'"), 1);
    undo->undo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE id = 1 AND name = 'Stripes'"), 1);
    undo->redo();
    undo->redo();
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Old Stripes'"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM observations WHERE individual_id = 1"), 2);
}

void TestUndoUi::aRefusedUndoIsReportedAndLeavesTheStack()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    auto& db = window.project()->db();
    auto* undo = window.undoStack();
    QSignalSpy failures(ui::UndoReport::instance(), &ui::UndoReport::failed);
    {
        ui::IndividualsDialog dialog(window.project(), undo, QStringLiteral("ana"));
        QVERIFY(dialog.rename(herd.stripes, QStringLiteral("Old Stripes")).ok());
    }
    QCOMPARE(undo->count(), 1);
    // The database refuses every change to individuals from now on, as a read-only or full disk would.
    db.exec("CREATE TRIGGER refuse BEFORE UPDATE ON individuals BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    undo->undo();
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("rename individual"));
    QVERIFY(failures.at(0).at(1).toString().contains(QStringLiteral("refused by the test")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("refused by the test")));
    // The name was not put back, and the stack does not claim it was: nothing is left to redo into a wrong state.
    QCOMPARE(db.scalar("SELECT count(*) FROM individuals WHERE name = 'Old Stripes'"), 1);
    QCOMPARE(undo->count(), 0);
    QVERIFY(!undo->canRedo());
    QVERIFY(!undo->canUndo());
}

void TestUndoUi::aRefusedRedoIsReportedAndLeavesTheStack()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    {
        JobControl control;
        QVERIFY(reid::computeProposals(*window.project(), {}, control).ok());
    }
    auto& db = window.project()->db();
    auto* undo = window.undoStack();
    QSignalSpy failures(ui::UndoReport::instance(), &ui::UndoReport::failed);
    {
        ui::MatchReviewDialog dialog(window.project(), undo, QStringLiteral("ana"));
        QCOMPARE(dialog.currentMatch()->query.detectionId, herd.q1);
        QCOMPARE(dialog.currentCandidate()->individualId, herd.stripes);
        dialog.reject();
    }
    QVERIFY(reid::isRejected(*window.project(), herd.q1, herd.stripes));
    undo->undo();
    QVERIFY(!reid::isRejected(*window.project(), herd.q1, herd.stripes));
    QCOMPARE(failures.count(), 0);
    QVERIFY(undo->canRedo());
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON match_rejections BEGIN SELECT RAISE(ABORT, 'refused by the test');"
            " END");
    undo->redo();
    QCOMPARE(failures.count(), 1);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("reject match"));
    QVERIFY(failures.at(0).at(1).toString().contains(QStringLiteral("refused by the test")));
    QVERIFY(!reid::isRejected(*window.project(), herd.q1, herd.stripes));
    QCOMPARE(undo->count(), 0);
    QVERIFY(!undo->canRedo());
    QVERIFY(!undo->canUndo());
}

void TestUndoUi::theReviewPaneRereadsOnlyWhatChanged()
{
    Herd herd;
    ui::MainWindow window;
    QVERIFY(window.openProject(herd.path).ok());
    auto* pane = window.reviewPane();
    qRegisterMetaType<std::vector<review::Taxon>>();
    qRegisterMetaType<std::vector<review::Individual>>();
    // Another connection to the same file, as a job or a second window would have.
    auto other = Project::open(herd.path).value();
    const auto shown = sequenceOf(*other, "q1.jpg"), elsewhere = sequenceOf(*other, "q2.jpg");
    QVERIFY(window.selectSequence(shown));
    QCOMPARE(pane->currentSequence(), std::optional<std::int64_t>(shown));
    QSignalSpy reads(pane, &ui::ReviewPane::sequenceRead);
    QSignalSpy vocabulary(pane, &ui::ReviewPane::vocabularyChanged);

    // A label on another sequence: nothing the pane shows changed, so nothing is read.
    QVERIFY(review::ReviewEditor(*other, QStringLiteral("bo")).markReviewed(elsewhere).ok());
    QCOMPARE(reads.count(), 0);
    QCOMPARE(vocabulary.count(), 0);

    // A taxon renamed elsewhere: the taxa (and only they) are read again, with the new name.
    other->db().exec("UPDATE taxa SET common_name = 'Burchell''s zebra' WHERE id = 1");
    QCOMPARE(vocabulary.count(), 1);
    const auto taxa = vocabulary.at(0).at(0).value<std::vector<review::Taxon>>();
    QCOMPARE(taxa.size(), size_t(1));
    QCOMPARE(taxa[0].commonName, QStringLiteral("Burchell's zebra"));
    QCOMPARE(reads.count(), 0);

    // The shown sequence labelled elsewhere: it is read again, once, and shows the new label.
    QVERIFY(review::ReviewEditor(*other, QStringLiteral("bo")).labelSequence(shown, review::Label::blank()).ok());
    QCOMPARE(reads.count(), 1);
    QCOMPARE(reads.at(0).at(0).toLongLong(), shown);
    QCOMPARE(static_cast<int>(pane->sequenceView()->summary.reviewState), static_cast<int>(ReviewState::Reviewed));

    // An edit in the pane itself reads its sequence once and no taxa or individuals; its undo the same.
    reads.clear();
    pane->setAutoAdvance(false); // stay on the sequence: moving on reads the next one
    pane->markReviewed();
    QCOMPARE(reads.count(), 1);
    window.undoStack()->undo();
    QCOMPARE(reads.count(), 2);
    QCOMPARE(vocabulary.count(), 1);
}

QTEST_MAIN(TestUndoUi)
#include "tst_undo_ui.moc"
