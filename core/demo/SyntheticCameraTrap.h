#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace trapline::demo {

// Shape of a synthetic camera-trap folder tree. The same options and seed always give byte-identical files,
// whatever the thread count, so tests and benchmarks can rely on the output.
struct SyntheticOptions {
    int cameras = 3;                 // one folder per camera: <out>/<site>/CAM0N/DCIM/100RECNX for Reconyx-style
                                     // cameras, <out>/<site>/CAM0N for others; sites alternate SiteA, SiteB
    int eventsPerCamera = 10;        // trigger events per camera
    int framesPerEvent = 3;          // burst length
    int width = 640, height = 480;
    int jpegQuality = 85;
    unsigned seed = 1;
    int secondsBetweenFrames = 1;    // within a burst
    int secondsBetweenEvents = 900;  // least gap between bursts of one camera (>> default sequence gap 60 s); a
                                     // random extra of up to 6 h is added so events fall by day and by night
    bool emptyEvents = true;         // roughly 1 in 4 events have no animal (like real data)
    bool oddFiles = false;           // also write odd files into the first camera folder: a zero-byte .JPG,
                                     // a truncated .JPG, a text file named .JPG and a README.txt
    int threads = 0;                 // 0 = QThread::idealThreadCount()
};

struct SyntheticSummary {
    int images = 0;   // valid JPEGs written
    int cameras = 0;
    int events = 0;
    int oddFiles = 0; // not counted in images
    qint64 bytes = 0; // everything written, odd files included
};

// Writes the tree under outDir (created if missing), overwriting files of the same name. Returns an error
// message on failure (bad options, disk full, unwritable folder); never throws. progress is called on the
// calling thread, a few times a second and once at the end.
Result<SyntheticSummary> generateCameraTrapTree(const QString& outDir, const SyntheticOptions& options,
                                               const std::function<void(int done, int total)>& progress = {});

} // namespace trapline::demo
