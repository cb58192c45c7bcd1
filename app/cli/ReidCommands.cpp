// trapline-cli reid-eval: how well a matcher re-identifies individuals in a folder of known individuals.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "inference/ModelRunner.h"
#include "inference/Preprocess.h"
#include "reid/ReidEvaluation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>

namespace trapline::cli {

namespace {

QJsonObject evaluationJson(const reid::ReidEvaluation& e)
{
    return {{QStringLiteral("matcher"), e.matcher},
            {QStringLiteral("images"), e.images},
            {QStringLiteral("identities"), e.identities},
            {QStringLiteral("queries"), e.metrics.queries},
            {QStringLiteral("queries_without_match"), e.metrics.queriesWithoutMatch},
            {QStringLiteral("top1"), e.metrics.top1},
            {QStringLiteral("top5"), e.metrics.top5},
            {QStringLiteral("mAP"), e.metrics.meanAveragePrecision},
            {QStringLiteral("map_at_r"), e.metrics.mapAtR},
            {QStringLiteral("seconds_per_query"), e.secondsPerQuery},
            {QStringLiteral("feature_seconds"), e.featureSeconds}};
}

// Whole images through an embedder model: its output vector is the embedding.
reid::EmbedFn modelEmbedder(inference::LoadedModel& model)
{
    return [&model](const QString& file) -> Result<std::vector<float>> {
        const cv::Mat bgr = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
        if (bgr.empty())
            return Error{QStringLiteral("%1 cannot be decoded.").arg(file)};
        const auto& in = model.manifest.input;
        inference::FloatTensor tensor;
        tensor.shape = {1, 3, in.height, in.width};
        tensor.data.resize(static_cast<size_t>(tensor.elements()));
        inference::prepareInput(bgr, in, tensor.data.data());
        try {
            auto outputs = model.runner->forward(tensor);
            if (outputs.empty() || outputs[0].data.empty())
                return Error{QStringLiteral("The model gave no output for %1.").arg(file)};
            return outputs[0].data;
        } catch (const std::exception& e) {
            return Error{QStringLiteral("The model failed on %1: %2").arg(file, QString::fromUtf8(e.what()))};
        }
    };
}

} // namespace

int runReidEval(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measure re-identification on a folder with one sub-folder of images per known individual (optionally "
        "under train/ and test/ or val/). Prints top-1, top-5, mAP and MAP@R (Musgrave et al. 2020) and the "
        "matching time per query."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The folder of individuals."));
    parser.addOption({QStringLiteral("matcher"), QStringLiteral("sift (no model needed), embedding, or both."),
                      QStringLiteral("NAME"), QStringLiteral("sift")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("An embedder's manifest (for --matcher embedding)."),
                      QStringLiteral("MANIFEST")});
    parser.addOption({QStringLiteral("max-side"), QStringLiteral("SIFT: reduce images to this many pixels first."),
                      QStringLiteral("PIXELS"), QStringLiteral("640")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON only.")});
    if (!parse(parser, args, 1))
        return 2;
    const QString matcher = parser.value(QStringLiteral("matcher"));
    if (matcher != u"sift" && matcher != u"embedding" && matcher != u"both") {
        printError(QStringLiteral("--matcher must be sift, embedding or both."));
        return 2;
    }
    if (matcher != u"sift" && !parser.isSet(QStringLiteral("model"))) {
        printError(QStringLiteral("--matcher %1 needs an embedder: --model MANIFEST.").arg(matcher));
        return 2;
    }
    auto set = reid::loadReidFolder(parser.positionalArguments().at(0));
    if (!set) {
        printError(set.error().message);
        return 1;
    }
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    QJsonObject results;
    if (matcher != u"embedding") {
        reid::LocalFeatureMatcher::Options options;
        options.maxSide = parser.value(QStringLiteral("max-side")).toInt();
        auto e = reid::evaluateLocalFeatures(set.value(), options, control);
        printer.finish();
        if (!e) {
            printError(e.error().message);
            return 1;
        }
        results[QStringLiteral("sift")] = evaluationJson(e.value());
    }
    if (matcher != u"sift") {
        auto model = inference::loadModel(parser.value(QStringLiteral("model")));
        if (!model) {
            printError(model.error().message);
            return 1;
        }
        if (model.value().manifest.kind != inference::ModelKind::Embedder) {
            printError(QStringLiteral("%1 is not an embedder (its manifest says kind \"%2\").")
                           .arg(parser.value(QStringLiteral("model")), inference::kindName(model.value().manifest.kind)));
            return 1;
        }
        auto e = reid::evaluateEmbeddings(set.value(), modelEmbedder(model.value()), control);
        printer.finish();
        if (!e) {
            printError(e.error().message);
            return 1;
        }
        results[QStringLiteral("embedding")] = evaluationJson(e.value());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (auto it = results.begin(); it != results.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        printOut(QStringLiteral("%1: %2 images of %3 individuals, %4 queries (%5 without another image of their "
                                "individual, left out)\n  top-1 %6, top-5 %7, mAP %8, MAP@R %9\n  %10 s per query\n")
                     .arg(it.key()).arg(r[QStringLiteral("images")].toInt()).arg(r[QStringLiteral("identities")].toInt())
                     .arg(r[QStringLiteral("queries")].toInt()).arg(r[QStringLiteral("queries_without_match")].toInt())
                     .arg(r[QStringLiteral("top1")].toDouble(), 0, 'f', 3).arg(r[QStringLiteral("top5")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("mAP")].toDouble(), 0, 'f', 3).arg(r[QStringLiteral("map_at_r")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("seconds_per_query")].toDouble(), 0, 'f', 3));
    }
    return 0;
}

} // namespace trapline::cli
