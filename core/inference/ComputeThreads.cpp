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
    if (at::get_num_threads() != threads)
        at::set_num_threads(threads);
    // OpenCV's TBB backend tears down and rebuilds its task arena on every cv::setNumThreads, which crashes a
    // parallel loop running on another thread (keypoints of the match dialog while a window opens or a job starts):
    // the arena is rebuilt only when the number really changes.
    if (cv::getNumThreads() != threads)
        cv::setNumThreads(threads);
    return threads;
}

int computeThreads()
{
    return at::get_num_threads();
}

} // namespace trapline::inference
