#include "JobControl.h"

namespace trapline {

void JobControl::beginPhase(const QString& phase, std::int64_t total)
{
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
