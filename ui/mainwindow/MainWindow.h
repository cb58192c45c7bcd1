#pragma once

#include "Result.h"
#include "formats/Exchange.h"
#include "inference/InferenceJob.h"
#include "jobs/Job.h"
#include "review/Checkout.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListView;
class QMenu;
class QUndoStack;

namespace trapline {
class JobScheduler;
class Project;
class ProjectWatch;
struct ProjectChange;
}

namespace trapline::ui {

class DeploymentListModel;
class JobsPanel;
class ModelLibraryDialog;
class ReviewPane;
class TrainingDialog;
class ReviewQueuePanel;
class SequenceListModel;
class ThumbnailLoader;
struct TimeAdjustRequest;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Status openProject(const QString& path);
    Status createProject(const QString& path);
    // Start background jobs on the open project through the scheduler; they show in the jobs panel, queued while
    // the project's other job runs. A request equal to one queued or running returns that job. Null when no
    // project is open.
    Job* importFolders(const QStringList& folders);
    Job* runModels(const inference::InferenceOptions& options);
    Job* exportProject(const formats::ExportRequest& request);
    // A copy of the project into its backups folder, as a job (File > Back Up Project).
    Job* backupProject();
    // Proposals of individuals for the boxes that have none yet (Review > Propose Individual Matches), as a job.
    Job* proposeMatches(bool verifyWithLocalFeatures = true);
    void matchIndividualsDialog();
    // Deployments > Adjust Times: the dialog, and the correction it asks for (undoable; tests call it directly).
    void adjustTimesDialog();
    Status adjustTimes(const TimeAdjustRequest& request);
    // Deployments > Properties, for the deployment selected in the list (the first one under "All deployments").
    void deploymentPropertiesDialog();
    // File > Check Out for Review / Check In: a part of the project for one reviewer, and its labels merged back,
    // as jobs (review/Checkout.h); the finished job's message is the summary.
    Job* checkOutForReview(const review::CheckoutRequest& request);
    Job* checkIn(const QString& partPath);
    void checkOutDialog();
    void checkInDialog();
    // File > Import Labels: asks for the file and its format, then imports it as a job. Null when cancelled.
    Job* importLabelsDialog();
    // Models > Train Model; returns the dialog (tests drive it).
    TrainingDialog* trainingDialog();
    // Models > Model Library (no project needed); returns the window (tests drive it).
    ModelLibraryDialog* modelLibraryDialog();
    Project* project() const { return m_project.get(); }
    SequenceListModel* sequenceModel() const { return m_sequences; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    JobScheduler* jobScheduler() const { return m_scheduler; }
    ReviewPane* reviewPane() const { return m_review; }
    ReviewQueuePanel* queuePanel() const { return m_queues; }
    QUndoStack* undoStack() const { return m_undo; }
    QListView* sequenceView() const { return m_sequenceView; }
    // Makes the sequence current in the list and the review pane; false if it is not in the list.
    bool selectSequence(qint64 sequenceId);
    // The window's actions that have shortcuts, as the help overlay lists them.
    QList<QAction*> shortcutActions() const;
    void showShortcutHelp();

Q_SIGNALS:
    // The deployments' counts and the status bar's summary, read in the background, have arrived.
    void overviewRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildReviewMenus();
    void buildViews();
    void rebuildRecentMenu();
    void rememberRecent(const QString& path);
    void settingsDialog();
    void showAbout();
    void applyQueueFilter();
    void onSequenceSelected();
    void moveSequence(int step);
    void nextInQueue();
    void onSequenceEdited(qint64 sequenceId);
    void onProjectChanged(const trapline::ProjectChange& change);
    void newProjectDialog();
    void openProjectDialog();
    void importFolderDialog();
    void runModelsDialog();
    void exportDialog();
    // Jobs that change the project reload the views and end the undo history (their changes are not undoable
    // edits); exports and backups only read.
    enum class JobEffect { ChangesProject, ReadsOnly };
    Job* startJob(const QString& projectPath, JobKind kind, const QString& title, Job::Work work, const QString& key,
                  JobEffect effect = JobEffect::ChangesProject);
    void onJobFinished(bool ok, const QString& title, const QString& message, JobEffect effect);
    // Tiled's updateActions(): project actions only with a project; Run Models and Train say when their job is
    // queued or running.
    void updateActions();
    void onDeploymentSelected();
    void refreshSummary();

    std::unique_ptr<Project> m_project;
    ProjectWatch* m_watch = nullptr;
    ThumbnailLoader* m_thumbnails;
    SequenceListModel* m_sequences;
    DeploymentListModel* m_deployments;
    JobScheduler* m_scheduler;
    JobsPanel* m_jobs;
    QListView* m_deploymentView = nullptr;
    QListView* m_sequenceView = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_jobsStatus = nullptr;
    ReviewPane* m_review = nullptr;
    ReviewQueuePanel* m_queues = nullptr;
    QUndoStack* m_undo = nullptr;
    QMenu* m_recent = nullptr;
    QList<QAction*> m_shortcutActions;
    TrainingDialog* m_training = nullptr;
    ModelLibraryDialog* m_modelLibrary = nullptr;
    QList<QAction*> m_projectActions; // need an open project
    QAction* m_runModelsAction = nullptr;
    QAction* m_trainAction = nullptr;
};

} // namespace trapline::ui
