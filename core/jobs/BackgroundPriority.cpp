#include "BackgroundPriority.h"

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace trapline {

namespace {
constexpr int kBackgroundNice = 10;
}

BackgroundPriority::BackgroundPriority()
{
#if defined(__linux__)
    // On Linux nice values are per thread: PRIO_PROCESS with a thread id changes this thread only.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    m_previous = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && m_previous < kBackgroundNice)
        m_changed = setpriority(PRIO_PROCESS, tid, kBackgroundNice) == 0;
#endif
}

BackgroundPriority::~BackgroundPriority()
{
#if defined(__linux__)
    // Lowering nice again needs privileges an ordinary user lacks; then the pooled thread simply stays nice.
    if (m_changed)
        setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), m_previous);
#endif
}

} // namespace trapline
