#include "BurstMarkers.h"

#include <cstring>

namespace trapline::ingest {

namespace {

std::uint16_t u16le(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
std::uint32_t u32le(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

bool startsWith(const std::uint8_t* data, std::size_t size, const char* prefix, std::size_t length)
{
    return size >= length && std::memcmp(data, prefix, length) == 0;
}

std::optional<BurstMarkers> plausible(int index, int count, std::optional<std::int64_t> event)
{
    // Cameras write 0 of 0 for time-lapse frames and garbage in damaged notes: only 1 <= n <= m <= 99 counts.
    if (index < 1 || count < 1 || index > count || count > 99)
        return std::nullopt;
    return BurstMarkers{index, count, event};
}

} // namespace

// Layouts as documented by ExifTool's Reconyx module (offsets in bytes, little-endian).
std::optional<BurstMarkers> parseReconyxMakerNote(const std::uint8_t* data, std::size_t size)
{
    if (!data)
        return std::nullopt;
    if (startsWith(data, size, "RECONYXH2\0", 10) && size >= 0x3e) { // HyperFire 2, HF2 PRO
        const std::int64_t event = (static_cast<std::int64_t>(u16le(data + 0x3a)) << 16) | u16le(data + 0x3c);
        return plausible(u16le(data + 0x36), u16le(data + 0x38), event);
    }
    if (startsWith(data, size, "RECONYXUF\0", 10) && size >= 0x3b) { // UltraFire
        return plausible(data[0x35], data[0x36], static_cast<std::int64_t>(u32le(data + 0x37)));
    }
    if (size >= 0x16 && data[0] == 0x01 && data[1] == 0xf1) { // HyperFire (HC500, PC900, ...)
        const std::int64_t event = (static_cast<std::int64_t>(u16le(data + 0x12)) << 16) | u16le(data + 0x14);
        return plausible(u16le(data + 0x0e), u16le(data + 0x10), event);
    }
    return std::nullopt;
}

} // namespace trapline::ingest
