#pragma once

#include <QString>
#include <QStringList>

namespace trapline::inference {

enum class BlasKind { Unknown, Reference, OpenBlas, Mkl, Blis, Atlas, Other };

// The BLAS library that LibTorch's matrix products call in this process.
struct BlasLibrary {
    BlasKind kind = BlasKind::Unknown;
    QString path; // the shared object that provides sgemm_, empty when none is loaded
};

// What decides inference speed on this machine, for `trapline-cli check-system` and Help > About.
struct SystemReport {
    BlasLibrary blas;
    int cores = 0;
    int torchThreads = 0;
    int opencvThreads = 0;
    QString opencvParallel; // OpenCV's parallel framework, from its build information
    QString torchVersion;
    bool cudaAvailable = false;
    int cudaDevices = 0;
    QString gpuName; // from the NVIDIA driver, empty when there is none
};

// Classifies a BLAS shared object by its path (Debian's alternatives put each implementation in its own folder).
BlasKind classifyBlas(const QString& libraryPath);
QString blasKindName(BlasKind kind);

// The BLAS in use: the library that resolves sgemm_ for this process, as LibTorch's calls resolve it.
BlasLibrary blasInUse();

// Applies Trapline's thread settings first (`threads` <= 0: one per core), as a model run would.
SystemReport systemReport(int threads = 0);

// The fix for a slow setup, or empty when there is nothing to fix. The reference BLAS (libblas3) runs LibTorch's
// CPU forward passes about ten times slower than OpenBLAS.
QString blasWarning(const BlasLibrary& blas);

inline const char* const kOpenBlasFix = "sudo apt install libopenblas0-pthread";

} // namespace trapline::inference
