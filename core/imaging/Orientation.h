#pragma once

#include <opencv2/core.hpp>

namespace trapline::imaging {

// Turns stored pixels upright according to their EXIF orientation (1..8); other values leave them as they are.
cv::Mat uprightImage(const cv::Mat& image, int orientation);

// The cv::imread flags for the cheapest JPEG decode (libjpeg's 1/2, 1/4, 1/8 DCT scaling) that still keeps
// `neededSide` pixels on the long side of an image whose long side is `longSide`; EXIF orientation is left to
// uprightImage.
int reducedDecodeFlags(int longSide, int neededSide);

} // namespace trapline::imaging
