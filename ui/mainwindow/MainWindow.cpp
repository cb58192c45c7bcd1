#include "MainWindow.h"

#include "browser/DeploymentListModel.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "jobs/ImportRunner.h"
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
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace trapline::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_thumbnails(new ThumbnailLoader(this)),
      m_sequences(new SequenceListModel(m_thumbnails, this)),
      m_deployments(new DeploymentListModel(this)),
      m_importRunner(new ImportRunner(this))
{
    setWindowTitle(tr("Trapline"));
    setAcceptDrops(true);
    resize(1280, 800);
    buildMenus();
    buildViews();
    connect(m_importRunner, &ImportRunner::progress, this, &MainWindow::onImportProgress);
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    refreshSummary();
}

MainWindow::~MainWindow()
{
    // Views read through the project: detach them before it goes.
    m_sequences->setProject(nullptr);
    m_deployments->setProject(nullptr);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = file->addAction(tr("&New Project..."), this, &MainWindow::newProjectDialog);
    newProject->setShortcut(QKeySequence::New);
    newProject->setToolTip(tr("Create an empty project file to import camera folders into"));
    QAction* open = file->addAction(tr("&Open Project..."), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* import = file->addAction(tr("&Import Folder..."), this, &MainWindow::importFolderDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Add the images of a camera folder or SD card; run it again to add only new files"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trapline"), this, [this] {
        QMessageBox::about(this, tr("About Trapline"),
                           tr("<b>Trapline %1</b><p>Review, label and re-identify camera-trap images.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildViews()
{
    m_deploymentView = new QListView;
    m_deploymentView->setObjectName(QStringLiteral("deploymentView"));
    m_deploymentView->setModel(m_deployments);
    m_deploymentView->setSpacing(3);
    m_deploymentView->setAlternatingRowColors(true);
    m_deploymentView->setToolTip(tr("Cameras and sites; pick one to see its sequences"));
    auto* dock = new QDockWidget(tr("Deployments"), this);
    dock->setObjectName(QStringLiteral("deploymentsDock"));
    dock->setWidget(m_deploymentView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_deploymentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onDeploymentSelected);

    m_sequenceView = new QListView;
    m_sequenceView->setObjectName(QStringLiteral("sequenceView"));
    m_sequenceView->setViewMode(QListView::IconMode);
    m_sequenceView->setResizeMode(QListView::Adjust);
    m_sequenceView->setUniformItemSizes(true);
    m_sequenceView->setIconSize(SequenceListModel::kIconSize);
    m_sequenceView->setGridSize(SequenceListModel::kIconSize + QSize(24, 56));
    m_sequenceView->setSpacing(4);
    m_sequenceView->setWordWrap(true);
    m_sequenceView->setMovement(QListView::Static);
    m_sequenceView->setModel(m_sequences);
    setCentralWidget(m_sequenceView);

    m_summary = new QLabel;
    statusBar()->addWidget(m_summary, 1);
    m_jobLabel = new QLabel;
    m_jobProgress = new QProgressBar;
    m_jobProgress->setMaximumWidth(260);
    m_jobCancel = new QToolButton;
    m_jobCancel->setText(tr("Cancel"));
    m_jobCancel->setToolTip(tr("Stop the import after the current batch; run it again to resume"));
    connect(m_jobCancel, &QToolButton::clicked, m_importRunner, &ImportRunner::cancel);
    for (QWidget* w : {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                       static_cast<QWidget*>(m_jobCancel)}) {
        statusBar()->addPermanentWidget(w);
        w->hide();
    }
}

Status MainWindow::openProject(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened)
        return opened.error();
    m_sequences->setProject(nullptr);
    m_deployments->setProject(nullptr);
    m_project = std::move(opened).value();
    m_thumbnails->setCachePath(m_project->thumbnailCachePath());
    m_deployments->setProject(m_project.get());
    m_sequences->setFilter({});
    m_sequences->setProject(m_project.get());
    m_deploymentView->setCurrentIndex(m_deployments->index(0));
    setWindowTitle(tr("%1 - Trapline").arg(QFileInfo(path).completeBaseName()));
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

void MainWindow::importFolderDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Import"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a camera folder"));
    if (!folder.isEmpty())
        importFolders({folder});
}

void MainWindow::importFolders(const QStringList& folders)
{
    if (!m_project || m_importRunner->isRunning())
        return;
    ingest::ImportOptions options;
    options.folders = folders;
    m_jobLabel->setText(tr("Importing..."));
    for (QWidget* w : {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                       static_cast<QWidget*>(m_jobCancel)})
        w->show();
    m_importRunner->start(m_project->path(), options);
}

void MainWindow::onImportProgress(const QString& phase, qint64 done, qint64 total, double etaSeconds)
{
    m_jobLabel->setText(etaSeconds >= 0 ? tr("%1 (%2 s left)").arg(phase).arg(qRound(etaSeconds)) : phase);
    m_jobProgress->setMaximum(total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
    m_jobProgress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
}

void MainWindow::onImportFinished(bool ok, bool cancelled, const QString& message)
{
    for (QWidget* w : {static_cast<QWidget*>(m_jobLabel), static_cast<QWidget*>(m_jobProgress),
                       static_cast<QWidget*>(m_jobCancel)})
        w->hide();
    m_deployments->reload();
    m_sequences->reload();
    m_deploymentView->setCurrentIndex(m_deployments->index(0));
    refreshSummary();
    if (!ok)
        QMessageBox::warning(this, tr("Import stopped"), message);
    else
        statusBar()->showMessage(cancelled ? tr("Import cancelled: %1. Import the folder again to resume.").arg(message)
                                           : tr("Import finished: %1").arg(message), 15000);
}

void MainWindow::onDeploymentSelected()
{
    SequenceFilter filter;
    const QVariant id = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    if (id.isValid())
        filter.deploymentId = id.toLongLong();
    m_sequences->setFilter(filter);
}

void MainWindow::refreshSummary()
{
    if (!m_project) {
        m_summary->setText(tr("No project open. Create one with File > New Project, or open one."));
        return;
    }
    if (auto c = m_project->counts())
        m_summary->setText(tr("%1 media, %2 sequences, %3 deployments, %4 with problems")
                               .arg(c.value().media).arg(c.value().sequences).arg(c.value().deployments)
                               .arg(c.value().mediaWithErrors));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importRunner->isRunning()) {
        m_importRunner->cancel();
        m_importRunner->waitForFinished();
    }
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
