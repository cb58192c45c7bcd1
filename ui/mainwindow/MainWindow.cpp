#include "MainWindow.h"

#include "browser/DeploymentListModel.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "ingest/ImportJob.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsPanel.h"
#include "export/ExportDialog.h"
#include "formats/Exchange.h"
#include "models/RunModelsDialog.h"
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
#include <QStatusBar>

namespace trapline::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_thumbnails(new ThumbnailLoader(this)),
      m_sequences(new SequenceListModel(m_thumbnails, this)),
      m_deployments(new DeploymentListModel(this)),
      m_jobs(new JobsPanel)
{
    setWindowTitle(tr("Trapline"));
    setAcceptDrops(true);
    resize(1280, 800);
    buildMenus();
    buildViews();
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
    QAction* importLabels = file->addAction(tr("Import &Labels..."), this, &MainWindow::importLabelsDialog);
    importLabels->setToolTip(tr("Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV"));
    QAction* exportAction = file->addAction(tr("&Export..."), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* models = menuBar()->addMenu(tr("&Models"));
    QAction* run = models->addAction(tr("&Run Models..."), this, &MainWindow::runModelsDialog);
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    run->setToolTip(tr("Pre-label species with your detector and classifier, and compute re-ID features"));

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
    m_jobsStatus = new QLabel;
    statusBar()->addPermanentWidget(m_jobsStatus);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::RightDockWidgetArea, jobsDock);
    jobsDock->hide();
    connect(m_jobs, &JobsPanel::runningCountChanged, this, [this, jobsDock](int running) {
        m_jobsStatus->setText(running > 0 ? tr("%n job(s) running", "", running) : QString());
        if (running > 0)
            jobsDock->show();
    });
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

JobRunner* MainWindow::startJob(const QString& title, std::function<Result<JobOutcome>(JobControl&)> work)
{
    auto* job = new JobRunner(title, std::move(work), this);
    m_runners << job;
    m_jobs->addJob(job);
    connect(job, &JobRunner::finished, this, [this, title](bool ok, bool, const QString& message) {
        onJobFinished(ok, title, message);
    });
    job->start();
    return job;
}

JobRunner* MainWindow::importFolders(const QStringList& folders)
{
    if (!m_project)
        return nullptr;
    ingest::ImportOptions options;
    options.folders = folders;
    const QString path = m_project->path();
    return startJob(tr("Import %1").arg(folders.join(QStringLiteral(", "))), [path, options](JobControl& control)
                        -> Result<JobOutcome> {
        auto result = ingest::ImportJob(path, options).run(control);
        if (!result)
            return result.error();
        const auto& s = result.value();
        QString message = tr("%n new image(s), %1 with problems, %2 already imported", "", int(s.added))
                              .arg(s.withErrors).arg(s.alreadyImported);
        if (!s.folderErrors.isEmpty())
            message += QLatin1Char('\n') + s.folderErrors.join(QLatin1Char('\n'));
        return JobOutcome{message, s.cancelled};
    });
}

JobRunner* MainWindow::runModels(const inference::InferenceOptions& options)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(tr("Run models"), [path, options](JobControl& control) -> Result<JobOutcome> {
        auto result = inference::InferenceJob(path, options).run(control);
        if (!result)
            return result.error();
        const auto& s = result.value();
        return JobOutcome{tr("%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed")
                              .arg(s.processed).arg(s.device).arg(s.detections).arg(s.framesFlagged).arg(s.failed),
                          s.cancelled};
    });
}

void MainWindow::runModelsDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Run Models"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    RunModelsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        runModels(dialog.options());
}

JobRunner* MainWindow::exportProject(const formats::ExportRequest& request)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(tr("Export %1").arg(formats::exchangeFormatName(request.format)),
                    [path, request](JobControl& control) -> Result<JobOutcome> {
                        auto result = formats::exportProject(path, request, control);
                        if (!result)
                            return result.error();
                        return JobOutcome{result.value(), control.cancelled()};
                    });
}

void MainWindow::exportDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Export"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    ExportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        exportProject(dialog.request());
}

void MainWindow::importLabelsDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Import Labels"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    QString filter;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import labels"), {},
        tr("Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)"),
        &filter);
    if (file.isEmpty())
        return;
    const auto format = filter.startsWith(QStringLiteral("Camtrap")) ? formats::ExchangeFormat::CamtrapDp
                        : filter.startsWith(QStringLiteral("COCO"))  ? formats::ExchangeFormat::Coco
                        : filter.startsWith(QStringLiteral("Mega"))  ? formats::ExchangeFormat::MegaDetector
                                                                     : formats::ExchangeFormat::Csv;
    const QString path = m_project->path();
    startJob(tr("Import labels"), [path, format, file](JobControl&) -> Result<JobOutcome> {
        auto result = formats::importLabels(path, format, file);
        if (!result)
            return result.error();
        return JobOutcome{result.value(), false};
    });
}

void MainWindow::onJobFinished(bool ok, const QString& title, const QString& message)
{
    m_deployments->reload();
    m_sequences->reload();
    m_deploymentView->setCurrentIndex(m_deployments->index(0));
    refreshSummary();
    if (!ok)
        QMessageBox::warning(this, tr("%1 stopped").arg(title), message);
    else
        statusBar()->showMessage(tr("%1 finished: %2").arg(title, message), 15000);
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
    for (JobRunner* job : std::as_const(m_runners))
        job->cancel();
    for (JobRunner* job : std::as_const(m_runners))
        job->waitForFinished();
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
