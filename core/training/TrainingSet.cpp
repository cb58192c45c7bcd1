#include "TrainingSet.h"

#include "project/Project.h"

#include <QCryptographicHash>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <xxhash.h>

namespace trapline::training {

namespace {

// The class name an observation trains: species by scientific name, the other types by their own word.
const char* const kClassExpr =
    " CASE WHEN o.observation_type = 'animal' THEN coalesce(t.scientific_name, 'animal')"
    "      WHEN o.observation_type = 'blank' THEN 'empty' ELSE o.observation_type END";

const char* const kUsableTypes = " o.observation_type IN ('animal', 'blank', 'human', 'vehicle')";

// The columns readMediaColumns reads, around the class expression.
const char* const kMediaColumns = " m.id, r.path || '/' || m.rel_path, m.orientation,";
const char* const kMediaTail = " coalesce(m.sequence_id, 0), m.deployment_id, m.frame_index, o.individual_id";

std::string selectExample()
{
    return std::string("SELECT o.id,") + kMediaColumns + kClassExpr + "," + kMediaTail;
}

Example readMediaColumns(db::Statement& st)
{
    Example e;
    e.observationId = st.integer(0);
    e.mediaId = st.integer(1);
    e.path = st.text(2);
    e.orientation = static_cast<int>(st.integer(3));
    e.label = st.text(4);
    e.sequenceId = st.integer(5);
    e.deploymentId = st.integer(6);
    e.frameIndex = static_cast<int>(st.integer(7));
    e.individualId = st.isNull(8) ? 0 : st.integer(8);
    return e;
}


void keepFirstFrames(std::vector<Example>& examples)
{
    std::unordered_map<std::int64_t, int> first;
    for (const Example& e : examples) {
        auto [it, inserted] = first.try_emplace(e.sequenceId, e.frameIndex);
        if (!inserted)
            it->second = std::min(it->second, e.frameIndex);
    }
    std::erase_if(examples, [&](const Example& e) { return e.sequenceId != 0 && e.frameIndex != first[e.sequenceId]; });
}

} // namespace

double unitHash(std::int64_t key, unsigned seed, std::uint64_t salt)
{
    const std::uint64_t data[2] = {static_cast<std::uint64_t>(key), salt};
    return static_cast<double>(XXH3_64bits_withSeed(data, sizeof data, seed) >> 11) / 9007199254740992.0;
}

Split splitOf(const Example& e, const DatasetOptions& o)
{
    const bool byDeployment = o.splitBy == DatasetOptions::SplitBy::Deployment;
    // A frame outside any sequence is its own group.
    const std::int64_t group = byDeployment ? e.deploymentId : (e.sequenceId != 0 ? e.sequenceId : -e.mediaId);
    const double u = unitHash(group, o.seed, byDeployment ? 2 : 1);
    if (u < o.testShare)
        return Split::Test;
    if (u < o.testShare + o.validationShare)
        return Split::Validation;
    return Split::Train;
}

Result<std::vector<Example>> collectExamples(Project& project, const DatasetOptions& o)
{
    std::vector<Example> out;
    try {
        auto& db = project.db();
        std::unordered_set<std::int64_t> covered; // media that have a box or frame label of their own
        // 1. Labelled boxes a person drew or confirmed (never rejected ones).
        auto& boxes = db.cached(selectExample() +
                                ", d.x, d.y, d.w, d.h FROM observations o JOIN detections d ON d.id = o.detection_id"
                                " JOIN media m ON m.id = d.media_id JOIN image_roots r ON r.id = m.root_id"
                                " LEFT JOIN taxa t ON t.id = o.taxon_id"
                                " WHERE (NOT ?1 OR o.method = 'human') AND r.path != '' AND m.width IS NOT NULL"
                                " AND (d.review IS NULL OR d.review != 'rejected') AND" + kUsableTypes + " ORDER BY m.id, o.id");
        boxes.bind(1, o.reviewedOnly ? 1 : 0);
        while (boxes.step()) {
            Example e = readMediaColumns(boxes);
            covered.insert(e.mediaId);
            if (o.crops)
                e.box = inference::NormalisedBox{boxes.real(9), boxes.real(10), boxes.real(11), boxes.real(12)};
            else if (!out.empty() && out.back().mediaId == e.mediaId && !out.back().box)
                continue; // whole frames: one example a frame, labelled by its first box
            out.push_back(std::move(e));
        }
        boxes.reset();
        // 2. Frames labelled on their own.
        auto& frames = db.cached(selectExample() +
                                 " FROM observations o JOIN media m ON m.id = o.media_id JOIN image_roots r ON r.id = m.root_id"
                                 " LEFT JOIN taxa t ON t.id = o.taxon_id"
                                 " WHERE o.detection_id IS NULL AND (NOT ?1 OR o.method = 'human') AND r.path != ''"
                                 " AND m.width IS NOT NULL AND" + kUsableTypes + " ORDER BY m.id, o.id");
        frames.bind(1, o.reviewedOnly ? 1 : 0);
        std::unordered_set<std::int64_t> ownLabel;
        while (frames.step()) {
            Example e = readMediaColumns(frames);
            // Several labels on one frame without boxes cannot say which pixels are which species.
            if (!ownLabel.insert(e.mediaId).second) {
                std::erase_if(out, [&](const Example& x) { return x.mediaId == e.mediaId && !x.box; });
                continue;
            }
            if (!covered.contains(e.mediaId))
                out.push_back(std::move(e));
        }
        frames.reset();
        for (std::int64_t id : ownLabel)
            covered.insert(id);
        // 3. Sequence labels reach the frames without a label of their own, when the sequence has one class.
        auto& sequences = db.cached(selectExample() +
                                    " FROM observations o JOIN media m ON m.sequence_id = o.sequence_id"
                                    " JOIN image_roots r ON r.id = m.root_id LEFT JOIN taxa t ON t.id = o.taxon_id"
                                    " WHERE o.media_id IS NULL AND (NOT ?1 OR o.method = 'human') AND r.path != ''"
                                    " AND m.width IS NOT NULL AND" + kUsableTypes + " ORDER BY m.sequence_id, m.id, o.id");
        sequences.bind(1, o.reviewedOnly ? 1 : 0);
        std::unordered_map<std::int64_t, std::set<QString>> sequenceClasses;
        std::vector<Example> fromSequences;
        while (sequences.step()) {
            Example e = readMediaColumns(sequences);
            sequenceClasses[e.sequenceId].insert(e.label);
            if (!covered.contains(e.mediaId))
                fromSequences.push_back(std::move(e));
        }
        sequences.reset();
        std::unordered_set<std::int64_t> seen;
        for (Example& e : fromSequences)
            if (sequenceClasses[e.sequenceId].size() == 1 && seen.insert(e.mediaId).second)
                out.push_back(std::move(e));
    } catch (const db::DbError& e) {
        return databaseFailure(QStringLiteral("Cannot read the labels for training"), e);
    }
    if (o.firstFramePerSequence)
        keepFirstFrames(out);
    std::sort(out.begin(), out.end(), [](const Example& a, const Example& b) {
        return std::tie(a.mediaId, a.observationId) < std::tie(b.mediaId, b.observationId);
    });
    return out;
}

Dataset buildDataset(std::vector<Example> examples, const DatasetOptions& o)
{
    Dataset set;
    std::erase_if(examples, [&](const Example& e) {
        const auto share = o.classShare.find(e.label);
        if (share == o.classShare.end() || unitHash(e.mediaId * 1000003 + e.observationId, o.seed, 7) < share->second)
            return false;
        ++set.droppedByShare;
        return true;
    });
    std::map<QString, std::int64_t> counts;
    for (const Example& e : examples)
        ++counts[e.label];
    for (const auto& [label, n] : counts) {
        if (n < o.minExamplesPerClass)
            set.leftOut[label] = n;
        else
            set.classes << label;
    }
    for (Example& e : examples) {
        e.classIndex = static_cast<int>(set.classes.indexOf(e.label));
        if (e.classIndex < 0)
            continue;
        e.split = splitOf(e, o);
        set.examples.push_back(std::move(e));
    }
    return set;
}

Result<Dataset> classifierDataset(Project& project, const DatasetOptions& options)
{
    auto examples = collectExamples(project, options);
    if (!examples)
        return examples.error();
    return buildDataset(std::move(examples.value()), options);
}

Dataset buildIndividualsDataset(std::vector<Example> examples, const DatasetOptions& o, double heldOutShare)
{
    std::erase_if(examples, [](const Example& e) { return e.individualId == 0; });
    std::map<std::int64_t, std::int64_t> sightings;
    for (const Example& e : examples)
        ++sightings[e.individualId];
    Dataset set;
    std::map<std::int64_t, int> index;
    for (const auto& [id, n] : sightings) {
        if (n < std::max(2, o.minExamplesPerClass)) {
            set.leftOut[QString::number(id)] = n;
            continue;
        }
        index[id] = static_cast<int>(set.classes.size());
        set.classes << QString::number(id);
    }
    for (Example& e : examples) {
        const auto it = index.find(e.individualId);
        if (it == index.end())
            continue;
        e.classIndex = it->second;
        e.split = unitHash(e.individualId, o.seed, 3) < heldOutShare ? Split::Validation : Split::Train;
        set.examples.push_back(std::move(e));
    }
    return set;
}

Result<Dataset> individualsDataset(Project& project, const DatasetOptions& options, double heldOutShare)
{
    auto examples = collectExamples(project, options);
    if (!examples)
        return examples.error();
    return buildIndividualsDataset(std::move(examples.value()), options, heldOutShare);
}

QJsonObject DatasetOptions::toJson() const
{
    QJsonObject shares;
    for (const auto& [c, v] : classShare)
        shares.insert(c, v);
    return {{QStringLiteral("split_by"), splitBy == SplitBy::Deployment ? QStringLiteral("deployment") : QStringLiteral("sequence")},
            {QStringLiteral("validation_share"), validationShare},
            {QStringLiteral("test_share"), testShare},
            {QStringLiteral("reviewed_only"), reviewedOnly},
            {QStringLiteral("crops"), crops},
            {QStringLiteral("first_frame_per_sequence"), firstFramePerSequence},
            {QStringLiteral("class_share"), shares},
            {QStringLiteral("min_examples_per_class"), minExamplesPerClass},
            {QStringLiteral("seed"), static_cast<qint64>(seed)}};
}

DatasetOptions DatasetOptions::fromJson(const QJsonObject& j)
{
    DatasetOptions o;
    o.splitBy = j.value(QStringLiteral("split_by")).toString() == u"deployment" ? SplitBy::Deployment : SplitBy::Sequence;
    o.validationShare = j.value(QStringLiteral("validation_share")).toDouble(o.validationShare);
    o.testShare = j.value(QStringLiteral("test_share")).toDouble(o.testShare);
    o.reviewedOnly = j.value(QStringLiteral("reviewed_only")).toBool(true);
    o.crops = j.value(QStringLiteral("crops")).toBool(true);
    o.firstFramePerSequence = j.value(QStringLiteral("first_frame_per_sequence")).toBool(false);
    const QJsonObject shares = j.value(QStringLiteral("class_share")).toObject();
    for (auto it = shares.begin(); it != shares.end(); ++it)
        o.classShare[it.key()] = it.value().toDouble(1);
    o.minExamplesPerClass = j.value(QStringLiteral("min_examples_per_class")).toInt(0);
    o.seed = static_cast<unsigned>(j.value(QStringLiteral("seed")).toInteger(1));
    return o;
}

std::int64_t Dataset::count(Split split) const
{
    return std::count_if(examples.begin(), examples.end(), [&](const Example& e) { return e.split == split; });
}

std::vector<std::int64_t> Dataset::classCounts(Split split) const
{
    std::vector<std::int64_t> n(static_cast<size_t>(classes.size()), 0);
    for (const Example& e : examples)
        if (e.split == split)
            ++n[static_cast<size_t>(e.classIndex)];
    return n;
}

QString Dataset::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(classes.join(QLatin1Char('\n')).toUtf8());
    for (const Example& e : examples) {
        const std::int64_t row[4] = {e.mediaId, e.observationId, e.classIndex, static_cast<std::int64_t>(e.split)};
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(row), sizeof row));
        if (e.box) {
            const double b[4] = {e.box->x, e.box->y, e.box->w, e.box->h};
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(b), sizeof b));
        }
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace trapline::training
