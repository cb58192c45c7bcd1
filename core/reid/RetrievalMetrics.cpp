#include "RetrievalMetrics.h"

#include <algorithm>
#include <numeric>

namespace trapline::reid {

RetrievalMetrics evaluateRetrieval(const std::vector<std::vector<float>>& scores, const std::vector<int>& queryLabels,
                                   const std::vector<int>& galleryLabels, const std::vector<int>& querySelf)
{
    RetrievalMetrics m;
    double top1 = 0, top5 = 0, ap = 0, mapr = 0;
    for (size_t q = 0; q < queryLabels.size(); ++q) {
        std::vector<size_t> order;
        for (size_t g = 0; g < galleryLabels.size(); ++g)
            if (querySelf.empty() || static_cast<int>(g) != querySelf[q])
                order.push_back(g);
        auto right = [&](size_t g) { return galleryLabels[g] == queryLabels[q]; };
        const auto relevant = static_cast<size_t>(std::count_if(order.begin(), order.end(), right));
        if (relevant == 0) {
            ++m.queriesWithoutMatch;
            continue;
        }
        // Higher score first; on a tie, the wrong item first.
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (scores[q][a] != scores[q][b])
                return scores[q][a] > scores[q][b];
            return !right(a) && right(b);
        });
        ++m.queries;
        top1 += right(order[0]) ? 1 : 0;
        top5 += std::any_of(order.begin(), order.begin() + static_cast<long>(std::min<size_t>(5, order.size())), right) ? 1 : 0;
        double hits = 0, sumAll = 0, sumR = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (!right(order[i]))
                continue;
            hits += 1;
            const double precision = hits / static_cast<double>(i + 1);
            sumAll += precision;
            if (i < relevant)
                sumR += precision;
        }
        ap += sumAll / static_cast<double>(relevant);
        mapr += sumR / static_cast<double>(relevant);
    }
    if (m.queries > 0) {
        m.top1 = top1 / m.queries;
        m.top5 = top5 / m.queries;
        m.meanAveragePrecision = ap / m.queries;
        m.mapAtR = mapr / m.queries;
    }
    return m;
}

RetrievalMetrics evaluateLeaveOneOut(const std::vector<std::vector<float>>& scores, const std::vector<int>& labels)
{
    std::vector<int> self(labels.size());
    std::iota(self.begin(), self.end(), 0);
    return evaluateRetrieval(scores, labels, labels, self);
}

} // namespace trapline::reid
