#pragma once

namespace trapline::inference {

// How a model run shares the cores: the forward pass (LibTorch's intra-op threads, and OpenCV's for the OpenCV DNN
// backend) gets every core it is given, and a small pool decodes the next batch meanwhile. The two overlap in time,
// so their sum may exceed the cores; the decode pool stays small because a forward pass that loses a core slows
// the whole run, while decoding only has to keep ahead of it.
struct ThreadPlan {
    int compute = 1;
    int decode = 1;
};

// requestedCompute <= 0: one per core. requestedDecode <= 0: one decode thread per four compute threads, at least
// one (measured with bench/bench_inference on 2 cores: 1 decode thread beside 2 compute threads was fastest).
ThreadPlan planThreads(int requestedCompute, int requestedDecode);

// Sets LibTorch's intra-op and OpenCV's thread counts for the whole process; returns the count applied.
// LibTorch alone picks one thread on some machines (Debian's build on a 2-core VM), hence always set it.
int applyComputeThreads(int requested);

// LibTorch's current intra-op thread count.
int computeThreads();

} // namespace trapline::inference
