#pragma once

#include "Clock.h"

#include <atomic>

namespace trapline::test {

// While alive, core reads this clock instead of the system's (KeePassXC's MockClock): a test sets the time and
// then checks that the rows a write stamped carry exactly that time.
class MockClock : public Clock {
public:
    explicit MockClock(std::int64_t ms);
    ~MockClock() override;
    MockClock(const MockClock&) = delete;
    MockClock& operator=(const MockClock&) = delete;

    void set(std::int64_t ms) { m_ms.store(ms); }
    void advance(std::int64_t ms) { m_ms.fetch_add(ms); }

protected:
    std::int64_t currentMs() const override { return m_ms.load(); }

private:
    std::atomic<std::int64_t> m_ms;
};

} // namespace trapline::test
