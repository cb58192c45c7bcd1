// bench_store: a project with 1,000,000 synthetic media. Prints open time, bytes per media and the time to fetch
// one page of 200 sequences filtered by deployment and review state.
// Usage: bench_store [MEDIA] [--keep PATH]
#include "BenchStats.h"
#include "SyntheticProject.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trapline;

namespace {

using bench::median;

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
        bench::fillSyntheticProject(*project.value(), mediaCount, deployments);
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
