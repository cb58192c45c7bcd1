#include "MainWindow.h"

#include "browser/DeploymentListModel.h"
#include "browser/ReviewQueuePanel.h"
#include "deployments/AdjustTimesCommand.h"
#include "deployments/AdjustTimesDialog.h"
#include "ingest/SequenceGrouper.h"
#include "deployments/DeploymentPropertiesDialog.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "reid/MatchProposals.h"
#include "review/ImageView.h"
#include "review/ReviewPane.h"
#include "review/ShortcutHelp.h"
#include "review/Taxa.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "ingest/ImportJob.h"
#include "jobs/JobScheduler.h"
#include "jobs/JobsPanel.h"
#include "export/ExportDialog.h"
#include "formats/Exchange.h"
#include "inference/ComputeThreads.h"
#include "inference/SystemCheck.h"
#include "models/RunModelsDialog.h"
#include "training/TrainingDialog.h"
#include "project/Backup.h"
#include "project/Project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmapCache>
#include <QSplitter>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

namespace trapline::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_thumbnails(new ThumbnailLoader(this)),
      m_sequences(new SequenceListModel(m_thumbnails, this)),
      m_deployments(new DeploymentListModel(this)),
      m_scheduler(new JobScheduler(4, this)),
      m_jobs(new JobsPanel(m_scheduler)),
      m_review(new ReviewPane),
      m_queues(new ReviewQueuePanel),
      m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Trapline"));
    setAcceptDrops(true);
    resize(1280, 800);
    buildViews();
    buildMenus();
    connect(m_scheduler, &JobScheduler::jobStateChanged, this, &MainWindow::updateActions);
    updateActions();
    // After the docks exist: restoreState finds them by their object names.
    restoreGeometry(prefs::windowGeometry.get());
    restoreState(prefs::windowState.get());
    refreshSummary();
    // Process-wide, so training and every model run share the setting.
    inference::applyComputeThreads(SettingsDialog::computeThreads());
}

MainWindow::~MainWindow()
{
    // Jobs end while the window and its dialogs, which hear of their end, still stand.
    m_scheduler->cancelAll();
    m_scheduler->waitForAll();
    delete m_scheduler;
    m_scheduler = nullptr;
    // Views read through the project: detach them before it goes.
    m_undo->clear();
    m_review->setProject(nullptr, {});
    m_sequences->setProject(nullptr);
    m_deployments->setProject(nullptr);
}

void MainWindow::applyQueueFilter() { onDeploymentSelected(); }

void MainWindow::onSequenceSelected()
{
    const QVariant id = m_sequenceView->currentIndex().data(SequenceListModel::SequenceIdRole);
    m_review->showSequence(id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt);
}

bool MainWindow::selectSequence(qint64 sequenceId)
{
    const QModelIndex index = m_sequences->indexOfSequence(sequenceId);
    if (!index.isValid())
        return false;
    m_sequenceView->setCurrentIndex(index);
    m_sequenceView->scrollTo(index);
    return true;
}

void MainWindow::moveSequence(int step)
{
    const int row = m_sequenceView->currentIndex().row() + step;
    if (row >= m_sequences->rowCount() && m_sequences->canFetchMore({}))
        m_sequences->fetchMore({});
    if (row < 0 || row >= m_sequences->rowCount()) {
        statusBar()->showMessage(step > 0 ? tr("That was the last sequence in this list.")
                                          : tr("This is the first sequence in this list."), 5000);
        return;
    }
    const QModelIndex index = m_sequences->index(row);
    m_sequenceView->setCurrentIndex(index);
    m_sequenceView->scrollTo(index);
}

void MainWindow::nextInQueue()
{
    for (int row = m_sequenceView->currentIndex().row() + 1;; ++row) {
        if (row >= m_sequences->rowCount()) {
            if (!m_sequences->canFetchMore({}))
                break;
            m_sequences->fetchMore({});
            if (row >= m_sequences->rowCount())
                break;
        }
        const QModelIndex index = m_sequences->index(row);
        if (index.data(SequenceListModel::ReviewStateRole).toInt() != static_cast<int>(ReviewState::Reviewed)) {
            m_sequenceView->setCurrentIndex(index);
            m_sequenceView->scrollTo(index);
            return;
        }
    }
    statusBar()->showMessage(tr("No unreviewed sequence after this one in the list."), 5000);
}

void MainWindow::onSequenceEdited(qint64 sequenceId)
{
    m_sequences->refreshSequence(sequenceId);
    const QModelIndex row = m_sequences->indexOfSequence(sequenceId);
    if (row.isValid())
        m_deployments->refreshDeployment(row.data(SequenceListModel::DeploymentIdRole).toLongLong());
}

Status MainWindow::openProject(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened)
        return opened.error();
    m_undo->clear();
    m_review->setProject(nullptr, {});
    m_sequences->setProject(nullptr);
    m_deployments->setProject(nullptr);
    m_project = std::move(opened).value();
    // The thumbnails in memory are keyed by media id, and every project numbers its media from 1: without this the
    // next project would show the last one's pictures.
    QPixmapCache::clear();
    m_review->setProject(m_project.get(), m_project->thumbnailCachePath());
    rememberRecent(path);
    m_thumbnails->setCachePath(m_project->thumbnailCachePath());
    m_deployments->setProject(m_project.get());
    m_sequences->setFilter(m_queues->filter(std::nullopt));
    m_sequences->setProject(m_project.get());
    m_deploymentView->setCurrentIndex(m_deployments->index(0));
    setWindowTitle(tr("%1 - Trapline").arg(QFileInfo(path).completeBaseName()));
    updateActions();
    refreshSummary();
    return okStatus();
}

Status MainWindow::createProject(const QString& path)
{
    auto created = Project::create(path);
    if (!created)
        return created.error();
    created.value().reset();
    return openProject(path);
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), {}, tr("Trapline projects (*.trapline)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".trapline")))
        path += QStringLiteral(".trapline");
    if (Status s = createProject(path); !s)
        QMessageBox::warning(this, tr("Cannot create the project"), s.error().message);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, tr("Trapline projects (*.trapline)"));
    if (path.isEmpty())
        return;
    if (Status s = openProject(path); !s)
        QMessageBox::warning(this, tr("Cannot open the project"), s.error().message);
}


void MainWindow::onDeploymentSelected()
{
    const QVariant id = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    m_sequences->setFilter(m_queues->filter(id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt));
}

namespace {
struct ProjectOverview {
    QString path;
    std::vector<DeploymentSummary> deployments;
    std::optional<ProjectCounts> counts;
};

// Counting a million media takes longer than a frame: the overview is read on the pool, on its own connection.
ProjectOverview readOverview(const QString& path)
{
    ProjectOverview overview{path, {}, std::nullopt};
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    if (!project)
        return overview;
    if (auto d = project.value()->deployments())
        overview.deployments = std::move(d).value();
    if (auto c = project.value()->counts())
        overview.counts = c.value();
    return overview;
}
} // namespace

void MainWindow::refreshSummary()
{
    if (!m_project) {
        m_summary->setText(tr("No project open. Create one with File > New Project, or open one."));
        return;
    }
    auto* watcher = new QFutureWatcher<ProjectOverview>(this);
    connect(watcher, &QFutureWatcher<ProjectOverview>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ProjectOverview overview = watcher->result();
        if (!m_project || overview.path != m_project->path())
            return; // another project was opened meanwhile
        // New deployments reset the list: keep the person where they were (deployment and sequence).
        const QVariant deployment = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
        const auto sequence = m_review->currentSequence();
        m_deployments->setRows(overview.deployments);
        if (!m_deploymentView->currentIndex().isValid()) {
            int row = 0;
            for (int r = 1; deployment.isValid() && r < m_deployments->rowCount(); ++r)
                if (m_deployments->index(r).data(DeploymentListModel::DeploymentIdRole) == deployment)
                    row = r;
            m_deploymentView->setCurrentIndex(m_deployments->index(row));
            if (sequence)
                selectSequence(*sequence);
        }
        if (const auto& c = overview.counts)
            m_summary->setText(tr("%1 media, %2 sequences, %3 deployments, %4 with problems")
                                   .arg(c->media).arg(c->sequences).arg(c->deployments).arg(c->mediaWithErrors));
        Q_EMIT overviewRefreshed();
    });
    watcher->setFuture(QtConcurrent::run(readOverview, m_project->path()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_scheduler->cancelAll();
    m_scheduler->waitForAll();
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList folders;
    for (const QUrl& url : event->mimeData()->urls())
        if (QFileInfo(url.toLocalFile()).isDir())
            folders << url.toLocalFile();
        else if (url.toLocalFile().endsWith(QStringLiteral(".trapline")))
            openProject(url.toLocalFile());
    if (!folders.isEmpty())
        importFolders(folders);
}

} // namespace trapline::ui
