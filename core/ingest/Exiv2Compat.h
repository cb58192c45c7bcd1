#pragma once

// Exiv2 0.28 (Debian 13) renamed what Exiv2 0.27 (Debian 12) calls Exifdatum::toLong and Exiv2::AnyError, and made
// DataBuf's members private. The callers use these names so that one source builds against both.

#include <exiv2/exiv2.hpp>

#include <cstddef>
#include <cstdint>

namespace trapline::exiv2compat {

#if EXIV2_TEST_VERSION(0, 28, 0)
using Error = Exiv2::Error;

inline std::int64_t toInteger(const Exiv2::Exifdatum& datum)
{
    return datum.toInt64();
}

inline const Exiv2::byte* bytes(const Exiv2::DataBuf& buffer)
{
    return buffer.c_data();
}

inline std::size_t byteCount(const Exiv2::DataBuf& buffer)
{
    return buffer.size();
}
#else
using Error = Exiv2::AnyError;

inline std::int64_t toInteger(const Exiv2::Exifdatum& datum)
{
    return datum.toLong();
}

inline const Exiv2::byte* bytes(const Exiv2::DataBuf& buffer)
{
    return buffer.pData_;
}

inline std::size_t byteCount(const Exiv2::DataBuf& buffer)
{
    return static_cast<std::size_t>(buffer.size_);
}
#endif

} // namespace trapline::exiv2compat
