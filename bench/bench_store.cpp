// bench_store: a project with 1,000,000 synthetic media. Prints open time, bytes per media and the time to fetch
// one page of 200 sequences filtered by deployment and review state.
// Usage: bench_store [MEDIA] [--keep PATH]
#include "project/Project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trapline;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void fill(Project& project, int mediaCount, int deployments)
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int mediaCount = args.size() > 1 && !args[1].startsWith(u'-') ? args[1].toInt() : 1000000;
    QTemporaryDir dir;
    const int keep = static_cast<int>(args.indexOf(QStringLiteral("--keep")));
    const QString path = keep > 0 && keep + 1 < args.size() ? args[keep + 1] : dir.filePath(QStringLiteral("bench.trapline"));
    const int deployments = 40;

    QElapsedTimer timer;
    timer.start();
    {
        auto project = Project::create(path);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
            return 1;
        }
        fill(*project.value(), mediaCount, deployments);
    }
    const double fillSeconds = timer.elapsed() / 1000.0;
    const qint64 bytes = QFileInfo(path).size();
    std::printf("fill: %d media in %d deployments, %.1f s (%.0f media/s)\n", mediaCount, deployments, fillSeconds,
                mediaCount / fillSeconds);
    std::printf("file size: %.1f MiB, %.0f bytes per media (target < 1024)\n", bytes / 1048576.0,
                static_cast<double>(bytes) / mediaCount);

    std::vector<double> openMs;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto project = Project::open(path);
        openMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("open: median %.2f ms over 5 (target < 1000 ms)\n", median(openMs));

    auto project = std::move(Project::open(path)).value();
    SequenceFilter filter;
    filter.deploymentId = 7;
    filter.reviewState = ReviewState::Unreviewed;
    auto cursorAt = [&](const SequenceFilter& f, int row) {
        SequenceCursor c;
        for (int done = 0; done < row; done += 1000)
            c = project->sequencePage(f, 1000, c).value().back().cursor();
        return c;
    };
    const SequenceCursor deepFiltered = cursorAt(filter, 2000);
    std::vector<double> firstPage, deepPage;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        const auto page = project->sequencePage(filter, 200);
        firstPage.push_back(timer.nsecsElapsed() / 1e6);
        if (!page || page.value().size() != 200)
            std::fprintf(stderr, "unexpected page size\n");
        timer.restart();
        (void)project->sequencePage(filter, 200, deepFiltered);
        deepPage.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("page of 200 sequences (deployment + review state): first page median %.2f ms, page after row 2000 "
                "median %.2f ms (target < 50 ms)\n", median(firstPage), median(deepPage));
    const SequenceCursor deepAll = cursorAt({}, 100000);
    std::vector<double> anyPage;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        (void)project->sequencePage({}, 200, deepAll);
        anyPage.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("page of 200 sequences, no filter, after row 100000: median %.2f ms\n", median(anyPage));
    timer.restart();
    const auto counts = project->counts();
    std::printf("counts (media %lld, sequences %lld): %.1f ms\n", static_cast<long long>(counts.value().media),
                static_cast<long long>(counts.value().sequences), timer.nsecsElapsed() / 1e6);
    return 0;
}
