#include "Orientation.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

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

int reducedDecodeFlags(int longSide, int neededSide)
{
    int flag = cv::IMREAD_COLOR;
    if (neededSide > 0 && longSide >= neededSide * 8)
        flag = cv::IMREAD_REDUCED_COLOR_8;
    else if (neededSide > 0 && longSide >= neededSide * 4)
        flag = cv::IMREAD_REDUCED_COLOR_4;
    else if (neededSide > 0 && longSide >= neededSide * 2)
        flag = cv::IMREAD_REDUCED_COLOR_2;
    return flag | cv::IMREAD_IGNORE_ORIENTATION;
}

} // namespace trapline::imaging
