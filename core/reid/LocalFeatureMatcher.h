#pragma once

#include "Result.h"

#include <QPointF>
#include <QString>

#include <opencv2/core.hpp>

#include <utility>
#include <vector>

namespace trapline::reid {

// Keypoints and RootSIFT descriptors of one image (or one box of it), in the image's own pixel coordinates.
struct LocalFeatures {
    std::vector<cv::Point2f> points;
    cv::Mat descriptors; // CV_32F, one row per point
    double scale = 1.0;  // pixels of the image per pixel the features were found at
};

struct LocalMatch {
    int inliers = 0; // matches consistent with one similarity transform: the score
    int tentative = 0; // matches that passed the ratio test
    std::vector<std::pair<QPointF, QPointF>> inlierPairs; // for drawing, in each image's pixels
};

// A matcher that needs no trained model, in the spirit of HotSpotter: SIFT keypoints with RootSIFT descriptors,
// Lowe's ratio test, and geometric verification with RANSAC (one similarity transform between the two images).
// The number of inliers is the score: coat patterns of the same animal agree over many points, different
// animals only by chance over a few.
class LocalFeatureMatcher {
public:
    struct Options {
        int maxSide = 640;      // images are reduced to this before the keypoints are found
        int maxFeatures = 500;  // strongest keypoints kept
        float ratio = 0.8f;     // Lowe's ratio test
        double ransacPixels = 6.0; // at maxSide
    };

    LocalFeatureMatcher() = default;
    explicit LocalFeatureMatcher(Options options) : m_options(options) {}

    // An image file, upright by its EXIF orientation.
    Result<LocalFeatures> extract(const QString& path) const;
    // A BGR or greyscale image.
    LocalFeatures extract(const cv::Mat& image) const;
    LocalMatch match(const LocalFeatures& a, const LocalFeatures& b) const;

private:
    Options m_options;
};

} // namespace trapline::reid
