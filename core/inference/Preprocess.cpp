#include "Preprocess.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace trapline::inference {

InputGeometry prepareInput(const cv::Mat& bgr, const InputSpec& input, float* dst)
{
    InputGeometry g;
    g.sourceWidth = bgr.cols;
    g.sourceHeight = bgr.rows;
    cv::Mat resized;
    cv::Mat canvas;
    if (input.resize == ResizeMode::Stretch) {
        g.scaleX = static_cast<double>(input.width) / bgr.cols;
        g.scaleY = static_cast<double>(input.height) / bgr.rows;
        const int interpolation =
            g.scaleX < 1 && g.scaleY < 1 && input.interpolation == InputSpec::Interpolation::Auto ? cv::INTER_AREA
                                                                                                 : cv::INTER_LINEAR;
        cv::resize(bgr, canvas, cv::Size(input.width, input.height), 0, 0, interpolation);
    } else {
        const double r = std::min(static_cast<double>(input.width) / bgr.cols, static_cast<double>(input.height) / bgr.rows);
        const int w = std::clamp(static_cast<int>(std::lround(bgr.cols * r)), 1, input.width);
        const int h = std::clamp(static_cast<int>(std::lround(bgr.rows * r)), 1, input.height);
        g.scaleX = static_cast<double>(w) / bgr.cols;
        g.scaleY = static_cast<double>(h) / bgr.rows;
        // YOLOv5's letterbox(auto=True): the padding is what is left over to the next multiple of the stride.
        const int padWidth = input.padToStride > 0 ? (input.width - w) % input.padToStride : input.width - w;
        const int padHeight = input.padToStride > 0 ? (input.height - h) % input.padToStride : input.height - h;
        g.padLeft = padWidth / 2;
        g.padTop = padHeight / 2;
        const bool area = r < 1 && input.interpolation == InputSpec::Interpolation::Auto;
        if (w == bgr.cols && h == bgr.rows)
            resized = bgr;
        else
            cv::resize(bgr, resized, cv::Size(w, h), 0, 0, area ? cv::INTER_AREA : cv::INTER_LINEAR);
        // The pad colour is given in RGB order like the rest of the manifest; the canvas is BGR.
        canvas = cv::Mat(h + padHeight, w + padWidth, CV_8UC3,
                         cv::Scalar(input.padColor[2], input.padColor[1], input.padColor[0]));
        resized.copyTo(canvas(cv::Rect(g.padLeft, g.padTop, w, h)));
    }
    g.inputWidth = canvas.cols;
    g.inputHeight = canvas.rows;
    const size_t plane = static_cast<size_t>(canvas.cols) * static_cast<size_t>(canvas.rows);
    // Channel c of the model reads BGR channel `source[c]`.
    const int source[3] = {input.channels == ChannelOrder::RGB ? 2 : 0, 1, input.channels == ChannelOrder::RGB ? 0 : 2};
    // Channel c of pixel i goes to dst[c * channelStride + i * pixelStride].
    const bool interleaved = input.layout == TensorLayout::NHWC;
    const size_t channelStride = interleaved ? 1 : plane;
    const size_t pixelStride = interleaved ? 3 : 1;
    for (int c = 0; c < 3; ++c) {
        const float mul = input.scale / input.std[static_cast<size_t>(c)];
        const float add = -input.mean[static_cast<size_t>(c)] / input.std[static_cast<size_t>(c)];
        float* out = dst + static_cast<size_t>(c) * channelStride;
        for (int y = 0; y < canvas.rows; ++y) {
            const auto* row = canvas.ptr<cv::Vec3b>(y);
            for (int x = 0; x < canvas.cols; ++x, out += pixelStride)
                *out = static_cast<float>(row[x][source[c]]) * mul + add;
        }
    }
    return g;
}

std::vector<std::int64_t> inputShape(TensorLayout layout, std::int64_t batch, int width, int height)
{
    if (layout == TensorLayout::NHWC)
        return {batch, height, width, 3};
    return {batch, 3, height, width};
}

NormalisedBox toSourceBox(const InputGeometry& g, double x1, double y1, double x2, double y2)
{
    auto sx = [&](double v) { return std::clamp((v - g.padLeft) / g.scaleX / g.sourceWidth, 0.0, 1.0); };
    auto sy = [&](double v) { return std::clamp((v - g.padTop) / g.scaleY / g.sourceHeight, 0.0, 1.0); };
    const double left = sx(x1), top = sy(y1), right = sx(x2), bottom = sy(y2);
    return {left, top, std::max(0.0, right - left), std::max(0.0, bottom - top)};
}

cv::Rect cropRect(const NormalisedBox& box, int imageWidth, int imageHeight)
{
    const int x0 = std::clamp(static_cast<int>(std::floor(box.x * imageWidth)), 0, imageWidth - 1);
    const int y0 = std::clamp(static_cast<int>(std::floor(box.y * imageHeight)), 0, imageHeight - 1);
    const int x1 = std::clamp(static_cast<int>(std::ceil((box.x + box.w) * imageWidth)), x0 + 1, imageWidth);
    const int y1 = std::clamp(static_cast<int>(std::ceil((box.y + box.h) * imageHeight)), y0 + 1, imageHeight);
    return {x0, y0, x1 - x0, y1 - y0};
}

} // namespace trapline::inference
