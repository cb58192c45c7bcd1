#pragma once

#include "ModelRunner.h"

namespace trapline::inference {

// TorchScript models through LibTorch, on the GPU when `device` allows and CUDA is available.
Result<std::unique_ptr<ModelRunner>> createTorchScriptRunner(const ModelManifest& manifest, DeviceChoice device);

bool torchCudaAvailable();

} // namespace trapline::inference
