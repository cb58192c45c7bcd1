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
#include "settings/SettingsDialog.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "ingest/ImportJob.h"
#include "jobs/JobRunner.h"
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
#include <QSettings>
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
      m_jobs(new JobsPanel),
      m_review(new ReviewPane),
      m_queues(new ReviewQueuePanel),
      m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Trapline"));
    setAcceptDrops(true);
    resize(1280, 800);
    buildViews();
    buildMenus();
    refreshSummary();
    // Process-wide, so training and every model run share the setting.
    inference::applyComputeThreads(SettingsDialog::computeThreads());
}

MainWindow::~MainWindow()
{
    // Views read through the project: detach them before it goes.
    m_undo->clear();
    m_review->setProject(nullptr, {});
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
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    QAction* import = file->addAction(tr("&Import Folder..."), this, &MainWindow::importFolderDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Add the images of a camera folder or SD card; run it again to add only new files"));
    QAction* importLabels = file->addAction(tr("Import &Labels..."), this, &MainWindow::importLabelsDialog);
    importLabels->setToolTip(tr("Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV"));
    QAction* exportAction = file->addAction(tr("&Export..."), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set"));
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Project"), this, [this] { backupProject(); });
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backup->setToolTip(tr("Copy the project, as it is now, into its backups folder beside it"));
    m_shortcutActions << backup;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    m_shortcutActions << undo << redo;
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings..."), this, &MainWindow::settingsDialog);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_shortcutActions << settings;

    buildReviewMenus();

    QMenu* deployments = menuBar()->addMenu(tr("&Deployments"));
    deployments->setObjectName(QStringLiteral("deploymentsMenu"));
    QAction* properties = deployments->addAction(tr("&Properties..."), this, &MainWindow::deploymentPropertiesDialog);
    properties->setObjectName(QStringLiteral("deploymentPropertiesAction"));
    properties->setToolTip(tr("Position, camera and clock (time zone) of a deployment: a Camtrap DP export needs them"));
    QAction* adjust = deployments->addAction(tr("Adjust &Times..."), this, &MainWindow::adjustTimesDialog);
    adjust->setToolTip(tr("Correct a camera clock that was set wrong, or read the times from the file names"));

    QMenu* models = menuBar()->addMenu(tr("&Models"));
    QAction* run = models->addAction(tr("&Run Models..."), this, &MainWindow::runModelsDialog);
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_shortcutActions << newProject << open << import << exportAction << quit << run;
    run->setToolTip(tr("Pre-label species with your detector and classifier, and compute re-ID features"));
    QAction* train = models->addAction(tr("&Train Model..."), this, &MainWindow::trainingDialog);
    train->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    train->setToolTip(tr("Fine-tune the species classifier or the re-ID embedder on your corrected labels"));
    m_shortcutActions << train;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcutHelp);
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    m_shortcutActions << keys;
    help->addAction(tr("&About Trapline"), this, &MainWindow::showAbout);
}

void MainWindow::buildReviewMenus()
{
    QMenu* review = menuBar()->addMenu(tr("Re&view"));
    review->setObjectName(QStringLiteral("reviewMenu"));
    auto add = [&](QMenu* menu, const QString& text, const QList<QKeySequence>& keys, const QString& tip, auto slot) {
        QAction* action = menu->addAction(text);
        action->setShortcuts(keys);
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_shortcutActions << action;
        return action;
    };
    QMenu* quick = review->addMenu(tr("&Quick Keys"));
    for (int k = 1; k <= review::kQuickKeyCount; ++k)
        add(quick, tr("Label with quick key %1").arg(k), {QKeySequence(Qt::Key_0 + k)},
            tr("The species of key %1, for the whole sequence (or the selected box)").arg(k),
            [this, k] { m_review->applyQuickKey(k); });
    quick->addSeparator();
    quick->addAction(tr("&Edit Quick Keys..."), this, &MainWindow::settingsDialog);
    add(review, tr("&Search Species"), {QKeySequence(Qt::Key_Slash), QKeySequence::Find},
        tr("Type a species for the sequence, the frame or the selected box"), [this] { m_review->focusSpeciesSearch(); });
    review->addSeparator();
    add(review, tr("Sequence Is &Empty"), {QKeySequence(Qt::Key_0)}, tr("Nothing in any frame of this sequence"),
        [this] { m_review->markSequenceEmpty(); });
    add(review, tr("&Frame Is Empty"), {QKeySequence(Qt::Key_E)}, tr("The animal has left this frame"),
        [this] { m_review->markFrameEmpty(); });
    add(review, tr("Frame &Follows Sequence"), {QKeySequence(Qt::SHIFT | Qt::Key_E)}, tr("Remove this frame's own label"),
        [this] { m_review->clearFrameLabel(); });
    add(review, tr("&Accept Machine Label"), {QKeySequence(Qt::Key_A)}, tr("Confirm the model's label of the sequence"),
        [this] { m_review->acceptMachineLabel(); });
    add(review, tr("&Reviewed As It Is"), {QKeySequence(Qt::Key_R)}, tr("The labels are right: mark the sequence reviewed"),
        [this] { m_review->markReviewed(); });
    review->addSeparator();
    add(review, tr("Draw a &Box"), {QKeySequence(Qt::Key_B)}, tr("Drag a box around one animal (or Ctrl+drag)"),
        [this] { m_review->startDrawingBox(); });
    add(review, tr("&Delete Selected Box"), {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
        tr("A person's box is deleted, a machine box is rejected"), [this] { m_review->deleteSelectedBox(); });
    review->addSeparator();
    add(review, tr("&Next Sequence"), {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_J)}, {}, [this] { moveSequence(1); });
    add(review, tr("&Previous Sequence"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_K)}, {}, [this] { moveSequence(-1); });
    add(review, tr("Next &Unreviewed"), {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_N)},
        tr("The next sequence in the list that no person has reviewed"), [this] { nextInQueue(); });
    add(review, tr("Next Fra&me"), {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_L)}, {}, [this] { m_review->nextFrame(); });
    add(review, tr("Previous Fr&ame"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_H)}, {},
        [this] { m_review->previousFrame(); });

    review->addSeparator();
    QAction* propose = review->addAction(tr("Pr&opose Individual Matches"), this, [this] { proposeMatches(); });
    propose->setToolTip(tr("Compare every box without an individual with the confirmed sightings (embeddings from "
                           "your re-ID model), in the background"));
    add(review, tr("Match &Individuals..."), {QKeySequence(Qt::CTRL | Qt::Key_M)},
        tr("Confirm or reject the proposed individuals side by side"), [this] { matchIndividualsDialog(); });
    add(review, tr("Indi&viduals..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        tr("The project's individuals and their sightings: rename, merge, split"), [this] {
            if (!m_project)
                return;
            IndividualsDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(), this);
            dialog.exec();
            m_review->reloadVocabulary();
            m_review->showSequence(m_review->currentSequence());
        });

    QMenu* view = menuBar()->addMenu(tr("V&iew"));
    add(view, tr("&Fit to Window"), {QKeySequence(Qt::Key_F)}, {}, [this] { m_review->imageView()->fitToWindow(); });
    add(view, tr("Zoom &In"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, {},
        [this] { m_review->imageView()->zoomIn(); });
    add(view, tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus)}, {}, [this] { m_review->imageView()->zoomOut(); });
    add(view, tr("&Magnifier"), {QKeySequence(Qt::Key_M)}, tr("A loupe under the mouse"), [this] { m_review->toggleMagnifier(); });
    add(view, tr("&Reset Brightness and Contrast"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, {},
        [this] { m_review->resetAdjustments(); });
}

void MainWindow::buildViews()
{
    m_deploymentView = new QListView;
    m_deploymentView->setObjectName(QStringLiteral("deploymentView"));
    m_deploymentView->setModel(m_deployments);
    m_deploymentView->setSpacing(3);
    m_deploymentView->setAlternatingRowColors(true);
    m_deploymentView->setToolTip(tr("Cameras and sites; pick one to see its sequences"));
    m_deploymentView->setFocusPolicy(Qt::NoFocus);
    auto* dock = new QDockWidget(tr("Deployments"), this);
    dock->setObjectName(QStringLiteral("deploymentsDock"));
    dock->setWidget(m_deploymentView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_deploymentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onDeploymentSelected);
    auto* queues = new QDockWidget(tr("Review queues"), this);
    queues->setObjectName(QStringLiteral("queuesDock"));
    queues->setWidget(m_queues);
    addDockWidget(Qt::LeftDockWidgetArea, queues);
    connect(m_queues, &ReviewQueuePanel::changed, this, &MainWindow::applyQueueFilter);

    m_sequenceView = new QListView;
    m_sequenceView->setObjectName(QStringLiteral("sequenceView"));
    m_sequenceView->setViewMode(QListView::ListMode);
    m_sequenceView->setUniformItemSizes(true);
    m_sequenceView->setIconSize(QSize(112, 84));
    m_sequenceView->setSpacing(2);
    m_sequenceView->setWordWrap(true);
    m_sequenceView->setMovement(QListView::Static);
    m_sequenceView->setModel(m_sequences);
    m_sequenceView->setMinimumWidth(290);
    // Keys belong to the review actions, whatever was clicked last.
    m_sequenceView->setFocusPolicy(Qt::NoFocus);
    m_sequenceView->setToolTip(tr("Sequences: Up/Down to move, Space for the next unreviewed one"));
    connect(m_sequenceView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSequenceSelected);
    connect(m_sequences, &QAbstractItemModel::modelReset, this, [this] {
        if (m_sequences->rowCount() > 0)
            m_sequenceView->setCurrentIndex(m_sequences->index(0));
        else
            m_review->showSequence(std::nullopt);
    });

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_sequenceView);
    splitter->addWidget(m_review);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 980});
    setCentralWidget(splitter);
    m_review->setUndoStack(m_undo);
    m_review->setAutoAdvance(SettingsDialog::autoAdvance());
    m_review->setReviewer(SettingsDialog::reviewerName());
    connect(m_review, &ReviewPane::sequenceEdited, this, &MainWindow::onSequenceEdited);
    connect(m_review, &ReviewPane::vocabularyChanged, this,
            [this](const std::vector<review::Taxon>& taxa, const std::vector<review::Individual>& individuals) {
                m_queues->setTaxa(taxa);
                m_queues->setIndividuals(individuals);
            });
    connect(m_review, &ReviewPane::advanceRequested, this, [this] { moveSequence(1); });
    connect(m_review, &ReviewPane::editFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Not saved"), message);
    });
    connect(m_review, &ReviewPane::status, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });

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

QList<QAction*> MainWindow::shortcutActions() const { return m_shortcutActions; }

void MainWindow::showShortcutHelp()
{
    ShortcutHelp help(m_shortcutActions, this);
    help.exec();
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (Status s = openProject(path); !s)
                QMessageBox::warning(this, tr("Cannot open the project"), s.error().message);
        })->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void MainWindow::showAbout()
{
    const inference::SystemReport r = inference::systemReport(SettingsDialog::computeThreads());
    const QString cuda = r.cudaAvailable ? tr("available, %n device(s)", nullptr, r.cudaDevices) +
                                               (r.gpuName.isEmpty() ? QString() : QStringLiteral(", ") + r.gpuName)
                                         : tr("not available");
    QString text = tr("<b>Trapline %1</b><p>Review, label and re-identify camera-trap images.</p>")
                       .arg(QApplication::applicationVersion()) +
                   tr("<p>Models run with: BLAS %1 (%2); LibTorch %3 with %4 threads on %5 cores; OpenCV %6 threads "
                      "(%7); CUDA %8.</p>")
                       .arg(inference::blasKindName(r.blas.kind).toHtmlEscaped(), r.blas.path.toHtmlEscaped(),
                            r.torchVersion)
                       .arg(r.torchThreads)
                       .arg(r.cores)
                       .arg(r.opencvThreads)
                       .arg(r.opencvParallel.toHtmlEscaped(), cuda.toHtmlEscaped());
    if (r.blas.kind == inference::BlasKind::Reference)
        text += tr("<p><b>Models run about ten times slower than they could:</b> the reference BLAS is in use. "
                   "Install OpenBLAS with <code>%1</code> and restart Trapline.</p>")
                    .arg(QString::fromLatin1(inference::kOpenBlasFix));
    QMessageBox::about(this, tr("About Trapline"), text);
}

void MainWindow::settingsDialog()
{
    SettingsDialog dialog(m_project.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    inference::applyComputeThreads(SettingsDialog::computeThreads());
    m_review->setAutoAdvance(SettingsDialog::autoAdvance());
    m_review->setReviewer(SettingsDialog::reviewerName());
    m_review->reloadVocabulary();
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Language"), tr("The new language applies the next time Trapline starts."));
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

JobRunner* MainWindow::startJob(const QString& title, std::function<Result<JobOutcome>(JobControl&)> work,
                                JobEffect effect)
{
    auto* job = new JobRunner(title, std::move(work), this);
    m_runners << job;
    m_jobs->addJob(job);
    connect(job, &JobRunner::finished, this, [this, title, effect](bool ok, bool, const QString& message) {
        onJobFinished(ok, title, message, effect);
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
        if (s.framesTimedByFile > 0)
            message += QLatin1Char('\n')
                + tr("%n frame(s) have no camera time: they are timed by their files and grouped only where their "
                     "names run consecutively (%1 sequences). Deployments > Adjust Times can read times from the "
                     "file names or correct a camera clock.", "", int(s.framesTimedByFile))
                      .arg(s.sequencesWithoutCameraTime);
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
    inference::InferenceOptions withThreads = options;
    if (withThreads.threads == 0)
        withThreads.threads = SettingsDialog::computeThreads();
    return startJob(tr("Run models"), [path, withThreads](JobControl& control) -> Result<JobOutcome> {
        auto result = inference::InferenceJob(path, withThreads).run(control);
        if (!result)
            return result.error();
        const auto& s = result.value();
        QString message = tr("%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed")
                              .arg(s.processed).arg(s.device).arg(s.detections).arg(s.framesFlagged).arg(s.failed);
        if (s.failedBefore > 0)
            message += QLatin1Char('\n') + tr("%n image(s) where a model failed before were skipped: tick \"Retry media "
                                               "where a model failed before\" in Run Models to try them again.", "",
                                               int(s.failedBefore));
        return JobOutcome{message, s.cancelled};
    });
}

TrainingDialog* MainWindow::trainingDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Train Model"), tr("Create or open a project first (File > New Project)."));
        return nullptr;
    }
    // One dialog per project; it stays alive (hidden) while its training runs.
    if (m_training && m_training->property("projectPath").toString() != m_project->path() && !m_training->isTraining()) {
        delete m_training;
        m_training = nullptr;
    }
    if (!m_training) {
        m_training = new TrainingDialog(m_project->path(), [this](const QString& title, JobRunner::Work work) {
            return startJob(title, std::move(work));
        }, this);
        m_training->setProperty("projectPath", m_project->path());
    }
    m_training->refreshVersions();
    m_training->show();
    m_training->raise();
    return m_training;
}

void MainWindow::runModelsDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Run Models"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    RunModelsDialog dialog(this);
    const auto classifier = training::activeModel(*m_project, training::TrainingKind::Classifier);
    const auto embedder = training::activeModel(*m_project, training::TrainingKind::Embedder);
    dialog.useActiveModels(classifier ? classifier.value() : QString(), embedder ? embedder.value() : QString());
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
                    }, JobEffect::ReadsOnly);
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

JobRunner* MainWindow::proposeMatches(bool verifyWithLocalFeatures)
{
    if (!m_project) {
        QMessageBox::information(this, tr("Propose Individual Matches"), tr("Create or open a project first (File > New Project)."));
        return nullptr;
    }
    const QString path = m_project->path();
    return startJob(tr("Propose individual matches"), [path, verifyWithLocalFeatures](JobControl& control) -> Result<JobOutcome> {
        auto project = Project::open(path);
        if (!project)
            return project.error();
        reid::ProposalOptions options;
        options.verifyWithLocalFeatures = verifyWithLocalFeatures;
        auto summary = reid::computeProposals(*project.value(), options, control);
        if (!summary)
            return summary.error();
        const auto& s = summary.value();
        return JobOutcome{tr("%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals")
                              .arg(s.proposals).arg(s.queries).arg(s.gallery).arg(s.individuals),
                          control.cancelled()};
    }, JobEffect::ReadsOnly);
}

void MainWindow::matchIndividualsDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Match Individuals"), tr("Create or open a project first (File > New Project)."));
        return;
    }
    MatchReviewDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(), this);
    connect(&dialog, &MatchReviewDialog::sequenceEdited, this, &MainWindow::onSequenceEdited);
    dialog.exec();
    m_review->reloadVocabulary();
    m_review->showSequence(m_review->currentSequence());
}

JobRunner* MainWindow::backupProject()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Back Up Project"), tr("Create or open a project first (File > New Project)."));
        return nullptr;
    }
    const QString path = m_project->path();
    return startJob(tr("Back up %1").arg(QFileInfo(path).fileName()), [path](JobControl&) -> Result<JobOutcome> {
        // Its own connection: the online backup copies while the window goes on reading and writing.
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        if (!project)
            return project.error();
        auto copy = backupNow(project.value()->db());
        if (!copy)
            return copy.error();
        return JobOutcome{tr("saved to %1").arg(copy.value()), false};
    }, JobEffect::ReadsOnly);
}

JobRunner* MainWindow::importLabelsDialog()
{
    if (!m_project) {
        QMessageBox::information(this, tr("Import Labels"), tr("Create or open a project first (File > New Project)."));
        return nullptr;
    }
    // The filters are translated: the chosen one is mapped back to its format by its place in the list, never by
    // its text.
    const QStringList filters =
        tr("Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)")
            .split(QStringLiteral(";;"));
    constexpr formats::ExchangeFormat kFormats[] = {formats::ExchangeFormat::CamtrapDp, formats::ExchangeFormat::Coco,
                                                    formats::ExchangeFormat::MegaDetector,
                                                    formats::ExchangeFormat::Csv};
    static_assert(std::size(kFormats) == 4);
    QFileDialog dialog(this, tr("Import labels"));
    dialog.setObjectName(QStringLiteral("importLabelsFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return nullptr;
    const QString file = dialog.selectedFiles().constFirst();
    const QString filter = dialog.selectedNameFilter();
    const qsizetype chosen = filters.indexOf(filter);
    if (filters.size() != static_cast<qsizetype>(std::size(kFormats)) || chosen < 0) {
        QMessageBox::warning(
            this, tr("Import Labels"),
            tr("The format of %1 is not known. Choose one of the formats in the file dialog's list.").arg(file));
        return nullptr;
    }
    const auto format = kFormats[chosen];
    const QString path = m_project->path();
    return startJob(tr("Import labels"), [path, format, file](JobControl&) -> Result<JobOutcome> {
        auto result = formats::importLabels(path, format, file);
        if (!result)
            return result.error();
        return JobOutcome{result.value(), false};
    });
}

void MainWindow::onJobFinished(bool ok, const QString& title, const QString& message, JobEffect effect)
{
    if (effect == JobEffect::ReadsOnly) {
        if (!ok)
            QMessageBox::warning(this, tr("%1 stopped").arg(title), message);
        else
            statusBar()->showMessage(tr("%1 finished: %2").arg(title, message), 15000);
        return;
    }
    const auto current = m_review->currentSequence();
    m_sequences->reload();
    if (current)
        selectSequence(*current);
    m_review->reloadVocabulary();
    // Labels imported by a job cannot be undone with the edits made before it.
    m_undo->clear();
    refreshSummary();
    if (!ok)
        QMessageBox::warning(this, tr("%1 stopped").arg(title), message);
    else
        statusBar()->showMessage(tr("%1 finished: %2").arg(title, message), 15000);
}

void MainWindow::adjustTimesDialog()
{
    if (!m_project)
        return;
    auto deployments = m_project->deployments();
    if (!deployments) {
        QMessageBox::warning(this, tr("Adjust Times"), deployments.error().message);
        return;
    }
    const QVariant current = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    AdjustTimesDialog dialog(m_project.get(), deployments.value(),
                             current.isValid() ? std::optional<std::int64_t>(current.toLongLong()) : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = adjustTimes(dialog.request()); !s)
        QMessageBox::warning(this, tr("Adjust Times"), s.error().message);
}

Status MainWindow::adjustTimes(const TimeAdjustRequest& request)
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    const std::int64_t gapMs = ingest::SequenceGrouper::kDefaultGapSeconds * 1000;
    const QString actor = SettingsDialog::reviewerName();
    Result<ingest::TimeAdjustment> result = Error{};
    QString text;
    if (request.shiftMs) {
        result = ingest::shiftTimes(*m_project, request.deploymentId, *request.shiftMs, gapMs, actor);
        text = tr("Shift times by %1 s").arg(*request.shiftMs / 1000);
    } else {
        auto pattern = ingest::NameTimePattern::parse(request.pattern);
        if (!pattern)
            return pattern.error();
        result = ingest::setTimesFromNames(*m_project, request.deploymentId, pattern.value(), request.pattern, gapMs, actor);
        text = tr("Times from file names");
    }
    if (!result)
        return result.error();
    auto refresh = [this](const QString& failure) {
        m_sequences->reload();
        refreshSummary();
        if (!failure.isEmpty())
            QMessageBox::warning(this, tr("Adjust Times"), failure);
    };
    const auto changed = result.value().changed;
    m_undo->push(new AdjustTimesCommand(m_project.get(), actor, result.value().before, result.value().after, gapMs, text,
                                        refresh));
    refresh({});
    statusBar()->showMessage(tr("%n frame time(s) changed", "", int(changed)), 10000);
    return okStatus();
}

void MainWindow::deploymentPropertiesDialog()
{
    if (!m_project)
        return;
    const QVariant id = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    DeploymentPropertiesDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(),
                                      id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt, this);
    dialog.exec();
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
