#pragma once

#include "ModelRunner.h"

namespace trapline::inference {

// ONNX and Darknet models through OpenCV's DNN module, on the CPU.
Result<std::unique_ptr<ModelRunner>> createOpenCvDnnRunner(const ModelManifest& manifest);

} // namespace trapline::inference
