#pragma once

#include "ingest/ImportJob.h"

#include <QObject>

#include <memory>

namespace trapline::ui {

// Runs an ImportJob on a worker thread and reports to the GUI thread through queued signals.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const { return m_running; }
    void start(const QString& projectPath, const ingest::ImportOptions& options);
    void cancel();
    // Blocks until a running import has stopped (used when the window closes).
    void waitForFinished();

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total, double etaSeconds);
    void finished(bool ok, bool cancelled, const QString& message);

private:
    struct State;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace trapline::ui
