#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace trapline::ingest {

// What a camera says about the burst a frame belongs to ("Sequence 3 of 10", event number).
struct BurstMarkers {
    int index = 0; // 1-based
    int count = 0;
    std::optional<std::int64_t> eventNumber;
};

// Decodes the burst markers of the three Reconyx maker-note layouts (HyperFire, UltraFire, HyperFire 2).
// Returns nothing for other maker notes or implausible values.
std::optional<BurstMarkers> parseReconyxMakerNote(const std::uint8_t* data, std::size_t size);

} // namespace trapline::ingest
