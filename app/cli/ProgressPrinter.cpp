#include "ProgressPrinter.h"

#include <cstdio>
#include <unistd.h>

namespace trapline::cli {

ProgressPrinter::ProgressPrinter() : m_terminal(isatty(STDERR_FILENO) != 0) {}

void ProgressPrinter::operator()(const JobProgress& p)
{
    const auto now = std::chrono::steady_clock::now();
    const bool newPhase = p.phase != m_phase;
    const bool finished = p.total > 0 && p.done >= p.total;
    if (!newPhase && !finished && now - m_last < std::chrono::milliseconds(m_terminal ? 200 : 3000))
        return;
    m_last = now;
    if (newPhase && m_terminal && !m_phase.isEmpty())
        std::fputc('\n', stderr);
    m_phase = p.phase;
    QString line = p.phase;
    if (p.total > 0)
        line += QStringLiteral(": %1/%2 (%3%)").arg(p.done).arg(p.total).arg(100 * p.done / p.total);
    else if (p.done > 0)
        line += QStringLiteral(": %1").arg(p.done);
    if (p.ratePerSecond > 0)
        line += QStringLiteral(", %1/s").arg(p.ratePerSecond, 0, 'f', 0);
    if (p.etaSeconds >= 0 && !finished)
        line += QStringLiteral(", %1 s left").arg(p.etaSeconds, 0, 'f', 0);
    std::fprintf(stderr, m_terminal ? "\r%-78s" : "%s\n", qPrintable(line));
    std::fflush(stderr);
}

void ProgressPrinter::finish()
{
    if (m_terminal && !m_phase.isEmpty())
        std::fputc('\n', stderr);
    m_phase.clear();
}

} // namespace trapline::cli
