#include "ModelRunner.h"
#include "Logging.h"
#include "Tr.h"

#include "ComputeThreads.h"
#include "OnnxRuntimeRunner.h"
#include "OpenCvDnnRunner.h"
#include "OutputDecoders.h"
#include "TorchScriptRunner.h"

namespace trapline::inference {

bool cudaAvailable()
{
    return torchCudaAvailable();
}

QString deviceChoiceName(DeviceChoice device)
{
    switch (device) {
    case DeviceChoice::Auto: return QStringLiteral("auto");
    case DeviceChoice::Cpu: return QStringLiteral("cpu");
    case DeviceChoice::Cuda: return QStringLiteral("cuda");
    }
    return {};
}

std::optional<DeviceChoice> parseDeviceChoice(const QString& text)
{
    for (DeviceChoice d : {DeviceChoice::Auto, DeviceChoice::Cpu, DeviceChoice::Cuda})
        if (text == deviceChoiceName(d))
            return d;
    return std::nullopt;
}

BackendChoice chooseBackend(const ModelManifest& manifest)
{
    switch (manifest.backend) {
    case Backend::TorchScript: return {Backend::TorchScript, InferenceText::tr("LibTorch (backend \"torchscript\")")};
    case Backend::OpenCvDnn: return {Backend::OpenCvDnn, InferenceText::tr("OpenCV DNN (backend \"opencv-dnn\")")};
    case Backend::OnnxRuntime: break;
    }
    const OnnxRuntimeInfo ort = onnxRuntimeInfo();
    if (ort.compiledIn)
        return {Backend::OnnxRuntime, InferenceText::tr("ONNX Runtime %1 (an ONNX model, and this Trapline has ONNX "
                                                        "Runtime)")
                                          .arg(ort.version)};
    return {Backend::OpenCvDnn, InferenceText::tr("OpenCV DNN (an ONNX model, but this Trapline was built without ONNX "
                                                  "Runtime; the Debian 13 package has it)")};
}

Result<LoadedModel> loadModel(const QString& manifestPath, DeviceChoice device)
{
    auto manifest = ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    const ModelManifest& m = manifest.value();
    const BackendChoice choice = chooseBackend(m);
    auto runner = choice.backend == Backend::TorchScript   ? createTorchScriptRunner(m, device)
                  : choice.backend == Backend::OnnxRuntime ? createOnnxRuntimeRunner(m, device, computeThreads())
                                                           : createOpenCvDnnRunner(m);
    if (!runner)
        return runner.error();
    FloatTensor probe;
    probe.shape = inputShape(m.input.layout, 1, m.input.width, m.input.height);
    probe.data.assign(static_cast<size_t>(3 * m.input.height * m.input.width), 0.5f);
    try {
        const auto outputs = runner.value()->forward(probe);
        if (outputs.empty())
            return Error{InferenceText::tr("The model %1 returned nothing for a test image.").arg(m.name)};
        if (Status fits = checkOutputShape(m, outputs.front()); !fits)
            return fits.error();
    } catch (const std::exception& e) {
        qCDebug(log::inference).noquote() << "Test image through" << m.path << "failed:" << e.what();
        // The TorchScript interpreter puts its traceback first and the error itself last.
        QString what = QString::fromLocal8Bit(e.what()).trimmed();
        if (what.startsWith(QStringLiteral("The following operation failed in the TorchScript interpreter")))
            what = what.section(QLatin1Char('\n'), -1).trimmed();
        return Error{
            InferenceText::tr("The model %1 failed on a test image of its manifest's input size %2x%3: %4. Check "
                              "input.width and input.height in %5.")
                .arg(m.name)
                .arg(m.input.width)
                .arg(m.input.height)
                .arg(what.section(QLatin1Char('\n'), 0, 1), m.path)};
    }
    return LoadedModel{std::move(manifest).value(), std::move(runner).value(), choice.backend, choice.reason};
}

} // namespace trapline::inference
