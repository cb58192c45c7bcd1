#pragma once

#include "JobControl.h"

#include <QException>
#include <QFuture>
#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <exception>
#include <iterator>
#include <type_traits>
#include <vector>

namespace trapline {

// A batch of a pipeline: the items [begin, end) of its input.
struct BatchRange {
    size_t begin = 0;
    size_t end = 0;
    size_t size() const { return end - begin; }
};

// Consecutive batches of `size` items (the last one shorter) over `count` items.
inline std::vector<BatchRange> fixedBatches(size_t count, size_t size)
{
    size = std::max<size_t>(1, size);
    std::vector<BatchRange> batches;
    for (size_t start = 0; start < count; start += size)
        batches.push_back({start, std::min(count, start + size)});
    return batches;
}

// Decode while computing: `pool` decodes the items of batch k+1, each on its own thread, while `consume` works on
// batch k on the calling thread. Import, inference and training read files (I/O and JPEG decoding) much as fast as
// they use them, so overlapping the two nearly halves a run.
//
// - `decode(const In&)` returns one Out; it runs on `pool` and must not touch what `consume` changes.
// - `consume(std::vector<Out>& decoded, BatchRange batch)` gets the batches in order, with the items in order. It
//   returns void, or a bool that is false to stop.
// - `control.cancelled()` is checked before a batch is started and after one is consumed: a cancel stops after
//   the batch being consumed, and a batch decoded ahead is then dropped.
// - An exception thrown by `decode` (as itself, not wrapped by QtConcurrent) or by `consume` leaves this function
//   once nothing runs on the pool any more, so `items` and what `decode` refers to may then go.
// Returns true when every batch was consumed.
template <class In, class Decode, class Consume>
bool pipelined(QThreadPool& pool, const std::vector<In>& items, const std::vector<BatchRange>& batches, Decode decode,
               Consume consume, const JobControl& control)
{
    using Out = std::decay_t<std::invoke_result_t<Decode&, const In&>>;
    auto decodeItem = [&items, decode](size_t i) { return decode(items[i]); };
    auto start = [&](const BatchRange& b) {
        QList<size_t> indices;
        indices.reserve(static_cast<qsizetype>(b.size()));
        for (size_t i = b.begin; i < b.end; ++i)
            indices.push_back(i);
        return QtConcurrent::mapped(&pool, std::move(indices), decodeItem);
    };
    QFuture<Out> running;
    // Whatever way this returns, nothing may still read `items` on the pool.
    struct Drain {
        QFuture<Out>& future;
        ~Drain()
        {
            future.cancel();
            // A batch decoded ahead for nothing: its own failure no longer matters.
            try {
                future.waitForFinished();
            } catch (...) {
            }
        }
    } drain{running};
    if (batches.empty() || control.cancelled())
        return batches.empty();
    running = start(batches.front());
    for (size_t k = 0; k < batches.size(); ++k) {
        QList<Out> results;
        try {
            results = running.results();
        } catch (const QUnhandledException& e) {
            if (e.exception())
                std::rethrow_exception(e.exception());
            throw;
        }
        running = QFuture<Out>();
        const bool more = k + 1 < batches.size();
        if (more && !control.cancelled())
            running = start(batches[k + 1]);
        std::vector<Out> decoded(std::make_move_iterator(results.begin()), std::make_move_iterator(results.end()));
        results.clear();
        if constexpr (std::is_void_v<std::invoke_result_t<Consume&, std::vector<Out>&, BatchRange>>) {
            consume(decoded, batches[k]);
        } else {
            if (!consume(decoded, batches[k]))
                return false;
        }
        if (more && control.cancelled())
            return false;
    }
    return true;
}

// The same over consecutive batches of `batchSize` items.
template <class In, class Decode, class Consume>
bool pipelined(QThreadPool& pool, const std::vector<In>& items, size_t batchSize, Decode decode, Consume consume,
               const JobControl& control)
{
    return pipelined(pool, items, fixedBatches(items.size(), batchSize), std::move(decode), std::move(consume), control);
}

} // namespace trapline
