#pragma once

#include "Result.h"
#include "formats/Exchange.h"
#include "inference/InferenceJob.h"
#include "jobs/JobRunner.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListView;

namespace trapline {
class Project;
}

namespace trapline::ui {

class DeploymentListModel;
class JobsPanel;
class SequenceListModel;
class ThumbnailLoader;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Status openProject(const QString& path);
    Status createProject(const QString& path);
    // Start background jobs on the open project; they show in the jobs panel. Null when no project is open.
    JobRunner* importFolders(const QStringList& folders);
    JobRunner* runModels(const inference::InferenceOptions& options);
    JobRunner* exportProject(const formats::ExportRequest& request);
    Project* project() const { return m_project.get(); }
    SequenceListModel* sequenceModel() const { return m_sequences; }
    JobsPanel* jobsPanel() const { return m_jobs; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildViews();
    void newProjectDialog();
    void openProjectDialog();
    void importFolderDialog();
    void runModelsDialog();
    void exportDialog();
    void importLabelsDialog();
    JobRunner* startJob(const QString& title, std::function<Result<JobOutcome>(JobControl&)> work);
    void onJobFinished(bool ok, const QString& title, const QString& message);
    void onDeploymentSelected();
    void refreshSummary();

    std::unique_ptr<Project> m_project;
    ThumbnailLoader* m_thumbnails;
    SequenceListModel* m_sequences;
    DeploymentListModel* m_deployments;
    JobsPanel* m_jobs;
    QList<JobRunner*> m_runners;
    QListView* m_deploymentView = nullptr;
    QListView* m_sequenceView = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_jobsStatus = nullptr;
};

} // namespace trapline::ui
