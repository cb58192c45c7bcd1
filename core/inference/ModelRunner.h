#pragma once

#include "ModelManifest.h"
#include "Result.h"
#include "Tensor.h"

#include <memory>
#include <optional>
#include <vector>

namespace trapline::inference {

enum class DeviceChoice { Auto, Cpu, Cuda };

// Runs a model's forward pass. One runner is used by one thread at a time.
class ModelRunner {
public:
    virtual ~ModelRunner() = default;
    // `input` is [batch, 3, height, width]; returns the model's outputs with the batch as first dimension.
    // Throws std::exception on failure (the pipeline records it per batch).
    virtual std::vector<FloatTensor> forward(const FloatTensor& input) = 0;
    virtual QString deviceName() const = 0;
};

// A model ready to run: its manifest and a runner that passed a test forward pass against the manifest.
struct LoadedModel {
    ModelManifest manifest;
    std::unique_ptr<ModelRunner> runner;
    Backend backend = Backend::TorchScript; // the one that runs it; see chooseBackend
    QString backendReason;                  // why, for model-check and the model library
};

struct BackendChoice {
    Backend backend;
    QString reason;
};

// The manifest's backend, except that "onnxruntime" falls back to OpenCV DNN (which reads ONNX too) where this
// build of Trapline has no ONNX Runtime.
BackendChoice chooseBackend(const ModelManifest& manifest);

// Loads the manifest, the weights, and runs one blank image through the model to check its output against the
// decoder contract, so a wrong or mismatched model is refused before any image is processed.
Result<LoadedModel> loadModel(const QString& manifestPath, DeviceChoice device = DeviceChoice::Auto);

// Whether this build of Trapline can use a CUDA GPU (LibTorch built with CUDA and a GPU present).
bool cudaAvailable();
QString deviceChoiceName(DeviceChoice device);
std::optional<DeviceChoice> parseDeviceChoice(const QString& text);

} // namespace trapline::inference
