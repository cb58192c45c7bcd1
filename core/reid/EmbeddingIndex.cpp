#include "EmbeddingIndex.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace trapline::reid {

namespace {

// Written with independent lanes so the compiler vectorises it without reassociating a single sum.
std::int32_t dotInt8(const std::int8_t* a, const std::int8_t* b, int n)
{
    std::int32_t lanes[16] = {};
    int i = 0;
    for (; i + 16 <= n; i += 16)
        for (int l = 0; l < 16; ++l)
            lanes[l] += static_cast<std::int16_t>(a[i + l]) * static_cast<std::int16_t>(b[i + l]);
    std::int32_t sum = std::accumulate(lanes, lanes + 16, 0);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

float dotFloat(const float* a, const float* b, int n)
{
    float lanes[8] = {};
    int i = 0;
    for (; i + 8 <= n; i += 8)
        for (int l = 0; l < 8; ++l)
            lanes[l] += a[i + l] * b[i + l];
    float sum = std::accumulate(lanes, lanes + 8, 0.0f);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

std::vector<float> normalised(const float* v, int n)
{
    std::vector<float> out(v, v + n);
    const float norm = std::sqrt(dotFloat(out.data(), out.data(), n));
    if (norm > 0)
        for (float& x : out)
            x /= norm;
    return out;
}

std::int8_t quantise(float x) { return static_cast<std::int8_t>(std::lround(std::clamp(x, -1.0f, 1.0f) * 127.0f)); }

} // namespace

EmbeddingIndex::EmbeddingIndex(int dimension) : m_dimension(dimension) {}

void EmbeddingIndex::add(std::int64_t individualId, const float* vector)
{
    const auto v = normalised(vector, m_dimension);
    m_vectors.insert(m_vectors.end(), v.begin(), v.end());
    for (float x : v)
        m_coarse.push_back(quantise(x));
    m_individuals.push_back(individualId);
}

std::vector<EmbeddingIndex::Candidate> EmbeddingIndex::query(const float* vector, int k, int rerank) const
{
    const auto q = normalised(vector, m_dimension);
    std::vector<std::int8_t> qc(q.size());
    std::transform(q.begin(), q.end(), qc.begin(), quantise);
    const std::int64_t n = size();
    if (n == 0 || k <= 0)
        return {};
    // Coarse scan in chunks, one per core; each chunk keeps its own best `rerank`.
    const int threads = std::max(1, QThread::idealThreadCount());
    const std::int64_t chunk = (n + threads - 1) / threads;
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
    for (std::int64_t start = 0; start < n; start += chunk)
        ranges.emplace_back(start, std::min(n, start + chunk));
    const auto keep = static_cast<size_t>(std::max(rerank, k));
    auto scan = [&](const std::pair<std::int64_t, std::int64_t>& range) {
        std::vector<std::pair<std::int32_t, std::int64_t>> best;
        best.reserve(static_cast<size_t>(range.second - range.first));
        for (std::int64_t i = range.first; i < range.second; ++i)
            best.emplace_back(dotInt8(m_coarse.data() + i * m_dimension, qc.data(), m_dimension), i);
        const size_t top = std::min(keep, best.size());
        std::partial_sort(best.begin(), best.begin() + static_cast<long>(top), best.end(), std::greater<>());
        best.resize(top);
        return best;
    };
    using Best = std::vector<std::pair<std::int32_t, std::int64_t>>;
    const std::vector<Best> partial = ranges.size() == 1
                                          ? std::vector<Best>{scan(ranges[0])}
                                          : QtConcurrent::blockingMapped<std::vector<Best>>(ranges, scan);
    // Exact scores for the coarse winners; the best sighting of each individual stands for it.
    std::unordered_map<std::int64_t, Candidate> byIndividual;
    for (const auto& part : partial)
        for (const auto& [coarse, i] : part) {
            const float s = dotFloat(m_vectors.data() + i * m_dimension, q.data(), m_dimension);
            const std::int64_t id = m_individuals[static_cast<size_t>(i)];
            auto [it, inserted] = byIndividual.try_emplace(id, Candidate{id, s, i});
            if (!inserted && s > it->second.similarity) {
                it->second.similarity = s;
                it->second.sighting = i;
            }
        }
    std::vector<Candidate> out;
    out.reserve(byIndividual.size());
    for (const auto& [id, c] : byIndividual)
        out.push_back(c);
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.individualId < b.individualId;
    });
    if (out.size() > static_cast<size_t>(k))
        out.resize(static_cast<size_t>(k));
    return out;
}

} // namespace trapline::reid
