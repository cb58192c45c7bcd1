#include "MockClock.h"

namespace trapline::test {

MockClock::MockClock(std::int64_t ms) : m_ms(ms) { Clock::install(this); }

MockClock::~MockClock() { Clock::install(nullptr); }

} // namespace trapline::test
