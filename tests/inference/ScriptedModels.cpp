#include "ScriptedModels.h"

#include "inference/TorchPch.h"

#include <QFile>
#include <QJsonDocument>

namespace trapline::test {

void saveScriptModel(const QString& path, const QString& source)
{
    torch::jit::Module module("TestModel");
    module.define(source.toStdString());
    module.save(path.toStdString());
}

void saveManifest(const QString& path, const QJsonObject& manifest)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(manifest).toJson());
}

} // namespace trapline::test
