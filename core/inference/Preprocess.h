#pragma once

#include "ModelManifest.h"

#include <opencv2/core.hpp>

namespace trapline::inference {

// Where the source image sits inside the model input, to map boxes back exactly.
struct InputGeometry {
    int sourceWidth = 0;
    int sourceHeight = 0;
    double scaleX = 1; // input pixels per source pixel
    double scaleY = 1;
    int padLeft = 0;   // letterbox border, input pixels
    int padTop = 0;
    int inputWidth = 0; // of the prepared input: InputSpec's size, or less with padToStride
    int inputHeight = 0;
};

// A box normalised to the upright source image: top-left corner, width, height, all in [0, 1].
struct NormalisedBox {
    double x = 0, y = 0, w = 0, h = 0;
};

// Resizes (letterbox or stretch), reorders channels and normalises an upright BGR 8-bit image into `dst`, a float
// buffer of 3 * input.width * input.height values, planar CHW or interleaved HWC as input.layout says, of which the
// first 3 * inputWidth * inputHeight of the returned geometry are used (all of them unless input.padToStride is set).
InputGeometry prepareInput(const cv::Mat& bgr, const InputSpec& input, float* dst);

// The shape of a batch of `batch` prepared inputs of width x height.
std::vector<std::int64_t> inputShape(TensorLayout layout, std::int64_t batch, int width, int height);

// Maps a box given in model-input pixels (corners) back to the source image, clipped to it.
NormalisedBox toSourceBox(const InputGeometry& g, double x1, double y1, double x2, double y2);

// The pixel rectangle of a normalised box in an image of the given size: outward-rounded so the crop holds the
// whole box, clipped to the image, at least one pixel.
cv::Rect cropRect(const NormalisedBox& box, int imageWidth, int imageHeight);

} // namespace trapline::inference
