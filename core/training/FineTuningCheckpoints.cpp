#include "FineTuningPrivate.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <cmath>
#include <numbers>

namespace trapline::training::detail {

void saveAtomically(const std::function<void(const std::string&)>& save, const QString& path)
{
    const QString part = path + QStringLiteral(".part");
    save(part.toStdString());
    // rename(2) replaces the old checkpoint in one step: a kill leaves the old one or the new one, never half.
    if (std::rename(part.toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
        throw std::runtime_error("cannot replace " + path.toStdString());
}

void saveHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path)
{
    saveAtomically([&](const std::string& file) {
        torch::serialize::OutputArchive archive;
        archive.write("weight", head->weight.detach().cpu());
        archive.write("bias", head->bias.detach().cpu());
        if (optimizer) {
            torch::serialize::OutputArchive opt;
            optimizer->save(opt);
            archive.write("optimizer", opt);
        }
        archive.save_to(file);
    }, path);
}

void loadHead(torch::nn::Linear& head, torch::optim::Optimizer* optimizer, const QString& path)
{
    torch::serialize::InputArchive archive;
    archive.load_from(path.toStdString());
    torch::Tensor w, b;
    archive.read("weight", w);
    archive.read("bias", b);
    torch::NoGradGuard noGrad;
    head->weight.copy_(w);
    head->bias.copy_(b);
    if (optimizer) {
        torch::serialize::InputArchive opt;
        if (archive.try_read("optimizer", opt))
            optimizer->load(opt);
    }
}

void setLearningRate(torch::optim::Optimizer& optimizer, const std::vector<double>& base, double factor)
{
    for (size_t g = 0; g < optimizer.param_groups().size(); ++g)
        static_cast<torch::optim::AdamWOptions&>(optimizer.param_groups()[g].options()).lr(base[g] * factor);
}

// Linear warm-up over `warmup` steps (at least one), then cosine decay to zero at `total`.
double schedule(std::int64_t step, std::int64_t total, std::int64_t warmup)
{
    const double warm = static_cast<double>(std::max<std::int64_t>(1, warmup));
    if (step < warm)
        return (static_cast<double>(step) + 1) / warm;
    return 0.5 * (1 + std::cos(std::numbers::pi * (static_cast<double>(step) - warm) / std::max(1.0, static_cast<double>(total) - warm)));
}

QString runKey(const Dataset& dataset, const FineTuneOptions& o, const QString& baseHash)
{
    QJsonObject j = o.toJson();
    j.remove(QStringLiteral("output_folder"));
    j.remove(QStringLiteral("device"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QJsonDocument(j).toJson(QJsonDocument::Compact));
    h.addData(dataset.fingerprint().toUtf8());
    h.addData(baseHash.toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

} // namespace trapline::training::detail
