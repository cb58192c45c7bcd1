#include "SequenceGrouper.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

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

// A file name split around its last run of digits: "S1_D04_R6_PICT0021.JPG" is ("S1_D04_R6_PICT", 21, ".jpg").
struct NumberedName {
    QString prefix;
    std::optional<std::int64_t> number;
    QString suffix;
};

NumberedName splitName(const QString& relPath)
{
    static const QRegularExpression lastNumber(QStringLiteral("^(.*?)(\\d{1,15})(\\D*)$"));
    // Tools that rename files often put the date and time first ("20210531082538-RCNX0031.JPG"): such a stamp
    // differs within a burst, so it is not part of the series' name.
    static const QRegularExpression stamp(QStringLiteral("\\d{6,}"));
    const QString name = relPath.mid(relPath.lastIndexOf(u'/') + 1);
    const auto m = lastNumber.match(name);
    if (!m.hasMatch())
        return {name.toLower(), std::nullopt, {}};
    return {m.captured(1).toLower().replace(stamp, QStringLiteral("#")), m.captured(2).toLongLong(), m.captured(3).toLower()};
}

QString folderOf(const QString& relPath)
{
    const auto slash = relPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : relPath.left(slash);
}

struct NamedFrame {
    FrameKey key;
    NumberedName name;
};

bool sameSeries(const NamedFrame& a, const NamedFrame& b)
{
    return a.name.number && b.name.number && a.name.prefix == b.name.prefix && a.name.suffix == b.name.suffix;
}

} // namespace

const char* basisName(GroupedSequence::Basis basis)
{
    switch (basis) {
    case GroupedSequence::Basis::CameraBurst: return "camera-burst";
    case GroupedSequence::Basis::TimeGap: return "time-gap";
    case GroupedSequence::Basis::Single: return "single";
    case GroupedSequence::Basis::FileNames: return "file-names";
    case GroupedSequence::Basis::NoCameraTime: return "no-camera-time";
    }
    return "single";
}

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
    // Camera markers are strong evidence whatever the time's source.
    auto weak = std::stable_partition(frames.begin(), frames.end(), [](const FrameKey& f) {
        return !(f.fileTimeOnly && !f.eventNumber && !f.burstIndex);
    });
    std::vector<FrameKey> fileTimed(std::make_move_iterator(weak), std::make_move_iterator(frames.end()));
    frames.erase(weak, frames.end());
    auto out = groupByCameraTime(std::move(frames));
    auto byNames = groupByFileNames(std::move(fileTimed));
    out.insert(out.end(), std::make_move_iterator(byNames.begin()), std::make_move_iterator(byNames.end()));
    return out;
}

std::vector<GroupedSequence> SequenceGrouper::groupByCameraTime(std::vector<FrameKey> frames) const
{
    std::stable_sort(frames.begin(), frames.end(), frameOrder);
    std::vector<GroupedSequence> out;
    bool currentByMarkers = false;
    auto close = [&] {
        if (!out.empty() && out.back().mediaIds.size() > 1)
            out.back().basis = currentByMarkers ? GroupedSequence::Basis::CameraBurst : GroupedSequence::Basis::TimeGap;
    };
    for (size_t i = 0; i < frames.size(); ++i) {
        bool byMarkers = false;
        if (i == 0 || startsNewSequence(frames[i - 1], frames[i], byMarkers)) {
            close();
            // A frame on its own whose markers sent it here but whose time is its file's still has no camera time.
            out.push_back({{frames[i].mediaId}, frames[i].fileTimeOnly ? GroupedSequence::Basis::NoCameraTime
                                                                       : GroupedSequence::Basis::Single});
            currentByMarkers = false;
        } else {
            out.back().mediaIds.push_back(frames[i].mediaId);
            currentByMarkers = currentByMarkers || byMarkers;
        }
    }
    close();
    return out;
}

std::vector<GroupedSequence> SequenceGrouper::groupByFileNames(std::vector<FrameKey> frames) const
{
    std::map<QString, std::vector<NamedFrame>> byFolder;
    for (FrameKey& f : frames) {
        NumberedName name = splitName(f.relPath);
        byFolder[folderOf(f.relPath)].push_back({std::move(f), std::move(name)});
    }
    std::vector<GroupedSequence> out;
    for (auto& [folder, named] : byFolder) {
        std::sort(named.begin(), named.end(), [](const NamedFrame& a, const NamedFrame& b) {
            if (a.name.prefix != b.name.prefix)
                return a.name.prefix < b.name.prefix;
            if (a.name.number != b.name.number)
                return a.name.number < b.name.number;
            if (a.name.suffix != b.name.suffix)
                return a.name.suffix < b.name.suffix;
            return a.key.relPath < b.key.relPath;
        });

        // Does this folder's file times still say when the camera wrote them?
        std::int64_t timed = 0, first = INT64_MAX, last = INT64_MIN, pairs = 0, outOfStep = 0;
        for (size_t i = 0; i < named.size(); ++i) {
            const auto& t = named[i].key.takenAtMs;
            if (!t)
                continue;
            ++timed;
            first = std::min(first, *t);
            last = std::max(last, *t);
            if (i > 0 && sameSeries(named[i - 1], named[i]) && named[i - 1].key.takenAtMs) {
                ++pairs;
                if (*t + kFileTimeResolutionMs < *named[i - 1].key.takenAtMs)
                    ++outOfStep;
            }
        }
        const bool manyWithinSeconds = timed >= kCopyMinFiles && last - first < (timed - 1) * kCopyMaxMsPerFile;
        const bool outOfStepWithNames = pairs >= 2 && static_cast<double>(outOfStep) > kCopyOutOfStepShare * static_cast<double>(pairs);
        const bool copied = manyWithinSeconds || outOfStepWithNames;

        for (size_t i = 0; i < named.size(); ++i) {
            const NamedFrame& cur = named[i];
            bool joins = false;
            if (!copied && i > 0 && sameSeries(named[i - 1], cur) && *cur.name.number == *named[i - 1].name.number + 1) {
                const auto& prevT = named[i - 1].key.takenAtMs;
                const auto& curT = cur.key.takenAtMs;
                joins = prevT && curT && *curT >= *prevT && *curT - *prevT <= m_gapMs;
            }
            if (joins) {
                out.back().mediaIds.push_back(cur.key.mediaId);
                out.back().basis = GroupedSequence::Basis::FileNames;
            } else {
                out.push_back({{cur.key.mediaId}, GroupedSequence::Basis::NoCameraTime});
            }
        }
    }
    return out;
}

} // namespace trapline::ingest
