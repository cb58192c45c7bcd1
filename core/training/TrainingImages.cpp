#include "TrainingImages.h"

#include "imaging/Orientation.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace trapline::training {

cv::Mat loadExampleImage(const Example& e, double margin)
{
    cv::Mat image = imaging::uprightImage(cv::imread(e.path.toStdString(), cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION),
                                          e.orientation);
    if (image.empty() || !e.box)
        return image;
    inference::NormalisedBox b = *e.box;
    b.x -= b.w * margin;
    b.y -= b.h * margin;
    b.w *= 1 + 2 * margin;
    b.h *= 1 + 2 * margin;
    b.x = std::max(0.0, b.x);
    b.y = std::max(0.0, b.y);
    b.w = std::min(1.0 - b.x, b.w);
    b.h = std::min(1.0 - b.y, b.h);
    return image(inference::cropRect(b, image.cols, image.rows)).clone();
}

cv::Mat augment(const cv::Mat& bgr, const Augmentation& a, std::mt19937& rng)
{
    if (!a.enabled || bgr.empty())
        return bgr;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto between = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };
    const double angle = between(-a.maxRotationDegrees, a.maxRotationDegrees);
    const double zoom = between(a.minZoom, a.maxZoom);
    const double dx = between(-a.maxShift, a.maxShift) * bgr.cols;
    const double dy = between(-a.maxShift, a.maxShift) * bgr.rows;
    const bool flip = unit(rng) < a.flipProbability;
    const double alpha = 1 + between(-a.contrast, a.contrast);
    const double beta = 255 * between(-a.brightness, a.brightness);

    cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(bgr.cols / 2.0f, bgr.rows / 2.0f), angle, zoom);
    m.at<double>(0, 2) += dx;
    m.at<double>(1, 2) += dy;
    cv::Mat out;
    // Reflected borders look like more of the scene; a flat border would teach the model a frame.
    cv::warpAffine(bgr, out, m, bgr.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT_101);
    if (flip)
        cv::flip(out, out, 1);
    out.convertTo(out, -1, alpha, beta + (1 - alpha) * 128);
    return out;
}

} // namespace trapline::training
