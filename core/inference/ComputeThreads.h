#pragma once

namespace trapline::inference {

// How a model run shares the cores: the forward pass (LibTorch's intra-op threads, and OpenCV's for the OpenCV DNN
// backend) gets every core, and a decode pool prepares the next batch meanwhile. The two overlap in time, so their
// sum exceeds the cores; decoding is short and then waits, so the forward pass keeps the cores most of the time.
// Measured with bench/bench_inference on 2 cores (ResNet-50, batch 8, 31 LILA images, OpenBLAS, 2 LibTorch
// threads): 2 decode threads gave 14.0 images/s (98 % of the bare forward pass), 1 decode thread 11.8 (83 %).
struct ThreadPlan {
    int compute = 1;
    int decode = 1;
};

// requestedCompute <= 0: one per core. requestedDecode <= 0: one per core too (see above).
ThreadPlan planThreads(int requestedCompute, int requestedDecode);

// Sets LibTorch's intra-op and OpenCV's thread counts for the whole process; returns the count applied.
// LibTorch alone picks one thread on some machines (Debian's build on a 2-core VM), hence always set it.
int applyComputeThreads(int requested);

// LibTorch's current intra-op thread count.
int computeThreads();

} // namespace trapline::inference
