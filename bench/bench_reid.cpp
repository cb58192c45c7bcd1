// bench_reid: the two costs of proposing individual matches.
//  1. one query against a gallery of 100,000 embeddings of dimension 768: the 8-bit scan split over the cores with
//     an exact re-ranking (EmbeddingIndex), beside a plain float32 scan on one core, in the same run;
//  2. local-feature verification of the top 10 candidates: RootSIFT keypoints of the query and ten gallery images,
//     ratio test and RANSAC (real nyala-reid photos when ../shared/data is there, generated coats otherwise).
// Usage: bench_reid [GALLERY] [DIMENSION]
#include "BenchStats.h"
#include "reid/EmbeddingIndex.h"
#include "reid/LocalFeatureMatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace trapline;

namespace {

using bench::median;

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int gallery = args.size() > 1 ? args[1].toInt() : 100000;
    const int dim = args.size() > 2 ? args[2].toInt() : 768;

    reid::EmbeddingIndex index(dim);
    QRandomGenerator rng(3);
    std::vector<float> plain(static_cast<size_t>(gallery) * static_cast<size_t>(dim));
    std::vector<float> v(static_cast<size_t>(dim));
    for (int i = 0; i < gallery; ++i) {
        double norm = 0;
        for (float& x : v) {
            x = static_cast<float>(rng.generateDouble() - 0.5);
            norm += static_cast<double>(x) * x;
        }
        for (int j = 0; j < dim; ++j)
            plain[static_cast<size_t>(i) * static_cast<size_t>(dim) + static_cast<size_t>(j)] = static_cast<float>(v[static_cast<size_t>(j)] / std::sqrt(norm));
        index.add(i / 4 + 1, v.data()); // four sightings per individual
    }
    std::printf("gallery: %d embeddings of dimension %d (%d individuals); float32 %.0f MiB, 8-bit copy %.0f MiB\n",
                gallery, dim, gallery / 4, gallery * dim * 4 / 1048576.0, gallery * dim / 1048576.0);
    std::vector<double> indexMs, plainMs;
    int agree = 0;
    for (int r = 0; r < 30; ++r) {
        const auto& q = plain.data() + static_cast<size_t>(rng.bounded(gallery)) * static_cast<size_t>(dim);
        QElapsedTimer t;
        t.start();
        const auto top = index.query(q, 10);
        indexMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        float best = -2;
        int bestAt = 0;
        for (int i = 0; i < gallery; ++i) {
            const float s = std::inner_product(q, q + dim, plain.data() + static_cast<size_t>(i) * static_cast<size_t>(dim), 0.0f);
            if (s > best) {
                best = s;
                bestAt = i;
            }
        }
        plainMs.push_back(t.nsecsElapsed() / 1e6);
        agree += !top.empty() && top[0].individualId == bestAt / 4 + 1 ? 1 : 0;
    }
    std::printf("1. proposal for one query (top 10 individuals): median %.1f ms (target < 20 ms); plain float32 scan "
                "on one core: median %.1f ms; same best individual in %d of 30 queries\n",
                median(indexMs), median(plainMs), agree);

    reid::LocalFeatureMatcher matcher;
    std::vector<cv::Mat> images;
    const QString nyala = QStringLiteral(TRAPLINE_SHARED_DATA "/nyala-reid/Nyala_Data_Zero/test");
    QStringList files;
    for (const QString& id : QDir(nyala).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        for (const QString& f : QDir(QDir(nyala).filePath(id)).entryList({QStringLiteral("*.jpg")}, QDir::Files))
            if (files.size() < 11)
                files << QDir(QDir(nyala).filePath(id)).filePath(f);
    std::vector<double> verifyMs;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        std::vector<reid::LocalFeatures> features;
        if (files.size() == 11) {
            for (const QString& f : files)
                features.push_back(matcher.extract(f).value());
        } else {
            for (int i = 0; i < 11; ++i) {
                cv::Mat img(900, 1400, CV_8UC3);
                cv::randu(img, 0, 255);
                cv::GaussianBlur(img, img, cv::Size(7, 7), 2);
                features.push_back(matcher.extract(img));
            }
        }
        int inliers = 0;
        for (int i = 1; i < 11; ++i)
            inliers += matcher.match(features[0], features[static_cast<size_t>(i)]).inliers;
        verifyMs.push_back(t.nsecsElapsed() / 1e6);
        if (r == 0)
            std::printf("   (%s; %d inliers over the 10 pairs)\n",
                        files.size() == 11 ? "nyala-reid photos" : "generated images, ../shared/data absent", inliers);
    }
    std::printf("2. local-feature verification of the top 10 candidates (decode + keypoints of 11 images, 10 matches): "
                "median %.0f ms (target < 1000 ms)\n", median(verifyMs));
    return 0;
}
