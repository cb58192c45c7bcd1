// bench_inference: the inference pipeline against the bare model, on the same images and model, in one run.
//  1. bare forward: batches of pre-decoded, pre-resized tensors through the model only;
//  2. pipeline: InferenceJob from files to rows in a project (decode on the pool overlapped with forward);
//  3. naive serial loop: decode the full image, resize, forward one image, write one row per transaction.
// Usage: bench_inference [MANIFEST] [IMAGE_FOLDER] [--repeat N] [--batch N] [--heavy]
// --heavy: a synthetic TorchScript detector as costly as a mid-size detector instead of the manifest.
// Defaults: the Yolo-Fastest 1.1 XL example manifest with the weights and LILA images in ../shared/data.
#include "formats/MegaDetectorJson.h"
#include "imaging/Orientation.h"
#include "inference/InferenceJob.h"
#include "inference/ModelRunner.h"
#include "inference/OutputDecoders.h"
#include "inference/Preprocess.h"
#include "ingest/ImportJob.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <torch/script.h>

#include <cstdio>

using namespace trapline;
using namespace trapline::inference;

namespace {

QString defaultManifest(const QTemporaryDir& dir)
{
    const QString shared = QStringLiteral(TRAPLINE_SHARED_DATA "/weights-yolo-fastest/ModelZoo/yolo-fastest-1.1_coco");
    QFile f(QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/yolo-fastest-1.1-xl-coco.json"));
    if (!QFileInfo::exists(shared) || !f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    json[QStringLiteral("weights")] = shared + QStringLiteral("/yolo-fastest-1.1-xl.weights");
    json[QStringLiteral("config")] = shared + QStringLiteral("/yolo-fastest-1.1-xl.cfg");
    json[QStringLiteral("classes")] = shared + QStringLiteral("/coco.names");
    const QString path = dir.filePath(QStringLiteral("model.json"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(json).toJson());
    return path;
}

// A TorchScript detector (YOLOv5 contract) whose forward pass costs about what a mid-size detector costs per
// image on a CPU: a stack of 3x3 convolutions at the input size. It stands in for MegaDetector-class models,
// which cannot be shipped here, to show the pipeline where the model, not decoding, dominates.
QString heavyManifest(const QTemporaryDir& dir)
{
    const QString weights = dir.filePath(QStringLiteral("heavy.pt"));
    torch::jit::Module module("Heavy");
    module.define(R"(
def forward(self, x):
    w = torch.ones(16, 3, 3, 3) / 27.0
    y = torch.relu(torch.conv2d(x, w, None, [1, 1], [1, 1]))
    v = torch.ones(16, 16, 3, 3) / 144.0
    for i in range(6):
        y = torch.relu(torch.conv2d(y, v, None, [1, 1], [1, 1]))
    m = y.mean(dim=[1, 2, 3])
    c = torch.ones(x.size(0))
    return torch.stack([c * 100.0, c * 100.0, c * 50.0, c * 50.0, m, c], dim=1).unsqueeze(1)
)");
    module.save(weights.toStdString());
    const QString path = dir.filePath(QStringLiteral("heavy.json"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(QJsonObject{
                                {QStringLiteral("name"), QStringLiteral("synthetic heavy detector")},
                                {QStringLiteral("kind"), QStringLiteral("detector")}, {QStringLiteral("weights"), weights},
                                {QStringLiteral("classes"), QJsonArray{QStringLiteral("animal")}},
                                {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), 320}, {QStringLiteral("height"), 320}}},
                                {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("yolov5")}}}})
                  .toJson());
    return path;
}

QStringList imagesIn(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.jpg"), QStringLiteral("*.JPG")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Copies the images `repeat` times into one folder so the run is long enough to time.
QString stage(const QStringList& files, int repeat, const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("images"));
    for (int r = 0; r < repeat; ++r) {
        QDir().mkpath(folder + QStringLiteral("/copy%1").arg(r));
        for (const QString& f : files)
            QFile::copy(f, folder + QStringLiteral("/copy%1/").arg(r) + QFileInfo(f).fileName());
    }
    return folder;
}

double bareForward(LoadedModel& model, int images, int batch)
{
    const InputSpec& in = model.manifest.input;
    FloatTensor tensor;
    tensor.shape = {batch, 3, in.height, in.width};
    tensor.data.assign(static_cast<size_t>(tensor.elements()), 0.4f);
    // LibTorch's profiling executor optimises a TorchScript graph only after its first runs: warm up first.
    for (int i = 0; i < 4; ++i)
        model.runner->forward(tensor);
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < images; done += batch)
        model.runner->forward(tensor);
    return images / (timer.nsecsElapsed() / 1e9);
}

// The pipeline's other half alone: reduced decode, upright, resize and normalise, on the thread pool.
double decodeOnly(const LoadedModel& model, const QStringList& files)
{
    const InputSpec spec = model.manifest.input;
    // The pipeline's rule, twice the input size; image sizes are known beforehand, as the project knows them.
    QList<std::pair<QString, int>> work;
    for (const QString& file : files) {
        const cv::Mat header = cv::imread(file.toStdString(), cv::IMREAD_REDUCED_GRAYSCALE_8);
        work.append({file, imaging::reducedDecodeFlags(8 * std::max(header.cols, header.rows),
                                                       2 * std::max(spec.width, spec.height))});
    }
    QElapsedTimer timer;
    timer.start();
    QtConcurrent::blockingMap(work, [&](const std::pair<QString, int>& item) {
        const cv::Mat image = imaging::uprightImage(cv::imread(item.first.toStdString(), item.second), 1);
        std::vector<float> buffer(static_cast<size_t>(3 * spec.width * spec.height));
        prepareInput(image, spec, buffer.data());
    });
    return files.size() / (timer.nsecsElapsed() / 1e9);
}

double pipeline(const QString& projectPath, const QString& folder, const QString& manifest, int batch, int threads)
{
    ingest::ImportOptions import;
    import.folders = {folder};
    import.makeThumbnails = false;
    JobControl control;
    ingest::ImportJob(projectPath, import).run(control);
    InferenceOptions options;
    // A classifier runs on whole frames, as bench_vs_python measures it.
    const auto described = ModelManifest::load(manifest);
    (described && described.value().kind == ModelKind::Classifier ? options.classifier : options.detector) = manifest;
    options.batchSize = batch;
    options.decodeThreads = threads;
    options.device = DeviceChoice::Cpu;
    const auto summary = InferenceJob(projectPath, options).run(control);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
        return 0;
    }
    // Model loading is excluded: the job reports its processing time only after loading.
    return summary.value().processed / summary.value().seconds;
}

double naiveSerial(LoadedModel& model, const QStringList& files, const QString& projectPath)
{
    auto project = Project::open(projectPath).value();
    QElapsedTimer timer;
    timer.start();
    for (const QString& file : files) {
        const cv::Mat image = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
        FloatTensor tensor;
        tensor.shape = {1, 3, model.manifest.input.height, model.manifest.input.width};
        tensor.data.resize(static_cast<size_t>(tensor.elements()));
        const InputGeometry g = prepareInput(image, model.manifest.input, tensor.data.data());
        const auto outputs = model.runner->forward(tensor);
        for (const Detection& d : decodeDetections(model.manifest, outputs.front(), 0, g))
            project->db().cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, created_ms)"
                                 " VALUES (1, ?1, ?2, ?3, ?4, 'x', ?5, 'machine', 0)")
                .bind(1, d.box.x).bind(2, d.box.y).bind(3, d.box.w).bind(4, d.box.h).bind(5, static_cast<double>(d.score)).run();
    }
    return files.size() / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    int repeat = 4, batch = 8;
    for (const auto& [flag, value] : {std::pair{QStringLiteral("--repeat"), &repeat}, std::pair{QStringLiteral("--batch"), &batch}})
        if (const auto i = args.indexOf(flag); i > 0 && i + 1 < args.size()) {
            *value = args[i + 1].toInt();
            args.remove(i, 2);
        }
    QTemporaryDir dir;
    const bool heavy = args.removeAll(QStringLiteral("--heavy")) > 0;
    const QString manifest = heavy ? heavyManifest(dir) : args.size() > 1 ? args[1] : defaultManifest(dir);
    const QString folder = args.size() > 2 ? args[2] : QStringLiteral(TRAPLINE_SHARED_DATA "/megadetector-test-images/test_images");
    if (manifest.isEmpty() || !QFileInfo::exists(folder)) {
        std::fprintf(stderr, "bench_inference: no model or images (../shared/data is absent); pass MANIFEST FOLDER\n");
        return 1;
    }
    auto model = loadModel(manifest, DeviceChoice::Cpu);
    if (!model) {
        std::fprintf(stderr, "%s\n", qPrintable(model.error().message));
        return 1;
    }
    const QStringList files = imagesIn(stage(imagesIn(folder), repeat, dir));
    std::printf("model: %s on %s, input %dx%d, batch %d; %lld images (%lld distinct, %d copies)\n",
                qPrintable(model.value().manifest.name), qPrintable(model.value().runner->deviceName()),
                model.value().manifest.input.width, model.value().manifest.input.height, batch,
                static_cast<long long>(files.size()), static_cast<long long>(files.size() / repeat), repeat);
    const double bare = bareForward(model.value(), static_cast<int>(files.size()), batch);
    std::printf("bare forward (pre-decoded tensors):      %7.1f images/s\n", bare);
    const double decode = decodeOnly(model.value(), files);
    std::printf("decode + resize alone (reduced decode):  %7.1f images/s\n", decode);
    std::printf("  both share the same %d cores: doing both fully overlapped gives at most %.1f images/s (%.0f%% of "
                "bare forward)\n", QThread::idealThreadCount(), 1.0 / (1.0 / bare + 1.0 / decode),
                100.0 / (1.0 + bare / decode));
    double piped = 0;
    for (int threads : {1, 2}) {
        const QString path = dir.filePath(QStringLiteral("bench%1.trapline").arg(threads));
        Project::create(path);
        const double rate = pipeline(path, dir.filePath(QStringLiteral("images")), manifest, batch, threads);
        std::printf("pipeline, %d decode thread(s) (files in, rows in the project): %7.1f images/s = %.0f%% of bare "
                    "forward (goal >= 90%%)\n", threads, rate, 100.0 * rate / bare);
        piped = std::max(piped, rate);
    }
    const double naive = naiveSerial(model.value(), files, dir.filePath(QStringLiteral("bench1.trapline")));
    std::printf("naive serial loop:                        %7.1f images/s; the pipeline is %.1fx faster\n", naive,
                piped / naive);
    return 0;
}
