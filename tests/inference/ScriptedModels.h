#pragma once

#include <QJsonObject>
#include <QString>

namespace trapline::test {

// Writes a TorchScript module whose forward() is `source` (TorchScript) to `path`. Tests build models that follow
// each output contract exactly, so decoding can be checked against hand-computed values.
void saveScriptModel(const QString& path, const QString& source);

// Writes `manifest` as JSON to `path`.
void saveManifest(const QString& path, const QJsonObject& manifest);

} // namespace trapline::test
