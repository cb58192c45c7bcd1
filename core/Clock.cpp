#include "Clock.h"
#include "DateTimes.h"

#include <atomic>

namespace trapline {

namespace {

std::atomic<Clock*> g_installed{nullptr};

} // namespace

std::int64_t Clock::nowMs()
{
    if (const Clock* clock = g_installed.load(std::memory_order_acquire))
        return clock->currentMs();
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime Clock::nowUtc() { return utcFromMSecs(nowMs()); }

void Clock::install(Clock* clock) { g_installed.store(clock, std::memory_order_release); }

} // namespace trapline
