#include "OnnxRuntimeRunner.h"
#include "Tr.h"

#if TRAPLINE_HAVE_ONNXRUNTIME
#include <onnxruntime_cxx_api.h>
#endif

#include <algorithm>
#include <numeric>

namespace trapline::inference {

#if TRAPLINE_HAVE_ONNXRUNTIME

namespace {

constexpr const char* kCudaProvider = "CUDAExecutionProvider";

// ONNX Runtime wants one environment per process, alive as long as any session.
Ort::Env& environment()
{
    static Ort::Env env(ORT_LOGGING_LEVEL_ERROR, "trapline");
    return env;
}

std::int64_t elementCount(const std::vector<std::int64_t>& shape)
{
    return std::accumulate(shape.begin(), shape.end(), std::int64_t{1}, std::multiplies<>());
}

class OnnxRuntimeRunner : public ModelRunner {
public:
    OnnxRuntimeRunner(Ort::Session session, QString device) : m_session(std::move(session)), m_device(std::move(device))
    {
        Ort::AllocatorWithDefaultOptions allocator;
        if (m_session.GetInputCount() != 1)
            throw std::runtime_error(InferenceText::tr("the model has %1 inputs; Trapline feeds one image tensor "
                                                       "[batch, 3, height, width]")
                                         .arg(m_session.GetInputCount())
                                         .toStdString());
        m_inputName = m_session.GetInputNameAllocated(0, allocator).get();
        // The shape information is a view into the type information, which must outlive it.
        const Ort::TypeInfo inputType = m_session.GetInputTypeInfo(0);
        const auto inputInfo = inputType.GetTensorTypeAndShapeInfo();
        if (inputInfo.GetElementType() != ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT)
            throw std::runtime_error(InferenceText::tr("the model's input is not float32").toStdString());
        const auto inputShape = inputInfo.GetShape();
        if (inputShape.size() != 4)
            throw std::runtime_error(InferenceText::tr("the model's input has %1 dimensions; Trapline feeds "
                                                       "[batch, 3, height, width]")
                                         .arg(inputShape.size())
                                         .toStdString());
        // A symbolic or -1 first dimension is a dynamic batch; a fixed one (usually 1) is fed image by image.
        m_fixedBatch = inputShape[0] > 0 ? inputShape[0] : 0;
        for (size_t i = 0; i < m_session.GetOutputCount(); ++i)
            m_outputNames.emplace_back(m_session.GetOutputNameAllocated(i, allocator).get());
    }

    std::vector<FloatTensor> forward(const FloatTensor& input) override
    {
        const std::int64_t batch = input.dim(0);
        if (m_fixedBatch == 0 || m_fixedBatch == batch)
            return run(input.shape, input.data.data());
        if (m_fixedBatch != 1)
            throw std::runtime_error(InferenceText::tr("the model takes batches of exactly %1 images; set "
                                                       "\"max_batch\": %1 in the manifest, or export it with a "
                                                       "dynamic batch")
                                         .arg(m_fixedBatch)
                                         .toStdString());
        std::vector<std::int64_t> one = input.shape;
        one[0] = 1;
        const auto perImage = static_cast<size_t>(elementCount(one));
        std::vector<FloatTensor> stacked;
        for (std::int64_t b = 0; b < batch; ++b) {
            auto outs = run(one, input.data.data() + static_cast<size_t>(b) * perImage);
            if (b == 0) {
                stacked = std::move(outs);
                continue;
            }
            for (size_t i = 0; i < outs.size(); ++i) {
                stacked[i].data.insert(stacked[i].data.end(), outs[i].data.begin(), outs[i].data.end());
                stacked[i].shape[0] += outs[i].shape[0];
            }
        }
        return stacked;
    }

    QString deviceName() const override { return m_device; }

private:
    std::vector<FloatTensor> run(const std::vector<std::int64_t>& shape, const float* data)
    {
        const Ort::MemoryInfo memory = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
        // ONNX Runtime does not write to its inputs; the API takes a non-const pointer only.
        Ort::Value tensor = Ort::Value::CreateTensor<float>(
            memory, const_cast<float*>(data), static_cast<size_t>(elementCount(shape)), shape.data(), shape.size());
        const char* inputName = m_inputName.c_str();
        std::vector<const char*> outputNames;
        for (const auto& name : m_outputNames)
            outputNames.push_back(name.c_str());
        auto values =
            m_session.Run(Ort::RunOptions{nullptr}, &inputName, &tensor, 1, outputNames.data(), outputNames.size());
        std::vector<FloatTensor> outputs;
        for (Ort::Value& value : values) {
            const auto info = value.GetTensorTypeAndShapeInfo();
            if (info.GetElementType() != ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT)
                continue; // e.g. an index output next to the scores; the decoders read float tensors only
            FloatTensor out;
            out.shape = info.GetShape();
            const float* begin = value.GetTensorData<float>();
            out.data.assign(begin, begin + info.GetElementCount());
            outputs.push_back(std::move(out));
        }
        return outputs;
    }

    Ort::Session m_session;
    QString m_device;
    std::string m_inputName;
    std::vector<std::string> m_outputNames;
    std::int64_t m_fixedBatch = 0;
};

} // namespace

OnnxRuntimeInfo onnxRuntimeInfo()
{
    OnnxRuntimeInfo info;
    info.compiledIn = true;
    info.version = QString::fromStdString(Ort::GetVersionString());
    for (const std::string& p : Ort::GetAvailableProviders()) {
        info.providers << QString::fromStdString(p);
        info.cudaProvider = info.cudaProvider || p == kCudaProvider;
    }
    return info;
}

Result<std::unique_ptr<ModelRunner>> createOnnxRuntimeRunner(const ModelManifest& manifest, DeviceChoice device,
                                                             int threads)
{
    const OnnxRuntimeInfo info = onnxRuntimeInfo();
    if (device == DeviceChoice::Cuda && !info.cudaProvider)
        return Error{InferenceText::tr("This ONNX Runtime (%1) has no CUDA execution provider (it has %2). Run on the "
                                       "CPU (--device cpu), or install an ONNX Runtime built with CUDA.")
                         .arg(info.version, info.providers.join(QStringLiteral(", ")))};
    try {
        Ort::SessionOptions options;
        // The decode pool prepares the next batch while a forward pass runs: ONNX Runtime's own pool takes the
        // compute threads, without spinning, so that waiting workers leave the cores to the decoders.
        options.SetIntraOpNumThreads(std::max(1, threads));
        options.SetInterOpNumThreads(1);
        options.SetExecutionMode(ExecutionMode::ORT_SEQUENTIAL);
        options.AddConfigEntry("session.intra_op.allow_spinning", "0");
        options.SetGraphOptimizationLevel(GraphOptimizationLevel::ORT_ENABLE_ALL);
        QString deviceName = QStringLiteral("cpu (ONNX Runtime %1, CPU execution provider, %2 threads)")
                                 .arg(info.version)
                                 .arg(std::max(1, threads));
        if (info.cudaProvider && device != DeviceChoice::Cpu) {
            OrtCUDAProviderOptions cuda{};
            options.AppendExecutionProvider_CUDA(cuda);
            deviceName = QStringLiteral("cuda (ONNX Runtime %1, CUDA execution provider)").arg(info.version);
        }
        Ort::Session session(environment(), manifest.weightsPath.toStdString().c_str(), options);
        return std::unique_ptr<ModelRunner>(new OnnxRuntimeRunner(std::move(session), deviceName));
    } catch (const std::exception& e) {
        return Error{
            InferenceText::tr("ONNX Runtime could not load the model %1: %2. The \"onnxruntime\" backend reads "
                              "ONNX (.onnx) files.")
                .arg(manifest.weightsPath, QString::fromUtf8(e.what()).trimmed())};
    }
}

#else

OnnxRuntimeInfo onnxRuntimeInfo()
{
    return {};
}

Result<std::unique_ptr<ModelRunner>> createOnnxRuntimeRunner(const ModelManifest& manifest, DeviceChoice, int)
{
    return Error{
        InferenceText::tr("This Trapline was built without ONNX Runtime, so it cannot run %1 with the "
                          "\"onnxruntime\" backend. Use \"backend\": \"opencv-dnn\", or the Debian 13 package, "
                          "which has ONNX Runtime.")
            .arg(manifest.weightsPath)};
}

#endif

} // namespace trapline::inference
