#include "FineTuningPrivate.h"
#include "Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

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

Result<std::vector<cv::Mat>> loadImages(const std::vector<ImageRequest>& requests, const Augmentation& augmentation)
{
    std::vector<cv::Mat> images = QtConcurrent::blockingMapped<std::vector<cv::Mat>>(requests, [&](const ImageRequest& r) {
        cv::Mat image = loadExampleImage(*r.example);
        if (!r.augmented || image.empty())
            return image;
        std::mt19937 rng(static_cast<std::mt19937::result_type>(r.seed));
        return augment(image, augmentation, rng);
    });
    for (size_t i = 0; i < images.size(); ++i)
        if (images[i].empty())
            return Error{TrainingText::tr("Cannot read the image %1. Run \"Check Project\" to find moved or missing "
                                          "files, or relink the image folder.")
                             .arg(requests[i].example->path)};
    return images;
}

// The validation images, as they are, in batches of model input: `use` gets each batch and how many images are done.
Status forEachValidationBatch(const Dataset& dataset, const inference::InputSpec& input, size_t batchSize,
                              const std::function<Status(const torch::Tensor& batch, size_t done)>& use)
{
    std::vector<ImageRequest> requests;
    for (const Example& e : dataset.examples)
        if (e.split == Split::Validation)
            requests.push_back({&e, 0, false});
    for (size_t s = 0; s < requests.size(); s += batchSize) {
        const std::vector<ImageRequest> slice(requests.begin() + static_cast<std::ptrdiff_t>(s),
                                              requests.begin() + static_cast<std::ptrdiff_t>(std::min(requests.size(), s + batchSize)));
        auto images = loadImages(slice, {});
        if (!images)
            return images.error();
        if (Status done = use(inputBatch(images.value(), input), s + slice.size()); !done)
            return done;
    }
    return Ok{};
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
    std::vector<torch::Tensor> chunks;
    control.beginPhase(TrainingText::tr("Computing features"), static_cast<std::int64_t>(all.size()));
    QElapsedTimer timer;
    timer.start();
    std::int64_t computed = 0;
    for (size_t start = 0; start < all.size(); start += kChunk) {
        const QString file = folder.filePath(QStringLiteral("chunk-%1.pt").arg(start / kChunk, 6, 10, QLatin1Char('0')));
        torch::Tensor chunk;
        if (QFileInfo::exists(file)) {
            torch::load(chunk, file.toStdString());
        } else {
            std::vector<torch::Tensor> parts;
            for (size_t b = start; b < std::min(all.size(), start + kChunk); b += batch) {
                if (control.cancelled())
                    return Error{
                        TrainingText::tr("Training was cancelled while computing features; run it again to resume.")};
                const std::vector<ImageRequest> slice(all.begin() + static_cast<std::ptrdiff_t>(b),
                                                      all.begin() + static_cast<std::ptrdiff_t>(std::min({all.size(), b + batch, start + kChunk})));
                auto images = loadImages(slice, o.augmentation);
                if (!images)
                    return images.error();
                torch::NoGradGuard noGrad;
                parts.push_back(backbone.features(inputBatch(images.value(), backbone.manifest.input).to(backbone.device)).cpu());
                computed += static_cast<std::int64_t>(slice.size());
                control.report(static_cast<std::int64_t>(b + slice.size()));
            }
            chunk = torch::cat(parts);
            torch::save(chunk, (file + QStringLiteral(".part")).toStdString());
            QFile::remove(file);
            if (!QFile::rename(file + QStringLiteral(".part"), file))
                return Error{TrainingText::tr("Cannot write %1. Check that the disk has room.").arg(file)};
        }
        chunks.push_back(chunk);
        control.report(static_cast<std::int64_t>(std::min(all.size(), start + kChunk)));
    }
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
