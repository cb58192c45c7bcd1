#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace trapline {

struct JobProgress {
    QString phase;            // what the job is doing now, for people ("Reading metadata")
    std::int64_t done = 0;
    std::int64_t total = 0;   // 0 when unknown
    double ratePerSecond = 0; // in this phase
    double etaSeconds = -1;   // -1 when unknown
};

// Shared between a job and whoever runs it. Cancellation is cooperative: jobs poll cancelled() between small
// batches and leave the project consistent.
class JobControl {
public:
    using ProgressFn = std::function<void(const JobProgress&)>;

    explicit JobControl(ProgressFn onProgress = {}) : m_onProgress(std::move(onProgress)) {}

    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

    // Starts timing a new phase; rates and ETAs are per phase.
    void beginPhase(const QString& phase, std::int64_t total);
    void report(std::int64_t done);
    void setTotal(std::int64_t total) { m_progress.total = total; }

private:
    std::atomic_bool m_cancelled{false};
    ProgressFn m_onProgress;
    JobProgress m_progress;
    std::chrono::steady_clock::time_point m_phaseStart;
};

} // namespace trapline
