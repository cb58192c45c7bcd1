#pragma once

#include "ModelManifest.h"
#include "Preprocess.h"
#include "Result.h"
#include "Tensor.h"

#include <vector>

namespace trapline::inference {

// A box in model-input pixels (corners), before mapping back to the source image.
struct InputBox {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    int classIndex = 0;
    float score = 0;
};

struct Detection {
    NormalisedBox box;
    int classIndex = 0;
    float score = 0;
};

struct ClassScore {
    int classIndex = 0;
    float probability = 0;
};

// Checks that an output tensor follows the manifest's decoder contract; the message says what does not fit.
Status checkOutputShape(const ModelManifest& manifest, const FloatTensor& output);

// Boxes of image `batchIndex` above the confidence threshold, in input pixels, before NMS.
std::vector<InputBox> decodeBoxes(const ModelManifest& manifest, const FloatTensor& output, int batchIndex);

// Greedy non-maximum suppression: per class unless classAgnostic; highest scores first.
std::vector<InputBox> nonMaximumSuppression(std::vector<InputBox> boxes, float iouThreshold, bool classAgnostic,
                                            size_t maxBoxes = 300);
float intersectionOverUnion(const InputBox& a, const InputBox& b);

// The whole detector path for one image: decode, NMS, map back to the source, drop ignored classes.
std::vector<Detection> decodeDetections(const ModelManifest& manifest, const FloatTensor& output, int batchIndex,
                                        const InputGeometry& geometry);

// Classifier output row `batchIndex` as probabilities, best first, the top `k`.
std::vector<ClassScore> decodeClassification(const ModelManifest& manifest, const FloatTensor& output,
                                             int batchIndex, int k = 5);

// Embedder output row `batchIndex`, L2-normalised.
std::vector<float> decodeEmbedding(const FloatTensor& output, int batchIndex);

} // namespace trapline::inference
