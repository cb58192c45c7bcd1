#pragma once

#include "ModelRunner.h"
#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline::inference {

struct InferenceOptions {
    QString detector;   // manifest paths; at least one of the three
    QString classifier; // runs on the detector's animal boxes, or on whole frames without a detector
    QString embedder;   // runs on the detector's animal boxes
    DeviceChoice device = DeviceChoice::Auto;
    int batchSize = 8;
    int decodeThreads = 0; // 0: one per core (see ComputeThreads.h)
    int threads = 0;       // LibTorch and OpenCV threads for the forward pass; 0: one per core
    std::optional<std::vector<std::int64_t>> onlyMedia; // restrict to these media (tests, "run on selection")
    // Media on which a requested model failed are skipped unless this is set; a retry runs the models on them again.
    bool retryFailed = false;
};

struct InferenceSummary {
    std::int64_t pending = 0;  // media this run set out to process
    std::int64_t processed = 0;
    std::int64_t alreadyDone = 0;
    std::int64_t failed = 0;
    std::int64_t failedBefore = 0; // skipped: a requested model failed on them in an earlier run (retryFailed)
    std::int64_t detections = 0;
    std::int64_t observations = 0;
    std::int64_t embeddings = 0;
    std::int64_t framesFlagged = 0; // frames whose prediction disagrees with their sequence
    double seconds = 0;
    QString device;
    bool cancelled = false;
};

// Runs the user's models over a project's media in the background: decoding and resizing on a thread pool,
// overlapped with batched forward passes on the job thread; results written one transaction per batch, with a
// record of which model version processed which media so a cancelled or killed run resumes where it stopped.
class InferenceJob {
public:
    InferenceJob(QString projectPath, InferenceOptions options);
    Result<InferenceSummary> run(JobControl& control);

private:
    QString m_projectPath;
    InferenceOptions m_options;
};

} // namespace trapline::inference
