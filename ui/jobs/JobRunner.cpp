#include "JobRunner.h"

#include "jobs/BackgroundPriority.h"

#include <QFuture>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace trapline::ui {

struct JobRunner::State {
    explicit State(JobControl::ProgressFn onProgress) : control(std::move(onProgress)) {}
    JobControl control;
    QFuture<void> future;
};

JobRunner::JobRunner(QString title, Work work, QObject* parent)
    : QObject(parent), m_title(std::move(title)), m_work(std::move(work))
{
}

JobRunner::~JobRunner()
{
    cancel();
    waitForFinished();
}

void JobRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<JobRunner> self(this);
    // Progress comes from the worker; the queued invocation hops to the GUI thread. Reports are throttled by
    // the job (per batch), so the event queue never floods.
    auto state = std::make_shared<State>([self](const JobProgress& p) {
        QMetaObject::invokeMethod(self, [self, p] {
            if (self)
                Q_EMIT self->progress(p.phase, p.done, p.total, p.etaSeconds);
        }, Qt::QueuedConnection);
    });
    m_state = state;
    state->future = QtConcurrent::run([self, state, work = m_work] {
        const BackgroundPriority background;
        auto result = work(state->control);
        const bool ok = result.ok();
        const bool cancelled = ok && result.value().cancelled;
        const QString message = ok ? result.value().message : result.error().message;
        QMetaObject::invokeMethod(self, [self, ok, cancelled, message] {
            if (!self)
                return;
            self->m_running = false;
            Q_EMIT self->finished(ok, cancelled, message);
        }, Qt::QueuedConnection);
    });
}

void JobRunner::cancel()
{
    if (m_state)
        m_state->control.cancel();
}

void JobRunner::waitForFinished()
{
    if (m_state)
        m_state->future.waitForFinished();
}

} // namespace trapline::ui
