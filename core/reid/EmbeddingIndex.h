#pragma once

#include <cstdint>
#include <vector>

namespace trapline::reid {

// The gallery for the embedding matcher: the L2-normalised embeddings of confirmed sightings, each with the
// individual it shows. A query is scored against every vector (cosine similarity) and the best sighting of each
// individual stands for it. The scan reads an 8-bit copy of the gallery (a quarter of the memory traffic of
// float32, which bounds this on a CPU), split over the cores; the best candidates are then scored again exactly
// on the float32 vectors, so the reported similarities and the final order are exact.
class EmbeddingIndex {
public:
    explicit EmbeddingIndex(int dimension);

    int dimension() const { return m_dimension; }
    std::int64_t size() const { return static_cast<std::int64_t>(m_individuals.size()); }
    // `vector` must have dimension() values; it is normalised here.
    void add(std::int64_t individualId, const float* vector);

    struct Candidate {
        std::int64_t individualId = 0;
        float similarity = 0; // of the individual's most similar sighting
        std::int64_t sighting = 0; // index (in order of add) of that sighting
    };
    // The `k` most similar individuals, most similar first. `rerank` gallery vectors are scored exactly.
    std::vector<Candidate> query(const float* vector, int k, int rerank = 256) const;

private:
    int m_dimension;
    std::vector<float> m_vectors;       // size() x dimension, normalised
    std::vector<std::int8_t> m_coarse;  // the same, times 127, rounded
    std::vector<std::int64_t> m_individuals;
};

} // namespace trapline::reid
