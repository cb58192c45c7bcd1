#include "FineTuningPrivate.h"
#include "Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

namespace trapline::training::detail {

torch::Tensor inputBatch(const std::vector<cv::Mat>& images, const inference::InputSpec& spec)
{
    const auto n = static_cast<std::int64_t>(images.size());
    torch::Tensor t = torch::empty({n, 3, spec.height, spec.width}, torch::kFloat32);
    float* data = t.data_ptr<float>();
    for (std::int64_t i = 0; i < n; ++i)
        inference::prepareInput(images[static_cast<size_t>(i)], spec, data + i * 3 * spec.width * spec.height);
    return t;
}

namespace {

cv::Mat decodeImage(const ImageRequest& r, const Augmentation& augmentation)
{
    cv::Mat image = loadExampleImage(*r.example);
    if (!r.augmented || image.empty())
        return image;
    std::mt19937 rng(static_cast<std::mt19937::result_type>(r.seed));
    return augment(image, augmentation, rng);
}

} // namespace

Status forEachImageBatch(const std::vector<ImageRequest>& requests, const std::vector<BatchRange>& batches,
                         const Augmentation& augmentation,
                         const std::function<Status(const std::vector<cv::Mat>& images, BatchRange batch)>& use)
{
    // Trapline's own threads: the global pool stays free for the GUI's frames and thumbnails.
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    // `use` decides about a cancel, so that it can say what was cancelled.
    const JobControl uncancelled;
    Status status = Ok{};
    pipelined(
        pool, requests, batches, [&augmentation](const ImageRequest& r) { return decodeImage(r, augmentation); },
        [&](std::vector<cv::Mat>& images, BatchRange batch) {
            for (size_t i = 0; i < images.size(); ++i)
                if (images[i].empty()) {
                    status = Error{TrainingText::tr("Cannot read the image %1. Run \"Check Project\" to find moved or missing "
                                                  "files, or relink the image folder.").arg(requests[batch.begin + i].example->path)};
                    return false;
                }
            status = use(images, batch);
            return static_cast<bool>(status);
        },
        uncancelled);
    return status;
}

// The validation images, as they are, in batches of model input: `use` gets each batch and how many images are done.
Status forEachValidationBatch(const Dataset& dataset, const inference::InputSpec& input, size_t batchSize,
                              const std::function<Status(const torch::Tensor& batch, size_t done)>& use)
{
    std::vector<ImageRequest> requests;
    for (const Example& e : dataset.examples)
        if (e.split == Split::Validation)
            requests.push_back({&e, 0, false});
    return forEachImageBatch(requests, fixedBatches(requests.size(), batchSize), {},
                             [&](const std::vector<cv::Mat>& images, BatchRange batch) { return use(inputBatch(images, input), batch.end); });
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    return static_cast<std::uint64_t>(unitHash(static_cast<std::int64_t>(a * 1000003 + b), static_cast<unsigned>(c), 11) * 9.0e15);
}

Result<Features> cachedFeatures(Backbone& backbone, const Dataset& dataset, const FineTuneOptions& o, const QString& key,
                                JobControl& control, double& imagesPerSecond)
{
    std::vector<ImageRequest> train, validation;
    for (const Example& e : dataset.examples) {
        if (e.split == Split::Validation) {
            validation.push_back({&e, 0, false});
        } else if (e.split == Split::Train) {
            for (int v = 0; v < std::max(1, o.augmentedViews); ++v)
                train.push_back({&e, mix(static_cast<std::uint64_t>(e.mediaId), static_cast<std::uint64_t>(e.observationId * 31 + v), o.seed), v > 0});
        }
    }
    std::vector<ImageRequest> all = train;
    all.insert(all.end(), validation.begin(), validation.end());
    const QDir folder(QDir(o.outputFolder).filePath(QStringLiteral("features-") + key));
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return Error{TrainingText::tr("Cannot create %1.").arg(folder.path())};
    // Chunks, so a long feature pass that is cancelled or killed resumes after the last chunk it saved.
    constexpr size_t kChunk = 256;
    const size_t batch = static_cast<size_t>(std::max(1, std::min(o.batchSize, backbone.manifest.maxBatch)));
    control.beginPhase(TrainingText::tr("Computing features"), static_cast<std::int64_t>(all.size()));
    QElapsedTimer timer;
    timer.start();
    std::int64_t computed = 0;
    auto chunkFile = [&](size_t c) { return folder.filePath(QStringLiteral("chunk-%1.pt").arg(c, 6, 10, QLatin1Char('0'))); };
    std::vector<torch::Tensor> chunks((all.size() + kChunk - 1) / kChunk);
    std::vector<BatchRange> batches; // of the chunks still to compute; none crosses the end of its chunk
    for (size_t c = 0; c < chunks.size(); ++c) {
        const size_t start = c * kChunk, end = std::min(all.size(), start + kChunk);
        if (QFileInfo::exists(chunkFile(c))) {
            torch::load(chunks[c], chunkFile(c).toStdString());
            control.report(static_cast<std::int64_t>(end));
            continue;
        }
        for (size_t b = start; b < end; b += batch)
            batches.push_back({b, std::min(end, b + batch)});
    }
    std::vector<torch::Tensor> parts;
    const Status s = forEachImageBatch(all, batches, o.augmentation, [&](const std::vector<cv::Mat>& images, BatchRange slice) -> Status {
        if (control.cancelled())
            return Error{TrainingText::tr("Training was cancelled while computing features; run it again to resume.")};
        torch::NoGradGuard noGrad;
        parts.push_back(backbone.features(inputBatch(images, backbone.manifest.input).to(backbone.device)).cpu());
        computed += static_cast<std::int64_t>(slice.size());
        control.report(static_cast<std::int64_t>(slice.end));
        const size_t c = slice.begin / kChunk;
        if (slice.end < std::min(all.size(), (c + 1) * kChunk))
            return okStatus();
        chunks[c] = torch::cat(parts);
        parts.clear();
        const QString file = chunkFile(c);
        torch::save(chunks[c], (file + QStringLiteral(".part")).toStdString());
        QFile::remove(file);
        if (!QFile::rename(file + QStringLiteral(".part"), file))
            return Error{TrainingText::tr("Cannot write %1. Check that the disk has room.").arg(file)};
        return okStatus();
    });
    if (!s)
        return s.error();
    imagesPerSecond = computed > 0 ? computed / std::max(1e-3, timer.elapsed() / 1000.0) : 0;
    const torch::Tensor f = torch::cat(chunks).to(torch::kFloat32);
    auto labels = [](const std::vector<ImageRequest>& r) {
        torch::Tensor t = torch::empty({static_cast<std::int64_t>(r.size())}, torch::kLong);
        for (size_t i = 0; i < r.size(); ++i)
            t[static_cast<std::int64_t>(i)] = r[i].example->classIndex;
        return t;
    };
    const auto nTrain = static_cast<std::int64_t>(train.size());
    return Features{f.slice(0, 0, nTrain), labels(train), f.slice(0, nTrain), labels(validation)};
}

} // namespace trapline::training::detail
