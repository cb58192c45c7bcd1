#pragma once

#include "LocalFeatureMatcher.h"
#include "Result.h"
#include "RetrievalMetrics.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace trapline::reid {

// A re-identification test set on disk: one sub-folder per individual (its name is the identity), either directly
// in the folder or under train/ and test/ (or val/). Queries are the test (or val) images when there is such a
// split, every image otherwise; the gallery is every image, and a query is never ranked against itself.
struct ReidSet {
    QStringList files;
    std::vector<int> labels;   // index into identities
    QStringList identities;
    std::vector<int> queries;  // indexes into files
};
Result<ReidSet> loadReidFolder(const QString& folder);

struct ReidEvaluation {
    QString matcher;
    int images = 0;
    int identities = 0;
    RetrievalMetrics metrics;
    double secondsPerQuery = 0;  // matching only: features are computed once per image beforehand
    double featureSeconds = 0;   // computing the features (or embeddings) of every image
};

// Local features: every query against every gallery image, the inlier count as score.
Result<ReidEvaluation> evaluateLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                             JobControl& control);

// Embeddings from any source (a model, or a test's synthetic vectors): one vector per file, cosine similarity.
using EmbedFn = std::function<Result<std::vector<float>>(const QString& file)>;
Result<ReidEvaluation> evaluateEmbeddings(const ReidSet& set, const EmbedFn& embed, JobControl& control);

} // namespace trapline::reid
