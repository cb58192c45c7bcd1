// Training throughput on this CPU: images per second computing the frozen features, rows per second training the
// head on the cached features (stage 1), and images per second through the unfrozen stage (decode, augment,
// forward and backward through the last blocks). With ../shared/data the backbone is ShuffleNetV2 0.5x rebuilt
// from FastestDet's weights at 224 x 224; without it, the small test network at 64 x 64.
//   bench_training [--images N] [--out DIR]   (--out keeps the run: report.json and the plots)
#include "ScriptedModels.h"
#include "training/FineTuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <algorithm>
#include <thread>

using namespace trapline;
using namespace trapline::training;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int images = 400;
    QString keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (QByteArray(argv[i]) == "--images")
            images = std::atoi(argv[i + 1]);
        else if (QByteArray(argv[i]) == "--out")
            keep = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir dir;
    const QString weights = QStringLiteral(TRAPLINE_SHARED_DATA "/weights-fastestdet/weights/weight_AP05-0.253207_280-epoch.pth");
    QString base, name;
    if (QFileInfo::exists(weights)) {
        base = test::saveShuffleNetBackbone(weights, "backbone.", dir.path());
        name = QStringLiteral("ShuffleNetV2 0.5x, 224 x 224");
    }
    if (base.isEmpty()) {
        base = test::saveTinyBackbone(dir.path());
        name = QStringLiteral("small test network, 64 x 64 (../shared/data absent)");
    }
    // Camera-trap-sized crops: 400 x 300 JPEGs of four classes.
    Dataset dataset;
    dataset.classes = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    cv::RNG rng(1);
    for (int i = 0; i < images; ++i) {
        cv::Mat img(300, 400, CV_8UC3);
        rng.fill(img, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::circle(img, {rng.uniform(80, 320), rng.uniform(60, 240)}, 50, cv::Scalar(60 * (i % 4), 255 - 60 * (i % 4), 128), cv::FILLED);
        const QString file = dir.filePath(QStringLiteral("%1.jpg").arg(i));
        cv::imwrite(file.toStdString(), img);
        Example e;
        e.mediaId = e.observationId = i + 1;
        e.sequenceId = i / 3 + 1;
        e.path = file;
        e.label = dataset.classes[i % 4];
        e.classIndex = i % 4;
        e.split = e.sequenceId % 5 == 0 ? Split::Validation : e.sequenceId % 5 == 1 ? Split::Test : Split::Train;
        dataset.examples.push_back(e);
    }
    FineTuneOptions o;
    o.baseManifest = base;
    o.outputFolder = keep.isEmpty() ? dir.filePath(QStringLiteral("run")) : keep;
    o.headEpochs = 10;
    o.unfrozenEpochs = 2;
    o.augmentedViews = 2;
    o.patience = 0;
    o.device = inference::DeviceChoice::Cpu;
    JobControl control;
    auto report = fineTune(dataset, o, control);
    if (!report) {
        std::fprintf(stderr, "bench_training: %s\n", qPrintable(report.error().message));
        return 1;
    }
    const TrainingReport& r = report.value();
    double headMedian = 0, unfrozenMedian = 0;
    std::vector<double> head, unfrozen;
    for (const EpochRecord& e : r.history)
        (e.stage == 1 ? head : unfrozen).push_back(e.imagesPerSecond);
    std::sort(head.begin(), head.end());
    std::sort(unfrozen.begin(), unfrozen.end());
    headMedian = head.empty() ? 0 : head[head.size() / 2];
    unfrozenMedian = unfrozen.empty() ? 0 : unfrozen[unfrozen.size() / 2];
    std::printf("backbone: %s; %d images (%lld train, %lld validation, %lld test), %u hardware threads\n", qPrintable(name), images,
                static_cast<long long>(r.trainExamples), static_cast<long long>(r.validationExamples),
                static_cast<long long>(r.testExamples), std::thread::hardware_concurrency());
    std::printf("frozen features (decode + forward, %d views): %.1f images/s\n", o.augmentedViews, r.featureImagesPerSecond);
    std::printf("stage 1, head on cached features: %.0f rows/s (median of %zu epochs)\n", headMedian, head.size());
    std::printf("stage 2, unfrozen %s (decode + augment + forward + backward): %.1f images/s (median of %zu epochs)\n",
                "last blocks", unfrozenMedian, unfrozen.size());
    std::printf("ratio stage 1 / stage 2: %.0fx\n", unfrozenMedian > 0 ? headMedian / unfrozenMedian : 0);
    return 0;
}
