#pragma once

#include "Result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QProgressBar;
class QToolButton;

namespace trapline {
class Project;
}

namespace trapline::ui {

class DeploymentListModel;
class ImportRunner;
class SequenceListModel;
class ThumbnailLoader;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Status openProject(const QString& path);
    Status createProject(const QString& path);
    void importFolders(const QStringList& folders);
    Project* project() const { return m_project.get(); }
    SequenceListModel* sequenceModel() const { return m_sequences; }
    ImportRunner* importRunner() const { return m_importRunner; }

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
    void onDeploymentSelected();
    void onImportProgress(const QString& phase, qint64 done, qint64 total, double etaSeconds);
    void onImportFinished(bool ok, bool cancelled, const QString& message);
    void refreshSummary();

    std::unique_ptr<Project> m_project;
    ThumbnailLoader* m_thumbnails;
    SequenceListModel* m_sequences;
    DeploymentListModel* m_deployments;
    ImportRunner* m_importRunner;
    QListView* m_deploymentView = nullptr;
    QListView* m_sequenceView = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_jobCancel = nullptr;
};

} // namespace trapline::ui
