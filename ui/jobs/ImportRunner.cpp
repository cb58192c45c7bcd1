#include "ImportRunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <QFuture>

namespace trapline::ui {

struct ImportRunner::State {
    explicit State(JobControl::ProgressFn onProgress) : control(std::move(onProgress)) {}
    JobControl control;
    QFuture<void> future;
};

ImportRunner::ImportRunner(QObject* parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    cancel();
    waitForFinished();
}

void ImportRunner::start(const QString& projectPath, const ingest::ImportOptions& options)
{
    if (m_running)
        return;
    m_running = true;
    QPointer<ImportRunner> self(this);
    // Progress comes from the worker; the queued invocation hops to the GUI thread.
    auto state = std::make_shared<State>([self](const JobProgress& p) {
        if (self)
            QMetaObject::invokeMethod(self, [self, p] {
                if (self)
                    Q_EMIT self->progress(p.phase, p.done, p.total, p.etaSeconds);
            }, Qt::QueuedConnection);
    });
    m_state = state;
    state->future = QtConcurrent::run([self, state, projectPath, options] {
        auto result = ingest::ImportJob(projectPath, options).run(state->control);
        const bool ok = result.ok();
        const bool cancelled = ok && result.value().cancelled;
        QString message;
        if (!ok)
            message = result.error().message;
        else
            message = QObject::tr("%n new image(s), %1 with problems, %2 already imported", "", int(result.value().added))
                          .arg(result.value().withErrors)
                          .arg(result.value().alreadyImported);
        if (self)
            QMetaObject::invokeMethod(self, [self, ok, cancelled, message] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(ok, cancelled, message);
            }, Qt::QueuedConnection);
    });
}

void ImportRunner::cancel()
{
    if (m_state)
        m_state->control.cancel();
}

void ImportRunner::waitForFinished()
{
    if (m_state)
        m_state->future.waitForFinished();
}

} // namespace trapline::ui
