// bench_hotspotter: the cost of a weight-free query against a gallery of 1,000 images, HotSpotter's scoring (one
// FLANN index over every gallery descriptor, LNBNN votes, spatial verification of the shortlist) beside the old
// matcher (ratio test and RANSAC against every gallery image), in the same run.
// The gallery is the nyala-reid photos (../shared/data) and views of them (mirrored, turned by +-10 degrees,
// reduced to 80 %) up to GALLERY images; generated coats when the data is absent. Each query is a fresh view of a
// photo (turned 5 degrees, reduced to 90 %), with every view of that photo left out of the gallery it searches.
// Accuracy is measured by `trapline-cli reid-eval FOLDER --matcher sift,hotspotter`, not here: views of one photo
// would flatter it.
// Usage: bench_hotspotter [GALLERY] [QUERIES]
#include "BenchStats.h"
#include "reid/HotspotterMatcher.h"
#include "reid/LocalFeatureMatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <vector>

using namespace trapline;

namespace {

cv::Mat view(const cv::Mat& grey, int which)
{
    cv::Mat out;
    switch (which) {
    case 0: return grey;
    case 1: cv::flip(grey, out, 1); return out;
    case 2:
    case 3: {
        const cv::Mat m =
            cv::getRotationMatrix2D(cv::Point2f(grey.cols / 2.0f, grey.rows / 2.0f), which == 2 ? 10.0 : -10.0, 1.0);
        cv::warpAffine(grey, out, m, grey.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        return out;
    }
    default: cv::resize(grey, out, cv::Size(), 0.8, 0.8, cv::INTER_AREA); return out;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int galleryWanted = args.size() > 1 ? args[1].toInt() : 1000;
    const int queries = args.size() > 2 ? args[2].toInt() : 30;
    constexpr int kViews = 5;

    const QString nyala = QStringLiteral(TRAPLINE_SHARED_DATA "/nyala-reid/Nyala_Data_Zero/test");
    QStringList files;
    for (const QString& id : QDir(nyala).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString& f : QDir(QDir(nyala).filePath(id)).entryList({QStringLiteral("*.jpg")}, QDir::Files))
            files << QDir(QDir(nyala).filePath(id)).filePath(f);
    const bool real = !files.isEmpty();
    const int sources = real ? static_cast<int>(files.size()) : (galleryWanted + kViews - 1) / kViews;
    const reid::LocalFeatureMatcher extractor;
    // Decoded once; reduced to the matcher's size first so the views cost what the query would.
    std::vector<int> sourceIndex(static_cast<size_t>(sources));
    for (int i = 0; i < sources; ++i)
        sourceIndex[static_cast<size_t>(i)] = i;
    auto load = [&](int i) {
        cv::Mat grey;
        if (real) {
            grey = cv::imread(files[i].toStdString(), cv::IMREAD_GRAYSCALE);
        } else {
            grey = cv::Mat(900, 1400, CV_8UC1);
            cv::RNG rng(static_cast<std::uint64_t>(i) + 1);
            rng.fill(grey, cv::RNG::UNIFORM, 0, 255);
            cv::GaussianBlur(grey, grey, cv::Size(9, 9), 3);
        }
        const double side = std::max(grey.cols, grey.rows);
        if (side > 640)
            cv::resize(grey, grey, cv::Size(), 640 / side, 640 / side, cv::INTER_AREA);
        return grey;
    };
    QElapsedTimer t;
    t.start();
    struct Item {
        int source;
        int view;
    };
    std::vector<Item> items;
    for (int v = 0; v < kViews && static_cast<int>(items.size()) < galleryWanted; ++v)
        for (int s = 0; s < sources && static_cast<int>(items.size()) < galleryWanted; ++s)
            items.push_back({s, v});
    const std::vector<cv::Mat> decoded =
        QtConcurrent::blockingMapped<std::vector<cv::Mat>>(sourceIndex, [&](int i) { return load(i); });
    const std::vector<reid::LocalFeatures> gallery =
        QtConcurrent::blockingMapped<std::vector<reid::LocalFeatures>>(items, [&](const Item& item) {
            return extractor.extract(view(decoded[static_cast<size_t>(item.source)], item.view));
        });
    const double featureSeconds = t.elapsed() / 1000.0;

    t.restart();
    reid::HotspotterMatcher matcher;
    matcher.build(gallery);
    const double indexSeconds = t.elapsed() / 1000.0;
    std::printf("gallery: %d images (%s, %d views of each), %d RootSIFT descriptors; keypoints %.1f s, FLANN index "
                "(4 kd-trees) %.1f s, once\n",
                matcher.galleryImages(), real ? "nyala-reid photos" : "generated images, ../shared/data absent", kViews,
                matcher.galleryDescriptors(), featureSeconds, indexSeconds);

    std::vector<double> hotspotterMs, siftMs;
    const reid::LocalFeatureMatcher sift;
    for (int r = 0; r < queries; ++r) {
        const int source = static_cast<int>(static_cast<long>(r) * sources / std::max(1, queries));
        std::vector<int> exclude;
        for (size_t g = 0; g < items.size(); ++g)
            if (items[g].source == source)
                exclude.push_back(static_cast<int>(g));
        const cv::Mat& grey = decoded[static_cast<size_t>(source)];
        cv::Mat fresh;
        cv::warpAffine(grey, fresh, cv::getRotationMatrix2D(cv::Point2f(grey.cols / 2.0f, grey.rows / 2.0f), 5.0, 0.9),
                       grey.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        const auto query = extractor.extract(fresh);
        t.restart();
        const auto scores = matcher.score(query, exclude);
        (void)scores;
        hotspotterMs.push_back(t.nsecsElapsed() / 1e6);
        if (r < 5) { // the old matcher is slow at this size: five queries time it
            t.restart();
            for (size_t g = 0; g < gallery.size(); ++g)
                if (items[g].source != source)
                    (void)sift.match(query, gallery[g]);
            siftMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    std::printf("one query against the %d images, on one core:\n", matcher.galleryImages());
    std::printf("  hotspotter (FLANN look-ups, LNBNN votes, RANSAC of the best %d): median %.0f ms over %d queries "
                "(target <= 1000 ms)\n",
                reid::HotspotterMatcher::Options{}.shortlist, bench::median(hotspotterMs), queries);
    std::printf("  sift (ratio test and RANSAC against every image): median %.0f ms over %d queries\n",
                bench::median(siftMs), static_cast<int>(siftMs.size()));
    return 0;
}
