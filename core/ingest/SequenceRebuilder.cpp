#include "SequenceRebuilder.h"

#include "SequenceGrouper.h"

#include <map>
#include <set>
#include <unordered_map>

namespace trapline::ingest {

namespace {

struct StoredFrame {
    FrameKey key;
    std::optional<std::int64_t> sequenceId;
    std::optional<std::int64_t> frameIndex;
};

// The old sequence most of the group's frames came from and that no earlier group kept.
std::optional<std::int64_t> pickKeptId(const GroupedSequence& group,
                                       const std::unordered_map<std::int64_t, StoredFrame>& frames,
                                       const std::set<std::int64_t>& taken)
{
    std::map<std::int64_t, int> votes;
    for (auto id : group.mediaIds)
        if (const auto& seq = frames.at(id).sequenceId; seq && !taken.count(*seq))
            ++votes[*seq];
    std::optional<std::int64_t> best;
    int bestVotes = 0;
    for (const auto& [seq, n] : votes)
        if (n > bestVotes) {
            best = seq;
            bestVotes = n;
        }
    return best;
}

} // namespace

std::int64_t SequenceRebuilder::rebuild(std::int64_t deploymentId)
{
    auto& db = m_project.db();
    std::unordered_map<std::int64_t, StoredFrame> frames;
    std::vector<FrameKey> keys;
    auto& load = db.cached("SELECT id, taken_at_ms, burst_index, burst_count, event_number, rel_path, sequence_id,"
                           " frame_index, time_source FROM media WHERE deployment_id = ?1");
    load.bind(1, deploymentId);
    while (load.step()) {
        const auto source = static_cast<TimeSource>(load.integer(8));
        FrameKey key{load.integer(0), load.optInteger(1), std::nullopt, std::nullopt, load.optInteger(4), load.text(5),
                     source == TimeSource::FileTime || source == TimeSource::None};
        if (auto v = load.optInteger(2))
            key.burstIndex = static_cast<int>(*v);
        if (auto v = load.optInteger(3))
            key.burstCount = static_cast<int>(*v);
        frames[key.mediaId] = {key, load.optInteger(6), load.optInteger(7)};
        keys.push_back(std::move(key));
    }
    const auto groups = SequenceGrouper(m_gapMs).group(std::move(keys));

    std::set<std::int64_t> kept;
    auto& insertSeq = db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)");
    auto& updateSeq = db.cached("UPDATE sequences SET start_ms = ?2, end_ms = ?3, frame_count = ?4, grouped_by = ?5,"
                                " review_state = CASE WHEN ?6 THEN 0 ELSE review_state END WHERE id = ?1");
    auto& moveObs = db.cached("UPDATE observations SET sequence_id = ?1 WHERE sequence_id = ?2");
    auto& setFrame = db.cached("UPDATE media SET sequence_id = ?1, frame_index = ?2 WHERE id = ?3");
    for (const GroupedSequence& group : groups) {
        const auto& first = frames.at(group.mediaIds.front()).key;
        const auto& last = frames.at(group.mediaIds.back()).key;
        const auto count = static_cast<std::int64_t>(group.mediaIds.size());
        std::int64_t seqId = 0;
        if (auto keep = pickKeptId(group, frames, kept)) {
            seqId = *keep;
            bool gainedFrames = false;
            for (auto id : group.mediaIds)
                gainedFrames = gainedFrames || frames.at(id).sequenceId != seqId;
            updateSeq.bind(1, seqId).bind(2, first.takenAtMs.value_or(0)).bind(3, last.takenAtMs.value_or(0)).bind(4, count)
                .bind(5, QString::fromLatin1(basisName(group.basis))).bind(6, gainedFrames ? 1 : 0).run();
        } else {
            insertSeq.bind(1, deploymentId).bind(2, first.takenAtMs.value_or(0)).bind(3, last.takenAtMs.value_or(0)).bind(4, count)
                .bind(5, QString::fromLatin1(basisName(group.basis))).run();
            seqId = db.lastInsertId();
        }
        kept.insert(seqId);
        for (size_t i = 0; i < group.mediaIds.size(); ++i) {
            const StoredFrame& f = frames.at(group.mediaIds[i]);
            if (f.sequenceId && *f.sequenceId != seqId && !kept.count(*f.sequenceId))
                moveObs.bind(1, seqId).bind(2, *f.sequenceId).run();
            if (f.sequenceId != seqId || f.frameIndex != static_cast<std::int64_t>(i))
                setFrame.bind(1, seqId).bind(2, static_cast<std::int64_t>(i)).bind(3, f.key.mediaId).run();
        }
    }
    // Sequences that lost every frame (merged into another): their observations were moved above.
    std::vector<std::int64_t> orphans;
    auto& all = db.cached("SELECT id FROM sequences WHERE deployment_id = ?1");
    all.bind(1, deploymentId);
    while (all.step())
        if (!kept.count(all.integer(0)))
            orphans.push_back(all.integer(0));
    auto& drop = db.cached("DELETE FROM sequences WHERE id = ?1");
    for (auto id : orphans)
        drop.bind(1, id).run();
    return static_cast<std::int64_t>(groups.size());
}

} // namespace trapline::ingest
