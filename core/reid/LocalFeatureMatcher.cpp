#include "LocalFeatureMatcher.h"
#include "Logging.h"
#include "Tr.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QFileInfo>

namespace trapline::reid {

Result<LocalFeatures> LocalFeatureMatcher::extract(const QString& path) const
{
    if (!QFileInfo::exists(path))
        return Error{ReidText::tr("%1 is missing.").arg(path)};
    try {
        // IMREAD_REDUCED_GRAYSCALE_2 would be faster, but small crops need every pixel: decode, then reduce.
        const cv::Mat image = cv::imread(path.toStdString(), cv::IMREAD_GRAYSCALE);
        if (image.empty())
            return Error{ReidText::tr("%1 cannot be decoded; the file is damaged or not an image.").arg(path)};
        return extract(image);
    } catch (const cv::Exception& e) {
        qCDebug(log::reid).noquote() << "Keypoints of" << path << "failed:" << e.what();
        return Error{ReidText::tr("%1 cannot be decoded (%2).").arg(path, QString::fromStdString(e.msg))};
    }
}

LocalFeatures LocalFeatureMatcher::extract(const cv::Mat& input) const
{
    cv::Mat grey;
    if (input.channels() == 3)
        cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
    else
        grey = input;
    LocalFeatures out;
    const int side = std::max(grey.cols, grey.rows);
    if (side > m_options.maxSide) {
        out.scale = static_cast<double>(side) / m_options.maxSide;
        cv::resize(grey, grey, cv::Size(), 1.0 / out.scale, 1.0 / out.scale, cv::INTER_AREA);
    }
    static thread_local cv::Ptr<cv::SIFT> sift;
    if (!sift)
        sift = cv::SIFT::create(m_options.maxFeatures);
    std::vector<cv::KeyPoint> keypoints;
    sift->detectAndCompute(grey, cv::noArray(), keypoints, out.descriptors);
    if (out.descriptors.empty())
        return out;
    // RootSIFT (Arandjelovic & Zisserman 2012): L1-normalise, then square root; Euclidean distance on these is the
    // Hellinger kernel on the originals, which matches better.
    for (int r = 0; r < out.descriptors.rows; ++r) {
        cv::Mat row = out.descriptors.row(r);
        const double l1 = cv::norm(row, cv::NORM_L1);
        if (l1 > 0)
            row /= l1;
        cv::sqrt(row, row);
    }
    out.points.reserve(keypoints.size());
    for (const auto& k : keypoints)
        out.points.emplace_back(k.pt);
    return out;
}

LocalMatch LocalFeatureMatcher::match(const LocalFeatures& a, const LocalFeatures& b) const
{
    LocalMatch result;
    if (a.descriptors.rows < 2 || b.descriptors.rows < 2)
        return result;
    cv::BFMatcher matcher(cv::NORM_L2);
    std::vector<std::vector<cv::DMatch>> knn;
    matcher.knnMatch(a.descriptors, b.descriptors, knn, 2);
    std::vector<cv::Point2f> from, to;
    for (const auto& m : knn)
        if (m.size() == 2 && m[0].distance < m_options.ratio * m[1].distance) {
            from.push_back(a.points[static_cast<size_t>(m[0].queryIdx)]);
            to.push_back(b.points[static_cast<size_t>(m[0].trainIdx)]);
        }
    result.tentative = static_cast<int>(from.size());
    if (from.size() < 4)
        return result;
    std::vector<uchar> inlierMask;
    const cv::Mat transform = cv::estimateAffinePartial2D(from, to, inlierMask, cv::RANSAC, m_options.ransacPixels);
    if (transform.empty())
        return result;
    for (size_t i = 0; i < inlierMask.size(); ++i)
        if (inlierMask[i]) {
            ++result.inliers;
            result.inlierPairs.emplace_back(QPointF(from[i].x * a.scale, from[i].y * a.scale),
                                            QPointF(to[i].x * b.scale, to[i].y * b.scale));
        }
    return result;
}

} // namespace trapline::reid
