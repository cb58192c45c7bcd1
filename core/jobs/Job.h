#pragma once

#include "Result.h"
#include "jobs/JobControl.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace trapline {

// What a finished job tells the user.
struct JobOutcome {
    QString message;
    bool cancelled = false;
};

// What a job does to its project decides what may run beside it (JobScheduler::writesProject). The model library's
// jobs (downloads, conversions) have the models folder in place of a project.
enum class JobKind {
    Import,
    LabelImport,
    Inference,
    Training,
    MatchProposals,
    Export,
    Backup,
    CheckOut,
    CheckIn,
    ModelDownload,
    ModelConversion
};
enum class JobState { Queued, Running, Done, Failed, Cancelled };

class JobScheduler;

// One request made to a JobScheduler: what it is, where it stands and how far it got. It lives on the scheduler's
// thread, and its signals arrive there; the work itself runs on the scheduler's pool.
class Job : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<JobOutcome>(JobControl&)>;
    ~Job() override;

    const QString& title() const { return m_title; }
    JobKind kind() const { return m_kind; }
    // Canonical, so that two spellings of one project share its lane.
    const QString& projectPath() const { return m_projectPath; }
    // Two requests of one kind on one project with the same key are the same request.
    const QString& key() const { return m_key; }
    JobState state() const { return m_state; }
    bool isQueued() const { return m_state == JobState::Queued; }
    bool isRunning() const { return m_state == JobState::Running; }
    bool isActive() const { return isQueued() || isRunning(); }
    // False for a job cancelled while it waited: its work never ran and the project is as it was.
    bool hasStarted() const { return m_started; }
    bool cancelRequested() const;

    const QString& phase() const { return m_phase; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    double etaSeconds() const { return m_eta; }
    // The outcome once finished, else what the job waits for or is doing.
    const QString& message() const { return m_message; }

    // A queued job is dropped; a running one stops after its current batch.
    void cancel();
    // Blocks until the work has returned (at once if it never started).
    void waitForFinished();

Q_SIGNALS:
    void stateChanged(trapline::JobState state);
    void progress(const QString& phase, qint64 done, qint64 total, double etaSeconds);
    void finished(bool ok, bool cancelled, const QString& message);

private:
    friend class JobScheduler;
    Job(JobScheduler* scheduler, QString projectPath, JobKind kind, QString title, QString key, Work work);

    // What the worker thread shares with the job: the cancel flag and progress sink, and the end of the work.
    struct Shared {
        explicit Shared(JobControl::ProgressFn onProgress) : control(std::move(onProgress)) {}
        JobControl control;
        QMutex mutex;
        QWaitCondition ended;
        bool running = false;
    };

    JobScheduler* m_scheduler;
    QString m_projectPath;
    JobKind m_kind;
    QString m_title;
    QString m_key;
    Work m_work;
    std::shared_ptr<Shared> m_shared;
    JobState m_state = JobState::Queued;
    bool m_started = false;
    QString m_phase;
    qint64 m_done = 0;
    qint64 m_total = 0;
    double m_eta = -1;
    QString m_message;
};

} // namespace trapline

Q_DECLARE_METATYPE(trapline::JobState)
