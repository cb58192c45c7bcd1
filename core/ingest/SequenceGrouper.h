#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline::ingest {

// The facts about one frame that decide which sequence it belongs to.
struct FrameKey {
    std::int64_t mediaId = 0;
    std::optional<std::int64_t> takenAtMs;
    std::optional<int> burstIndex;
    std::optional<int> burstCount;
    std::optional<std::int64_t> eventNumber;
    QString relPath; // last tie-breaker: cameras number files in shooting order
};

struct GroupedSequence {
    enum class Basis { CameraBurst, TimeGap, Single };
    std::vector<std::int64_t> mediaIds; // in frame order
    Basis basis = Basis::Single;
};

// Groups the frames of ONE deployment into sequences (bursts/events).
// Frames are ordered by time, then burst index, then file name. A new sequence starts where
//  - both frames carry camera event numbers and they differ, or
//  - both carry burst markers "n of m" and the second is not the next frame of the same burst, or
//  - otherwise, where the time between the two frames exceeds the gap.
// Camera markers take precedence over the gap because camera clocks only have one-second resolution and
// long bursts (video-like modes) can exceed any gap.
class SequenceGrouper {
public:
    explicit SequenceGrouper(std::int64_t gapMs) : m_gapMs(gapMs) {}
    std::vector<GroupedSequence> group(std::vector<FrameKey> frames) const;

    static constexpr std::int64_t kDefaultGapSeconds = 60;

private:
    bool startsNewSequence(const FrameKey& previous, const FrameKey& current, bool& byMarkers) const;
    std::int64_t m_gapMs;
};

} // namespace trapline::ingest
