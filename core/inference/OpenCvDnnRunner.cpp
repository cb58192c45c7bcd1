#include "OpenCvDnnRunner.h"
#include "Logging.h"
#include "Tr.h"

#include <opencv2/dnn.hpp>

namespace trapline::inference {

namespace {

class OpenCvDnnRunner : public ModelRunner {
public:
    explicit OpenCvDnnRunner(cv::dnn::Net net) : m_net(std::move(net)), m_outputs(m_net.getUnconnectedOutLayersNames()) {}

    std::vector<FloatTensor> forward(const FloatTensor& input) override
    {
        const int batch = static_cast<int>(input.dim(0));
        const int sizes[4] = {1, static_cast<int>(input.dim(1)), static_cast<int>(input.dim(2)),
                              static_cast<int>(input.dim(3))};
        const size_t perImage = static_cast<size_t>(sizes[1]) * static_cast<size_t>(sizes[2]) * static_cast<size_t>(sizes[3]);
        FloatTensor out;
        // OpenCV's Darknet YOLO layers do not batch, so images go one at a time and are stacked.
        for (int b = 0; b < batch; ++b) {
            cv::Mat blob(4, sizes, CV_32F, const_cast<float*>(input.data.data() + static_cast<size_t>(b) * perImage));
            m_net.setInput(blob);
            std::vector<cv::Mat> outs;
            m_net.forward(outs, m_outputs);
            append(out, outs, b == 0);
        }
        out.shape.insert(out.shape.begin(), batch);
        return {std::move(out)};
    }

    QString deviceName() const override { return QStringLiteral("cpu (OpenCV DNN)"); }

private:
    // YOLO layers give 2-D [rows, 5 + classes] each: concatenated by rows. Other models give one blob whose
    // leading batch dimension of 1 is dropped.
    static void append(FloatTensor& out, const std::vector<cv::Mat>& outs, bool first)
    {
        std::vector<std::int64_t> shape;
        if (outs.size() == 1 && outs[0].dims > 2) {
            for (int d = 1; d < outs[0].dims; ++d)
                shape.push_back(outs[0].size[d]);
        } else {
            std::int64_t rows = 0;
            for (const cv::Mat& m : outs)
                rows += m.rows;
            shape = {rows, outs.empty() ? 0 : outs[0].cols};
        }
        if (first)
            out.shape = shape;
        else if (shape != out.shape)
            throw std::runtime_error("the model's output size changed between images");
        for (const cv::Mat& m : outs) {
            const cv::Mat c = m.isContinuous() ? m : m.clone();
            out.data.insert(out.data.end(), c.ptr<float>(), c.ptr<float>() + c.total());
        }
    }

    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputs;
};

} // namespace

Result<std::unique_ptr<ModelRunner>> createOpenCvDnnRunner(const ModelManifest& manifest)
{
    try {
        cv::dnn::Net net = manifest.configPath.isEmpty()
                               ? cv::dnn::readNet(manifest.weightsPath.toStdString())
                               : cv::dnn::readNet(manifest.weightsPath.toStdString(), manifest.configPath.toStdString());
        if (net.empty())
            return Error{InferenceText::tr("OpenCV could not read the model %1").arg(manifest.weightsPath)};
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return std::unique_ptr<ModelRunner>(new OpenCvDnnRunner(std::move(net)));
    } catch (const cv::Exception& e) {
        qCDebug(log::inference).noquote() << "cv::dnn::readNet" << manifest.weightsPath << "failed:" << e.what();
        return Error{InferenceText::tr("OpenCV could not read the model %1: %2. ONNX (.onnx) and Darknet (.cfg + "
                                       ".weights) files are supported by the opencv-dnn backend.")
                         .arg(manifest.weightsPath, QString::fromStdString(e.msg).trimmed())};
    }
}

} // namespace trapline::inference
