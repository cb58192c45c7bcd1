#pragma once

#include "jobs/JobControl.h"

#include <chrono>

namespace trapline::cli {

// Prints job progress to stderr: one line rewritten in place on a terminal, a line every few seconds in logs.
class ProgressPrinter {
public:
    ProgressPrinter();
    void operator()(const JobProgress& progress);
    void finish();

private:
    bool m_terminal;
    QString m_phase;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace trapline::cli
