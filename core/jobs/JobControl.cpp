#include "JobControl.h"

#include "Logging.h"

namespace trapline {

void JobControl::beginPhase(const QString& phase, std::int64_t total)
{
    // Phase timings in the log let a slow run be compared with a fast one without a profiler.
    if (!m_progress.phase.isEmpty())
        qCDebug(log::jobs).noquote()
            << "Phase" << m_progress.phase << "took"
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - m_phaseStart).count() << "s for"
            << m_progress.done << "of" << m_progress.total;
    m_progress = JobProgress{phase, 0, total, 0, -1};
    m_phaseStart = std::chrono::steady_clock::now();
    if (m_onProgress)
        m_onProgress(m_progress);
}

void JobControl::report(std::int64_t done)
{
    m_progress.done = done;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_phaseStart).count();
    m_progress.ratePerSecond = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
    m_progress.etaSeconds = (m_progress.ratePerSecond > 0 && m_progress.total > 0)
                                ? static_cast<double>(m_progress.total - done) / m_progress.ratePerSecond
                                : -1;
    if (m_onProgress)
        m_onProgress(m_progress);
}

} // namespace trapline
