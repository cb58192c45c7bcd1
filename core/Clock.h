#pragma once

#include <QDateTime>

#include <cstdint>

namespace trapline {

// The time that rows, audit entries and exports are stamped with. Core reads the time only through here, so a
// test can install a clock of its own (tests/support/MockClock.h) and check the exact stamp a write left.
class Clock {
public:
    virtual ~Clock() = default;

    // Milliseconds since the Unix epoch, UTC.
    static std::int64_t nowMs();
    static QDateTime nowUtc();

    // Installs `clock` for the whole process (it is not owned and must outlive its installation), or the system
    // clock again with nullptr. Jobs read the clock on their own threads, so the switch is atomic.
    static void install(Clock* clock);

protected:
    virtual std::int64_t currentMs() const = 0;
};

} // namespace trapline
