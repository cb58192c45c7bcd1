#pragma once

#include "Result.h"
#include "jobs/JobControl.h"

#include <QObject>

#include <functional>
#include <memory>

namespace trapline::ui {

// What a finished job tells the user.
struct JobOutcome {
    QString message;
    bool cancelled = false;
};

// Runs one long job (import, inference, training, export) on a worker thread. Progress and the result reach the
// GUI thread through queued signals; cancel() asks the job to stop after its current batch.
class JobRunner : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Result<JobOutcome>(JobControl&)>;

    JobRunner(QString title, Work work, QObject* parent = nullptr);
    ~JobRunner() override;

    const QString& title() const { return m_title; }
    bool isRunning() const { return m_running; }
    void start();
    void cancel();
    // Blocks until the job has stopped (used when the window closes).
    void waitForFinished();

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total, double etaSeconds);
    void finished(bool ok, bool cancelled, const QString& message);

private:
    struct State;
    QString m_title;
    Work m_work;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace trapline::ui
