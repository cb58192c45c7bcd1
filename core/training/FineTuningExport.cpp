#include "FineTuningPrivate.h"
#include "Logging.h"
#include "Tr.h"

#include <QDateTime>
#include <QJsonArray>

namespace trapline::training::detail {

// The new model: the base model (or its unfrozen copy) and the head, the standardisation folded into the head's
// weights, as one TorchScript module that needs nothing from Trapline to run.
Status Run::exportModel()
{
    try {
        loadHead(m_head, nullptr, file("best-head.pt"));
        const auto best = std::find_if(m_state.history.begin(), m_state.history.end(),
                                       [&](const EpochRecord& r) { return r.epoch == m_state.bestEpoch; });
        const bool unfrozenBest = best != m_state.history.end() && best->stage == 2;
        const std::string bestBackbone = (unfrozenBest ? file("best-backbone.pt") : m_backbone.manifest.weightsPath).toStdString();
        m_backbone.module = torch::jit::load(bestBackbone, m_device);
        m_backbone.module.eval();
        for (const auto& p : m_backbone.module.parameters())
            p.set_requires_grad(false);
        torch::NoGradGuard noGrad;
        const torch::Tensor std = m_standardise.std.to(torch::kCPU), mean = m_standardise.mean.to(torch::kCPU);
        const torch::Tensor w = m_head->weight.detach().cpu() / std.unsqueeze(0);
        const torch::Tensor b = m_head->bias.detach().cpu() - torch::mv(w, mean);

        torch::jit::Module out("TraplineFineTuned");
        // The file is saved from the CPU; on a CPU run that is the module already loaded.
        torch::jit::Module backbone = m_device.is_cpu() ? m_backbone.module : torch::jit::load(bestBackbone, torch::kCPU);
        out.register_module("backbone", backbone);
        out.register_parameter("head_weight", w.contiguous(), false);
        out.register_parameter("head_bias", b.contiguous(), false);
        // A layer is called by its forward: modules built outside Python have no __call__.
        const std::string call = "self.backbone." + m_backbone.method + (backbone.find_method(m_backbone.method) ? "(x)" : ".forward(x)");
        out.define("def features(self, x):\n"
                   "    f = " + call + "\n"
                   "    if f.dim() == 4:\n"
                   "        f = f.mean([2, 3])\n"
                   "    return f.flatten(1)\n"
                   "def forward(self, x):\n"
                   "    f = " + call + "\n"
                   "    if f.dim() == 4:\n"
                   "        f = f.mean([2, 3])\n"
                   "    return torch.addmm(self.head_bias, f.flatten(1), self.head_weight.t())\n");
        out.eval();
        saveAtomically([&](const std::string& f) { out.save(f); }, file("model.pt"));

        // The saved file, loaded back, must give what training measured.
        torch::jit::Module reloaded = torch::jit::load(file("model.pt").toStdString(), m_device);
        reloaded.eval();
        std::vector<torch::Tensor> outputs;
        m_head->eval();
        m_report.exportMaxDifference = 0;
        if (Status s = forEachValidationBatch(m_data, m_backbone.manifest.input, static_cast<size_t>(m_o.batchSize), [&](const torch::Tensor& batch, size_t) {
                const torch::Tensor x = batch.to(m_device);
                const torch::Tensor mine = headOutput(m_backbone.features(x));
                const torch::Tensor theirs = reloaded.forward({x}).toTensor();
                m_report.exportMaxDifference = std::max(m_report.exportMaxDifference, (mine - theirs).abs().max().item<double>());
                outputs.push_back(theirs.cpu());
                return okStatus();
            });
            !s)
            return s;
        const torch::Tensor all = outputs.empty() ? torch::zeros({0, m_head->weight.size(0)}) : torch::cat(outputs);
        if (classifier()) {
            EpochRecord unused;
            m_report.after = scoreClassifier(unused, all, m_features.validationLabels, m_data.classes);
        } else {
            m_report.retrievalAfter = retrieval(all, m_features.validationLabels);
        }
    } catch (const std::exception& e) {
        qCDebug(log::training).noquote() << "Saving the model failed:" << e.what();
        return Error{
            TrainingText::tr("Cannot save the new model in %1: %2").arg(m_dir.path(), QString::fromUtf8(e.what()))};
    }

    QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("trapline-model/1")},
                         {QStringLiteral("name"), m_o.name.isEmpty() ? m_backbone.manifest.name + QStringLiteral(" fine-tuned") : m_o.name},
                         {QStringLiteral("version"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"))},
                         {QStringLiteral("kind"), classifier() ? QStringLiteral("classifier") : QStringLiteral("embedder")},
                         {QStringLiteral("backend"), QStringLiteral("torchscript")},
                         {QStringLiteral("weights"), QStringLiteral("model.pt")},
                         {QStringLiteral("input"), m_backbone.manifestJson.value(QStringLiteral("input"))},
                         {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), classifier() ? QStringLiteral("logits") : QStringLiteral("embedding")}}},
                         {QStringLiteral("feature_method"), QStringLiteral("features")},
                         {QStringLiteral("max_batch"), m_backbone.manifest.maxBatch},
                         {QStringLiteral("trained_from"), m_backbone.manifest.path},
                         {QStringLiteral("report"), QStringLiteral("report.json")}};
    QJsonArray unfreeze;
    for (const QString& p : m_backbone.manifest.unfreeze)
        unfreeze.append(QStringLiteral("backbone.") + p);
    manifest.insert(QStringLiteral("unfreeze"), unfreeze);
    if (classifier()) {
        manifest.insert(QStringLiteral("classes"), QJsonArray::fromStringList(m_data.classes));
        QJsonObject taxonomy;
        for (const QString& c : m_data.classes) {
            if (c == u"empty")
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), QStringLiteral("blank")}});
            else if (c == u"human" || c == u"vehicle")
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), c}});
            else
                taxonomy.insert(c, QJsonObject{{QStringLiteral("observation_type"), QStringLiteral("animal")},
                                               {QStringLiteral("scientific_name"), c == u"animal" ? QString() : c}});
        }
        manifest.insert(QStringLiteral("taxonomy"), taxonomy);
    }
    m_report.modelPath = file("model.pt");
    m_report.manifestPath = file("model.json");
    return writeJson(m_report.manifestPath, manifest);
}

} // namespace trapline::training::detail
