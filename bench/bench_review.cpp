// bench_review: how the review screen feels on a project of 1,000,000 media.
//  1. event-loop latency (gaps between the ticks of a 4 ms timer on the GUI thread) while the sequence list is
//     scrolled from top to bottom of many pages, as a person flicking through it would;
//  2. the same while an import of a generated card runs into the same project in the background;
//  3. key press to saved: pressing a quick key on a sequence until its label is in the database and the screen
//     has moved on to the next sequence.
// Usage: bench_review [MEDIA] [--seconds S]   (QT_QPA_PLATFORM=offscreen without a display)
#include "SyntheticProject.h"
#include "browser/SequenceListModel.h"
#include "demo/SyntheticCameraTrap.h"
#include "jobs/Job.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "review/ImageView.h"
#include "review/ReviewPane.h"
#include "review/Taxa.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trapline;

namespace {

struct Latency {
    std::vector<double> gapsMs;
    double percentile(double p) const
    {
        if (gapsMs.empty())
            return 0;
        std::vector<double> v = gapsMs;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
    }
    double max() const { return gapsMs.empty() ? 0 : *std::max_element(gapsMs.begin(), gapsMs.end()); }
    void print(const char* what) const
    {
        std::printf("%s: %zu ticks, gap p50 %.1f ms, p99 %.1f ms, max %.1f ms (targets: p99 < 16 ms, max < 50 ms)\n",
                    what, gapsMs.size(), percentile(0.5), percentile(0.99), max());
    }
};

// Runs the event loop until `done` says so, scrolling the list a step every 16 ms and recording the gaps between
// ticks of a 4 ms timer.
template <class Done>
Latency measureWhileScrolling(ui::MainWindow& window, int stepPixels, Done done)
{
    Latency latency;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(4);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0) {
            latency.gapsMs.push_back((now - last) / 1e6);
            if ((now - last) / 1e6 > 30 && qEnvironmentVariableIsSet("TRAPLINE_BENCH_TRACE"))
                std::fprintf(stderr, "long gap %.1f ms ending at %.3f s\n", (now - last) / 1e6, now / 1e9);
        }
        last = now;
    });
    QScrollBar* bar = window.sequenceView()->verticalScrollBar();
    QTimer scroller;
    scroller.setInterval(16);
    QObject::connect(&scroller, &QTimer::timeout, [&] { bar->setValue(bar->value() + stepPixels); });
    probe.start();
    scroller.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();
    scroller.stop();
    return latency;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The synthetic media have no files: the import's thumbnail pass finds them missing, quietly.
    qputenv("OPENCV_LOG_LEVEL", "ERROR");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineBench"));
    const QStringList args = QCoreApplication::arguments();
    const int mediaCount = args.size() > 1 && !args[1].startsWith(u'-') ? args[1].toInt() : 1000000;
    const int secondsAt = static_cast<int>(args.indexOf(QStringLiteral("--seconds")));
    const double seconds = secondsAt > 0 && secondsAt + 1 < args.size() ? args[secondsAt + 1].toDouble() : 6.0;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.trapline"));
    QElapsedTimer timer;
    timer.start();
    {
        auto project = Project::create(path);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
            return 1;
        }
        bench::fillSyntheticProject(*project.value(), mediaCount, 40);
        db::Transaction tx(project.value()->db());
        const auto zebra = review::ensureTaxon(*project.value(), QStringLiteral("Equus quagga")).value();
        tx.commit();
        (void)review::setQuickKeys(*project.value(), {zebra});
    }
    std::printf("project: %d media, filled in %.1f s\n", mediaCount, timer.elapsed() / 1000.0);

    ui::MainWindow window;
    window.resize(1440, 900);
    timer.restart();
    if (auto opened = window.openProject(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    std::printf("open in the window (first page of sequences, first sequence shown): %.1f ms\n", timer.nsecsElapsed() / 1e6);

    // 1. Scrolling alone.
    timer.restart();
    const Latency scrolling = measureWhileScrolling(window, 240, [&] { return timer.elapsed() > seconds * 1000; });
    std::printf("scrolled to row %d of the list (%d rows fetched in pages of %d)\n",
                window.sequenceView()->indexAt(QPoint(10, 10)).row(), window.sequenceModel()->rowCount(),
                ui::SequenceListModel::kPageSize);
    scrolling.print("1. scrolling the list");

    // 2. Scrolling while an import runs into the same project.
    demo::SyntheticOptions card;
    card.cameras = 4;
    card.eventsPerCamera = 60;
    card.width = 1600;
    card.height = 1200;
    const QString cardPath = dir.filePath(QStringLiteral("card"));
    if (auto s = demo::generateCameraTrapTree(cardPath, card); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    Job* job = window.importFolders({cardPath});
    QObject::connect(job, &Job::finished, [] {
        if (qEnvironmentVariableIsSet("TRAPLINE_BENCH_TRACE"))
            std::fprintf(stderr, "import finished\n");
    });
    QSignalSpy finished(job, &Job::finished);
    QSignalSpy overview(&window, &ui::MainWindow::overviewRefreshed);
    timer.restart();
    const Latency importing = measureWhileScrolling(window, 120, [&] { return finished.count() > 0; });
    std::printf("import of %s ran %.1f s: %s\n", qPrintable(cardPath), timer.elapsed() / 1000.0,
                qPrintable(finished.first().at(2).toString()));
    importing.print("2. scrolling while importing");

    // 3. Key press to saved, once the counts read after the import have arrived.
    if (overview.isEmpty())
        overview.wait(30000);
    auto* view = window.sequenceView();
    view->scrollToTop();
    view->setCurrentIndex(window.sequenceModel()->index(0));
    std::vector<double> keyMs;
    const int presses = 100;
    const auto before = window.project()->db().scalar("SELECT count(*) FROM observations WHERE method = 'human'");
    for (int i = 0; i < presses; ++i) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(window.reviewPane()->imageView(), Qt::Key_1);
        keyMs.push_back(key.nsecsElapsed() / 1e6);
        QCoreApplication::processEvents();
    }
    const auto saved = window.project()->db().scalar("SELECT count(*) FROM observations WHERE method = 'human'") - before;
    std::sort(keyMs.begin(), keyMs.end());
    std::printf("3. key press to saved (label written, list row updated, next sequence shown): %lld of %d saved; "
                "median %.1f ms, p99 %.1f ms, max %.1f ms\n", static_cast<long long>(saved), presses,
                keyMs[keyMs.size() / 2], keyMs[std::min(keyMs.size() - 1, static_cast<size_t>(keyMs.size() * 0.99))],
                keyMs.back());
    return saved == presses ? 0 : 1;
}
