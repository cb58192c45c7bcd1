#pragma once

#include "jobs/Job.h"
#include "training/TrainingJob.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

class QChart;
class QLineSeries;

namespace trapline::ui {

// Models > Train Model: fine-tunes the species classifier or the re-ID embedder on the project's confirmed labels.
// Options on the left; while it trains, live loss and validation curves; then the figures (with the previous
// version's on the same split), the confusion matrix and "Make Active". A second tab lists the trained versions.
// The job runs through the main window's job scheduler: it waits as queued while another job writes the project,
// shows its progress in the jobs panel and can be cancelled from either.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    // Starts the work through the job scheduler; `key` tells an equal request (returned instead of run twice).
    using JobStarter = std::function<Job*(const QString& title, Job::Work work, const QString& key)>;
    TrainingDialog(QString projectPath, JobStarter startJob, QWidget* parent = nullptr);

    training::TrainingRequest request() const;
    // Fills the form from a request (the unfinished training's, when resuming).
    void setRequest(const training::TrainingRequest& request);
    bool isTraining() const { return m_job != nullptr; }
    // Fills the form (tests, and "train again with these options").
    void setBaseModel(const QString& manifest);
    QPushButton* startButton() const { return m_start; }

public Q_SLOTS:
    void startTraining();
    // Resumes the project's most recent unfinished training, in its own folder, with its own options.
    void resumeTraining();
    void refreshVersions();

Q_SIGNALS:
    void trainingFinished(bool ok, const QString& message);

private:
    QWidget* buildOptions();
    QWidget* buildProgress();
    QWidget* buildVersions();
    void addEpoch(const training::EpochRecord& record);
    void showOutcome(const training::TrainingOutcome& outcome);
    void kindChanged();
    training::TrainingKind selectedKind() const;
    void makeActive();
    void activateSelectedVersion();
    void activate(training::TrainingKind kind, const QString& manifest);
    void start(training::TrainingRequest request);
    // What the options select from the project, counted off the GUI thread (a moment after the last change).
    void previewDataset();
    void showPreview(const QString& text);
    void findUnfinished();

    QString m_projectPath;
    JobStarter m_startJob;
    Job* m_job = nullptr;
    std::shared_ptr<std::optional<training::TrainingOutcome>> m_outcome;
    struct Trained {
        training::TrainingKind kind;
        QString manifestPath;
    };
    std::optional<Trained> m_last; // the model this dialog trained last, for Make Active

    QTabWidget* m_tabs = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_base = nullptr;
    QSpinBox* m_headEpochs = nullptr;
    QSpinBox* m_unfrozenEpochs = nullptr;
    QLineEdit* m_unfreeze = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_batch = nullptr;
    QCheckBox* m_augment = nullptr;
    QComboBox* m_balance = nullptr;
    QComboBox* m_splitBy = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QCheckBox* m_firstFrame = nullptr;
    QDoubleSpinBox* m_emptyShare = nullptr;
    QSpinBox* m_minPerClass = nullptr;
    QCheckBox* m_allowMissingClasses = nullptr;
    QDoubleSpinBox* m_heldOut = nullptr;
    QCheckBox* m_activate = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_resume = nullptr;
    std::optional<training::UnfinishedTraining> m_unfinished;
    QPushButton* m_makeActive = nullptr;

    QChart* m_lossChart = nullptr;
    QChart* m_metricChart = nullptr;
    QLineSeries* m_trainLoss = nullptr;
    QLineSeries* m_validationLoss = nullptr;
    QLineSeries* m_metricA = nullptr;
    QLineSeries* m_metricB = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_preview = nullptr;
    QTimer* m_previewTimer = nullptr;
    int m_previewGeneration = 0;
    QTextBrowser* m_results = nullptr;
    QLabel* m_confusion = nullptr;
    QTableWidget* m_versions = nullptr;
};

} // namespace trapline::ui
