// Re-identification: retrieval metrics against hand-computed cases, the local-feature matcher on synthetic coat
// patterns, the embedding index, and reid-eval on generated and real (nyala-reid) individuals.
#include "TestSupport.h"
#include "project/Project.h"
#include "reid/EmbeddingIndex.h"
#include "reid/HotspotterMatcher.h"
#include "reid/LocalFeatureMatcher.h"
#include "reid/MatchProposals.h"
#include "reid/ReidEvaluation.h"
#include "reid/RetrievalMetrics.h"
#include "review/ReviewEditor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sqlite3.h>

using namespace trapline;
using namespace trapline::reid;

namespace {

// A random "coat": blobs and stripes, different for every seed, with texture SIFT can hold on to.
cv::Mat coat(unsigned seed, int size = 480)
{
    cv::RNG rng(seed);
    cv::Mat img(size, size, CV_8UC3, cv::Scalar(90, 120, 150));
    for (int i = 0; i < 90; ++i) {
        const cv::Point c(rng.uniform(0, size), rng.uniform(0, size));
        const cv::Scalar colour(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255));
        if (i % 3 == 0)
            cv::line(img, c, c + cv::Point(rng.uniform(-80, 80), rng.uniform(-80, 80)), colour, rng.uniform(3, 9));
        else
            cv::ellipse(img, c, cv::Size(rng.uniform(5, 30), rng.uniform(5, 30)), rng.uniform(0, 180), 0, 360, colour,
                        -1);
    }
    return img;
}

// The same animal seen again: turned, scaled, a little brighter.
cv::Mat seenAgain(const cv::Mat& img, double angle, double scale)
{
    const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(img.cols / 2.0f, img.rows / 2.0f), angle, scale);
    cv::Mat out;
    cv::warpAffine(img, out, m, img.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(90, 120, 150));
    out.convertTo(out, -1, 1.0, 12);
    return out;
}

double near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// Two zebras, each with one sighting a person named and one more sighting waiting for a proposal, and a sequence
// with no box at all for someone to label meanwhile. Embeddings only when asked: without them the proposals come
// from keypoints.
struct Herd {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("herd.trapline"));
    std::int64_t zebra = 1;
    std::int64_t emptySequence = 0;

    explicit Herd(bool withEmbeddings)
    {
        auto project = Project::create(path).value();
        auto& db = project->db();
        db::Transaction tx(db);
        const auto root = project->ensureImageRoot(dir.path());
        const auto dep = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        db.exec("INSERT INTO taxa(id, scientific_name) VALUES (1, 'Equus quagga')");
        db.exec(
            "INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (1, 1, 'Stripes', 0), (2, 1, 'Spots', 0)");
        db.exec("INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (5, 'embedder', 'e', "
                "'h', '{}', 0)");
        struct Shot {
            cv::Mat image;
            std::optional<std::int64_t> individual;
            std::vector<float> vector;
        };
        const cv::Mat a = coat(11, 320), b = coat(22, 320);
        const std::vector<Shot> shots{{a, 1, {1, 0, 0}},
                                      {b, 2, {0, 1, 0}},
                                      {seenAgain(a, 20, 0.9), std::nullopt, {0.9f, 0.2f, 0.1f}},
                                      {seenAgain(b, -15, 0.9), std::nullopt, {0.2f, 0.9f, 0.1f}},
                                      {{}, std::nullopt, {}}};
        for (size_t i = 0; i < shots.size(); ++i) {
            const QString file = QStringLiteral("%1.jpg").arg(i);
            if (!shots[i].image.empty())
                cv::imwrite(dir.filePath(file).toStdString(), shots[i].image);
            db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                      " VALUES (?1, ?2, ?2, 1, 'single')")
                .bind(1, dep)
                .bind(2, static_cast<std::int64_t>(i) * 1000000)
                .run();
            const auto seq = db.lastInsertId();
            db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, "
                      "file_size,"
                      " width, height, imported_at_ms) VALUES (?1, ?2, ?3, ?4, 0, ?5, 1, 320, 320, 0)")
                .bind(1, root)
                .bind(2, file)
                .bind(3, dep)
                .bind(4, seq)
                .bind(5, static_cast<std::int64_t>(i))
                .run();
            const auto media = db.lastInsertId();
            if (shots[i].image.empty()) {
                emptySequence = seq;
                continue;
            }
            db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                      " VALUES (?1, 0.02, 0.02, 0.96, 0.96, 'animal', 'human', 0)")
                .bind(1, media)
                .run();
            const auto box = db.lastInsertId();
            db.cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, "
                      "individual_id,"
                      " method, classified_ms) VALUES (?1, ?2, ?3, 'animal', 1, ?4, 'human', 0)")
                .bind(1, seq)
                .bind(2, media)
                .bind(3, box)
                .bind(4, shots[i].individual)
                .run();
            if (withEmbeddings)
                db.cached("INSERT INTO embeddings(detection_id, model_id, vector) VALUES (?1, 5, ?2)")
                    .bind(1, box)
                    .bind(2, QByteArray(reinterpret_cast<const char*>(shots[i].vector.data()),
                                        static_cast<qsizetype>(shots[i].vector.size() * sizeof(float))))
                    .run();
        }
        tx.commit();
    }
};

} // namespace

class TestReid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metricsOfOneRanking();
    void tiesCountAgainstTheQuery();
    void individualsWithOneImageAreLeftOut();
    void leaveOneOutNeverRanksTheQueryItself();
    void topFiveFindsWhatTopOneMisses();
    void siftMatchesTheSameCoatNotAnother();
    void embeddingIndexRanksIndividualsByTheirBestSighting();
    void embeddingIndexScoresExactly();
    void reidEvalOnGeneratedIndividuals();
    void reidEvalRefusesAnEmptyFolder();
    void siftOnRealNyala();
    void hotspotterFindsTheSameCoatNotAnother_data();
    void hotspotterFindsTheSameCoatNotAnother();
    void hotspotterNeverMatchesTheQueryItself();
    void individualScoresCountADescriptorOncePerIndividual();
    void reidEvalHotspotterOnGeneratedSightings();
    void hotspotterNotBelowSiftOnRealNyala();
    void labelEditsGoOnWhileProposalsCompute_data();
    void labelEditsGoOnWhileProposalsCompute();
};

void TestReid::metricsOfOneRanking()
{
    // One query of individual 0 against four gallery images ranked right, wrong, right, wrong.
    const auto m = evaluateRetrieval({{0.9f, 0.8f, 0.3f, 0.1f}}, {0}, {0, 1, 0, 1});
    QCOMPARE(m.queries, 1);
    QCOMPARE(m.top1, 1.0);
    QCOMPARE(m.top5, 1.0);
    QVERIFY(near(m.meanAveragePrecision, (1.0 / 1 + 2.0 / 3) / 2)); // precision at ranks 1 and 3
    QVERIFY(near(m.mapAtR, (1.0 + 0.0) / 2));                       // R = 2: rank 2 is wrong
}

void TestReid::tiesCountAgainstTheQuery()
{
    const auto m = evaluateRetrieval({{0.5f, 0.5f}}, {0}, {0, 1});
    QCOMPARE(m.top1, 0.0);
    QVERIFY(near(m.meanAveragePrecision, 0.5));
    QVERIFY(near(m.mapAtR, 0.0));
}

void TestReid::individualsWithOneImageAreLeftOut()
{
    // Individuals 0 (two images) and 1 (one image): the lone image cannot be found again.
    const std::vector<std::vector<float>> s{{0, 0.9f, 0.1f}, {0.9f, 0, 0.2f}, {0.1f, 0.2f, 0}};
    const auto m = evaluateLeaveOneOut(s, {0, 0, 1});
    QCOMPARE(m.queries, 2);
    QCOMPARE(m.queriesWithoutMatch, 1);
    QCOMPARE(m.top1, 1.0);
    QCOMPARE(m.mapAtR, 1.0);
}

void TestReid::leaveOneOutNeverRanksTheQueryItself()
{
    // Each image is most similar to itself; without leaving it out every query would trivially be right.
    const std::vector<std::vector<float>> s{
        {1.0f, 0.2f, 0.8f, 0.1f}, {0.2f, 1.0f, 0.1f, 0.7f}, {0.8f, 0.1f, 1.0f, 0.3f}, {0.1f, 0.7f, 0.3f, 1.0f}};
    const auto right = evaluateLeaveOneOut(s, {0, 1, 0, 1});
    QCOMPARE(right.top1, 1.0);
    const auto wrong = evaluateLeaveOneOut(s, {0, 1, 1, 0});
    QCOMPARE(wrong.top1, 0.0);
    QCOMPARE(wrong.queries, 4);
}

void TestReid::topFiveFindsWhatTopOneMisses()
{
    const auto m = evaluateRetrieval({{0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f}}, {0}, {1, 2, 0, 3, 4, 5});
    QCOMPARE(m.top1, 0.0);
    QCOMPARE(m.top5, 1.0);
    QVERIFY(near(m.meanAveragePrecision, 1.0 / 3));
    QVERIFY(near(m.mapAtR, 0.0));
}

void TestReid::siftMatchesTheSameCoatNotAnother()
{
    const LocalFeatureMatcher matcher;
    const cv::Mat a = coat(1);
    const auto fa = matcher.extract(a);
    const auto same = matcher.match(fa, matcher.extract(seenAgain(a, 25, 0.85)));
    const auto other = matcher.match(fa, matcher.extract(seenAgain(coat(2), 25, 0.85)));
    qInfo("inliers: same coat %d (of %d tentative), another coat %d (of %d)", same.inliers, same.tentative,
          other.inliers, other.tentative);
    QVERIFY(same.inliers >= 30);
    QVERIFY(other.inliers < 10);
    QCOMPARE(static_cast<int>(same.inlierPairs.size()), same.inliers);
    // An inlier pair maps through the rotation: its points are no further apart than the image's diagonal.
    for (const auto& [p, q] : same.inlierPairs)
        QVERIFY(p.x() >= 0 && p.x() <= a.cols && q.y() >= 0 && q.y() <= a.rows);
    QCOMPARE(matcher.match(fa, LocalFeatures{}).inliers, 0);
}

void TestReid::embeddingIndexRanksIndividualsByTheirBestSighting()
{
    constexpr int d = 64;
    EmbeddingIndex index(d);
    QRandomGenerator rng(7);
    std::vector<std::vector<float>> vectors;
    for (int i = 0; i < 300; ++i) {
        std::vector<float> v(d);
        for (float& x : v)
            x = static_cast<float>(rng.generateDouble() - 0.5);
        vectors.push_back(v);
        index.add(1000 + i / 3, v.data()); // three sightings per individual
    }
    QCOMPARE(index.size(), 300);
    // A query close to sighting 151 (individual 1050).
    std::vector<float> q = vectors[151];
    for (float& x : q)
        x += static_cast<float>((rng.generateDouble() - 0.5) * 0.05);
    const auto top = index.query(q.data(), 5);
    QCOMPARE(top.size(), size_t(5));
    QCOMPARE(top[0].individualId, std::int64_t(1050));
    QCOMPARE(top[0].sighting, std::int64_t(151));
    for (size_t i = 1; i < top.size(); ++i) {
        QVERIFY(top[i].similarity <= top[i - 1].similarity);
        QVERIFY(top[i].individualId != top[0].individualId); // one entry per individual
    }
}

void TestReid::embeddingIndexScoresExactly()
{
    EmbeddingIndex index(3);
    const float a[3] = {1, 0, 0}, b[3] = {0, 2, 0}, c[3] = {1, 1, 0};
    index.add(1, a);
    index.add(2, b);
    index.add(3, c);
    const float q[3] = {3, 3, 0};
    const auto top = index.query(q, 3);
    QCOMPARE(top[0].individualId, std::int64_t(3));
    QVERIFY(std::abs(top[0].similarity - 1.0f) < 1e-6f);
    QVERIFY(std::abs(top[1].similarity - static_cast<float>(std::sqrt(0.5))) < 1e-6f);
    QCOMPARE(top[1].individualId, std::int64_t(1)); // a tie with individual 2, broken by id
}

void TestReid::reidEvalOnGeneratedIndividuals()
{
    QTemporaryDir dir;
    for (int individual = 0; individual < 4; ++individual) {
        const QString folder = dir.filePath(QStringLiteral("test/%1").arg(individual));
        QDir().mkpath(folder);
        const cv::Mat base = coat(100 + static_cast<unsigned>(individual));
        for (int sighting = 0; sighting < 3; ++sighting)
            QVERIFY(cv::imwrite(QDir(folder).filePath(QStringLiteral("%1.jpg").arg(sighting)).toStdString(),
                                seenAgain(base, sighting * 15.0 - 15, 1.0 - sighting * 0.08)));
    }
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("reid-eval"), dir.path(), QStringLiteral("--matcher"), QStringLiteral("sift"),
                           QStringLiteral("--json")},
                          &out, &err),
             0);
    const QJsonObject sift = QJsonDocument::fromJson(out).object().value(QStringLiteral("sift")).toObject();
    QCOMPARE(sift.value(QStringLiteral("images")).toInt(), 12);
    QCOMPARE(sift.value(QStringLiteral("identities")).toInt(), 4);
    QCOMPARE(sift.value(QStringLiteral("queries")).toInt(), 12);
    QCOMPARE(sift.value(QStringLiteral("top1")).toDouble(), 1.0);
    QCOMPARE(sift.value(QStringLiteral("map_at_r")).toDouble(), 1.0);
    QVERIFY(sift.value(QStringLiteral("seconds_per_query")).toDouble() > 0);
    QCOMPARE(test::runCli(
                 {QStringLiteral("reid-eval"), dir.path(), QStringLiteral("--matcher"), QStringLiteral("embedding")}),
             2);
}

void TestReid::reidEvalRefusesAnEmptyFolder()
{
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(test::runCli({QStringLiteral("reid-eval"), dir.path()}, nullptr, &err), 1);
    QVERIFY(err.contains("one sub-folder of images per individual"));
}

void TestReid::siftOnRealNyala()
{
    TRAPLINE_REQUIRE_SHARED_DATA("nyala-reid/Nyala_Data_Zero/test");
    // The first ten individuals (photos of left and right flanks), linked into a folder of their own.
    QTemporaryDir dir;
    const QStringList ids = QDir(dataPath).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).mid(0, 10);
    for (const QString& id : ids)
        QVERIFY(QFile::link(QDir(dataPath).filePath(id), dir.filePath(id)));
    auto set = loadReidFolder(dir.path());
    QVERIFY(set.ok());
    JobControl control;
    auto e = evaluateLocalFeatures(set.value(), {}, control);
    QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
    const auto& m = e.value().metrics;
    qInfo("nyala, %d images of %d individuals: top-1 %.3f, top-5 %.3f, mAP %.3f, MAP@R %.3f, %.3f s per query",
          e.value().images, e.value().identities, m.top1, m.top5, m.meanAveragePrecision, m.mapAtR,
          e.value().secondsPerQuery);
    QCOMPARE(e.value().images, static_cast<int>(set.value().files.size()));
    QCOMPARE(e.value().identities, 10);
    // A random ranking puts one of the query's R other photos first with chance R / (N - 1).
    double chance = 0;
    for (int q : set.value().queries) {
        const auto r = std::count(set.value().labels.begin(), set.value().labels.end(),
                                  set.value().labels[static_cast<size_t>(q)]) -
                       1;
        chance += static_cast<double>(r) / static_cast<double>(set.value().files.size() - 1);
    }
    chance /= static_cast<double>(set.value().queries.size());
    qInfo("top-1 by chance: %.3f", chance);
    QVERIFY(m.top1 > 3 * chance);
}

// Six animals, two views each in the gallery; the query is a third view, never in the gallery.
void TestReid::hotspotterFindsTheSameCoatNotAnother_data()
{
    QTest::addColumn<int>("animal");
    QTest::addColumn<double>("angle");
    QTest::addColumn<double>("scale");
    QTest::newRow("animal 0, turned") << 0 << 30.0 << 0.9;
    QTest::newRow("animal 3, turned the other way") << 3 << -20.0 << 0.8;
    QTest::newRow("animal 5, larger") << 5 << 10.0 << 1.15;
}

void TestReid::hotspotterFindsTheSameCoatNotAnother()
{
    QFETCH(int, animal);
    QFETCH(double, angle);
    QFETCH(double, scale);
    const LocalFeatureMatcher extractor;
    std::vector<LocalFeatures> gallery;
    std::vector<int> labels;
    for (int a = 0; a < 6; ++a) {
        const cv::Mat base = coat(300 + static_cast<unsigned>(a));
        gallery.push_back(extractor.extract(seenAgain(base, -8, 1.0)));
        gallery.push_back(extractor.extract(seenAgain(base, 12, 0.95)));
        labels.insert(labels.end(), {a, a});
    }
    HotspotterMatcher matcher;
    matcher.build(gallery);
    QCOMPARE(matcher.galleryImages(), 12);
    const auto query = extractor.extract(seenAgain(coat(300 + static_cast<unsigned>(animal)), angle, scale));
    const auto scores = matcher.score(query);
    const auto ranking = scores.ranking();
    const auto best = std::max_element(ranking.begin(), ranking.end()) - ranking.begin();
    QCOMPARE(labels[static_cast<size_t>(best)], animal);
    // Both views of the animal are verified; the other animals' images hold fewer verified votes than either.
    const float weakerView = std::min(scores.verified[static_cast<size_t>(2 * animal)],
                                      scores.verified[static_cast<size_t>(2 * animal + 1)]);
    QVERIFY(weakerView > 0);
    for (size_t g = 0; g < gallery.size(); ++g)
        if (labels[g] != animal)
            QVERIFY2(
                scores.verified[g] < weakerView / 3,
                qPrintable(QStringLiteral("image %1: %2 against %3").arg(g).arg(scores.verified[g]).arg(weakerView)));
    const auto individuals = HotspotterMatcher::individualScores(scores, labels, 6);
    QCOMPARE(static_cast<int>(std::max_element(individuals.begin(), individuals.end()) - individuals.begin()), animal);
}

void TestReid::hotspotterNeverMatchesTheQueryItself()
{
    const LocalFeatureMatcher extractor;
    std::vector<LocalFeatures> gallery;
    for (unsigned a = 0; a < 4; ++a)
        gallery.push_back(extractor.extract(coat(400 + a)));
    gallery.push_back(extractor.extract(seenAgain(coat(401), 15, 0.9))); // image 1 seen again
    HotspotterMatcher matcher;
    matcher.build(gallery);
    // Image 1 as a query with itself left out: its other view comes first, and it gets nothing itself.
    const auto scores = matcher.score(gallery[1], {1});
    QCOMPARE(scores.votes[1], 0.0f);
    QCOMPARE(scores.verified[1], 0.0f);
    const auto ranking = scores.ranking();
    QCOMPARE(static_cast<int>(std::max_element(ranking.begin(), ranking.end()) - ranking.begin()), 4);
    // Without leaving it out, the image finds itself: what leaving out prevents.
    const auto withSelf = matcher.score(gallery[1]);
    QVERIFY(withSelf.verified[1] > 0);
    // An empty query or an empty gallery scores nothing.
    QCOMPARE(matcher.score(LocalFeatures{}).inliers.size(), size_t(0));
    HotspotterMatcher empty;
    const std::vector<LocalFeatures> none;
    empty.build(none);
    QCOMPARE(empty.score(gallery[0]).votes.size(), size_t(0));
}

void TestReid::individualScoresCountADescriptorOncePerIndividual()
{
    // Gallery images 0 and 1 show individual 0, image 2 individual 1.
    HotspotterScores frame;
    frame.votes = {0, 0, 0};
    frame.verified = {0, 0, 0};
    frame.shortlisted = {0, 0, 0};
    frame.queryFeatures = 10;
    frame.inliers = {{0, 0, 0.5f}, {0, 1, 0.25f}, {1, 1, 0.25f}, {0, 2, 0.125f}};
    auto scores = HotspotterMatcher::individualScores(frame, {0, 0, 1}, 2);
    // Descriptor 0: its best vote for individual 0 (0.5, not 0.5 + 0.25); descriptor 1: 0.25.
    QCOMPARE(scores[0], 0.75f);
    QCOMPARE(scores[1], 0.125f);
    // A second frame of the sighting: its descriptor 0 is another descriptor than the first frame's.
    HotspotterScores sighting = frame;
    HotspotterScores second = frame;
    second.inliers = {{0, 0, 1.0f}};
    sighting.add(second);
    QCOMPARE(sighting.queryFeatures, 20);
    scores = HotspotterMatcher::individualScores(sighting, {0, 0, 1}, 2);
    QCOMPARE(scores[0], 1.75f);
    QCOMPARE(scores[1], 0.125f);
}

void TestReid::reidEvalHotspotterOnGeneratedSightings()
{
    // Four animals, two sightings each of two frames ("<sighting>_<frame>.jpg").
    QTemporaryDir dir;
    for (int individual = 0; individual < 4; ++individual) {
        const QString folder = dir.filePath(QStringLiteral("%1").arg(individual));
        QDir().mkpath(folder);
        const cv::Mat base = coat(500 + static_cast<unsigned>(individual));
        for (int sighting = 0; sighting < 2; ++sighting)
            for (int frame = 0; frame < 2; ++frame)
                QVERIFY(cv::imwrite(
                    QDir(folder).filePath(QStringLiteral("%1_%2.jpg").arg(sighting).arg(frame)).toStdString(),
                    seenAgain(base, sighting * 20.0 - frame * 10, 1.0 - sighting * 0.1)));
    }
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("reid-eval"), dir.path(), QStringLiteral("--matcher"),
                           QStringLiteral("sift,hotspotter"), QStringLiteral("--json")},
                          &out, &err),
             0);
    const QJsonObject all = QJsonDocument::fromJson(out).object();
    for (const char* name :
         {"sift", "sift-individuals", "hotspotter", "hotspotter-individuals", "hotspotter-sightings"})
        QVERIFY2(all.contains(QLatin1String(name)), name);
    const QJsonObject images = all.value(QStringLiteral("hotspotter")).toObject();
    QCOMPARE(images.value(QStringLiteral("queries")).toInt(), 16);
    QCOMPARE(images.value(QStringLiteral("ranks")).toString(), QStringLiteral("images"));
    QCOMPARE(images.value(QStringLiteral("top1")).toDouble(), 1.0);
    QCOMPARE(images.value(QStringLiteral("map_at_r")).toDouble(), 1.0);
    const QJsonObject sightings = all.value(QStringLiteral("hotspotter-sightings")).toObject();
    QCOMPARE(sightings.value(QStringLiteral("queries")).toInt(), 8);
    QCOMPARE(sightings.value(QStringLiteral("queries_are")).toString(), QStringLiteral("sightings"));
    QCOMPARE(sightings.value(QStringLiteral("ranks")).toString(), QStringLiteral("individuals"));
    QCOMPARE(sightings.value(QStringLiteral("top1")).toDouble(), 1.0);
    QCOMPARE(all.value(QStringLiteral("hotspotter-individuals")).toObject().value(QStringLiteral("top1")).toDouble(),
             1.0);
    // The table of both matchers.
    out.clear();
    QCOMPARE(test::runCli({QStringLiteral("reid-eval"), dir.path(), QStringLiteral("--matcher"),
                           QStringLiteral("sift,hotspotter")},
                          &out, &err),
             0);
    QVERIFY(out.contains("hotspotter-sightings"));
    QVERIFY(out.contains("MAP@R"));
    QCOMPARE(test::runCli(
                 {QStringLiteral("reid-eval"), dir.path(), QStringLiteral("--matcher"), QStringLiteral("sift,orb")}),
             2);
}

void TestReid::hotspotterNotBelowSiftOnRealNyala()
{
    TRAPLINE_REQUIRE_SHARED_DATA("nyala-reid/Nyala_Data_Zero/test");
    // The first 20 individuals, linked into a folder of their own: the old matcher's pair matching of all 224
    // photos takes minutes on two busy cores (`reid-eval --matcher sift,hotspotter` measures the whole set).
    QTemporaryDir dir;
    const QStringList ids = QDir(dataPath).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).mid(0, 20);
    for (const QString& id : ids)
        QVERIFY(QFile::link(QDir(dataPath).filePath(id), dir.filePath(id)));
    auto set = loadReidFolder(dir.path());
    QVERIFY(set.ok());
    QCOMPARE(static_cast<int>(set.value().identities.size()), 20);
    QVERIFY(set.value().hasSightings());
    JobControl control;
    const LocalFeatureMatcher::Options options;
    auto features = extractLocalFeatures(set.value(), options, control);
    QVERIFY(features.ok());
    auto sift = evaluateLocalFeatures(set.value(), features.value(), options, control, true);
    auto hotspotter = evaluateHotspotter(set.value(), features.value(), {}, control);
    QVERIFY(sift.ok() && hotspotter.ok());
    for (const auto* list : {&sift.value(), &hotspotter.value()})
        for (const auto& e : *list)
            qInfo("nyala %s (%s ranked, %d queries): top-1 %.3f, top-5 %.3f, mAP %.3f, MAP@R %.3f, %.3f s per query",
                  qPrintable(e.matcher), qPrintable(e.ranks), e.metrics.queries, e.metrics.top1, e.metrics.top5,
                  e.metrics.meanAveragePrecision, e.metrics.mapAtR, e.secondsPerQuery);
    QCOMPARE(hotspotter.value().size(), size_t(3)); // images, individuals, sightings
    QCOMPARE(hotspotter.value()[0].metrics.queries, sift.value()[0].metrics.queries);
    QVERIFY(hotspotter.value()[0].metrics.mapAtR >= sift.value()[0].metrics.mapAtR);
    QVERIFY(hotspotter.value()[1].metrics.top1 >= sift.value()[1].metrics.top1);
}

void TestReid::labelEditsGoOnWhileProposalsCompute_data()
{
    QTest::addColumn<bool>("withEmbeddings");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("matchingPhase");
    QTest::newRow("embeddings") << true << false << QStringLiteral("Proposing individuals");
    QTest::newRow("embeddings verified by keypoints") << true << true << QStringLiteral("Proposing individuals");
    QTest::newRow("keypoints alone") << false << false << QStringLiteral("Matching keypoints");
}

void TestReid::labelEditsGoOnWhileProposalsCompute()
{
    QFETCH(bool, withEmbeddings);
    QFETCH(bool, verify);
    QFETCH(QString, matchingPhase);
    Herd herd(withEmbeddings);
    auto proposer = Project::open(herd.path).value();
    auto reviewer = Project::open(herd.path).value();
    // A person's edit may wait this long for the lock: far less than matching a large herd takes.
    sqlite3_busy_timeout(reviewer->db().handle(), 300);
    std::optional<Status> edit;
    JobControl control([&](const JobProgress& progress) {
        // The matching is under way (the first sighting is being matched): a person labels another sequence.
        if (progress.phase != matchingPhase || progress.done != 1 || edit)
            return;
        review::ReviewEditor editor(*reviewer, QStringLiteral("ana"));
        auto labelled = editor.labelSequence(herd.emptySequence, review::Label::animal(herd.zebra));
        edit = labelled.ok() ? okStatus() : Status(labelled.error());
    });
    reid::ProposalOptions options;
    options.verifyWithLocalFeatures = verify;
    auto summary = reid::computeProposals(*proposer, options, control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QVERIFY2(edit.has_value(), "the progress hook never ran during the matching");
    QVERIFY2(edit->ok(), edit->ok() ? "" : qPrintable(edit->error().message));
    QCOMPARE(summary.value().queries, 2);
    // Both the edit and the proposals are saved.
    QCOMPARE(proposer->db().scalar("SELECT count(*) FROM observations WHERE media_id IS NULL AND method = 'human'"), 1);
    QCOMPARE(proposer->db().scalar("SELECT count(*) FROM match_proposals WHERE rank = 1"), 2);
    const auto pending = reid::pendingMatches(*proposer).value();
    QCOMPARE(pending.size(), size_t(2));
    QCOMPARE(pending[0].candidates[0].individualId, std::int64_t(1));
    QCOMPARE(pending[1].candidates[0].individualId, std::int64_t(2));
}

QTEST_GUILESS_MAIN(TestReid)
#include "tst_reid.moc"
