#include "SyntheticProject.h"

#include "project/Project.h"

#include <QRandomGenerator>

#include <vector>

namespace trapline::bench {

void fillSyntheticProject(Project& project, int mediaCount, int deployments)
{
    auto& db = project.db();
    db::Transaction tx(db);
    const auto root = project.ensureImageRoot(QStringLiteral("/media/card"));
    std::vector<std::int64_t> deploymentIds;
    for (int d = 0; d < deployments; ++d)
        deploymentIds.push_back(project.ensureDeployment(QStringLiteral("2024/Site%1/CAM%2").arg(d / 4).arg(d, 2, 10, QLatin1Char('0')),
                                                         QStringLiteral("/media/card/CAM%1").arg(d)));
    auto& seq = db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by, review_state)"
                          " VALUES (?1, ?2, ?3, 3, 'camera-burst', ?4)");
    auto& media = db.cached(
        "INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,"
        " file_mtime_ms, width, height, taken_at_ms, time_source, camera_make, camera_model, burst_index, burst_count,"
        " event_number, orientation, imported_at_ms) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,2048,1440,?9,1,'RECONYX',"
        " 'HYPERFIRE 2 COVERT',?10,3,?11,1,?12)");
    QRandomGenerator rng(42);
    const std::int64_t start = 1709272800000; // 2024-03-01
    std::int64_t seqId = 0;
    for (int i = 0; i < mediaCount; ++i) {
        const int d = (i / 3) % deployments;
        const int frame = i % 3;
        const std::int64_t event = i / 3 / deployments;
        const std::int64_t t = start + event * 900000 + frame * 1000;
        if (frame == 0) {
            const int review = static_cast<int>(rng.bounded(10)) < 6 ? 0 : (rng.bounded(2) ? 1 : 2);
            seq.bind(1, deploymentIds[static_cast<size_t>(d)]).bind(2, t).bind(3, t + 2000).bind(4, review).run();
            seqId = db.lastInsertId();
        }
        media.bind(1, root)
            .bind(2, QStringLiteral("CAM%1/DCIM/%2RECNX/IMG_%3.JPG").arg(d, 2, 10, QLatin1Char('0')).arg(100 + event / 9999).arg(event % 9999 * 3 + frame, 4, 10, QLatin1Char('0')))
            .bind(3, deploymentIds[static_cast<size_t>(d)]).bind(4, seqId).bind(5, frame)
            .bind(6, static_cast<std::int64_t>(rng.generate64() >> 1)).bind(7, 350000 + static_cast<int>(rng.bounded(200000)))
            .bind(8, t).bind(9, t).bind(10, frame + 1).bind(11, event + 1).bind(12, start)
            .run();
    }
    tx.commit();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace trapline::bench
