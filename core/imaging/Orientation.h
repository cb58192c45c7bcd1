#pragma once

#include <opencv2/core.hpp>

namespace trapline::imaging {

// Turns stored pixels upright according to their EXIF orientation (1..8); other values leave them as they are.
cv::Mat uprightImage(const cv::Mat& image, int orientation);

} // namespace trapline::imaging
