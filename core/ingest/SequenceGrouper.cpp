#include "SequenceGrouper.h"

#include <algorithm>

namespace trapline::ingest {

namespace {

bool frameOrder(const FrameKey& a, const FrameKey& b)
{
    // A frame without a time sorts last; within a burst the camera's index beats equal-second timestamps.
    const auto ta = a.takenAtMs.value_or(INT64_MAX);
    const auto tb = b.takenAtMs.value_or(INT64_MAX);
    if (ta != tb)
        return ta < tb;
    if (a.burstIndex.value_or(0) != b.burstIndex.value_or(0))
        return a.burstIndex.value_or(0) < b.burstIndex.value_or(0);
    return a.relPath < b.relPath;
}

} // namespace

bool SequenceGrouper::startsNewSequence(const FrameKey& previous, const FrameKey& current, bool& byMarkers) const
{
    byMarkers = false;
    if (previous.eventNumber && current.eventNumber && *previous.eventNumber != 0 && *current.eventNumber != 0) {
        byMarkers = true;
        return *previous.eventNumber != *current.eventNumber;
    }
    if (previous.burstIndex && current.burstIndex) {
        byMarkers = true;
        return !(*current.burstIndex == *previous.burstIndex + 1 && current.burstCount == previous.burstCount);
    }
    if (!previous.takenAtMs || !current.takenAtMs)
        return true;
    return *current.takenAtMs - *previous.takenAtMs > m_gapMs;
}

std::vector<GroupedSequence> SequenceGrouper::group(std::vector<FrameKey> frames) const
{
    std::stable_sort(frames.begin(), frames.end(), frameOrder);
    std::vector<GroupedSequence> out;
    bool currentByMarkers = false;
    for (size_t i = 0; i < frames.size(); ++i) {
        bool byMarkers = false;
        if (i == 0 || startsNewSequence(frames[i - 1], frames[i], byMarkers)) {
            if (!out.empty() && out.back().mediaIds.size() > 1)
                out.back().basis = currentByMarkers ? GroupedSequence::Basis::CameraBurst
                                                    : GroupedSequence::Basis::TimeGap;
            out.push_back({{frames[i].mediaId}, GroupedSequence::Basis::Single});
            currentByMarkers = false;
        } else {
            out.back().mediaIds.push_back(frames[i].mediaId);
            currentByMarkers = currentByMarkers || byMarkers;
        }
    }
    if (!out.empty() && out.back().mediaIds.size() > 1)
        out.back().basis = currentByMarkers ? GroupedSequence::Basis::CameraBurst : GroupedSequence::Basis::TimeGap;
    return out;
}

} // namespace trapline::ingest
