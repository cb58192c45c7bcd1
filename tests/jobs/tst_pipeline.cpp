// The decode-while-compute pipeline that import, inference and training share: order, overlap, cancel, errors.
#include "jobs/Pipeline.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <numeric>
#include <random>
#include <stdexcept>

using namespace trapline;

class TestPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchesAreConsumedInOrder();
    void givenBatchesAreKept();
    void nextBatchDecodesWhileOneIsConsumed();
    void cancelStopsAfterTheBatchBeingConsumed();
    void consumeCanStop();
    void decodeExceptionSurfacesAsItself();
    void consumeExceptionWaitsForThePool();
    void emptyInputConsumesNothing();
};

void TestPipeline::batchesAreConsumedInOrder()
{
    // Decodes of random length finish out of order; what is consumed must still be the input, in order.
    std::vector<int> items(101);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    JobControl control;
    std::vector<int> seen;
    std::vector<BatchRange> ranges;
    const bool all = pipelined(
        pool, items, 8,
        [](int i) {
            std::mt19937 rng(static_cast<unsigned>(i));
            QThread::usleep(std::uniform_int_distribution<unsigned long>(0, 3000)(rng));
            return i * 10;
        },
        [&](std::vector<int>& batch, BatchRange range) {
            ranges.push_back(range);
            seen.insert(seen.end(), batch.begin(), batch.end());
        },
        control);
    QVERIFY(all);
    QCOMPARE(seen.size(), items.size());
    for (size_t i = 0; i < items.size(); ++i)
        QCOMPARE(seen[i], static_cast<int>(i) * 10);
    // 101 = 12 x 8 + 5
    QCOMPARE(ranges.size(), size_t(13));
    QCOMPARE(ranges.back().begin, size_t(96));
    QCOMPARE(ranges.back().end, size_t(101));
}

void TestPipeline::givenBatchesAreKept()
{
    // Training's feature chunks: batches of uneven size that never cross a chunk's end.
    const std::vector<int> items{0, 1, 2, 3, 4, 5, 6};
    const std::vector<BatchRange> batches{{0, 3}, {3, 4}, {4, 7}};
    QThreadPool pool;
    JobControl control;
    std::vector<std::vector<int>> seen;
    QVERIFY(pipelined(pool, items, batches, [](int i) { return i; },
                      [&](std::vector<int>& batch, BatchRange) { seen.push_back(batch); }, control));
    QCOMPARE(seen, (std::vector<std::vector<int>>{{0, 1, 2}, {3}, {4, 5, 6}}));
}

void TestPipeline::nextBatchDecodesWhileOneIsConsumed()
{
    // Consuming batch 0 waits for a decode of batch 1 to begin. Without overlap that decode only starts after
    // the consume returns, so the wait runs out: an ordering check, not a speed one.
    std::vector<int> items(12);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    JobControl control;
    QSemaphore secondBatchStarted;
    std::vector<bool> overlapped;
    pipelined(
        pool, items, 4,
        [&](int i) {
            if (i >= 4 && i < 8)
                secondBatchStarted.release();
            return i;
        },
        [&](std::vector<int>& batch, BatchRange range) {
            if (range.begin == 0)
                overlapped.push_back(secondBatchStarted.tryAcquire(1, 10000));
            QCOMPARE(batch.front(), static_cast<int>(range.begin));
        },
        control);
    QCOMPARE(overlapped, std::vector<bool>{true});
}

void TestPipeline::cancelStopsAfterTheBatchBeingConsumed()
{
    std::vector<int> items(100);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    JobControl control;
    std::atomic_int decoded{0};
    std::vector<size_t> consumed;
    const bool all = pipelined(
        pool, items, 10,
        [&](int i) {
            ++decoded;
            return i;
        },
        [&](std::vector<int>&, BatchRange range) {
            consumed.push_back(range.begin);
            if (range.begin == 10)
                control.cancel();
        },
        control);
    QVERIFY(!all);
    QCOMPARE(consumed, (std::vector<size_t>{0, 10}));
    // Batch 2 may have been decoded ahead before the cancel; nothing after it.
    QVERIFY2(decoded.load() <= 30, qPrintable(QString::number(decoded.load())));

    // Cancelled before the start: nothing is decoded or consumed.
    decoded = 0;
    consumed.clear();
    QVERIFY(!pipelined(pool, items, 10, [&](int i) { ++decoded; return i; },
                       [&](std::vector<int>&, BatchRange range) { consumed.push_back(range.begin); }, control));
    QCOMPARE(decoded.load(), 0);
    QVERIFY(consumed.empty());
}

void TestPipeline::consumeCanStop()
{
    std::vector<int> items(50);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    JobControl control;
    int batches = 0;
    QVERIFY(!pipelined(pool, items, 10, [](int i) { return i; },
                       [&](std::vector<int>&, BatchRange) { return ++batches < 3; }, control));
    QCOMPARE(batches, 3);
}

void TestPipeline::decodeExceptionSurfacesAsItself()
{
    // QtConcurrent wraps a foreign exception in QUnhandledException; the caller must see the original one.
    std::vector<int> items(40);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    JobControl control;
    std::vector<size_t> consumed;
    QString message;
    try {
        pipelined(
            pool, items, 10,
            [](int i) {
                if (i == 27)
                    throw std::runtime_error("cannot decode frame 27");
                return i;
            },
            [&](std::vector<int>&, BatchRange range) { consumed.push_back(range.begin); }, control);
    } catch (const std::runtime_error& e) {
        message = QString::fromUtf8(e.what());
    }
    QCOMPARE(message, QStringLiteral("cannot decode frame 27"));
    QCOMPARE(consumed, (std::vector<size_t>{0, 10}));
}

void TestPipeline::consumeExceptionWaitsForThePool()
{
    // A consume that throws (a database error) leaves while the next batch decodes: the pipeline must not return
    // before that decode is over, since it reads the caller's items.
    std::vector<int> items(20);
    std::iota(items.begin(), items.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    JobControl control;
    std::atomic_int running{0};
    bool thrown = false;
    try {
        pipelined(
            pool, items, 10,
            [&](int i) {
                ++running;
                QThread::msleep(20);
                --running;
                return i;
            },
            [&](std::vector<int>&, BatchRange) -> void { throw std::runtime_error("disk full"); }, control);
    } catch (const std::runtime_error&) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(running.load(), 0);
}

void TestPipeline::emptyInputConsumesNothing()
{
    QThreadPool pool;
    JobControl control;
    int batches = 0;
    QVERIFY(pipelined(pool, std::vector<int>{}, 10, [](int i) { return i; },
                      [&](std::vector<int>&, BatchRange) { ++batches; }, control));
    QCOMPARE(batches, 0);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
