#include "Thumbnailer.h"
#include "Logging.h"

#include "imaging/Orientation.h"

#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace trapline::ingest {


Result<Thumbnail> makeThumbnail(const QString& absolutePath, int orientation, int sourceWidth, int sourceHeight,
                                int maxSide)
{
    // OpenCV would only log a warning for a file that is gone (a card no longer mounted): say it plainly.
    if (!QFileInfo::exists(absolutePath))
        return Error{QStringLiteral("the file is missing (%1)").arg(absolutePath)};
    try {
        const int flag = imaging::reducedDecodeFlags(std::max(sourceWidth, sourceHeight), maxSide);
        const cv::Mat decoded = cv::imread(absolutePath.toStdString(), flag);
        if (decoded.empty())
            return Error{QStringLiteral("the image cannot be decoded; the file is damaged or in an unsupported "
                                        "format")};
        cv::Mat image = imaging::uprightImage(decoded, orientation);
        const double scale = static_cast<double>(maxSide) / std::max(image.cols, image.rows);
        if (scale < 1.0)
            cv::resize(image, image, cv::Size(), scale, scale, cv::INTER_AREA);
        std::vector<uchar> buffer;
        if (!cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, 82}))
            return Error{QStringLiteral("the thumbnail could not be encoded")};
        return Thumbnail{QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size())),
                         image.cols, image.rows};
    } catch (const cv::Exception& e) {
        qCDebug(log::ingest).noquote() << "Thumbnail failed:" << e.what();
        return Error{QStringLiteral("the image cannot be decoded (%1)").arg(QString::fromStdString(e.msg))};
    }
}

} // namespace trapline::ingest
