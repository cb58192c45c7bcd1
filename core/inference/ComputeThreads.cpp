#include "ComputeThreads.h"

#include "TorchPch.h"

#include <QThread>

#include <opencv2/core/utility.hpp>

#include <algorithm>

namespace trapline::inference {

ThreadPlan planThreads(int requestedCompute, int requestedDecode)
{
    ThreadPlan plan;
    const int cores = std::max(1, QThread::idealThreadCount());
    plan.compute = requestedCompute > 0 ? requestedCompute : cores;
    plan.decode = requestedDecode > 0 ? requestedDecode : cores;
    return plan;
}

int applyComputeThreads(int requested)
{
    const int threads = planThreads(requested, 0).compute;
    at::set_num_threads(threads);
    cv::setNumThreads(threads);
    return threads;
}

int computeThreads() { return at::get_num_threads(); }

} // namespace trapline::inference
