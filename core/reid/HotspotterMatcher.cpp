#include "HotspotterMatcher.h"

#include <opencv2/calib3d.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace trapline::reid {

std::vector<float> HotspotterScores::ranking() const
{
    const float most = votes.empty() ? 0.0f : *std::max_element(votes.begin(), votes.end());
    std::vector<float> out(votes.size());
    for (size_t g = 0; g < votes.size(); ++g)
        out[g] = verified[g] > 0 ? 1.0f + verified[g] : votes[g] / (1.0f + most); // the second stays below 1
    return out;
}

void HotspotterScores::add(const HotspotterScores& other)
{
    if (votes.empty()) {
        *this = other;
        return;
    }
    for (size_t g = 0; g < votes.size() && g < other.votes.size(); ++g) {
        votes[g] += other.votes[g];
        verified[g] += other.verified[g];
        shortlisted[g] = static_cast<char>(shortlisted[g] || other.shortlisted[g]);
    }
    for (Match m : other.inliers) {
        m.queryFeature += queryFeatures; // the other frame's descriptors are others than ours
        inliers.push_back(m);
    }
    queryFeatures += other.queryFeatures;
}

HotspotterMatcher::HotspotterMatcher() = default;
HotspotterMatcher::HotspotterMatcher(Options options) : m_options(options) {}
HotspotterMatcher::~HotspotterMatcher() = default;

void HotspotterMatcher::build(const std::vector<LocalFeatures>& gallery)
{
    m_gallery = &gallery;
    m_index.reset();
    m_image.clear();
    m_feature.clear();
    int rows = 0;
    for (const auto& f : gallery)
        rows += f.descriptors.rows;
    m_descriptors = cv::Mat(rows, 128, CV_32F);
    int at = 0;
    for (size_t g = 0; g < gallery.size(); ++g) {
        const cv::Mat& d = gallery[g].descriptors;
        if (d.empty())
            continue;
        d.copyTo(m_descriptors.rowRange(at, at + d.rows));
        for (int r = 0; r < d.rows; ++r) {
            m_image.push_back(static_cast<int>(g));
            m_feature.push_back(r);
        }
        at += d.rows;
    }
    if (rows == 0)
        return;
    m_index = std::make_unique<cv::flann::Index>(m_descriptors, cv::flann::KDTreeIndexParams(m_options.trees),
                                                 cvflann::FLANN_DIST_L2);
}

HotspotterScores HotspotterMatcher::score(const LocalFeatures& query, const std::vector<int>& exclude) const
{
    HotspotterScores out;
    const size_t images = m_gallery ? m_gallery->size() : 0;
    out.votes.assign(images, 0.0f);
    out.verified.assign(images, 0.0f);
    out.shortlisted.assign(images, 0);
    out.queryFeatures = query.descriptors.rows;
    if (!m_index || query.descriptors.empty())
        return out;
    std::vector<char> excluded(images, 0);
    for (int e : exclude)
        if (e >= 0 && static_cast<size_t>(e) < images)
            excluded[static_cast<size_t>(e)] = 1;
    // An excluded image can hold several of a descriptor's nearest neighbours (itself and its near twins): look
    // further, then drop them.
    const int wanted = m_options.k + m_options.knorm;
    const int neighbours = std::min(m_descriptors.rows, wanted + (exclude.empty() ? 0 : 4));
    cv::Mat indices(query.descriptors.rows, neighbours, CV_32S), distances(query.descriptors.rows, neighbours, CV_32F);
    m_index->knnSearch(query.descriptors, indices, distances, neighbours, cv::flann::SearchParams(m_options.checks));

    struct Tentative {
        int queryFeature;
        int row;
        float vote;
    };
    std::vector<std::vector<Tentative>> tentative(images);
    std::vector<std::pair<int, float>> valid; // index row, Euclidean distance
    for (int q = 0; q < query.descriptors.rows; ++q) {
        valid.clear();
        for (int j = 0; j < neighbours && static_cast<int>(valid.size()) < wanted; ++j) {
            const int row = indices.at<int>(q, j);
            if (row < 0 || row >= m_descriptors.rows ||
                excluded[static_cast<size_t>(m_image[static_cast<size_t>(row)])])
                continue;
            valid.emplace_back(row, std::sqrt(std::max(0.0f, distances.at<float>(q, j)))); // FLANN gives squares
        }
        if (valid.size() < 2)
            continue;
        const size_t norm = std::min(static_cast<size_t>(wanted), valid.size()) - 1;
        const size_t voters = std::min(static_cast<size_t>(m_options.k), norm);
        for (size_t j = 0; j < voters; ++j) {
            const float vote = valid[norm].second - valid[j].second;
            if (vote <= 0)
                continue;
            const auto image = static_cast<size_t>(m_image[static_cast<size_t>(valid[j].first)]);
            out.votes[image] += vote;
            tentative[image].push_back({q, valid[j].first, vote});
        }
    }

    // Spatial verification of the images with most votes.
    std::vector<int> order(images);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return out.votes[static_cast<size_t>(a)] > out.votes[static_cast<size_t>(b)];
    });
    const size_t shortlist = std::min(images, static_cast<size_t>(std::max(0, m_options.shortlist)));
    std::vector<cv::Point2f> from, to;
    std::vector<uchar> mask;
    for (size_t i = 0; i < shortlist; ++i) {
        const auto g = static_cast<size_t>(order[i]);
        if (out.votes[g] <= 0)
            break;
        out.shortlisted[g] = 1;
        const auto& matches = tentative[g];
        if (static_cast<int>(matches.size()) < m_options.minInliers)
            continue;
        from.clear();
        to.clear();
        cv::Point2f low(1e9f, 1e9f), high(-1e9f, -1e9f);
        for (const auto& m : matches) {
            from.push_back(query.points[static_cast<size_t>(m.queryFeature)]);
            const cv::Point2f p = (*m_gallery)[g].points[static_cast<size_t>(m_feature[static_cast<size_t>(m.row)])];
            to.push_back(p);
            low = {std::min(low.x, p.x), std::min(low.y, p.y)};
            high = {std::max(high.x, p.x), std::max(high.y, p.y)};
        }
        const double diagonal = std::hypot(high.x - low.x, high.y - low.y);
        if (diagonal < 1)
            continue;
        mask.clear();
        const cv::Mat t = cv::estimateAffinePartial2D(from, to, mask, cv::RANSAC, m_options.xyFraction * diagonal);
        if (t.empty())
            continue;
        const double scale = std::hypot(t.at<double>(0, 0), t.at<double>(1, 0));
        if (scale < 0.5 || scale > 2.0)
            continue;
        float sum = 0;
        int count = 0;
        for (size_t m = 0; m < mask.size(); ++m)
            if (mask[m]) {
                sum += matches[m].vote;
                ++count;
            }
        if (count < m_options.minInliers)
            continue;
        out.verified[g] = sum;
        for (size_t m = 0; m < mask.size(); ++m)
            if (mask[m])
                out.inliers.push_back({matches[m].queryFeature, static_cast<int>(g), matches[m].vote});
    }
    return out;
}

std::vector<float> HotspotterMatcher::individualScores(const HotspotterScores& scores, const std::vector<int>& labels,
                                                       int individuals)
{
    std::vector<float> out(static_cast<size_t>(std::max(0, individuals)), 0.0f);
    // The best vote per (query descriptor, individual): one descriptor never counts twice for one animal.
    std::unordered_map<std::int64_t, float> best;
    for (const auto& m : scores.inliers) {
        const int label = labels[static_cast<size_t>(m.image)];
        if (label < 0 || label >= individuals)
            continue;
        float& b = best[static_cast<std::int64_t>(m.queryFeature) * individuals + label];
        b = std::max(b, m.vote);
    }
    for (const auto& [key, vote] : best)
        out[static_cast<size_t>(key % individuals)] += vote;
    return out;
}

} // namespace trapline::reid
