#pragma once

#include "jobs/Job.h"

#include <QAbstractListModel>
#include <QThreadPool>

namespace trapline {

// Runs Trapline's long jobs (import, inference, training, match proposals, exports, backups) on its own thread
// pool, so that QThreadPool::globalInstance() stays free for short GUI work (frame decode, thumbnails).
//
// Jobs are keyed by project and kind. Jobs that write a project run one at a time on it, in the order they were
// asked for; the others wait as queued. A request equal to one already queued or running (same project, kind and
// key) is not run twice: submit() returns the job already there. Jobs that only read (exports, backups) run
// beside anything.
//
// The scheduler is also the list model the jobs panel shows: one row per job, newest last.
class JobScheduler : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        KindRole,     // JobKind as int
        StateRole,    // JobState as int
        PhaseRole,
        DoneRole,
        TotalRole,
        ProgressRole, // 0..1 in the current phase, -1 while unknown
        EtaRole,      // seconds left in the current phase, -1 while unknown
        MessageRole,
        CancelRequestedRole,
    };

    // At most `maxRunning` jobs run at once (each gets a thread of the scheduler's pool); more wait as queued.
    explicit JobScheduler(int maxRunning = 4, QObject* parent = nullptr);
    // Cancels every job and waits for the running ones to stop.
    ~JobScheduler() override;

    // Queues `work`, or returns the equal request already queued or running. The job starts as soon as its lane
    // is free (before this returns to the event loop only if it can start at once).
    Job* submit(const QString& projectPath, JobKind kind, const QString& title, Job::Work work,
                const QString& key = {});
    // The queued or running request equal to this one, if any.
    Job* find(const QString& projectPath, JobKind kind, const QString& key) const;
    // The first queued or running job of `kind` on the project, if any.
    Job* activeJob(const QString& projectPath, JobKind kind) const;
    Job* jobAt(int row) const;
    int runningCount() const;
    // Queued and running.
    int activeCount() const;
    // Whether a job of `kind` writes its project, and so waits for the other writers on it.
    static bool writesProject(JobKind kind);

    void cancel(Job* job);
    void cancelAll();
    // Blocks until no job runs (a queued one would start: cancelAll() first).
    void waitForAll();
    // Removes the finished, failed and cancelled jobs from the list.
    void clearFinished();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A job was queued, started or ended; `active` counts queued and running jobs.
    void jobStateChanged(trapline::Job* job);
    void activeCountChanged(int active);

private:
    friend class Job;
    void dispatch();
    void launch(Job* job);
    void setQueuedMessage(Job* job, const QString& message);
    void onProgress(Job* job, const JobProgress& progress);
    void onWorkEnded(Job* job, bool ok, bool cancelled, const QString& message);
    void setState(Job* job, JobState state);
    void rowChanged(Job* job);
    static QString canonicalProject(const QString& path);

    QThreadPool m_pool;
    int m_maxRunning;
    QList<Job*> m_jobs;
};

} // namespace trapline
