#include "JobScheduler.h"

#include "jobs/BackgroundPriority.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace trapline {

JobScheduler::JobScheduler(int maxRunning, QObject* parent)
    : QAbstractListModel(parent), m_maxRunning(std::max(1, maxRunning))
{
    qRegisterMetaType<trapline::JobState>();
    m_pool.setMaxThreadCount(m_maxRunning);
    m_pool.setObjectName(QStringLiteral("Trapline jobs"));
}

JobScheduler::~JobScheduler()
{
    cancelAll();
    waitForAll();
}

QString JobScheduler::canonicalProject(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool JobScheduler::writesProject(JobKind kind)
{
    switch (kind) {
    case JobKind::Import:
    case JobKind::LabelImport:
    case JobKind::Inference:
    case JobKind::Training:
    case JobKind::MatchProposals:
    case JobKind::CheckOut: // records the check-out
    case JobKind::CheckIn: return true;
    case JobKind::Export:
    case JobKind::Backup:
    // Each writes its own files in the models folder; the same model twice is one request (its key).
    case JobKind::ModelDownload:
    case JobKind::ModelConversion: return false;
    }
    return true;
}

Job* JobScheduler::submit(const QString& projectPath, JobKind kind, const QString& title, Job::Work work,
                          const QString& key)
{
    if (Job* same = find(projectPath, kind, key))
        return same;
    auto* job = new Job(this, canonicalProject(projectPath), kind, title, key, std::move(work));
    job->m_message = tr("Queued");
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
    m_jobs << job;
    endInsertRows();
    Q_EMIT jobStateChanged(job);
    dispatch();
    Q_EMIT activeCountChanged(activeCount());
    return job;
}

Job* JobScheduler::find(const QString& projectPath, JobKind kind, const QString& key) const
{
    const QString project = canonicalProject(projectPath);
    for (Job* job : m_jobs)
        if (job->isActive() && job->kind() == kind && job->projectPath() == project && job->key() == key)
            return job;
    return nullptr;
}

Job* JobScheduler::activeJob(const QString& projectPath, JobKind kind) const
{
    const QString project = canonicalProject(projectPath);
    for (Job* job : m_jobs)
        if (job->isActive() && job->kind() == kind && job->projectPath() == project)
            return job;
    return nullptr;
}

Job* JobScheduler::jobAt(int row) const { return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr; }

int JobScheduler::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job* j) { return j->isRunning(); }));
}

int JobScheduler::activeCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job* j) { return j->isActive(); }));
}

void JobScheduler::dispatch()
{
    // In the order asked for: a writer waits for every writer on its project that runs or was asked for before it.
    QSet<QString> writing;
    int running = 0;
    for (const Job* job : std::as_const(m_jobs))
        if (job->isRunning()) {
            ++running;
            if (writesProject(job->kind()))
                writing.insert(job->projectPath());
        }
    for (Job* job : std::as_const(m_jobs)) {
        if (!job->isQueued())
            continue;
        const bool writes = writesProject(job->kind());
        if (writes && writing.contains(job->projectPath())) {
            setQueuedMessage(job, tr("Queued: starts when the project's running job ends"));
            continue;
        }
        if (running >= m_maxRunning) {
            if (writes)
                writing.insert(job->projectPath()); // keeps the order: later writers wait behind this one
            setQueuedMessage(job, tr("Queued: starts when another job ends"));
            continue;
        }
        if (writes)
            writing.insert(job->projectPath());
        ++running;
        launch(job);
    }
}

void JobScheduler::setQueuedMessage(Job* job, const QString& message)
{
    if (job->m_message == message)
        return;
    job->m_message = message;
    rowChanged(job);
}

void JobScheduler::launch(Job* job)
{
    job->m_started = true;
    job->m_message = tr("Starting...");
    auto shared = job->m_shared;
    {
        QMutexLocker lock(&shared->mutex);
        shared->running = true;
    }
    setState(job, JobState::Running);
    QPointer<JobScheduler> self(this);
    QPointer<Job> target(job);
    m_pool.start([self, target, shared, work = job->m_work] {
        bool ok = false;
        bool cancelled = false;
        QString message;
        {
            const BackgroundPriority background;
            auto result = work(shared->control);
            ok = result.ok();
            cancelled = ok && result.value().cancelled;
            message = ok ? result.value().message : result.error().message;
        }
        // Delivered before waitForFinished() returns, so a window that waited for its jobs still hears of them.
        QMetaObject::invokeMethod(self, [self, target, ok, cancelled, message] {
            if (self && target)
                self->onWorkEnded(target, ok, cancelled, message);
        }, Qt::QueuedConnection);
        QMutexLocker lock(&shared->mutex);
        shared->running = false;
        shared->ended.wakeAll();
    });
}

void JobScheduler::onProgress(Job* job, const JobProgress& p)
{
    if (!job->isRunning())
        return;
    job->m_phase = p.phase;
    job->m_done = p.done;
    job->m_total = p.total;
    job->m_eta = p.etaSeconds;
    if (!job->cancelRequested())
        job->m_message = p.phase;
    rowChanged(job);
    Q_EMIT job->progress(p.phase, p.done, p.total, p.etaSeconds);
}

void JobScheduler::onWorkEnded(Job* job, bool ok, bool cancelled, const QString& message)
{
    job->m_message = message;
    if (ok && !cancelled && job->m_total > 0)
        job->m_done = job->m_total;
    setState(job, !ok ? JobState::Failed : cancelled ? JobState::Cancelled : JobState::Done);
    dispatch();
    Q_EMIT activeCountChanged(activeCount());
    Q_EMIT job->finished(ok, cancelled, message);
}

void JobScheduler::cancel(Job* job)
{
    const qsizetype row = m_jobs.indexOf(job);
    if (row < 0 || !job->isActive())
        return;
    if (job->isRunning()) {
        job->m_shared->control.cancel();
        job->m_message = tr("Stopping after the current batch...");
        rowChanged(job);
        return;
    }
    // A queued job never ran: it leaves the list, and whoever asked for it hears that it was cancelled.
    beginRemoveRows({}, int(row), int(row));
    m_jobs.removeAt(row);
    endRemoveRows();
    job->m_message = tr("Cancelled before it started");
    setState(job, JobState::Cancelled);
    dispatch();
    Q_EMIT activeCountChanged(activeCount());
    Q_EMIT job->finished(true, true, job->m_message);
    job->deleteLater();
}

void JobScheduler::cancelAll()
{
    for (Job* job : QList<Job*>(m_jobs))
        if (job->isQueued())
            cancel(job);
    for (Job* job : std::as_const(m_jobs))
        if (job->isRunning())
            cancel(job);
}

void JobScheduler::waitForAll() { m_pool.waitForDone(); }

void JobScheduler::clearFinished()
{
    for (qsizetype row = m_jobs.size() - 1; row >= 0; --row) {
        Job* job = m_jobs.at(row);
        if (job->isActive())
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_jobs.removeAt(row);
        endRemoveRows();
        job->deleteLater();
    }
}

void JobScheduler::setState(Job* job, JobState state)
{
    job->m_state = state;
    rowChanged(job);
    Q_EMIT job->stateChanged(state);
    Q_EMIT jobStateChanged(job);
}

void JobScheduler::rowChanged(Job* job)
{
    const qsizetype row = m_jobs.indexOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
}

int JobScheduler::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_jobs.size()); }

QVariant JobScheduler::data(const QModelIndex& index, int role) const
{
    const Job* job = jobAt(index.row());
    if (!job || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return job->title();
    case Qt::ToolTipRole:
    case MessageRole: return job->message();
    case KindRole: return int(job->kind());
    case StateRole: return int(job->state());
    case PhaseRole: return job->phase();
    case DoneRole: return job->done();
    case TotalRole: return job->total();
    case ProgressRole: return job->total() > 0 ? double(job->done()) / double(job->total()) : -1.0;
    case EtaRole: return job->etaSeconds();
    case CancelRequestedRole: return job->cancelRequested();
    default: return {};
    }
}

QHash<int, QByteArray> JobScheduler::roleNames() const
{
    return {{TitleRole, "title"},   {KindRole, "kind"},         {StateRole, "state"},     {PhaseRole, "phase"},
            {DoneRole, "done"},     {TotalRole, "total"},       {ProgressRole, "progress"}, {EtaRole, "eta"},
            {MessageRole, "message"}, {CancelRequestedRole, "cancelRequested"}};
}

} // namespace trapline
