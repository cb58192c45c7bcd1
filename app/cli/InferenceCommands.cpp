// trapline-cli infer and detect.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "formats/MegaDetectorJson.h"
#include "inference/InferenceJob.h"
#include "inference/ShardedInference.h"
#include "ingest/ImportJob.h"
#include "models/ModelFolders.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace trapline::cli {

namespace {

// Sorts each --model manifest into the detector, classifier or embedder slot by the kind it declares.
Result<inference::InferenceOptions> modelOptions(const QCommandLineParser& parser)
{
    inference::InferenceOptions options;
    const QStringList wanted = parser.values(QStringLiteral("model"));
    if (wanted.isEmpty())
        return Error{QStringLiteral("name at least one model manifest with --model")};
    for (const QString& given : wanted) {
        auto resolved = models::resolveManifest(given);
        if (!resolved)
            return resolved.error();
        const QString path = resolved.value();
        auto manifest = inference::ModelManifest::load(path);
        if (!manifest)
            return manifest.error();
        QString* slot = manifest.value().kind == inference::ModelKind::Detector     ? &options.detector
                        : manifest.value().kind == inference::ModelKind::Classifier ? &options.classifier
                                                                                    : &options.embedder;
        if (!slot->isEmpty())
            return Error{QStringLiteral("two %1 models were given; pass one of each kind at most")
                             .arg(inference::kindName(manifest.value().kind))};
        *slot = path;
    }
    const auto device = inference::parseDeviceChoice(parser.value(QStringLiteral("device")));
    if (!device)
        return Error{QStringLiteral("--device must be auto, cpu or cuda")};
    options.device = *device;
    options.retryFailed = parser.isSet(QStringLiteral("retry-failed"));
    bool ok = false;
    options.batchSize = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (!ok || options.batchSize < 1)
        return Error{QStringLiteral("--batch takes a positive number of images")};
    auto threads = threadsOption(parser);
    if (!threads)
        return threads.error();
    options.threads = threads.value();
    return options;
}

void addModelOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("A model manifest (JSON), or the name of an installed model (\"models "
                                     "installed\"). Repeat to run a detector with a classifier and/or an embedder on "
                                     "its boxes."),
                      QStringLiteral("MANIFEST")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("auto (GPU when available), cpu or cuda."),
                      QStringLiteral("DEVICE"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Images per forward pass (default 8)."),
                      QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("retry-failed"),
                      QStringLiteral("Run the models again on the media where they failed before (skipped otherwise).")});
    addThreadsOption(parser);
}

Result<inference::InferenceSummary> runInference(const QString& projectPath, const inference::InferenceOptions& options)
{
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto result = inference::InferenceJob(projectPath, options).run(control);
    printer.finish();
    if (result) {
        const auto& s = result.value();
        std::fprintf(stderr,
                     "%s on %s: %lld media processed (%lld already done, %lld failed), %lld detections, %lld "
                     "observations, %lld embeddings, %lld frames flagged for review; %.1f s (%.1f images/s)\n",
                     s.cancelled ? "Cancelled (run again to resume)" : "Finished", qPrintable(s.device),
                     static_cast<long long>(s.processed), static_cast<long long>(s.alreadyDone),
                     static_cast<long long>(s.failed), static_cast<long long>(s.detections),
                     static_cast<long long>(s.observations), static_cast<long long>(s.embeddings),
                     static_cast<long long>(s.framesFlagged), s.seconds, s.seconds > 0 ? s.processed / s.seconds : 0.0);
        if (s.failedBefore > 0)
            std::fprintf(stderr, "%lld media where a model failed before were skipped; run again with --retry-failed "
                                 "to try them again.\n", static_cast<long long>(s.failedBefore));
    }
    return result;
}

void addSlurmOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("slurm"),
                      QStringLiteral("Do not run here: write a shard plan and a Slurm job-array script beside the "
                                     "project (PROJECT.slurm/) and submit it with sbatch. Collect with "
                                     "\"trapline-cli collect PROJECT\".")});
    parser.addOption({QStringLiteral("shards"), QStringLiteral("Array tasks of the Slurm job (default 4)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("partition"), QStringLiteral("The Slurm partition (sbatch --partition)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("gres"), QStringLiteral("Generic resources per task, e.g. gpu:1 (sbatch --gres)."),
                      QStringLiteral("GRES")});
    parser.addOption(
        {QStringLiteral("time"), QStringLiteral("Time limit per task (sbatch --time)."), QStringLiteral("HH:MM:SS")});
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("With --slurm: write the plan and print the script, without submitting it.")});
}

int runSlurmPlan(const QString& projectPath, const inference::InferenceOptions& options,
                 const QCommandLineParser& parser)
{
    inference::SlurmOptions slurm;
    bool ok = false;
    slurm.shards = parser.value(QStringLiteral("shards")).toInt(&ok);
    if (!ok || slurm.shards < 1) {
        printError(QStringLiteral("--shards takes a positive number of tasks"));
        return 2;
    }
    slurm.partition = parser.value(QStringLiteral("partition"));
    slurm.gres = parser.value(QStringLiteral("gres"));
    slurm.time = parser.value(QStringLiteral("time"));
    slurm.cli = QCoreApplication::applicationFilePath();
    auto plan = inference::writeShardPlan(projectPath, options, slurm);
    if (!plan) {
        printError(plan.error().message);
        return 1;
    }
    const auto& p = plan.value();
    std::fprintf(stderr,
                 "Plan %s: %lld media in %d shards (%lld with results of these models left out), written to %s\n",
                 qPrintable(p.planId), static_cast<long long>(p.media), p.shards, static_cast<long long>(p.skipped),
                 qPrintable(p.planPath));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printOut(p.script);
        std::fprintf(stderr, "Dry run: submit it with \"sbatch %s\", then run \"trapline-cli collect %s\".\n",
                     qPrintable(p.scriptPath), qPrintable(projectPath));
        return 0;
    }
    auto job = inference::submitShards(p);
    if (!job) {
        printError(job.error().message);
        return 1;
    }
    std::fprintf(stderr, "Submitted job array %s (%s). When it has run: trapline-cli collect %s\n",
                 qPrintable(job.value()), qPrintable(p.scriptPath), qPrintable(projectPath));
    return 0;
}

} // namespace

int runInferShard(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run one shard of a Slurm plan (what each task of the job array runs): the same inference as a local run, "
        "over the shard's media, into PROJECT.slurm/shard-INDEX.trapline, which appears only when the shard is "
        "finished."));
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("The plan (PROJECT.slurm/plan.json)."));
    parser.addPositionalArgument(QStringLiteral("index"), QStringLiteral("The shard, from 0 ($SLURM_ARRAY_TASK_ID)."));
    if (!parse(parser, args, 2))
        return 2;
    bool ok = false;
    const int index = parser.positionalArguments().at(1).toInt(&ok);
    if (!ok) {
        printError(QStringLiteral("INDEX is the number of the shard, from 0"));
        return 2;
    }
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto result = inference::runShard(parser.positionalArguments().at(0), index, control);
    printer.finish();
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    const auto& s = result.value();
    std::fprintf(stderr,
                 "Shard %d on %s: %lld media processed (%lld failed), %lld detections, %lld observations; %.1f s\n",
                 index, qPrintable(s.device), static_cast<long long>(s.processed), static_cast<long long>(s.failed),
                 static_cast<long long>(s.detections), static_cast<long long>(s.observations), s.seconds);
    return 0;
}

int runCollect(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import the finished shards of the project's Slurm run, each once and in one transaction, then smooth the "
        "sequences they touched. Lists the shards still running, missing or failed."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("resubmit"),
                      QStringLiteral("Submit the missing and failed shards again (sbatch --array=I,J).")});
    if (!parse(parser, args, 1))
        return 2;
    const QString projectPath = parser.positionalArguments().at(0);
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto result = inference::collectShards(projectPath, control);
    printer.finish();
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    const auto& r = result.value();
    auto list = [](const std::vector<int>& v) {
        QStringList out;
        for (int i : v)
            out << QString::number(i);
        return out.isEmpty() ? QStringLiteral("none") : out.join(QLatin1Char(','));
    };
    QStringList failed;
    for (const auto& [index, why] : r.failed)
        failed << QStringLiteral("%1 (%2)").arg(index).arg(why);
    printOut(QStringLiteral("imported: %1\nimported before: %2\nrunning: %3\nmissing: %4\nfailed: %5\n")
                 .arg(list(r.imported), list(r.importedBefore), list(r.running), list(r.missing),
                      failed.isEmpty() ? QStringLiteral("none") : failed.join(QStringLiteral(", "))));
    printOut(QStringLiteral("rows imported: %1 media, %2 detections, %3 observations; %4 frames flagged for review\n")
                 .arg(r.media)
                 .arg(r.detections)
                 .arg(r.observations)
                 .arg(r.framesFlagged));
    const auto again = r.toResubmit();
    if (parser.isSet(QStringLiteral("resubmit")) && !again.empty()) {
        auto plan = inference::readShardPlan(projectPath);
        if (!plan) {
            printError(plan.error().message);
            return 1;
        }
        auto job = inference::submitShards(plan.value(), again);
        if (!job) {
            printError(job.error().message);
            return 1;
        }
        printOut(QStringLiteral("resubmitted: %1 as job %2\n").arg(list(again), job.value()));
        return 0;
    }
    return again.empty() && r.running.empty() ? 0 : 3;
}

int runInfer(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run models over a project's media: detector boxes, species labels and re-ID embeddings. Media already "
        "processed by the same model version are skipped, so a cancelled run resumes."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    addModelOptions(parser);
    addSlurmOptions(parser);
    if (!parse(parser, args, 1))
        return 2;
    auto options = modelOptions(parser);
    if (!options) {
        printError(options.error().message);
        return 2;
    }
    if (parser.isSet(QStringLiteral("slurm")))
        return runSlurmPlan(parser.positionalArguments().at(0), options.value(), parser);
    auto result = runInference(parser.positionalArguments().at(0), options.value());
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    return result.value().cancelled ? 1 : 0;
}

int runDetect(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run a detector over a folder and write MegaDetector batch output JSON, readable by every tool that reads "
        "MegaDetector results. No project is needed."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("The images."));
    addModelOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The JSON file to write."), QStringLiteral("FILE")});
    if (!parse(parser, args, 1))
        return 2;
    if (parser.value(QStringLiteral("out")).isEmpty()) {
        printError(QStringLiteral("name the output file with --out results.json"));
        return 2;
    }
    auto options = modelOptions(parser);
    if (!options) {
        printError(options.error().message);
        return 2;
    }
    if (options.value().detector.isEmpty()) {
        printError(QStringLiteral("detect needs a detector manifest"));
        return 2;
    }
    // A scratch project holds the run, so detect shares every line of the import and inference code.
    QTemporaryDir scratch;
    const QString projectPath = scratch.filePath(QStringLiteral("detect.trapline"));
    const QString folder = QDir::cleanPath(QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath());
    if (auto created = Project::create(projectPath); !created) {
        printError(created.error().message);
        return 1;
    }
    ingest::ImportOptions import;
    import.folders = {folder};
    import.makeThumbnails = false;
    JobControl quiet;
    auto imported = ingest::ImportJob(projectPath, import).run(quiet);
    if (!imported || !imported.value().folderErrors.isEmpty()) {
        printError(imported ? imported.value().folderErrors.join(QLatin1Char('\n')) : imported.error().message);
        return 1;
    }
    auto result = runInference(projectPath, options.value());
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    auto project = Project::open(projectPath);
    const auto modelId =
        project.value()->db().scalar("SELECT id FROM models WHERE kind = 'detector' ORDER BY id DESC LIMIT 1");
    auto json = formats::exportMegaDetectorJson(*project.value(), {modelId, folder});
    if (!json) {
        printError(json.error().message);
        return 1;
    }
    if (Status written = formats::writeMegaDetectorJsonFile(parser.value(QStringLiteral("out")), json.value());
        !written) {
        printError(written.error().message);
        return 1;
    }
    std::fprintf(stderr, "Wrote %s\n", qPrintable(parser.value(QStringLiteral("out"))));
    return result.value().cancelled ? 1 : 0;
}

int runModelCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a model manifest: read it, load the weights and run a blank image through the model to compare its "
        "output with the manifest. Prints what Trapline understood."));
    parser.addPositionalArgument(QStringLiteral("manifest"), QStringLiteral("The model manifest (JSON)."));
    parser.addOption({QStringLiteral("device"), QStringLiteral("auto, cpu or cuda."), QStringLiteral("DEVICE"),
                      QStringLiteral("auto")});
    if (!parse(parser, args, 1))
        return 2;
    const auto device = inference::parseDeviceChoice(parser.value(QStringLiteral("device")));
    if (!device) {
        printError(QStringLiteral("--device must be auto, cpu or cuda"));
        return 2;
    }
    auto manifest = models::resolveManifest(parser.positionalArguments().at(0));
    if (!manifest) {
        printError(manifest.error().message);
        return 1;
    }
    auto model = inference::loadModel(manifest.value(), *device);
    if (!model) {
        printError(model.error().message);
        return 1;
    }
    const inference::ModelManifest& m = model.value().manifest;
    printOut(QStringLiteral("%1 %2: a %3 (%4 decoder), %5 classes, input %6x%7, runs on %8, version hash %9\n")
                 .arg(m.name, m.version, inference::kindName(m.kind), inference::decoderName(m.decoder))
                 .arg(m.classes.size())
                 .arg(m.input.width)
                 .arg(m.input.height)
                 .arg(model.value().runner->deviceName(), m.contentHash));
    printOut(QStringLiteral("backend: %1\n").arg(model.value().backendReason));
    return 0;
}

} // namespace trapline::cli
