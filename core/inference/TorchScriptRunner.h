#pragma once

#include "ModelRunner.h"

namespace trapline::inference {

// TorchScript models through LibTorch, on the GPU when `device` allows and CUDA is available.
Result<std::unique_ptr<ModelRunner>> createTorchScriptRunner(const ModelManifest& manifest, DeviceChoice device);

bool torchCudaAvailable();

// The major version of the LibTorch Trapline was built with: 1 on Debian 12, 2 on Debian 13.
int libTorchMajorVersion();

} // namespace trapline::inference
