#pragma once

#include <QJsonObject>
#include <QString>

#include <string>

namespace trapline::test {

// Writes a TorchScript module whose forward() is `source` (TorchScript) to `path`. Tests build models that follow
// each output contract exactly, so decoding can be checked against hand-computed values.
void saveScriptModel(const QString& path, const QString& source);

// Writes `manifest` as JSON to `path`.
void saveManifest(const QString& path, const QJsonObject& manifest);

} // namespace trapline::test

namespace trapline::test {

// A small convolutional network built in C++ (two 3x3 convolutions, "conv1" and "conv2", ReLU, global mean pool)
// with random weights, saved as TorchScript with `forward_features` (and forward) returning [B, 24] features,
// and its manifest beside it (kind embedder, input 64x64). Returns the manifest path.
QString saveTinyBackbone(const QString& folder, unsigned seed = 1);

// The same network with its convolutions in a submodule "features" that returns the [B, 24, H, W] map (as
// torchvision's classifiers keep theirs); the manifest names that layer, not a method. Returns the manifest path.
QString saveTinyLayeredBackbone(const QString& folder);

// A ShuffleNetV2 (0.5x) backbone from a PyTorch state_dict, rebuilt as TorchScript: the entries whose names
// start with `keyPrefix` (FastestDet's detector weights keep it under "backbone.", in
// ../shared/data/weights-fastestdet). `forward_features` returns the pooled stage-3 and stage-4 maps
// ([B, 96 + 192]); the input is BGR scaled to [0, 1], as FastestDet trained it. Writes backbone.pt and backbone.json
// into `folder` and returns the manifest path, or an empty string with `error` set.
QString saveShuffleNetBackbone(const QString& stateDictPath, const std::string& keyPrefix, const QString& folder,
                               QString* error = nullptr);

} // namespace trapline::test
