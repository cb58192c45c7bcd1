#include "TorchScriptRunner.h"
#include "Logging.h"
#include "Tr.h"

#include "TorchPch.h"

#include <QRegularExpression>

#include <torch/csrc/jit/passes/tensorexpr_fuser.h>

#include <mutex>

namespace trapline::inference {

namespace {

torch::Tensor firstTensor(const torch::IValue& value)
{
    if (value.isTensor())
        return value.toTensor();
    if (value.isTuple() && !value.toTupleRef().elements().empty())
        return firstTensor(value.toTupleRef().elements()[0]);
    if (value.isList() && value.toListRef().size() > 0)
        return firstTensor(value.toListRef()[0]);
    throw std::runtime_error(
        "the model returned no tensor (a tensor, or a tuple or list starting with one, is needed)");
}

// LibTorch names an operator it lacks as "Unknown builtin op: aten::NAME." (a model saved by a newer PyTorch).
QString unknownOperator(const QString& message)
{
    static const QRegularExpression pattern(QStringLiteral("Unknown builtin op: ([A-Za-z0-9_:.]+[A-Za-z0-9_])"));
    return pattern.match(message).captured(1);
}

// Why torch::jit::load refused the file, for the user: a newer PyTorch's operator by name, with the fixes.
Error loadError(const ModelManifest& manifest, const QString& message)
{
    if (const QString op = unknownOperator(message); !op.isEmpty())
        return Error{InferenceText::tr("%1 was saved by a newer PyTorch: it uses the operator %2, which LibTorch %3 "
                                       "(the one this Trapline was built with) does not have. Either export the "
                                       "model again with PyTorch 1.13 (Debian 12's python3-torch, e.g. with "
                                       "tools/export_model.py), or run it on Debian 13 (LibTorch 2.6), or export it "
                                       "to ONNX (torch.onnx.export) and use \"backend\": \"onnxruntime\" on "
                                       "Debian 13.")
                         .arg(manifest.weightsPath, op, QString::fromLatin1(TORCH_VERSION))};
    return Error{InferenceText::tr("%1 is not a TorchScript model LibTorch can load (%2). Export it with "
                                   "tools/export_model.py, or use \"backend\": \"opencv-dnn\" for ONNX and Darknet "
                                   "files.")
                     .arg(manifest.weightsPath, message.section(QLatin1Char('\n'), 0, 0))};
}

class TorchScriptRunner : public ModelRunner {
public:
    TorchScriptRunner(torch::jit::Module module, torch::Device device, bool half)
        : m_module(std::move(module)), m_device(device), m_half(half)
    {
        m_module.eval();
        m_module.to(m_device);
        // Module::to(dtype) would cast integer buffers too, which then fail as indices (timm's Swin keeps its
        // relative position index in one); only floating-point state becomes half precision.
        if (m_half) {
            for (const torch::Tensor& p : m_module.parameters())
                if (p.is_floating_point())
                    p.set_data(p.to(torch::kHalf));
            for (const torch::Tensor& b : m_module.buffers())
                if (b.is_floating_point())
                    b.set_data(b.to(torch::kHalf));
        }
    }

    std::vector<FloatTensor> forward(const FloatTensor& input) override
    {
        const torch::InferenceMode guard;
        torch::Tensor in = torch::from_blob(const_cast<float*>(input.data.data()), input.shape, torch::kFloat)
                               .to(m_device, m_half ? torch::kHalf : torch::kFloat);
        torch::Tensor out = firstTensor(m_module.forward({in})).to(torch::kCPU, torch::kFloat).contiguous();
        FloatTensor result;
        result.shape.assign(out.sizes().begin(), out.sizes().end());
        result.data.assign(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
        return {std::move(result)};
    }

    QString deviceName() const override
    {
        return QString::fromStdString(m_device.str()) + (m_half ? QStringLiteral(" (half precision)") : QString());
    }

private:
    torch::jit::Module m_module;
    torch::Device m_device;
    bool m_half;
};

} // namespace

bool torchCudaAvailable()
{
    return torch::cuda::is_available();
}

int libTorchMajorVersion()
{
    return TORCH_VERSION_MAJOR;
}

Result<std::unique_ptr<ModelRunner>> createTorchScriptRunner(const ModelManifest& manifest, DeviceChoice device)
{
#if TORCH_VERSION_MAJOR >= 2
    // LibTorch 2.6's TensorExpr fuser spins without end when it optimises a traced timm ViT with fused attention
    // on its second forward pass (PyTorch 2.6 does the same); LibTorch 1.13 does not fuse on the CPU at all.
    static std::once_flag once;
    std::call_once(once, [] { torch::jit::setTensorExprFuserEnabled(false); });
#endif
    const bool cuda = device != DeviceChoice::Cpu && torch::cuda::is_available();
    if (device == DeviceChoice::Cuda && !cuda)
        return Error{
            InferenceText::tr("--device cuda was asked for, but this Trapline's LibTorch has no CUDA or no GPU "
                              "was found. Use --device auto or cpu.")};
    try {
        const torch::Device target = cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
        torch::jit::Module module = torch::jit::load(manifest.weightsPath.toStdString(), target);
        return std::unique_ptr<ModelRunner>(
            new TorchScriptRunner(std::move(module), target, cuda && manifest.allowHalfPrecision));
    } catch (const c10::Error& e) {
        qCDebug(log::inference).noquote() << "torch::jit::load" << manifest.weightsPath << "failed:" << e.what();
        return loadError(manifest, QString::fromStdString(e.msg()).trimmed());
    } catch (const std::exception& e) {
        // LibTorch 1.13's TorchScript compiler reports an unknown operator as torch::jit::ErrorReport, which is a
        // std::exception but not a c10::Error.
        qCDebug(log::inference).noquote() << "torch::jit::load" << manifest.weightsPath << "failed:" << e.what();
        return loadError(manifest, QString::fromLocal8Bit(e.what()).trimmed());
    }
}

} // namespace trapline::inference
