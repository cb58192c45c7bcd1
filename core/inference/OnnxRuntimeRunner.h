#pragma once

#include "ModelRunner.h"

#include <QString>
#include <QStringList>

namespace trapline::inference {

// ONNX models through ONNX Runtime, where Trapline was built with it (Debian 13's libonnxruntime-dev; Debian 12
// has no package, and there ONNX files run on OpenCV DNN instead).
struct OnnxRuntimeInfo {
    bool compiledIn = false;
    QString version;        // of the loaded library
    QStringList providers;  // execution providers this ONNX Runtime build has, e.g. CPUExecutionProvider
    bool cudaProvider = false;
};

OnnxRuntimeInfo onnxRuntimeInfo();

// `threads` is ONNX Runtime's intra-op thread count (the compute threads of the run). The CUDA execution provider is
// used when the build has it and `device` allows, the CPU one otherwise.
Result<std::unique_ptr<ModelRunner>> createOnnxRuntimeRunner(const ModelManifest& manifest, DeviceChoice device,
                                                             int threads);

} // namespace trapline::inference
