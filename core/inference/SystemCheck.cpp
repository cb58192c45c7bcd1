#include "SystemCheck.h"
#include "Tr.h"

#include "ComputeThreads.h"
#include "TorchPch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <opencv2/core/utility.hpp>

#include <dlfcn.h>

namespace trapline::inference {

namespace {

// Debian's NVIDIA driver lists each GPU under /proc/driver/nvidia/gpus/*/information ("Model: ..."); reading it
// needs no CUDA headers, which a CPU build of LibTorch lacks.
QString nvidiaGpuName()
{
    const QDir gpus(QStringLiteral("/proc/driver/nvidia/gpus"));
    for (const QString& entry : gpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile info(gpus.filePath(entry + QStringLiteral("/information")));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("Model:"))
                return QString::fromUtf8(line.mid(6)).trimmed();
    }
    return {};
}

QString opencvParallelFramework()
{
    const QStringList lines = QString::fromStdString(cv::getBuildInformation()).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.contains(QStringLiteral("Parallel framework:")))
            return line.section(QLatin1Char(':'), 1).trimmed();
    return {};
}

} // namespace

BlasKind classifyBlas(const QString& libraryPath)
{
    if (libraryPath.isEmpty())
        return BlasKind::Unknown;
    const QString path = libraryPath.toLower();
    const QString file = path.section(QLatin1Char('/'), -1);
    if (path.contains(QStringLiteral("openblas")))
        return BlasKind::OpenBlas;
    if (path.contains(QStringLiteral("mkl")))
        return BlasKind::Mkl;
    if (path.contains(QStringLiteral("blis")))
        return BlasKind::Blis;
    if (path.contains(QStringLiteral("atlas")))
        return BlasKind::Atlas;
    // libblas3 installs the reference implementation as .../blas/libblas.so.3*; libtorch linked statically to a
    // BLAS resolves sgemm_ in its own library.
    if (file.startsWith(QStringLiteral("libblas.so")))
        return BlasKind::Reference;
    return BlasKind::Other;
}

QString blasKindName(BlasKind kind)
{
    switch (kind) {
    case BlasKind::Unknown: return QStringLiteral("unknown");
    case BlasKind::Reference: return InferenceText::tr("reference BLAS (libblas3, single-threaded and slow)");
    case BlasKind::OpenBlas: return QStringLiteral("OpenBLAS");
    case BlasKind::Mkl: return QStringLiteral("Intel MKL");
    case BlasKind::Blis: return QStringLiteral("BLIS");
    case BlasKind::Atlas: return QStringLiteral("ATLAS");
    case BlasKind::Other: return QStringLiteral("other");
    }
    return {};
}

BlasLibrary blasInUse()
{
    // A tiny matrix product first, so a BLAS loaded lazily by LibTorch is in place.
    (void)torch::mm(torch::ones({8, 8}), torch::ones({8, 8}));
    BlasLibrary blas;
    void* symbol = dlsym(RTLD_DEFAULT, "sgemm_");
    Dl_info info{};
    if (symbol && dladdr(symbol, &info) && info.dli_fname) {
        // The loader names the file as it found it, e.g. /lib/x86_64-linux-gnu/libblas.so.3: Debian's alternatives
        // symlink, which says nothing about which implementation is behind it.
        const QString loaded = QFile::decodeName(info.dli_fname);
        const QString real = QFileInfo(loaded).canonicalFilePath();
        blas.path = real.isEmpty() ? loaded : real;
    }
    blas.kind = classifyBlas(blas.path);
    return blas;
}

SystemReport systemReport(int threads)
{
    SystemReport report;
    applyComputeThreads(threads);
    report.blas = blasInUse();
    report.cores = QThread::idealThreadCount();
    report.torchThreads = at::get_num_threads();
    report.opencvThreads = cv::getNumThreads();
    report.opencvParallel = opencvParallelFramework();
    report.torchVersion = QString::fromLatin1(TORCH_VERSION);
    report.cudaAvailable = torch::cuda::is_available();
    report.cudaDevices = static_cast<int>(torch::cuda::device_count());
    report.gpuName = nvidiaGpuName();
    return report;
}

QString blasWarning(const BlasLibrary& blas)
{
    if (blas.kind != BlasKind::Reference)
        return {};
    return InferenceText::tr("LibTorch is using the reference BLAS (%1), which runs models on the CPU about ten times "
                             "slower. Install OpenBLAS: %2")
        .arg(blas.path, QString::fromLatin1(kOpenBlasFix));
}

} // namespace trapline::inference
