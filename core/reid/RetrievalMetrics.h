#pragma once

#include <vector>

namespace trapline::reid {

// How well a matcher ranks a gallery for each query, in the terms re-identification papers use.
struct RetrievalMetrics {
    int queries = 0;               // queries that have at least one match of their identity in the gallery
    int queriesWithoutMatch = 0;   // left out of every figure: nothing in the gallery can be right for them
    double top1 = 0;               // share of queries whose best-ranked gallery item is their identity
    double top5 = 0;               // ... whose identity is among the first five
    double meanAveragePrecision = 0; // mAP over the whole ranking
    double mapAtR = 0;             // MAP@R (Musgrave, Belongie & Lim, "A metric learning reality check", 2020)
};

// `scores[q][g]` is how alike query q and gallery item g are (higher is more alike). `querySelf[q]` is the gallery
// index of query q itself (never ranked for it), or -1 when the query is not in the gallery; an empty `querySelf`
// means no query is. Ties are broken against the query: a
// wrong item that scores the same as a right one ranks first, so the figures are never flattering.
//
// For a query with R right items in the gallery, in ranking order with precision P(i) at rank i and rel(i) = 1 for
// a right item: AP = (1/R) sum over all ranks of P(i) rel(i); MAP@R = (1/R) sum over i = 1..R of P(i) rel(i).
RetrievalMetrics evaluateRetrieval(const std::vector<std::vector<float>>& scores, const std::vector<int>& queryLabels,
                                   const std::vector<int>& galleryLabels, const std::vector<int>& querySelf = {});
// Leave-one-out: every gallery item is a query against all the others.
RetrievalMetrics evaluateLeaveOneOut(const std::vector<std::vector<float>>& scores, const std::vector<int>& labels);

} // namespace trapline::reid
