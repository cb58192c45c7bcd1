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
    // The time is the file's modification time (or there is none): a copy sets it, so it is a weak clue.
    bool fileTimeOnly = false;
};

struct GroupedSequence {
    enum class Basis {
        CameraBurst,  // the camera's own burst or event markers
        TimeGap,      // camera times closer than the gap
        Single,       // one frame with a camera time
        FileNames,    // no camera time: consecutive file names whose file times follow them within the gap
        NoCameraTime, // one frame without a camera time
    };
    std::vector<std::int64_t> mediaIds; // in frame order
    Basis basis = Basis::Single;
};

const char* basisName(GroupedSequence::Basis basis);

// Groups the frames of ONE deployment into sequences (bursts/events).
//
// Frames with a camera time (EXIF) or camera markers are ordered by time, then burst index, then file name. A new
// sequence starts where
//  - both frames carry camera event numbers and they differ, or
//  - both carry burst markers "n of m" and the second is not the next frame of the same burst, or
//  - otherwise, where the time between the two frames exceeds the gap.
// Camera markers take precedence over the gap because camera clocks only have one-second resolution and
// long bursts (video-like modes) can exceed any gap.
//
// Frames timed only by their files are grouped only on strong evidence, because copying a card, downloading a
// data set or unpacking an archive sets every modification time to the minute of the copy: within one folder,
// a frame joins the previous one when their names share a prefix with consecutive numbers (PICT0020, PICT0021)
// and the file times follow that order within the gap. A folder whose file times look like a bulk copy (out of
// step with the names' numbering, or many files within seconds) groups nothing: each frame is its own sequence.
class SequenceGrouper {
public:
    explicit SequenceGrouper(std::int64_t gapMs) : m_gapMs(gapMs) {}
    std::vector<GroupedSequence> group(std::vector<FrameKey> frames) const;

    static constexpr std::int64_t kDefaultGapSeconds = 60;
    // A folder of at least this many frames whose file times average under one second apart was copied: no
    // camera writes frames that fast for long. Smaller folders (a burst on its own) are judged by their names.
    static constexpr int kCopyMinFiles = 20;
    static constexpr std::int64_t kCopyMaxMsPerFile = 1000;
    // File times out of step with the names in more than this share of neighbouring frames: a copy in another order.
    static constexpr double kCopyOutOfStepShare = 0.10;
    // FAT file systems (every SD card) store modification times to 2 s.
    static constexpr std::int64_t kFileTimeResolutionMs = 2000;

private:
    std::vector<GroupedSequence> groupByCameraTime(std::vector<FrameKey> frames) const;
    std::vector<GroupedSequence> groupByFileNames(std::vector<FrameKey> frames) const;
    bool startsNewSequence(const FrameKey& previous, const FrameKey& current, bool& byMarkers) const;
    std::int64_t m_gapMs;
};

} // namespace trapline::ingest
