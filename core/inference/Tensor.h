#pragma once

#include <cstdint>
#include <numeric>
#include <vector>

namespace trapline::inference {

// A dense float32 tensor in row-major order: what backends hand to decoders, so decoders know nothing of Torch
// or OpenCV and can be tested with hand-made values.
struct FloatTensor {
    std::vector<std::int64_t> shape;
    std::vector<float> data;

    std::int64_t dim(size_t i) const { return i < shape.size() ? shape[i] : 0; }
    std::int64_t elements() const
    {
        return shape.empty() ? 0 : std::accumulate(shape.begin(), shape.end(), std::int64_t(1), std::multiplies<>());
    }
};

} // namespace trapline::inference
