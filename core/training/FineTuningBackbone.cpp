#include "FineTuningPrivate.h"
#include "Logging.h"
#include "Tr.h"

#include "project/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>

namespace trapline::training::detail {

std::optional<torch::jit::Module> featureLayer(const torch::jit::Module& module, const std::string& name)
{
    torch::jit::Module current = module;
    size_t start = 0;
    while (start <= name.size()) {
        const size_t dot = std::min(name.find('.', start), name.size());
        const std::string part = name.substr(start, dot - start);
        if (part.empty() || !current.hasattr(part))
            return std::nullopt;
        const torch::IValue child = current.attr(part);
        if (!child.isObject() || !child.toObject()->type()->is_module())
            return std::nullopt;
        current = torch::jit::Module(child.toObject());
        start = dot + 1;
    }
    return current;
}

bool Backbone::hasFeatures() const
{
    return module.find_method(method) || featureLayer(module, method);
}

torch::Tensor Backbone::features(const torch::Tensor& x)
{
    torch::Tensor f;
    if (auto m = module.find_method(method))
        f = (*m)({x}).toTensor();
    else
        f = featureLayer(module, method).value().forward({x}).toTensor();
    if (f.dim() == 4)
        f = f.mean({2, 3});
    return f.flatten(1);
}

namespace {

torch::Device pickDevice(inference::DeviceChoice choice)
{
    if (choice != inference::DeviceChoice::Cpu && torch::cuda::is_available())
        return torch::kCUDA;
    return torch::kCPU;
}

} // namespace

Result<QJsonObject> readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{TrainingText::tr("Cannot read %1: %2").arg(path, f.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error{TrainingText::tr("%1 is not a JSON object.").arg(path)};
    return doc.object();
}

Status writeJson(const QString& path, const QJsonObject& json) { return writeFileAtomically(path, QJsonDocument(json).toJson()); }
Result<Backbone> loadBackbone(const QString& manifestPath, inference::DeviceChoice device, const QString& weightsOverride)
{
    auto manifest = inference::ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    if (manifest.value().backend != inference::Backend::TorchScript)
        return Error{TrainingText::tr("%1 is not a TorchScript model: fine-tuning needs one (export the model with "
                                      "torch.jit.script or torch.jit.trace).")
                         .arg(manifest.value().name)};
    auto json = readJson(manifestPath);
    if (!json)
        return json.error();
    Backbone b;
    b.manifest = manifest.value();
    b.manifestJson = json.value();
    b.method = (b.manifest.featureMethod.isEmpty() ? QStringLiteral("forward") : b.manifest.featureMethod).toStdString();
    b.device = pickDevice(device);
    const QString weights = weightsOverride.isEmpty() ? b.manifest.weightsPath : weightsOverride;
    try {
        b.module = torch::jit::load(weights.toStdString(), b.device);
    } catch (const std::exception& e) {
        qCDebug(log::training).noquote() << "torch::jit::load failed:" << e.what();
        return Error{
            TrainingText::tr("Cannot load the TorchScript model %1: %2").arg(weights, QString::fromUtf8(e.what()))};
    }
    if (!b.hasFeatures())
        return Error{
            TrainingText::tr("The model %1 has no method or layer \"%2\". Name the method (or the submodule) that "
                             "returns features in its manifest as \"feature_method\".")
                .arg(b.manifest.name, QString::fromStdString(b.method))};
    b.module.eval();
    for (const auto& p : b.module.parameters())
        p.set_requires_grad(false);
    return b;
}

} // namespace trapline::training::detail
