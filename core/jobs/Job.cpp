#include "Job.h"

#include "JobScheduler.h"

#include <QPointer>

namespace trapline {

Job::Job(JobScheduler* scheduler, QString projectPath, JobKind kind, QString title, QString key, Work work)
    : QObject(scheduler), m_scheduler(scheduler), m_projectPath(std::move(projectPath)), m_kind(kind),
      m_title(std::move(title)), m_key(std::move(key)), m_work(std::move(work))
{
    // Progress comes from the worker; the queued call hops to the scheduler's thread. Jobs report per batch, so
    // the event queue never floods.
    QPointer<Job> self(this);
    m_shared = std::make_shared<Shared>([self](const JobProgress& p) {
        QMetaObject::invokeMethod(self, [self, p] {
            if (self)
                self->m_scheduler->onProgress(self, p);
        }, Qt::QueuedConnection);
    });
}

Job::~Job() = default;

bool Job::cancelRequested() const { return m_shared->control.cancelled(); }

void Job::cancel() { m_scheduler->cancel(this); }

void Job::waitForFinished()
{
    QMutexLocker lock(&m_shared->mutex);
    while (m_shared->running)
        m_shared->ended.wait(&m_shared->mutex);
}

} // namespace trapline
