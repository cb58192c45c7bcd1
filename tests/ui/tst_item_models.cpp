// The item models of the main window under QAbstractItemModelTester, which checks every signal and every answer
// of a model against Qt's model contract (rows announced before they appear, indexes valid, dataChanged within
// range). They are driven as a person drives them: open a project, page through the list, change filters, label
// and undo (rows refresh), open another project.
#include "TestSupport.h"
#include "browser/DeploymentListModel.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "review/FrameStripModel.h"
#include "review/ImageView.h"
#include "review/ReviewPane.h"
#include "review/Taxa.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QIdentityProxyModel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace trapline;

namespace {

// Two cameras with more sequences between them than one page of the sequence list.
QString syntheticProject(const QTemporaryDir& dir, const QString& name, int eventsPerCamera)
{
    demo::SyntheticOptions options;
    options.cameras = 2;
    options.eventsPerCamera = eventsPerCamera;
    options.framesPerEvent = 2;
    options.width = 96;
    options.height = 72;
    const QString card = dir.filePath(name + QStringLiteral("-card"));
    if (!demo::generateCameraTrapTree(card, options).ok())
        return {};
    const QString path = dir.filePath(name + QStringLiteral(".trapline"));
    Project::create(path).value().reset();
    ingest::ImportOptions importOptions;
    importOptions.folders = {card};
    JobControl control;
    if (!ingest::ImportJob(path, importOptions).run(control).ok())
        return {};
    auto project = Project::open(path).value();
    auto zebra = review::ensureTaxon(*project, QStringLiteral("Equus quagga"));
    if (!zebra || !review::setQuickKeys(*project, {zebra.value()}))
        return {};
    return path;
}

std::int64_t scalar(ui::MainWindow& window, const QString& sql)
{
    return window.project()->db().scalar(sql.toStdString());
}

// Qt 6.4's QAbstractItemModelTester calls fetchMore() from its own modelReset handler before it has noted that the
// reset ended, and then flags the rows that very call inserts (Qt 6.8 adds setUseFetchMore(false) for this). So the
// tester watches the paged sequence model through a proxy that forwards every signal but hides fetchMore; the view
// and the test still page the model itself.
class WithoutFetchMore : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override {}
};

void fetchAll(QAbstractItemModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QAbstractItemView* viewOf(QWidget& window, const QAbstractItemModel* model)
{
    for (auto* view : window.findChildren<QAbstractItemView*>())
        if (view->model() == model)
            return view;
    return nullptr;
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theWindowsModelsKeepTheModelContract();
};

void TestItemModels::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_item_models"));
}

void TestItemModels::theWindowsModelsKeepTheModelContract()
{
    QTemporaryDir dir;
    const QString first = syntheticProject(dir, QStringLiteral("first"), 110);
    QVERIFY(!first.isEmpty());
    const QString second = syntheticProject(dir, QStringLiteral("second"), 3);
    QVERIFY(!second.isEmpty());

    ui::MainWindow window;
    auto* sequences = window.sequenceModel();
    auto* deployments = window.findChild<ui::DeploymentListModel*>();
    auto* frames = window.findChild<ui::FrameStripModel*>();
    QVERIFY(deployments && frames);
    WithoutFetchMore pagedSequences;
    pagedSequences.setSourceModel(sequences);
    using Tester = QAbstractItemModelTester;
    const std::vector<std::unique_ptr<Tester>> testers = [&] {
        std::vector<std::unique_ptr<Tester>> t;
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{&pagedSequences, deployments, frames})
            t.push_back(std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));
        return t;
    }();

    // Open: the lists fill and the first sequence's frames reach the strip.
    QSignalSpy overview(&window, &ui::MainWindow::overviewRefreshed);
    QVERIFY(window.openProject(first).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(overview.count() > 0, 20000);
    const auto total = scalar(window, QStringLiteral("SELECT count(*) FROM sequences"));
    QVERIFY(total > ui::SequenceListModel::kPageSize);
    QCOMPARE(deployments->rowCount(), 1 + scalar(window, QStringLiteral("SELECT count(*) FROM deployments")));
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    QCOMPARE(frames->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!frames->index(0).data(Qt::DecorationRole).isNull(), 20000);

    // Paging: the sequences after the first page arrive as inserted rows.
    QVERIFY(sequences->rowCount() < total);
    fetchAll(*sequences);
    QCOMPARE(sequences->rowCount(), total);

    // Filters: one deployment, then only its unreviewed sequences.
    auto* deploymentView = viewOf(window, deployments);
    QVERIFY(deploymentView);
    deploymentView->setCurrentIndex(deployments->index(1));
    const auto deployment = deployments->index(1).data(ui::DeploymentListModel::DeploymentIdRole).toLongLong();
    const auto inDeployment = scalar(window, QStringLiteral("SELECT count(*) FROM sequences WHERE deployment_id = %1")
                                                 .arg(deployment));
    fetchAll(*sequences);
    QCOMPARE(sequences->rowCount(), inDeployment);
    window.queuePanel()->notReviewedBox()->click();
    fetchAll(*sequences);
    QCOMPARE(sequences->rowCount(), scalar(window, QStringLiteral("SELECT count(*) FROM sequences WHERE deployment_id = %1"
                                                                  " AND review_state <> 2").arg(deployment)));

    // A label refreshes its row and its deployment's counts; undo refreshes them again.
    QVERIFY(window.selectSequence(sequences->index(0).data(ui::SequenceListModel::SequenceIdRole).toLongLong()));
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    const auto labelled = window.reviewPane()->currentSequence();
    QTest::keyClick(window.reviewPane()->imageView(), Qt::Key_1);
    QCOMPARE(scalar(window, QStringLiteral("SELECT review_state FROM sequences WHERE id = %1").arg(*labelled)), 2);
    QVERIFY(sequences->index(0).data(ui::SequenceListModel::LabelsRole).toString().contains(QStringLiteral("Equus")));
    window.undoStack()->undo();
    QCOMPARE(scalar(window, QStringLiteral("SELECT review_state FROM sequences WHERE id = %1").arg(*labelled)), 0);
    window.queuePanel()->notReviewedBox()->click();
    deploymentView->setCurrentIndex(deployments->index(0));
    fetchAll(*sequences);
    QCOMPARE(sequences->rowCount(), total);

    // Another project replaces every row.
    overview.clear();
    QVERIFY(window.openProject(second).ok());
    QTRY_VERIFY_WITH_TIMEOUT(overview.count() > 0, 20000);
    QCOMPARE(sequences->rowCount(), scalar(window, QStringLiteral("SELECT count(*) FROM sequences")));
    QCOMPARE(deployments->rowCount(), 1 + scalar(window, QStringLiteral("SELECT count(*) FROM deployments")));
    QTRY_VERIFY_WITH_TIMEOUT(window.reviewPane()->frameImageLoaded(), 20000);
    QCOMPARE(frames->rowCount(), 2);
}

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
