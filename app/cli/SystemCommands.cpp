// trapline-cli check-system: what decides inference speed on this machine.
#include "CliCommands.h"

#include "CliSupport.h"
#include "inference/OnnxRuntimeRunner.h"
#include "inference/SystemCheck.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trapline::cli {

int runCheckSystem(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Report what decides inference speed here: the BLAS library LibTorch uses, its thread count, OpenCV's "
        "threads and CUDA. Warns, with the command that fixes it, when the slow reference BLAS is active."));
    addThreadsOption(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    if (!parse(parser, args, 0))
        return 2;
    const auto threads = threadsOption(parser);
    if (!threads) {
        printError(threads.error().message);
        return 2;
    }
    const inference::SystemReport r = inference::systemReport(threads.value());
    const QString warning = inference::blasWarning(r.blas);
    const inference::OnnxRuntimeInfo ort = inference::onnxRuntimeInfo();
    // Which runtime gets ONNX models, and on which execution provider.
    const QString onnx = !ort.compiledIn
                             ? QStringLiteral("ONNX Runtime: not in this build (Debian 12 has no libonnxruntime-dev); "
                                              "ONNX models run on OpenCV DNN, CPU")
                             : QStringLiteral("ONNX Runtime %1: ONNX models run on it, %2 execution provider (has %3)")
                                   .arg(ort.version, ort.cudaProvider ? QStringLiteral("CUDA") : QStringLiteral("CPU"),
                                        ort.providers.join(QStringLiteral(", ")));
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("blas"), inference::blasKindName(r.blas.kind)},
            {QStringLiteral("blas_library"), r.blas.path},
            {QStringLiteral("cores"), r.cores},
            {QStringLiteral("torch_threads"), r.torchThreads},
            {QStringLiteral("torch_version"), r.torchVersion},
            {QStringLiteral("opencv_threads"), r.opencvThreads},
            {QStringLiteral("opencv_parallel"), r.opencvParallel},
            {QStringLiteral("cuda"), r.cudaAvailable},
            {QStringLiteral("cuda_devices"), r.cudaDevices},
            {QStringLiteral("gpu"), r.gpuName},
            {QStringLiteral("onnxruntime"), ort.compiledIn ? ort.version : QString()},
            {QStringLiteral("onnxruntime_providers"), QJsonArray::fromStringList(ort.providers)},
            {QStringLiteral("onnx_backend"), !ort.compiledIn     ? QStringLiteral("opencv-dnn")
                                             : ort.cudaProvider ? QStringLiteral("onnxruntime-cuda")
                                                                : QStringLiteral("onnxruntime-cpu")},
            {QStringLiteral("warning"), warning}};
        printOut(QString::fromUtf8(QJsonDocument(json).toJson()));
    } else {
        printOut(QStringLiteral("BLAS: %1 (%2)\n"
                                "LibTorch %3: %4 threads on %5 cores\n"
                                "OpenCV: %6 threads (%7)\n"
                                "CUDA: %8\n")
                     .arg(inference::blasKindName(r.blas.kind),
                          r.blas.path.isEmpty() ? QStringLiteral("no BLAS library found") : r.blas.path, r.torchVersion)
                     .arg(r.torchThreads)
                     .arg(r.cores)
                     .arg(r.opencvThreads)
                     .arg(r.opencvParallel.isEmpty() ? QStringLiteral("unknown framework") : r.opencvParallel,
                          r.cudaAvailable ? QStringLiteral("available, %1 device(s)%2")
                                                .arg(r.cudaDevices)
                                                .arg(r.gpuName.isEmpty() ? QString() : QStringLiteral(", ") + r.gpuName)
                          : r.gpuName.isEmpty()
                              ? QStringLiteral("not available (this LibTorch has no CUDA, or no GPU was found)")
                              : QStringLiteral("not available to this LibTorch, though the driver lists %1")
                                    .arg(r.gpuName)));
        printOut(onnx + QLatin1Char('\n'));
    }
    if (!warning.isEmpty())
        printError(QStringLiteral("warning: ") + warning);
    return 0;
}

} // namespace trapline::cli
