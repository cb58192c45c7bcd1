#include "Orientation.h"

#include <opencv2/core.hpp>

namespace trapline::imaging {

cv::Mat uprightImage(const cv::Mat& image, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2: cv::flip(image, out, 1); break;
    case 3: cv::rotate(image, out, cv::ROTATE_180); break;
    case 4: cv::flip(image, out, 0); break;
    case 5: cv::transpose(image, out); break;
    case 6: cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::transpose(image, out); cv::rotate(out, out, cv::ROTATE_180); break;
    case 8: cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: out = image; break;
    }
    return out;
}

} // namespace trapline::imaging
