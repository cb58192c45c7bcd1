#pragma once

#include "inference/ShardedInference.h"
#include "jobs/Job.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace trapline::ui {

// Run Models > On a Slurm cluster...: writes the shard plan and the job-array script beside the project and shows
// them (read-only, to copy or save and submit on the cluster's login node), submits it where sbatch is on PATH, and
// offers the collect job that imports the finished shards.
class SlurmRunDialog : public QDialog {
    Q_OBJECT
public:
    using JobStarter = std::function<Job*(const QString& title, Job::Work work, const QString& key)>;
    SlurmRunDialog(QString projectPath, inference::InferenceOptions models, JobStarter startJob,
                   QWidget* parent = nullptr);

    // Writes the plan and script for the options shown; false (with the reason shown) when it cannot.
    bool writePlan();
    QString script() const;
    // The collect job, through the job scheduler.
    Job* collect();

private:
    void showPlan(const inference::ShardPlanInfo& plan);
    void submit();
    void saveScript();

    QString m_projectPath;
    inference::InferenceOptions m_models;
    JobStarter m_startJob;
    QSpinBox* m_shards = nullptr;
    QLineEdit* m_partition = nullptr;
    QLineEdit* m_gres = nullptr;
    QLineEdit* m_time = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_collect = nullptr;
    inference::ShardPlanInfo m_plan;
};

} // namespace trapline::ui
