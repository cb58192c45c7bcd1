#include "TrainingSet.h"
#include "Tr.h"

#include "StratifiedSplit.h"
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

std::int64_t groupOf(const Example& e, DatasetOptions::SplitBy splitBy)
{
    if (splitBy == DatasetOptions::SplitBy::Deployment)
        return e.deploymentId;
    return e.sequenceId != 0 ? e.sequenceId : -e.mediaId;
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
        return databaseFailure(TrainingText::tr("Cannot read the labels for training"), e);
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
    set.splitBy = o.splitBy;
    set.minExamplesPerClass = o.minExamplesPerClass;
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
            set.leftOut[label] = {n, LeftOutClass::Reason::UnderMinimum};
        else
            set.classes << label;
    }
    for (Example& e : examples) {
        e.classIndex = static_cast<int>(set.classes.indexOf(e.label));
        if (e.classIndex >= 0)
            set.examples.push_back(std::move(e));
    }
    assignStratifiedSides(set.examples, set.classes, o);
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
    set.minExamplesPerClass = std::max(2, o.minExamplesPerClass);
    std::map<std::int64_t, int> index;
    for (const auto& [id, n] : sightings) {
        if (n < set.minExamplesPerClass) {
            set.leftOut[QString::number(id)] = {n, LeftOutClass::Reason::UnderMinimum};
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
        e.group = e.individualId;
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
            {QStringLiteral("seed"), static_cast<qint64>(seed)},
            {QStringLiteral("allow_missing_classes"), allowMissingClasses}};
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
    o.allowMissingClasses = j.value(QStringLiteral("allow_missing_classes")).toBool(false);
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

std::vector<ClassSplit> Dataset::classSplits() const
{
    std::vector<ClassSplit> out(static_cast<size_t>(classes.size()));
    std::vector<std::map<std::int64_t, int>> groupSide(out.size());
    for (qsizetype c = 0; c < classes.size(); ++c)
        out[static_cast<size_t>(c)].name = classes[c];
    for (const Example& e : examples) {
        const auto c = static_cast<size_t>(e.classIndex);
        ++out[c].examples[static_cast<int>(e.split)];
        if (groupSide[c].try_emplace(e.group, static_cast<int>(e.split)).second)
            ++out[c].groups[static_cast<int>(e.split)];
    }
    return out;
}

QStringList Dataset::classesWithoutTraining() const
{
    QStringList out;
    const auto train = classCounts(Split::Train);
    for (qsizetype c = 0; c < classes.size(); ++c)
        if (train[static_cast<size_t>(c)] == 0)
            out << classes[c];
    return out;
}

Status requireTrainingForEveryClass(const Dataset& d)
{
    const QStringList untrained = d.classesWithoutTraining();
    if (untrained.isEmpty())
        return okStatus();
    const QString names = untrained.join(QStringLiteral(", "));
    if (untrained.size() == 1)
        return Error{
            TrainingText::tr("No training example for 1 class: %1. The model could never predict it. Relink missing "
                             "images (trapline-cli check), label more sequences of it, or train without it "
                             "(trapline-cli train --allow-missing-classes; in Train Model, \"Leave out classes "
                             "without training examples\").")
                .arg(names)};
    return Error{TrainingText::tr("No training example for %1 classes: %2. The model could never predict them. Relink "
                                  "missing images (trapline-cli check), label more sequences of them, or train without "
                                  "them (trapline-cli train --allow-missing-classes; in Train Model, \"Leave out "
                                  "classes without training examples\").")
                     .arg(untrained.size())
                     .arg(names)};
}

Status settleClassesWithoutTraining(Dataset& d, bool allowMissingClasses)
{
    const QStringList untrained = d.classesWithoutTraining();
    if (untrained.isEmpty() || !allowMissingClasses)
        return requireTrainingForEveryClass(d);
    const auto all = d.classSplits();
    for (const ClassSplit& c : all)
        if (untrained.contains(c.name))
            d.leftOut[c.name] = {c.examples[0] + c.examples[1] + c.examples[2], LeftOutClass::Reason::NoTrainingExample};
    QStringList kept;
    for (const QString& c : d.classes)
        if (!untrained.contains(c))
            kept << c;
    std::erase_if(d.examples, [&](const Example& e) { return untrained.contains(d.classes[e.classIndex]); });
    for (Example& e : d.examples)
        e.classIndex = static_cast<int>(kept.indexOf(d.classes[e.classIndex]));
    d.classes = kept;
    return okStatus();
}

QString groupWord(DatasetOptions::SplitBy splitBy, std::int64_t n)
{
    if (splitBy == DatasetOptions::SplitBy::Deployment)
        return n == 1 ? QStringLiteral("deployment") : QStringLiteral("deployments");
    return n == 1 ? QStringLiteral("sequence") : QStringLiteral("sequences");
}

QString leftOutReason(const LeftOutClass& c, int minExamplesPerClass)
{
    if (c.reason == LeftOutClass::Reason::NoTrainingExample)
        return QStringLiteral("no training example: its training images may be missing (%1 examples left on the other sides)").arg(c.examples);
    return QStringLiteral("%1 examples, under the minimum of %2").arg(c.examples).arg(minExamplesPerClass);
}

QString notValidatedReason(const ClassSplit& c, DatasetOptions::SplitBy splitBy)
{
    if (c.totalGroups() == 1)
        return QStringLiteral("only one %1").arg(groupWord(splitBy, 1));
    return QStringLiteral("none of its %1 %2 is on the validation side").arg(c.totalGroups()).arg(groupWord(splitBy, c.totalGroups()));
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
