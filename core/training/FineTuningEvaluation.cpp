#include "FineTuningPrivate.h"
#include "Logging.h"
#include "Tr.h"

namespace trapline::training {

using namespace detail;

namespace {

QString datasetClassOf(const inference::ModelManifest& m, int index)
{
    const inference::ClassMapping c = m.mappingFor(index);
    if (c.observationType == u"blank")
        return QStringLiteral("empty");
    if (c.observationType != u"animal")
        return c.observationType;
    return c.scientificName.isEmpty() ? m.classes.value(index) : c.scientificName;
}

Result<torch::Tensor> runOnValidation(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                      inference::DeviceChoice device, inference::ModelManifest& manifest)
{
    auto model = inference::loadModel(manifestPath, device);
    if (!model)
        return model.error();
    manifest = model.value().manifest;
    control.beginPhase(TrainingText::tr("Evaluating %1").arg(manifest.name), dataset.count(Split::Validation));
    std::vector<torch::Tensor> parts;
    const Status s = forEachValidationBatch(dataset, manifest.input, static_cast<size_t>(std::max(1, manifest.maxBatch)),
                                            [&](const torch::Tensor& x, size_t done) -> Status {
        if (control.cancelled())
            return Error{TrainingText::tr("The evaluation was cancelled.")};
        inference::FloatTensor in{{x.size(0), 3, x.size(2), x.size(3)}, {x.data_ptr<float>(), x.data_ptr<float>() + x.numel()}};
        try {
            const std::vector<inference::FloatTensor> out = model.value().runner->forward(in);
            parts.push_back(torch::tensor(out.at(0).data).reshape({x.size(0), -1}));
        } catch (const std::exception& e) {
            qCDebug(log::training).noquote() << "Evaluation forward pass failed:" << e.what();
            return Error{TrainingText::tr("%1 failed: %2").arg(manifest.name, QString::fromUtf8(e.what()))};
        }
        control.report(static_cast<std::int64_t>(done));
        return okStatus();
    });
    if (!s)
        return s.error();
    return parts.empty() ? torch::zeros({0, 1}) : torch::cat(parts);
}

torch::Tensor validationLabels(const Dataset& dataset)
{
    std::vector<std::int64_t> labels;
    for (const Example& e : dataset.examples)
        if (e.split == Split::Validation)
            labels.push_back(e.classIndex);
    return torch::tensor(labels, torch::kLong);
}

} // namespace

Result<ClassificationMetrics> evaluateClassifier(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                 inference::DeviceChoice device)
{
    inference::ModelManifest manifest;
    auto outputs = runOnValidation(manifestPath, dataset, control, device, manifest);
    if (!outputs)
        return outputs.error();
    if (manifest.kind != inference::ModelKind::Classifier)
        return Error{TrainingText::tr("%1 is not a classifier.").arg(manifest.name)};
    std::vector<int> predicted;
    const torch::Tensor best = outputs.value().numel() > 0 ? outputs.value().argmax(1) : torch::zeros({0}, torch::kLong);
    for (std::int64_t i = 0; i < best.size(0); ++i)
        predicted.push_back(static_cast<int>(dataset.classes.indexOf(datasetClassOf(manifest, static_cast<int>(best[i].item<std::int64_t>())))));
    return classificationMetrics(toVector(validationLabels(dataset)), predicted, dataset.classes);
}

Result<reid::RetrievalMetrics> evaluateEmbedder(const QString& manifestPath, const Dataset& dataset, JobControl& control,
                                                inference::DeviceChoice device)
{
    inference::ModelManifest manifest;
    auto outputs = runOnValidation(manifestPath, dataset, control, device, manifest);
    if (!outputs)
        return outputs.error();
    return retrieval(outputs.value(), validationLabels(dataset));
}

} // namespace trapline::training
