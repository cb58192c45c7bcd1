#include "ReidEvaluation.h"
#include "Tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <numeric>

namespace trapline::reid {

namespace {

// Runs `row` for 0..count-1 on the global pool, with cancel and progress through `control`.
template <typename Row> void forEachRow(size_t count, JobControl& control, Row&& row)
{
    std::vector<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    std::atomic<int> done{0};
    QtConcurrent::blockingMap(rows, [&](int r) {
        if (control.cancelled())
            return;
        row(r);
        control.report(++done);
    });
}

const QStringList kImageFilters{QStringLiteral("*.jpg"),  QStringLiteral("*.JPG"), QStringLiteral("*.jpeg"),
                                QStringLiteral("*.JPEG"), QStringLiteral("*.png"), QStringLiteral("*.PNG")};

void addIdentities(const QString& folder, ReidSet& set, bool asQueries, QStringList& sightingKeys)
{
    const QDir dir(folder);
    for (const QString& identity : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        int label = static_cast<int>(set.identities.indexOf(identity));
        if (label < 0) {
            label = static_cast<int>(set.identities.size());
            set.identities << identity;
        }
        const QDir images(dir.filePath(identity));
        for (const QString& file : images.entryList(kImageFilters, QDir::Files, QDir::Name)) {
            if (asQueries)
                set.queries.push_back(static_cast<int>(set.files.size()));
            set.files << images.filePath(file);
            set.labels.push_back(label);
            const qsizetype underscore = file.indexOf(u'_');
            const QString key = underscore > 0 ? identity + u'/' + file.left(underscore) : images.filePath(file);
            qsizetype sighting = sightingKeys.indexOf(key);
            if (sighting < 0) {
                sighting = sightingKeys.size();
                sightingKeys << key;
            }
            set.sightings.push_back(static_cast<int>(sighting));
        }
    }
}

// The set's figures from one row of scores per query, each query left out of its own ranking.
RetrievalMetrics scoreQueries(const ReidSet& set, const std::vector<std::vector<float>>& scores)
{
    std::vector<int> queryLabels;
    for (int q : set.queries)
        queryLabels.push_back(set.labels[static_cast<size_t>(q)]);
    return evaluateRetrieval(scores, queryLabels, set.labels, set.queries);
}

// Images, individuals and the time spent on features, common to both evaluations.
ReidEvaluation started(const ReidSet& set, const QString& matcher, const QElapsedTimer& features)
{
    ReidEvaluation out;
    out.matcher = matcher;
    out.featureSeconds = features.elapsed() / 1000.0;
    out.images = static_cast<int>(set.files.size());
    out.identities = static_cast<int>(set.identities.size());
    out.galleryImages = std::max(0, out.images - 1);
    return out;
}

// Whether the individual has a gallery image besides `own` (else a query of it can find nothing right).
bool hasOtherImage(const ReidSet& set, const std::vector<int>& own, int label)
{
    for (size_t g = 0; g < set.labels.size(); ++g)
        if (set.labels[g] == label && std::find(own.begin(), own.end(), static_cast<int>(g)) == own.end())
            return true;
    return false;
}

// Figures of rankings of individuals: one row of scores per query over all individuals.
RetrievalMetrics rankIndividuals(const std::vector<std::vector<float>>& rows, const std::vector<int>& queryLabels,
                                 int individuals, int leftOut)
{
    std::vector<int> galleryLabels(static_cast<size_t>(individuals));
    std::iota(galleryLabels.begin(), galleryLabels.end(), 0);
    RetrievalMetrics m = evaluateRetrieval(rows, queryLabels, galleryLabels);
    m.queriesWithoutMatch += leftOut;
    return m;
}

} // namespace

Result<ReidSet> loadReidFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error{ReidText::tr("%1 is not a folder.").arg(folder)};
    ReidSet set;
    QString testPart;
    for (const QString& name : {QStringLiteral("test"), QStringLiteral("val")})
        if (dir.exists(name)) {
            testPart = name;
            break;
        }
    QStringList sightingKeys;
    if (testPart.isEmpty()) {
        addIdentities(folder, set, true, sightingKeys);
    } else {
        addIdentities(dir.filePath(testPart), set, true, sightingKeys);
        if (dir.exists(QStringLiteral("train")))
            addIdentities(dir.filePath(QStringLiteral("train")), set, false, sightingKeys);
    }
    if (set.files.isEmpty())
        return Error{ReidText::tr("No images in %1: it must hold one sub-folder of images per individual "
                                  "(optionally under train/ and test/).")
                         .arg(folder)};
    return set;
}

bool ReidSet::hasSightings() const
{
    std::vector<int> seen(sightings.size(), 0);
    for (int s : sightings)
        if (s >= 0 && static_cast<size_t>(s) < seen.size() && ++seen[static_cast<size_t>(s)] > 1)
            return true;
    return false;
}

Result<std::vector<LocalFeatures>> extractLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                                        JobControl& control, double* seconds)
{
    const LocalFeatureMatcher matcher(options);
    QElapsedTimer timer;
    timer.start();
    control.beginPhase(ReidText::tr("Finding keypoints"), set.files.size());
    std::atomic<int> done{0};
    std::vector<Result<LocalFeatures>> features =
        QtConcurrent::blockingMapped<std::vector<Result<LocalFeatures>>>(set.files, [&](const QString& file) {
            auto f = matcher.extract(file);
            control.report(++done);
            return f;
        });
    std::vector<LocalFeatures> out;
    out.reserve(features.size());
    for (auto& f : features) {
        if (!f)
            return f.error();
        out.push_back(std::move(f.value()));
    }
    if (seconds)
        *seconds = timer.elapsed() / 1000.0;
    return out;
}

Result<ReidEvaluation> evaluateLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                             JobControl& control)
{
    double seconds = 0;
    auto features = extractLocalFeatures(set, options, control, &seconds);
    if (!features)
        return features.error();
    auto e = evaluateLocalFeatures(set, features.value(), options, control);
    if (!e)
        return e.error();
    e.value().front().featureSeconds = seconds;
    return e.value().front();
}

Result<std::vector<ReidEvaluation>> evaluateLocalFeatures(const ReidSet& set,
                                                          const std::vector<LocalFeatures>& features,
                                                          const LocalFeatureMatcher::Options& options,
                                                          JobControl& control, bool individuals)
{
    const LocalFeatureMatcher matcher(options);
    QElapsedTimer timer;
    timer.start();
    ReidEvaluation out = started(set, QStringLiteral("sift"), timer);
    out.featureSeconds = 0;
    control.beginPhase(ReidText::tr("Matching"), static_cast<std::int64_t>(set.queries.size()));
    std::vector<std::vector<float>> scores(set.queries.size(), std::vector<float>(set.files.size(), 0.0f));
    forEachRow(set.queries.size(), control, [&](int row) {
        const auto& query = features[static_cast<size_t>(set.queries[static_cast<size_t>(row)])];
        for (size_t g = 0; g < static_cast<size_t>(set.files.size()); ++g)
            if (static_cast<int>(g) != set.queries[static_cast<size_t>(row)])
                scores[static_cast<size_t>(row)][g] = static_cast<float>(matcher.match(query, features[g]).inliers);
    });
    if (control.cancelled())
        return Error{ReidText::tr("The evaluation was cancelled.")};
    out.secondsPerQuery = timer.elapsed() / 1000.0 / std::max<size_t>(1, set.queries.size());
    out.metrics = scoreQueries(set, scores);
    std::vector<ReidEvaluation> result{out};
    if (individuals) {
        // An individual scores as its best image: the old matcher's way of naming one.
        std::vector<std::vector<float>> byIndividual;
        std::vector<int> queryLabels;
        int leftOut = 0;
        for (size_t row = 0; row < set.queries.size(); ++row) {
            const int q = set.queries[row];
            std::vector<float> best(static_cast<size_t>(set.identities.size()), 0.0f);
            for (size_t g = 0; g < static_cast<size_t>(set.files.size()); ++g)
                if (static_cast<int>(g) != q)
                    best[static_cast<size_t>(set.labels[g])] =
                        std::max(best[static_cast<size_t>(set.labels[g])], scores[row][g]);
            if (!hasOtherImage(set, {q}, set.labels[static_cast<size_t>(q)])) {
                ++leftOut;
                continue;
            }
            byIndividual.push_back(std::move(best));
            queryLabels.push_back(set.labels[static_cast<size_t>(q)]);
        }
        ReidEvaluation e = out;
        e.matcher = QStringLiteral("sift-individuals");
        e.ranks = QStringLiteral("individuals");
        e.metrics = rankIndividuals(byIndividual, queryLabels, static_cast<int>(set.identities.size()), leftOut);
        result.push_back(e);
    }
    return result;
}

Result<std::vector<ReidEvaluation>> evaluateHotspotter(const ReidSet& set, const std::vector<LocalFeatures>& features,
                                                       const HotspotterMatcher::Options& options, JobControl& control)
{
    QElapsedTimer timer;
    timer.start();
    HotspotterMatcher matcher(options);
    matcher.build(features);
    ReidEvaluation images = started(set, QStringLiteral("hotspotter"), timer);
    images.featureSeconds = 0;
    images.indexSeconds = timer.elapsed() / 1000.0;
    const int individuals = static_cast<int>(set.identities.size());

    // Each query image against the gallery without itself.
    timer.restart();
    control.beginPhase(ReidText::tr("Matching"), static_cast<std::int64_t>(set.queries.size()));
    std::vector<HotspotterScores> perQuery(set.queries.size());
    forEachRow(set.queries.size(), control, [&](int row) {
        const int q = set.queries[static_cast<size_t>(row)];
        perQuery[static_cast<size_t>(row)] = matcher.score(features[static_cast<size_t>(q)], {q});
    });
    if (control.cancelled())
        return Error{ReidText::tr("The evaluation was cancelled.")};
    images.secondsPerQuery = timer.elapsed() / 1000.0 / std::max<size_t>(1, set.queries.size());
    std::vector<std::vector<float>> scores;
    for (const auto& s : perQuery)
        scores.push_back(s.ranking());
    images.metrics = scoreQueries(set, scores);

    ReidEvaluation byIndividual = images;
    byIndividual.matcher = QStringLiteral("hotspotter-individuals");
    byIndividual.ranks = QStringLiteral("individuals");
    {
        std::vector<std::vector<float>> rowsOut;
        std::vector<int> queryLabels;
        int leftOut = 0;
        for (size_t row = 0; row < set.queries.size(); ++row) {
            const int q = set.queries[row];
            if (!hasOtherImage(set, {q}, set.labels[static_cast<size_t>(q)])) {
                ++leftOut;
                continue;
            }
            rowsOut.push_back(HotspotterMatcher::individualScores(perQuery[row], set.labels, individuals));
            queryLabels.push_back(set.labels[static_cast<size_t>(q)]);
        }
        byIndividual.metrics = rankIndividuals(rowsOut, queryLabels, individuals, leftOut);
    }
    std::vector<ReidEvaluation> result{images, byIndividual};
    if (!set.hasSightings())
        return result;

    // Sightings: every frame of one votes, against the gallery without any of its frames.
    std::map<int, std::vector<int>> frames; // sighting -> its files
    for (size_t f = 0; f < set.sightings.size(); ++f)
        frames[set.sightings[f]].push_back(static_cast<int>(f));
    std::vector<int> querySightings;
    for (int q : set.queries)
        if (std::find(querySightings.begin(), querySightings.end(), set.sightings[static_cast<size_t>(q)]) ==
            querySightings.end())
            querySightings.push_back(set.sightings[static_cast<size_t>(q)]);
    timer.restart();
    control.beginPhase(ReidText::tr("Matching"), static_cast<std::int64_t>(querySightings.size()));
    std::vector<std::vector<float>> sightingRows(querySightings.size());
    std::vector<char> usable(querySightings.size(), 0);
    forEachRow(querySightings.size(), control, [&](int row) {
        const auto& own = frames.at(querySightings[static_cast<size_t>(row)]);
        const int label = set.labels[static_cast<size_t>(own.front())];
        if (hasOtherImage(set, own, label)) {
            HotspotterScores sum;
            for (int f : own)
                sum.add(matcher.score(features[static_cast<size_t>(f)], own));
            sightingRows[static_cast<size_t>(row)] = HotspotterMatcher::individualScores(sum, set.labels, individuals);
            usable[static_cast<size_t>(row)] = 1;
        }
    });
    if (control.cancelled())
        return Error{ReidText::tr("The evaluation was cancelled.")};
    ReidEvaluation bySighting = byIndividual;
    bySighting.matcher = QStringLiteral("hotspotter-sightings");
    bySighting.queriesAre = QStringLiteral("sightings");
    bySighting.secondsPerQuery = timer.elapsed() / 1000.0 / std::max<size_t>(1, querySightings.size());
    std::vector<std::vector<float>> kept;
    std::vector<int> keptLabels;
    int leftOut = 0;
    for (size_t row = 0; row < querySightings.size(); ++row) {
        if (!usable[row]) {
            ++leftOut;
            continue;
        }
        kept.push_back(std::move(sightingRows[row]));
        keptLabels.push_back(set.labels[static_cast<size_t>(frames.at(querySightings[row]).front())]);
    }
    bySighting.metrics = rankIndividuals(kept, keptLabels, individuals, leftOut);
    result.push_back(bySighting);
    return result;
}

Result<ReidEvaluation> evaluateEmbeddings(const ReidSet& set, const EmbedFn& embed, JobControl& control)
{
    QElapsedTimer timer;
    timer.start();
    control.beginPhase(ReidText::tr("Computing embeddings"), set.files.size());
    std::vector<std::vector<float>> vectors;
    for (const QString& file : set.files) {
        if (control.cancelled())
            return Error{ReidText::tr("The evaluation was cancelled.")};
        auto v = embed(file);
        if (!v)
            return v.error();
        double norm = 0;
        for (float x : v.value())
            norm += static_cast<double>(x) * x;
        norm = std::sqrt(norm);
        std::vector<float> unit = v.value();
        for (float& x : unit)
            x = norm > 0 ? static_cast<float>(x / norm) : 0.0f;
        vectors.push_back(std::move(unit));
        control.report(static_cast<std::int64_t>(vectors.size()));
    }
    ReidEvaluation out = started(set, QStringLiteral("embedding"), timer);
    timer.restart();
    std::vector<std::vector<float>> scores;
    for (int q : set.queries) {
        std::vector<float> row(set.files.size());
        for (size_t g = 0; g < static_cast<size_t>(set.files.size()); ++g)
            row[g] = std::inner_product(vectors[static_cast<size_t>(q)].begin(), vectors[static_cast<size_t>(q)].end(),
                                        vectors[g].begin(), 0.0f);
        scores.push_back(std::move(row));
    }
    out.secondsPerQuery = timer.elapsed() / 1000.0 / std::max<size_t>(1, set.queries.size());
    out.metrics = scoreQueries(set, scores);
    return out;
}

} // namespace trapline::reid
