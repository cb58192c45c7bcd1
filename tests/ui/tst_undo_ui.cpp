// Undo commands outlive the dialogs that pushed them: a confirmation, a rejection or an edit of individuals is
// undone and redone on the main window's stack after its dialog is gone, and the database returns to each state.
// Built with the sanitizers too (scripts/run-sanitized-tests.sh), where a command reaching into a deleted dialog is
// a heap-use-after-free.
#include "Herd.h"
#include "TestSupport.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "mainwindow/MainWindow.h"
#include "reid/MatchProposals.h"

#include <QTest>
#include <QUndoStack>

using namespace trapline;
using trapline::test::Herd;

namespace {

std::int64_t individualOf(ui::MainWindow& window, std::int64_t box)
{
    return window.project()->db().scalar("SELECT coalesce(individual_id, 0) FROM observations WHERE method = 'human'"
                                         " AND detection_id = " + std::to_string(box));
}

} // namespace

class TestUndoUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchUndoOutlivesTheDialog();
    void individualsUndoOutlivesTheDialog();
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

QTEST_MAIN(TestUndoUi)
#include "tst_undo_ui.moc"
