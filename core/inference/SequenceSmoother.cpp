#include "SequenceSmoother.h"

#include <map>
#include <optional>
#include <tuple>

namespace trapline::inference {

namespace {

struct Label {
    QString type;
    std::optional<std::int64_t> taxonId;
    auto key() const { return std::make_tuple(type, taxonId.value_or(-1)); }
    bool operator==(const Label& o) const { return key() == o.key(); }
    bool operator<(const Label& o) const { return key() < o.key(); }
};

struct FramePrediction {
    std::int64_t mediaId = 0;
    std::optional<Label> label; // best machine observation of the model; none when the frame was not processed
    double confidence = 0;
};

std::vector<FramePrediction> framesOf(Project& project, std::int64_t sequenceId, std::int64_t modelId)
{
    std::vector<FramePrediction> frames;
    auto& media = project.db().cached("SELECT id FROM media WHERE sequence_id = ?1 ORDER BY frame_index");
    media.bind(1, sequenceId);
    while (media.step())
        frames.push_back({media.integer(0), std::nullopt, 0});
    auto& best = project.db().cached(
        "SELECT observation_type, taxon_id, coalesce(confidence, 0) FROM observations"
        " WHERE media_id = ?1 AND model_id = ?2 AND method = 'machine' ORDER BY coalesce(confidence, 0) DESC LIMIT 1");
    for (FramePrediction& f : frames) {
        best.bind(1, f.mediaId).bind(2, modelId);
        if (best.step()) {
            f.label = Label{best.text(0), best.optInteger(1)};
            f.confidence = best.real(2);
        }
        best.reset();
    }
    return frames;
}

} // namespace

std::int64_t smoothSequences(Project& project, std::int64_t modelId, const std::set<std::int64_t>& sequenceIds)
{
    auto& db = project.db();
    auto& flag = db.cached("UPDATE media SET review_flag = ?2 WHERE id = ?1 AND review_flag IS NOT ?2");
    auto& predict = db.cached(
        "INSERT OR REPLACE INTO sequence_predictions(sequence_id, model_id, observation_type, taxon_id, label, "
        "confidence, frames_agreeing) VALUES (?1, ?2, ?3, ?4, (SELECT scientific_name FROM taxa WHERE id = ?4), ?5, ?6)");
    auto& machineLabelled = db.cached("UPDATE sequences SET review_state = 1 WHERE id = ?1 AND review_state = 0");
    std::int64_t flagged = 0;
    for (const auto sequenceId : sequenceIds) {
        const auto frames = framesOf(project, sequenceId, modelId);
        std::map<Label, double> votes;
        std::map<Label, double> blankVotes;
        int predicted = 0;
        for (const auto& f : frames) {
            if (!f.label)
                continue;
            ++predicted;
            (f.label->type == u"blank" ? blankVotes : votes)[*f.label] += std::max(f.confidence, 0.01);
        }
        if (predicted == 0)
            continue;
        const auto& pool = votes.empty() ? blankVotes : votes;
        const auto winner = std::max_element(pool.begin(), pool.end(),
                                             [](const auto& a, const auto& b) { return a.second < b.second; });
        int agreeing = 0;
        for (const auto& f : frames) {
            const bool agrees = !f.label || *f.label == winner->first;
            agreeing += f.label && agrees ? 1 : 0;
            flag.bind(1, f.mediaId).bind(2, agrees ? QString() : kDisagreesWithSequence).run();
            flagged += agrees ? 0 : 1;
        }
        predict.bind(1, sequenceId).bind(2, modelId).bind(3, winner->first.type).bind(4, winner->first.taxonId)
            .bind(5, winner->second / predicted).bind(6, agreeing).run();
        machineLabelled.bind(1, sequenceId).run();
    }
    return flagged;
}

} // namespace trapline::inference
