// Two individuals with one sighting each and two sightings without an individual, with embeddings that propose
// the right individual first: the project the match and individuals tests work on.
#pragma once

#include "project/Database.h"
#include "project/Project.h"

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace trapline::test {

inline cv::Mat coat(unsigned seed)
{
    cv::RNG rng(seed);
    cv::Mat img(600, 800, CV_8UC3, cv::Scalar(90, 120, 150));
    for (int i = 0; i < 120; ++i) {
        const cv::Point c(rng.uniform(0, 800), rng.uniform(0, 600));
        const cv::Scalar colour(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255));
        if (i % 3 == 0)
            cv::line(img, c, c + cv::Point(rng.uniform(-90, 90), rng.uniform(-90, 90)), colour, rng.uniform(3, 9));
        else
            cv::ellipse(img, c, cv::Size(rng.uniform(5, 30), rng.uniform(5, 30)), rng.uniform(0, 180), 0, 360, colour, -1);
    }
    return img;
}

inline cv::Mat turned(const cv::Mat& img, double angle)
{
    cv::Mat out;
    cv::warpAffine(img, out, cv::getRotationMatrix2D(cv::Point2f(400, 300), angle, 0.9), img.size(),
                   cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(90, 120, 150));
    return out;
}

struct Herd {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("herd.trapline"));
    std::int64_t stripes = 0, spots = 0;
    std::int64_t q1 = 0, q2 = 0; // boxes without an individual
    std::int64_t a1 = 0, b1 = 0;

    // Generated coats, or (with `photos`: a1, b1, q1, q2 relative to `photoRoot`) real photos read in place.
    explicit Herd(const QString& photoRoot = {}, const QStringList& photos = {})
    {
        auto project = Project::create(path).value();
        auto& db = project->db();
        db::Transaction tx(db);
        const auto root = project->ensureImageRoot(photoRoot.isEmpty() ? dir.path() : photoRoot);
        const auto dep = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        db.exec("INSERT INTO taxa(id, scientific_name, common_name) VALUES (1, 'Equus quagga', 'plains zebra')");
        db.exec("INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (1, 1, 'Stripes', 0), (2, 1, 'Spots', 0)");
        db.exec("INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (5, 'embedder', 'e', 'h', '{}', 0)");
        stripes = 1;
        spots = 2;
        const cv::Mat a = coat(11), b = coat(22);
        struct Shot { const char* file; cv::Mat image; std::optional<std::int64_t> individual; std::vector<float> vector; };
        const std::vector<Shot> shots{{"a1.jpg", a, 1, {1, 0, 0, 0}}, {"b1.jpg", b, 2, {0, 1, 0, 0}},
                                      {"q1.jpg", turned(a, 20), std::nullopt, {0.9f, 0.2f, 0.1f, 0}},
                                      {"q2.jpg", turned(b, -15), std::nullopt, {0.25f, 0.9f, 0, 0.1f}}};
        std::vector<std::int64_t> boxes;
        for (size_t i = 0; i < shots.size(); ++i) {
            const QString file = photos.isEmpty() ? QString::fromLatin1(shots[i].file) : photos[static_cast<qsizetype>(i)];
            if (photos.isEmpty())
                cv::imwrite(dir.filePath(file).toStdString(), shots[i].image);
            db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by) VALUES (?1, ?2, ?2, 1, 'single')")
                .bind(1, dep).bind(2, static_cast<std::int64_t>(i) * 1000000).run();
            const auto seq = db.lastInsertId();
            db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,"
                      " width, height, imported_at_ms) VALUES (?1, ?2, ?3, ?4, 0, ?5, 1, 800, 600, 0)")
                .bind(1, root).bind(2, file).bind(3, dep).bind(4, seq)
                .bind(5, static_cast<std::int64_t>(i)).run();
            const auto media = db.lastInsertId();
            db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                      " VALUES (?1, 0.02, 0.02, 0.96, 0.96, 'animal', 'human', 0)").bind(1, media).run();
            const auto box = db.lastInsertId();
            boxes.push_back(box);
            db.cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, individual_id,"
                      " method, classified_ms) VALUES (?1, ?2, ?3, 'animal', 1, ?4, 'human', 0)")
                .bind(1, seq).bind(2, media).bind(3, box).bind(4, shots[i].individual).run();
            db.cached("INSERT INTO embeddings(detection_id, model_id, vector) VALUES (?1, 5, ?2)")
                .bind(1, box).bind(2, QByteArray(reinterpret_cast<const char*>(shots[i].vector.data()),
                                                 static_cast<qsizetype>(shots[i].vector.size() * sizeof(float)))).run();
        }
        tx.commit();
        a1 = boxes[0];
        b1 = boxes[1];
        q1 = boxes[2];
        q2 = boxes[3];
    }
};

} // namespace trapline::test
