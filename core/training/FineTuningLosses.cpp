#include "FineTuningPrivate.h"

namespace trapline::training::detail {

// Batch-hard triplet loss with a soft margin (Hermans, Beyer & Leibe 2017): for each anchor, its farthest
// positive and nearest negative in the batch; softplus(d_ap - d_an).
torch::Tensor batchHardSoftMargin(const torch::Tensor& embeddings, const torch::Tensor& labels)
{
    const torch::Tensor d = torch::cdist(embeddings, embeddings);
    const torch::Tensor same = labels.unsqueeze(0) == labels.unsqueeze(1);
    const torch::Tensor positive = std::get<0>(torch::where(same, d, torch::zeros_like(d)).max(1));
    const torch::Tensor negative = std::get<0>(torch::where(same, torch::full_like(d, 1e6), d).min(1));
    return torch::softplus(positive - negative).mean();
}

torch::Tensor normalised(const torch::Tensor& x)
{
    return x / x.norm(2, 1, true).clamp_min(1e-12);
}

// Batches of row indices for one epoch. Classifier: shuffled, or drawn by inverse class frequency. Embedder:
// P identities x K of their rows.
std::vector<torch::Tensor> epochBatches(TrainingKind kind, const torch::Tensor& labels, const FineTuneOptions& o,
                                        int classCount, std::uint64_t seed)
{
    torch::manual_seed(seed);
    const std::int64_t n = labels.size(0);
    std::vector<torch::Tensor> out;
    if (kind == TrainingKind::Classifier) {
        torch::Tensor order;
        if (o.balance == FineTuneOptions::Balance::BalancedSampling) {
            const torch::Tensor counts = torch::bincount(labels, {}, classCount).to(torch::kFloat32).clamp_min(1);
            order = torch::multinomial((1.0 / counts).index_select(0, labels), n, true);
        } else {
            order = torch::randperm(n, torch::kLong);
        }
        for (std::int64_t s = 0; s < n; s += o.batchSize)
            out.push_back(order.slice(0, s, std::min(n, s + o.batchSize)));
        return out;
    }
    std::vector<std::vector<std::int64_t>> byClass(static_cast<size_t>(classCount));
    const auto* l = labels.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i)
        byClass[static_cast<size_t>(l[i])].push_back(i);
    std::vector<std::int64_t> identities;
    for (size_t c = 0; c < byClass.size(); ++c)
        if (!byClass[c].empty())
            identities.push_back(static_cast<std::int64_t>(c));
    if (identities.size() < 2)
        return out;
    std::mt19937_64 rng(seed);
    const int p = std::min<int>(o.identitiesPerBatch, static_cast<int>(identities.size()));
    const std::int64_t batches = std::max<std::int64_t>(4, n / (p * o.imagesPerIdentity));
    for (std::int64_t b = 0; b < batches; ++b) {
        std::shuffle(identities.begin(), identities.end(), rng);
        std::vector<std::int64_t> rows;
        for (int i = 0; i < p; ++i) {
            auto& pool = byClass[static_cast<size_t>(identities[static_cast<size_t>(i)])];
            std::shuffle(pool.begin(), pool.end(), rng);
            for (int k = 0; k < o.imagesPerIdentity; ++k)
                rows.push_back(pool[static_cast<size_t>(k) % pool.size()]);
        }
        out.push_back(torch::tensor(rows, torch::kLong));
    }
    return out;
}

std::vector<int> toVector(const torch::Tensor& t)
{
    const torch::Tensor c = t.to(torch::kCPU).to(torch::kLong).contiguous();
    return {c.data_ptr<std::int64_t>(), c.data_ptr<std::int64_t>() + c.numel()};
}

reid::RetrievalMetrics retrieval(const torch::Tensor& embeddings, const torch::Tensor& labels)
{
    const torch::Tensor e = normalised(embeddings.to(torch::kCPU).to(torch::kFloat32));
    const torch::Tensor s = torch::mm(e, e.t()).contiguous();
    std::vector<std::vector<float>> scores(static_cast<size_t>(s.size(0)));
    for (std::int64_t i = 0; i < s.size(0); ++i)
        scores[static_cast<size_t>(i)].assign(s[i].data_ptr<float>(), s[i].data_ptr<float>() + s.size(1));
    return reid::evaluateLeaveOneOut(scores, toVector(labels));
}

ClassificationMetrics scoreClassifier(EpochRecord& r, const torch::Tensor& logits, const torch::Tensor& labels, const QStringList& classes)
{
    torch::NoGradGuard noGrad;
    r.validationLoss = labels.numel() > 0 ? torch::nn::functional::cross_entropy(logits, labels).item<double>() : 0;
    ClassificationMetrics metrics = classificationMetrics(toVector(labels), toVector(logits.argmax(1)), classes);
    r.accuracy = metrics.accuracy;
    r.macroF1 = metrics.macroF1;
    return metrics;
}

ClassificationMetrics nearestClassMean(const torch::Tensor& train, const torch::Tensor& trainLabels, const torch::Tensor& validation,
                                       const torch::Tensor& validationLabels, const QStringList& classes)
{
    const auto k = static_cast<std::int64_t>(classes.size());
    torch::Tensor centroids = torch::zeros({k, train.size(1)});
    for (std::int64_t c = 0; c < k; ++c) {
        const torch::Tensor rows = train.index({trainLabels == c});
        if (rows.size(0) > 0)
            centroids[c] = normalised(rows).mean(0);
    }
    const torch::Tensor predicted = torch::mm(normalised(validation), normalised(centroids).t()).argmax(1);
    return classificationMetrics(toVector(validationLabels), toVector(predicted), classes);
}

} // namespace trapline::training::detail
