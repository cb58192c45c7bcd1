#pragma once

// Exiv2 0.28 (Debian 13) renamed what Exiv2 0.27 (Debian 12) calls Exifdatum::toLong and Exiv2::AnyError. The
// callers use these names so that one source builds against both.

#include <exiv2/exiv2.hpp>

#include <cstdint>

namespace trapline::exiv2compat {

#if EXIV2_TEST_VERSION(0, 28, 0)
using Error = Exiv2::Error;

inline std::int64_t toInteger(const Exiv2::Exifdatum& datum)
{
    return datum.toInt64();
}
#else
using Error = Exiv2::AnyError;

inline std::int64_t toInteger(const Exiv2::Exifdatum& datum)
{
    return datum.toLong();
}
#endif

} // namespace trapline::exiv2compat
