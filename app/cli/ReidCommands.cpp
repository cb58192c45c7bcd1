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
            {QStringLiteral("ranks"), e.ranks},
            {QStringLiteral("queries_are"), e.queriesAre},
            {QStringLiteral("images"), e.images},
            {QStringLiteral("gallery_images"), e.galleryImages},
            {QStringLiteral("identities"), e.identities},
            {QStringLiteral("queries"), e.metrics.queries},
            {QStringLiteral("queries_without_match"), e.metrics.queriesWithoutMatch},
            {QStringLiteral("top1"), e.metrics.top1},
            {QStringLiteral("top5"), e.metrics.top5},
            {QStringLiteral("mAP"), e.metrics.meanAveragePrecision},
            {QStringLiteral("map_at_r"), e.metrics.mapAtR},
            {QStringLiteral("seconds_per_query"), e.secondsPerQuery},
            {QStringLiteral("feature_seconds"), e.featureSeconds},
            {QStringLiteral("index_seconds"), e.indexSeconds}};
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
    parser.addOption({QStringLiteral("matcher"),
                      QStringLiteral("sift or hotspotter (no model needed), embedding, or several separated by commas "
                                     "(sift,hotspotter measures both in one run); both: sift,embedding."),
                      QStringLiteral("NAMES"), QStringLiteral("sift")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("An embedder's manifest (for --matcher embedding)."),
                      QStringLiteral("MANIFEST")});
    parser.addOption({QStringLiteral("max-side"), QStringLiteral("SIFT: reduce images to this many pixels first."),
                      QStringLiteral("PIXELS"), QStringLiteral("640")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON only.")});
    if (!parse(parser, args, 1))
        return 2;
    QStringList matchers = parser.value(QStringLiteral("matcher")).split(u',', Qt::SkipEmptyParts);
    if (matchers == QStringList{QStringLiteral("both")})
        matchers = {QStringLiteral("sift"), QStringLiteral("embedding")};
    for (const QString& m : matchers)
        if (m != u"sift" && m != u"hotspotter" && m != u"embedding") {
            printError(QStringLiteral("--matcher must be sift, hotspotter, embedding, both, or a list of these "
                                      "separated by commas."));
            return 2;
        }
    if (matchers.isEmpty()) {
        printError(QStringLiteral("--matcher names no matcher."));
        return 2;
    }
    const bool sift = matchers.contains(QStringLiteral("sift"));
    const bool hotspotter = matchers.contains(QStringLiteral("hotspotter"));
    const bool embedding = matchers.contains(QStringLiteral("embedding"));
    if (embedding && !parser.isSet(QStringLiteral("model"))) {
        printError(QStringLiteral("--matcher embedding needs an embedder: --model MANIFEST."));
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
    QStringList order; // the order the evaluations ran in, for the table
    auto keep = [&](const reid::ReidEvaluation& e) {
        results[e.matcher] = evaluationJson(e);
        order << e.matcher;
    };
    if (sift || hotspotter) {
        // One pass over the images gives both matchers the same keypoints.
        reid::LocalFeatureMatcher::Options options;
        options.maxSide = parser.value(QStringLiteral("max-side")).toInt();
        double featureSeconds = 0;
        auto features = reid::extractLocalFeatures(set.value(), options, control, &featureSeconds);
        printer.finish();
        if (!features) {
            printError(features.error().message);
            return 1;
        }
        // Keeps a matcher's evaluations with the time the shared keypoints took; false after printing its error.
        auto keepAll = [&](Result<std::vector<reid::ReidEvaluation>> e) {
            printer.finish();
            if (!e) {
                printError(e.error().message);
                return false;
            }
            for (auto& one : e.value()) {
                one.featureSeconds = featureSeconds;
                keep(one);
            }
            return true;
        };
        if (sift && !keepAll(reid::evaluateLocalFeatures(set.value(), features.value(), options, control, hotspotter)))
            return 1;
        if (hotspotter && !keepAll(reid::evaluateHotspotter(set.value(), features.value(), {}, control)))
            return 1;
    }
    if (embedding) {
        auto model = inference::loadModel(parser.value(QStringLiteral("model")));
        if (!model) {
            printError(model.error().message);
            return 1;
        }
        if (model.value().manifest.kind != inference::ModelKind::Embedder) {
            printError(
                QStringLiteral("%1 is not an embedder (its manifest says kind \"%2\").")
                    .arg(parser.value(QStringLiteral("model")), inference::kindName(model.value().manifest.kind)));
            return 1;
        }
        auto e = reid::evaluateEmbeddings(set.value(), modelEmbedder(model.value()), control);
        printer.finish();
        if (!e) {
            printError(e.error().message);
            return 1;
        }
        keep(e.value());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const QString& name : order) {
        const QJsonObject r = results[name].toObject();
        const bool individuals = r[QStringLiteral("ranks")].toString() == u"individuals";
        const bool sightings = r[QStringLiteral("queries_are")].toString() == u"sightings";
        printOut(QStringLiteral("%1: %2 images of %3 individuals, %4 %5 (%6 without another image of their "
                                "individual, left out), each ranking %7\n  top-1 %8, top-5 %9, mAP %10, MAP@R %11\n"
                                "  %12 s per query (gallery of %13 images)\n")
                     .arg(name)
                     .arg(r[QStringLiteral("images")].toInt())
                     .arg(r[QStringLiteral("identities")].toInt())
                     .arg(r[QStringLiteral("queries")].toInt())
                     .arg(sightings ? QStringLiteral("query sightings") : QStringLiteral("queries"))
                     .arg(r[QStringLiteral("queries_without_match")].toInt())
                     .arg(individuals ? QStringLiteral("the individuals") : QStringLiteral("the other images"))
                     .arg(r[QStringLiteral("top1")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("top5")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("mAP")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("map_at_r")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("seconds_per_query")].toDouble(), 0, 'f', 3)
                     .arg(r[QStringLiteral("gallery_images")].toInt()));
    }
    if (order.size() > 1) {
        printOut(QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(QStringLiteral("matcher"), -24)
                     .arg(QStringLiteral("ranks"), -12)
                     .arg(QStringLiteral("top-1"), 6)
                     .arg(QStringLiteral("top-5"), 6)
                     .arg(QStringLiteral("mAP"), 6)
                     .arg(QStringLiteral("MAP@R"), 6)
                     .arg(QStringLiteral("s/query"), 8));
        for (const QString& name : order) {
            const QJsonObject r = results[name].toObject();
            printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(name, -24)
                         .arg(r[QStringLiteral("ranks")].toString(), -12)
                         .arg(r[QStringLiteral("top1")].toDouble(), 6, 'f', 3)
                         .arg(r[QStringLiteral("top5")].toDouble(), 6, 'f', 3)
                         .arg(r[QStringLiteral("mAP")].toDouble(), 6, 'f', 3)
                         .arg(r[QStringLiteral("map_at_r")].toDouble(), 6, 'f', 3)
                         .arg(r[QStringLiteral("seconds_per_query")].toDouble(), 8, 'f', 3));
        }
    }
    return 0;
}

} // namespace trapline::cli
