// Deployments > Properties: values are checked as they are typed, a saved edit reaches the database with an audit
// entry, and Edit > Undo / Redo take it back and forth through the window's undo stack.
#include "TestSupport.h"
#include "deployments/DeploymentPropertiesDialog.h"
#include "mainwindow/MainWindow.h"
#include "project/Deployments.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace trapline;

class TestDeploymentsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void propertiesAreCheckedSavedAndUndone();
};

void TestDeploymentsUi::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deployments_ui"));
}

void TestDeploymentsUi::propertiesAreCheckedSavedAndUndone()
{
    test::ScratchProject scratch;
    std::int64_t id = 0;
    {
        auto project = scratch.open();
        db::Transaction tx(project->db());
        project->ensureDeployment(QStringLiteral("cam0"), QStringLiteral("/cards/cam0"));
        id = project->ensureDeployment(QStringLiteral("cam1"), QStringLiteral("/cards/cam1"));
        tx.commit();
    }
    ui::MainWindow window;
    QVERIFY(window.openProject(scratch.path).ok());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("deploymentPropertiesAction")));

    auto* dialog = new ui::DeploymentPropertiesDialog(window.project(), window.undoStack(), QStringLiteral("tester"), id, &window);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto edit = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); };
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* problems = dialog->findChild<QLabel*>(QStringLiteral("problems"));

    QTest::keyClicks(edit("latitude"), QStringLiteral("95"));
    QTest::keyClicks(edit("longitude"), QStringLiteral("34.83"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("Latitude 95 is outside -90..90")), qPrintable(problems->text()));
    edit("latitude")->clear();
    QTest::keyClicks(edit("latitude"), QStringLiteral("-2,33")); // a decimal comma, as many keyboards type it
    QTest::keyClicks(edit("clock"), QStringLiteral("Mars/Olympus"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("not a time zone")), qPrintable(problems->text()));
    edit("clock")->clear();
    QTest::keyClicks(edit("clock"), QStringLiteral("Africa/Nairobi"));
    QTest::keyClicks(edit("coordinateUncertainty"), QStringLiteral("30"));
    QTest::keyClicks(edit("cameraModel"), QStringLiteral("Reconyx PC800"));
    QTest::keyClicks(edit("cameraHeight"), QStringLiteral("0.6"));
    QVERIFY2(ok->isEnabled(), qPrintable(problems->text()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    delete dialog; // the undo command must not need it

    // Read through a connection of its own, as another program would.
    const auto stored = [&scratch, id] { return deploymentProperties(*scratch.open(), id).value(); };
    DeploymentProperties saved = stored();
    QCOMPARE(saved.latitude, std::optional<double>(-2.33));
    QCOMPARE(saved.longitude, std::optional<double>(34.83));
    QCOMPARE(saved.coordinateUncertaintyM, std::optional<int>(30));
    QCOMPARE(saved.timeZone, QStringLiteral("Africa/Nairobi"));
    QCOMPARE(saved.cameraModel, QStringLiteral("Reconyx PC800"));
    QCOMPARE(saved.cameraHeightM, std::optional<double>(0.6));
    QCOMPARE(window.undoStack()->count(), 1);

    window.undoStack()->undo();
    const DeploymentProperties undone = stored();
    QCOMPARE(undone.latitude, std::optional<double>());
    QCOMPARE(undone.timeZone, QString());
    QCOMPARE(undone.cameraModel, QString());
    window.undoStack()->redo();
    QVERIFY(stored() == saved);
    QCOMPARE(window.project()->db().scalar("SELECT count(*) FROM audit_log WHERE entity = 'deployments' AND action = 'update'"
                                           " AND actor = 'tester' AND source IN ('gui', 'undo', 'redo')"),
             std::int64_t(3));
}

QTEST_MAIN(TestDeploymentsUi)
#include "tst_deployments_ui.moc"
