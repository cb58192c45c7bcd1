#include "ScriptedModels.h"

#include "inference/TorchPch.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/unpickler.h>

#include <cstring>

#include <QFile>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace trapline::test {

void saveScriptModel(const QString& path, const QString& source)
{
    torch::jit::Module module("TestModel");
    module.define(source.toStdString());
    module.save(path.toStdString());
}

void saveManifest(const QString& path, const QJsonObject& manifest)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(manifest).toJson());
}

} // namespace trapline::test

namespace trapline::test {

namespace {

void writeBackboneManifest(const QString& path, const QString& name, const QString& weights, int size, bool bgr,
                           const QStringList& unfreeze, const QString& featureMethod = QStringLiteral("forward_features"))
{
    QJsonObject input{{QStringLiteral("width"), size}, {QStringLiteral("height"), size}, {QStringLiteral("resize"), QStringLiteral("stretch")}};
    if (bgr)
        input.insert(QStringLiteral("channel_order"), QStringLiteral("BGR"));
    saveManifest(path, QJsonObject{{QStringLiteral("format"), QStringLiteral("trapline-model/1")},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("version"), QStringLiteral("1")},
                                   {QStringLiteral("kind"), QStringLiteral("embedder")},
                                   {QStringLiteral("backend"), QStringLiteral("torchscript")},
                                   {QStringLiteral("weights"), weights},
                                   {QStringLiteral("input"), input},
                                   {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("embedding")}}},
                                   {QStringLiteral("feature_method"), featureMethod},
                                   {QStringLiteral("unfreeze"), QJsonArray::fromStringList(unfreeze)},
                                   {QStringLiteral("max_batch"), 32}});
}

// A state_dict saved by torch.save (zip format), tensors mapped to the CPU. Python pickles a state_dict as an
// OrderedDict plus a BUILD that sets its `_metadata` attribute. LibTorch 1.13's unpickler reads OrderedDict as
// None (it expects one only as a tensor's empty backward hooks) and has no BUILD for dicts, so two small edits of
// the pickle: a plain dict is pushed after the outer OrderedDict (None) and takes its items, and the stream ends
// before the `_metadata` state with the pair (None, dict).
torch::IValue loadStateDict(const QString& path)
{
    caffe2::serialize::PyTorchStreamReader reader(path.toStdString());
    const auto [data, size] = reader.getRecord("data.pkl");
    std::string pickle(static_cast<const char*>(data.get()), size);
    // GLOBAL collections.OrderedDict, BINPUT 0, EMPTY_TUPLE, REDUCE, then EMPTY_DICT.
    const std::string reduce("q\x00)R", 4);
    const size_t outer = pickle.find(reduce);
    if (outer == std::string::npos || outer > 64)
        throw std::runtime_error("not a state_dict saved by torch.save");
    pickle.insert(outer + reduce.size(), "}");
    const size_t meta = pickle.find("_metadata");
    if (meta != std::string::npos && meta >= 6 && pickle[meta - 5] == 'X') {
        size_t at = meta - 5;
        if (at >= 2 && pickle[at - 2] == 'q')
            at -= 2;
        else if (at >= 5 && pickle[at - 5] == 'r')
            at -= 5;
        if (at >= 1 && pickle[at - 1] == '}')
            pickle = pickle.substr(0, at - 1) + "\x86.";
    }
    size_t position = 0;
    torch::jit::Unpickler unpickler(
        [&](char* buffer, size_t n) {
            const size_t k = std::min(n, pickle.size() - position);
            std::memcpy(buffer, pickle.data() + position, k);
            position += k;
            return k;
        },
        nullptr, nullptr, [&](const std::string& name) { return std::get<0>(reader.getRecord("data/" + name)); },
        c10::Device(c10::kCPU));
    const torch::IValue pair = unpickler.parse_ivalue();
    return pair.toTupleRef().elements().at(1);
}

} // namespace

QString saveTinyBackbone(const QString& folder, unsigned seed)
{
    torch::manual_seed(seed);
    torch::jit::Module m("TinyBackbone");
    m.register_parameter("conv1_weight", torch::randn({12, 3, 3, 3}) * 0.3, false);
    m.register_parameter("conv1_bias", torch::zeros({12}), false);
    m.register_parameter("conv2_weight", torch::randn({24, 12, 3, 3}) * 0.15, false);
    m.register_parameter("conv2_bias", torch::zeros({24}), false);
    m.define(R"(
def forward_features(self, x):
    y = torch.relu(torch.conv2d(x, self.conv1_weight, self.conv1_bias, [2, 2], [1, 1]))
    y = torch.relu(torch.conv2d(y, self.conv2_weight, self.conv2_bias, [2, 2], [1, 1]))
    return y.mean([2, 3])
def forward(self, x):
    return self.forward_features(x)
)");
    const QString weights = QDir(folder).filePath(QStringLiteral("tiny.pt"));
    m.save(weights.toStdString());
    const QString manifest = QDir(folder).filePath(QStringLiteral("tiny.json"));
    writeBackboneManifest(manifest, QStringLiteral("Tiny test backbone"), QStringLiteral("tiny.pt"), 64, false, {QStringLiteral("conv2")});
    return manifest;
}

QString saveTinyLayeredBackbone(const QString& folder)
{
    torch::manual_seed(2);
    torch::jit::Module features("TinyFeatures");
    features.register_parameter("conv1_weight", torch::randn({12, 3, 3, 3}) * 0.3, false);
    features.register_parameter("conv2_weight", torch::randn({24, 12, 3, 3}) * 0.15, false);
    features.define(R"(
def forward(self, x):
    y = torch.relu(torch.conv2d(x, self.conv1_weight, None, [2, 2], [1, 1]))
    return torch.relu(torch.conv2d(y, self.conv2_weight, None, [2, 2], [1, 1]))
)");
    torch::jit::Module m("TinyLayered");
    m.register_module("features", features);
    m.define(R"(
def forward(self, x):
    return self.features.forward(x).mean([2, 3])
)");
    const QString weights = QDir(folder).filePath(QStringLiteral("layered.pt"));
    m.save(weights.toStdString());
    const QString manifest = QDir(folder).filePath(QStringLiteral("layered.json"));
    writeBackboneManifest(manifest, QStringLiteral("Tiny layered backbone"), QStringLiteral("layered.pt"), 64, false,
                          {QStringLiteral("features.conv2")}, QStringLiteral("features"));
    return manifest;
}

QString saveShuffleNetBackbone(const QString& stateDictPath, const std::string& keyPrefix, const QString& folder, QString* error)
{
    try {
        const torch::IValue loaded = loadStateDict(stateDictPath);
        torch::jit::Module m("ShuffleNetV2Backbone");
                for (const auto& entry : loaded.toGenericDict()) {
            std::string key = entry.key().toStringRef();
            if (!key.starts_with(keyPrefix) || key.ends_with("num_batches_tracked"))
                continue;
            key = key.substr(keyPrefix.size());
            std::string attr = key;
            std::replace(attr.begin(), attr.end(), '.', '_');
            // Running statistics are buffers: the unfrozen stage must not treat them as weights.
            m.register_parameter(attr, entry.value().toTensor().to(torch::kFloat32), key.find("running_") != std::string::npos);
        }
        // TorchScript source for the network, written out block by block from the architecture (4, 8, 4 blocks;
        // 24, 48, 96, 192 channels; stride-2 blocks have a projection branch, stride-1 blocks shuffle channels).
        auto bn = [](const std::string& p, const std::string& in) {
            return "torch.batch_norm(" + in + ", self." + p + "_weight, self." + p + "_bias, self." + p + "_running_mean, self." + p +
                   "_running_var, False, 0.1, 1e-5, False)";
        };
        std::string src = "def forward_features(self, x):\n";
        src += "    x = torch.relu(" + bn("first_conv_1", "torch.conv2d(x, self.first_conv_0_weight, None, [2, 2], [1, 1])") + ")\n";
        src += "    x = torch.max_pool2d(x, [3, 3], [2, 2], [1, 1])\n";
        const int repeats[] = {4, 8, 4};
        for (int s = 0; s < 3; ++s) {
            for (int b = 0; b < repeats[s]; ++b) {
                const std::string p = "stage" + std::to_string(s + 2) + "_" + std::to_string(b) + "_";
                const std::string main = p + "branch_main_";
                const bool down = b == 0;
                const std::string in = down ? "x" : "xm";
                if (!down) {
                    src += "    n, c, h, w = x.size(0), x.size(1), x.size(2), x.size(3)\n";
                    src += "    xs = x.reshape(n * c // 2, 2, h * w).permute(1, 0, 2).reshape(2, -1, c // 2, h, w)\n";
                    src += "    xp = xs[0]\n    xm = xs[1]\n";
                }
                src += "    y = torch.relu(" + bn(main + "1", "torch.conv2d(" + in + ", self." + main + "0_weight)") + ")\n";
                src += "    y = " + bn(main + "4", "torch.conv2d(y, self." + main + "3_weight, None, [" + (down ? "2, 2" : "1, 1") +
                                           "], [1, 1], [1, 1], y.size(1))") + "\n";
                src += "    y = torch.relu(" + bn(main + "6", "torch.conv2d(y, self." + main + "5_weight)") + ")\n";
                if (down) {
                    const std::string proj = p + "branch_proj_";
                    src += "    xp = " + bn(proj + "1", "torch.conv2d(x, self." + proj + "0_weight, None, [2, 2], [1, 1], [1, 1], x.size(1))") + "\n";
                    src += "    xp = torch.relu(" + bn(proj + "3", "torch.conv2d(xp, self." + proj + "2_weight)") + ")\n";
                }
                src += "    x = torch.cat([xp, y], 1)\n";
            }
            if (s == 1)
                src += "    p2 = x.mean([2, 3])\n";
        }
        src += "    return torch.cat([p2, x.mean([2, 3])], 1)\n";
        src += "def forward(self, x):\n    return self.forward_features(x)\n";
        m.define(src);
        const QString weights = QDir(folder).filePath(QStringLiteral("backbone.pt"));
        m.save(weights.toStdString());
        const QString manifest = QDir(folder).filePath(QStringLiteral("backbone.json"));
        writeBackboneManifest(manifest, QStringLiteral("ShuffleNetV2 0.5x (FastestDet backbone)"), QStringLiteral("backbone.pt"), 224, true,
                              {QStringLiteral("stage4")});
        return manifest;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return {};
    }
}

} // namespace trapline::test
