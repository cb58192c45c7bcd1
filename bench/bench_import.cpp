// bench_import: import throughput on generated camera-trap cards.
//  1. >= 20,000 small JPEGs (640x480) with EXIF from several cameras with bursts: metadata pass and thumbnail
//     pass timed separately.
//  2. 2048x1440 JPEGs (Reconyx HyperFire 2 size): thumbnail pass, and the naive alternative (full decode, then
//     resize) on the same files for comparison.
// Usage: bench_import [SMALL_IMAGES] [LARGE_IMAGES] [--threads N]
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>

using namespace trapline;

namespace {

struct Passes {
    double metadataRate = 0;
    double thumbnailRate = 0;
    std::int64_t media = 0;
};

Passes importTwice(const QString& card, const QString& projectPath, int threads)
{
    Passes out;
    if (auto p = Project::create(projectPath); !p)
        qFatal("%s", qPrintable(p.error().message));
    ingest::ImportOptions options;
    options.folders = {card};
    options.threads = threads;
    options.makeThumbnails = false;
    JobControl control;
    const auto metadata = ingest::ImportJob(projectPath, options).run(control);
    if (!metadata)
        qFatal("%s", qPrintable(metadata.error().message));
    out.media = metadata.value().added;
    out.metadataRate = metadata.value().added / metadata.value().metadataSeconds;
    // Second run: every file is known, so only the thumbnail pass does work.
    options.makeThumbnails = true;
    const auto thumbs = ingest::ImportJob(projectPath, options).run(control);
    if (!thumbs)
        qFatal("%s", qPrintable(thumbs.error().message));
    out.thumbnailRate = thumbs.value().thumbnailsMade / thumbs.value().thumbnailSeconds;
    std::printf("  scan %.2f s, grouping %.2f s (%lld deployments)\n", metadata.value().scanSeconds,
                metadata.value().groupingSeconds, static_cast<long long>(metadata.value().deploymentsGrouped));
    return out;
}

double naiveThumbnailRate(const QString& card, int limit)
{
    QDirIterator it(card, {QStringLiteral("*.JPG")}, QDir::Files, QDirIterator::Subdirectories);
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (it.hasNext() && n < limit) {
        const cv::Mat full = cv::imread(it.next().toStdString(), cv::IMREAD_COLOR);
        cv::Mat small;
        cv::resize(full, small, cv::Size(320, 225), 0, 0, cv::INTER_AREA);
        std::vector<uchar> buffer;
        cv::imencode(".jpg", small, buffer, {cv::IMWRITE_JPEG_QUALITY, 82});
        ++n;
    }
    return n / (timer.nsecsElapsed() / 1e9);
}

Result<demo::SyntheticSummary> generate(const QString& dir, int images, int width, int height)
{
    demo::SyntheticOptions options;
    options.cameras = 10;
    options.framesPerEvent = 3;
    options.eventsPerCamera = std::max(1, (images + 29) / 30);
    options.width = width;
    options.height = height;
    QElapsedTimer timer;
    timer.start();
    auto summary = demo::generateCameraTrapTree(dir, options);
    if (summary)
        std::printf("generated %d %dx%d JPEGs (%.0f MB) in %.1f s\n", summary.value().images, width, height,
                    summary.value().bytes / 1e6, timer.elapsed() / 1000.0);
    return summary;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    int threads = 0;
    if (const auto i = args.indexOf(QStringLiteral("--threads")); i > 0 && i + 1 < args.size()) {
        threads = args[i + 1].toInt();
        args.remove(i, 2);
    }
    const int small = args.size() > 1 ? args[1].toInt() : 20000;
    const int large = args.size() > 2 ? args[2].toInt() : 600;
    std::printf("threads: %d (0 = one per core, %d here)\n", threads, QThread::idealThreadCount());

    QTemporaryDir dir;
    const QString smallCard = dir.filePath(QStringLiteral("small"));
    if (!generate(smallCard, small, 640, 480))
        return 1;
    const Passes s = importTwice(smallCard, dir.filePath(QStringLiteral("small.trapline")), threads);
    std::printf("640x480:   %lld media, metadata pass %.0f media/s (target >= 1000), thumbnail pass %.0f media/s\n",
                static_cast<long long>(s.media), s.metadataRate, s.thumbnailRate);

    const QString largeCard = dir.filePath(QStringLiteral("large"));
    if (!generate(largeCard, large, 2048, 1440))
        return 1;
    const Passes l = importTwice(largeCard, dir.filePath(QStringLiteral("large.trapline")), threads);
    std::printf("2048x1440: %lld media, metadata pass %.0f media/s, thumbnail pass %.0f media/s (target >= 150)\n",
                static_cast<long long>(l.media), l.metadataRate, l.thumbnailRate);
    const double naive = naiveThumbnailRate(largeCard, 200);
    std::printf("2048x1440: naive full decode + resize, one thread: %.0f media/s; Trapline's reduced decode is %.1fx "
                "that per core\n", naive, l.thumbnailRate / naive / std::max(1, threads > 0 ? threads : QThread::idealThreadCount()));
    return 0;
}
