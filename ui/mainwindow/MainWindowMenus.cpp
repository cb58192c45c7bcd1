#include "MainWindow.h"

#include "browser/DeploymentListModel.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "deployments/AdjustTimesDialog.h"
#include "deployments/DeploymentPropertiesDialog.h"
#include "export/ExportDialog.h"
#include "formats/Exchange.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "inference/ComputeThreads.h"
#include "inference/SystemCheck.h"
#include "ingest/ImportJob.h"
#include "ingest/SequenceGrouper.h"
#include "ingest/TimeAdjustment.h"
#include "jobs/JobScheduler.h"
#include "jobs/JobsPanel.h"
#include "models/ModelLibraryDialog.h"
#include "models/RunModelsDialog.h"
#include "project/Backup.h"
#include "project/Project.h"
#include "reid/MatchProposals.h"
#include "review/ImageView.h"
#include "review/ReviewPane.h"
#include "review/ShortcutHelp.h"
#include "review/Taxa.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "training/TrainingDialog.h"
#include "undo/UndoReport.h"

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

// MainWindow's menus, recent files, settings and about: what the menu bar offers.

namespace trapline::ui {

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
    QAction* checkOut = file->addAction(tr("Check &Out for Review..."), this, &MainWindow::checkOutDialog);
    checkOut->setToolTip(tr("A part of this project for one reviewer to label elsewhere"));
    QAction* checkIn = file->addAction(tr("Check &In..."), this, &MainWindow::checkInDialog);
    checkIn->setToolTip(tr("Merge a reviewer's part back; sequences changed on both sides go to the Conflicts queue"));
    m_projectActions << checkOut << checkIn;
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Project"), this, [this] { backupProject(); });
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backup->setToolTip(tr("Copy the project, as it is now, into its backups folder beside it"));
    m_shortcutActions << backup;
    m_projectActions << import << importLabels << exportAction << backup;
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
    m_projectActions << properties << adjust;

    QMenu* models = menuBar()->addMenu(tr("&Models"));
    QAction* run = models->addAction(tr("&Run Models..."), this, &MainWindow::runModelsDialog);
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_shortcutActions << newProject << open << import << exportAction << quit << run;
    run->setToolTip(tr("Pre-label species with your detector and classifier, and compute re-ID features"));
    QAction* train = models->addAction(tr("&Train Model..."), this, &MainWindow::trainingDialog);
    train->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    train->setToolTip(tr("Fine-tune the species classifier or the re-ID embedder on your corrected labels"));
    m_shortcutActions << train;
    m_runModelsAction = run;
    m_trainAction = train;
    m_projectActions << run << train;
    models->addSeparator();
    // Needs no project: models are the user's, not a project's.
    QAction* library = models->addAction(tr("Model &Library..."), this, [this] { modelLibraryDialog(); });
    library->setObjectName(QStringLiteral("modelLibraryAction"));
    library->setToolTip(tr("Download, convert and remove the published camera-trap models (MegaDetector, "
                           "SpeciesNet, DeepFaune, MegaDescriptor...)"));

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
    m_projectActions << propose;
    m_projectActions << add(review, tr("Match &Individuals..."), {QKeySequence(Qt::CTRL | Qt::Key_M)},
                            tr("Confirm or reject the proposed individuals side by side"),
                            [this] { matchIndividualsDialog(); });
    m_projectActions << add(review, tr("Indi&viduals..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        tr("The project's individuals and their sightings: rename, merge, split"), [this] {
            if (!m_project)
                return;
            IndividualsDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(), this);
            dialog.exec();
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
    // One place for an undo or redo that could not be stored (the command has left the stack); not modal, so a
    // window driven by a test or by keys is never stopped by it.
    connect(UndoReport::instance(), &UndoReport::failed, this, [this](const QString& action, const QString& message) {
        const QString text = tr("Could not undo or redo \"%1\": %2").arg(action, message);
        statusBar()->showMessage(text, 15000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
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
    connect(m_scheduler, &JobScheduler::activeCountChanged, this, [this, jobsDock](int active) {
        const int running = m_scheduler->runningCount();
        const int queued = active - running;
        m_jobsStatus->setText(active == 0  ? QString()
                              : queued == 0 ? tr("%n job(s) running", "", running)
                                            : tr("%n job(s) running", "", running) + QStringLiteral(", ")
                                                  + tr("%n queued", "", queued));
        if (active > 0)
            jobsDock->show();
    });
}

void MainWindow::updateActions()
{
    for (QAction* action : std::as_const(m_projectActions))
        action->setEnabled(m_project != nullptr);
    // The action stays enabled while its job runs: a different request is queued behind it.
    auto follow = [this](QAction* action, JobKind kind, const QString& text, const QString& tip) {
        const Job* job = m_project ? m_scheduler->activeJob(m_project->path(), kind) : nullptr;
        action->setProperty("jobState", job ? QVariant(int(job->state())) : QVariant());
        if (!job) {
            action->setText(text);
            action->setToolTip(tip);
        } else if (job->isQueued()) {
            action->setText(tr("%1 (queued)").arg(text));
            action->setToolTip(tr("Queued: starts when the project's running job ends. %1").arg(tip));
        } else {
            action->setText(tr("%1 (running)").arg(text));
            action->setToolTip(tr("Running: see the Jobs panel for its progress; another request is queued. %1")
                                   .arg(tip));
        }
    };
    follow(m_runModelsAction, JobKind::Inference, tr("&Run Models..."),
           tr("Pre-label species with your detector and classifier, and compute re-ID features"));
    follow(m_trainAction, JobKind::Training, tr("&Train Model..."),
           tr("Fine-tune the species classifier or the re-ID embedder on your corrected labels"));
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
    const QStringList recent = prefs::recentProjects.get();
    for (const QString& path : recent)
        m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (Status s = openProject(path); !s)
                QMessageBox::warning(this, tr("Cannot open the project"), s.error().message);
        })->setToolTip(path);
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = prefs::recentProjects.get();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > prefs::kMaxRecentProjects)
        recent.removeLast();
    prefs::recentProjects.set(recent);
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

} // namespace trapline::ui
