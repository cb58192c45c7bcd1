#pragma once

namespace trapline {

// While alive, lowers the calling thread's scheduling priority (Linux nice +10) so a long job never makes the
// GUI stutter; threads the job starts (decoders, LibTorch's workers) inherit it. Restored on destruction.
class BackgroundPriority {
public:
    BackgroundPriority();
    ~BackgroundPriority();
    BackgroundPriority(const BackgroundPriority&) = delete;
    BackgroundPriority& operator=(const BackgroundPriority&) = delete;

private:
    int m_previous = 0;
    bool m_changed = false;
};

} // namespace trapline
