// bench_reid: the two costs of proposing individual matches.
//  1. one query against a gallery of 100,000 embeddings of dimension 768: the 8-bit scan split over the cores with
//     an exact re-ranking (EmbeddingIndex), beside a plain float32 scan on one core, in the same run. The gallery
//     holds four sightings of each individual (its own direction plus noise); each query is a fifth, held-out
//     sighting of a random individual, so neither scan can find the query itself. How often the two scans agree,
//     and how often each ranks the query's individual first, are counted;
//  2. local-feature verification of the top 10 candidates: RootSIFT keypoints of the query and ten gallery images,
//     ratio test and RANSAC (real nyala-reid photos when ../shared/data is there, generated coats otherwise).
// Usage: bench_reid [GALLERY] [DIMENSION] [NOISE]   (NOISE: the spread of an individual's sightings around its own
// direction, relative to it; two sightings of one individual have a cosine similarity of about 1 / (1 + NOISE^2))
#include "BenchStats.h"
#include "reid/EmbeddingIndex.h"
#include "reid/LocalFeatureMatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>
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

    const double noise = args.size() > 3 ? args[3].toDouble() : 2.0;
    constexpr int kSightings = 4;
    const int individuals = gallery / kSightings;

    std::mt19937 rng(3);
    std::normal_distribution<float> normal;
    // One sighting: the individual's direction plus noise of `noise` times its length, normalised.
    auto sightingOf = [&](const std::vector<float>& centre, float* out) {
        double norm = 0;
        for (int j = 0; j < dim; ++j) {
            out[j] = centre[static_cast<size_t>(j)] + static_cast<float>(noise) * normal(rng);
            norm += static_cast<double>(out[j]) * out[j];
        }
        for (int j = 0; j < dim; ++j)
            out[j] = static_cast<float>(out[j] / std::sqrt(norm));
    };
    reid::EmbeddingIndex index(dim);
    std::vector<std::vector<float>> centres(static_cast<size_t>(individuals),
                                            std::vector<float>(static_cast<size_t>(dim)));
    std::vector<float> plain(static_cast<size_t>(individuals) * kSightings * static_cast<size_t>(dim));
    for (int k = 0; k < individuals; ++k) {
        double norm = 0;
        for (float& x : centres[static_cast<size_t>(k)]) {
            x = normal(rng);
            norm += static_cast<double>(x) * x;
        }
        for (float& x : centres[static_cast<size_t>(k)])
            x = static_cast<float>(x / std::sqrt(norm / dim)); // each coordinate about N(0, 1), like the noise
        for (int s = 0; s < kSightings; ++s) {
            float* v = plain.data() +
                       (static_cast<size_t>(k) * kSightings + static_cast<size_t>(s)) * static_cast<size_t>(dim);
            sightingOf(centres[static_cast<size_t>(k)], v);
            index.add(k + 1, v);
        }
    }
    const int stored = individuals * kSightings;
    std::printf("gallery: %d embeddings of dimension %d (%d individuals, %d sightings each; two sightings of one "
                "individual have a cosine similarity of about %.2f); float32 %.0f MiB, 8-bit copy %.0f MiB\n",
                stored, dim, individuals, kSightings, 1.0 / (1.0 + noise * noise), stored * dim * 4 / 1048576.0,
                stored * dim / 1048576.0);
    std::vector<double> indexMs, plainMs;
    constexpr int kQueries = 30;
    int agree = 0, indexRight = 0, plainRight = 0;
    std::vector<float> q(static_cast<size_t>(dim));
    std::uniform_int_distribution<int> anyIndividual(0, individuals - 1);
    for (int r = 0; r < kQueries; ++r) {
        const int truth = anyIndividual(rng);
        sightingOf(centres[static_cast<size_t>(truth)], q.data()); // held out: never added to the gallery
        QElapsedTimer t;
        t.start();
        const auto top = index.query(q.data(), 10);
        indexMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        float best = -2;
        int bestAt = 0;
        for (int i = 0; i < stored; ++i) {
            const float s = std::inner_product(q.begin(), q.end(),
                                               plain.data() + static_cast<size_t>(i) * static_cast<size_t>(dim), 0.0f);
            if (s > best) {
                best = s;
                bestAt = i;
            }
        }
        plainMs.push_back(t.nsecsElapsed() / 1e6);
        const std::int64_t plainBest = bestAt / kSightings + 1;
        const std::int64_t indexBest = top.empty() ? 0 : top[0].individualId;
        agree += indexBest == plainBest ? 1 : 0;
        indexRight += indexBest == truth + 1 ? 1 : 0;
        plainRight += plainBest == truth + 1 ? 1 : 0;
    }
    std::printf("1. proposal for one query (top 10 individuals): median %.1f ms (target < 20 ms); plain float32 scan "
                "on one core: median %.1f ms\n",
                median(indexMs), median(plainMs));
    std::printf("   %d held-out queries (new sightings of gallery individuals, not in the gallery): the 8-bit scan and "
                "the exact float32 scan name the same best individual in %d of %d; the query's own individual is "
                "first in %d of %d (8-bit scan) and %d of %d (float32 scan)\n",
                kQueries, agree, kQueries, indexRight, kQueries, plainRight, kQueries);

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
