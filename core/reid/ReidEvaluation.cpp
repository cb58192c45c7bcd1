#include "ReidEvaluation.h"
#include "Tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cmath>
#include <numeric>

namespace trapline::reid {

namespace {

const QStringList kImageFilters{QStringLiteral("*.jpg"), QStringLiteral("*.JPG"), QStringLiteral("*.jpeg"),
                                QStringLiteral("*.JPEG"), QStringLiteral("*.png"), QStringLiteral("*.PNG")};

void addIdentities(const QString& folder, ReidSet& set, bool asQueries)
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
    return out;
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
    if (testPart.isEmpty()) {
        addIdentities(folder, set, true);
    } else {
        addIdentities(dir.filePath(testPart), set, true);
        if (dir.exists(QStringLiteral("train")))
            addIdentities(dir.filePath(QStringLiteral("train")), set, false);
    }
    if (set.files.isEmpty())
        return Error{ReidText::tr("No images in %1: it must hold one sub-folder of images per individual "
                                  "(optionally under train/ and test/).")
                         .arg(folder)};
    return set;
}

Result<ReidEvaluation> evaluateLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                             JobControl& control)
{
    const LocalFeatureMatcher matcher(options);
    QElapsedTimer timer;
    timer.start();
    control.beginPhase(ReidText::tr("Finding keypoints"), set.files.size());
    std::atomic<int> done{0};
    std::vector<Result<LocalFeatures>> features = QtConcurrent::blockingMapped<std::vector<Result<LocalFeatures>>>(
        set.files, [&](const QString& file) {
            auto f = matcher.extract(file);
            control.report(++done);
            return f;
        });
    for (size_t i = 0; i < features.size(); ++i)
        if (!features[i])
            return features[i].error();
    ReidEvaluation out = started(set, QStringLiteral("sift"), timer);
    timer.restart();
    control.beginPhase(ReidText::tr("Matching"), static_cast<std::int64_t>(set.queries.size()));
    std::vector<std::vector<float>> scores(set.queries.size(), std::vector<float>(set.files.size(), 0.0f));
    std::vector<int> rows(set.queries.size());
    std::iota(rows.begin(), rows.end(), 0);
    done = 0;
    QtConcurrent::blockingMap(rows, [&](int row) {
        if (control.cancelled())
            return;
        const auto& query = features[static_cast<size_t>(set.queries[static_cast<size_t>(row)])].value();
        for (size_t g = 0; g < static_cast<size_t>(set.files.size()); ++g)
            if (static_cast<int>(g) != set.queries[static_cast<size_t>(row)])
                scores[static_cast<size_t>(row)][g] = static_cast<float>(matcher.match(query, features[g].value()).inliers);
        control.report(++done);
    });
    if (control.cancelled())
        return Error{ReidText::tr("The evaluation was cancelled.")};
    out.secondsPerQuery = timer.elapsed() / 1000.0 / std::max<size_t>(1, set.queries.size());
    out.metrics = scoreQueries(set, scores);
    return out;
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
