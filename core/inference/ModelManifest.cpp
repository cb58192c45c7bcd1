#include "ModelManifest.h"
#include "Tr.h"
#include "models/ModelFolders.h"
#include "taxonomy/SpeciesNetTaxonomy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trapline::inference {

namespace {

template <class E>
struct Named {
    const char* name;
    E value;
};

const Named<ModelKind> kKinds[] = {{"detector", ModelKind::Detector},
                                   {"classifier", ModelKind::Classifier},
                                   {"embedder", ModelKind::Embedder}};
const Named<Backend> kBackends[] = {
    {"torchscript", Backend::TorchScript}, {"opencv-dnn", Backend::OpenCvDnn}, {"onnxruntime", Backend::OnnxRuntime}};
const Named<OutputDecoder> kDecoders[] = {{"yolov5", OutputDecoder::YoloV5},
                                          {"ultralytics", OutputDecoder::Ultralytics},
                                          {"yolov10", OutputDecoder::YoloV10},
                                          {"rt-detr", OutputDecoder::RtDetr},
                                          {"darknet-yolo", OutputDecoder::DarknetYolo},
                                          {"fastestdet", OutputDecoder::FastestDet},
                                          {"logits", OutputDecoder::Logits},
                                          {"probabilities", OutputDecoder::Probabilities},
                                          {"embedding", OutputDecoder::Embedding},
                                          {"speciesnet", OutputDecoder::SpeciesNet}};

template <class E, size_t N>
std::optional<E> parseName(const Named<E> (&table)[N], const QString& text)
{
    for (const auto& entry : table)
        if (text == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

template <class E, size_t N>
QString choices(const Named<E> (&table)[N])
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromLatin1(entry.name);
    return names.join(QStringLiteral(", "));
}

template <class E, size_t N>
QString nameOf(const Named<E> (&table)[N], E value)
{
    for (const auto& entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    return {};
}

// Collects every problem of a manifest so the user fixes them in one go.
struct Problems {
    QStringList list;
    void add(const QString& p) { list << p; }
};

template <size_t N>
std::optional<std::array<float, N>> floats(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    if (a.size() != static_cast<qsizetype>(N))
        return std::nullopt;
    std::array<float, N> out{};
    for (size_t i = 0; i < N; ++i) {
        if (!a[static_cast<qsizetype>(i)].isDouble())
            return std::nullopt;
        out[i] = static_cast<float>(a[static_cast<qsizetype>(i)].toDouble());
    }
    return out;
}

void readInput(const QJsonObject& json, InputSpec& input, Problems& problems)
{
    input.width = json.value(QStringLiteral("width")).toInt(0);
    input.height = json.value(QStringLiteral("height")).toInt(0);
    if (input.width < 8 || input.height < 8 || input.width > 8192 || input.height > 8192)
        problems.add(InferenceText::tr("input.width and input.height must be between 8 and 8192 pixels"));
    const QString resize = json.value(QStringLiteral("resize")).toString(QStringLiteral("letterbox"));
    if (resize == u"letterbox")
        input.resize = ResizeMode::Letterbox;
    else if (resize == u"stretch")
        input.resize = ResizeMode::Stretch;
    else
        problems.add(InferenceText::tr("input.resize must be \"letterbox\" or \"stretch\", not \"%1\"").arg(resize));
    const QString interpolation = json.value(QStringLiteral("interpolation")).toString(QStringLiteral("auto"));
    if (interpolation == u"linear")
        input.interpolation = InputSpec::Interpolation::Linear;
    else if (interpolation != u"auto")
        problems.add(InferenceText::tr("input.interpolation must be \"auto\" or \"linear\""));
    const QString order = json.value(QStringLiteral("channel_order")).toString(QStringLiteral("RGB")).toUpper();
    if (order == u"RGB" || order == u"BGR")
        input.channels = order == u"RGB" ? ChannelOrder::RGB : ChannelOrder::BGR;
    else
        problems.add(InferenceText::tr("input.channel_order must be \"RGB\" or \"BGR\""));
    const QString layout = json.value(QStringLiteral("layout")).toString(QStringLiteral("NCHW")).toUpper();
    if (layout == u"NCHW" || layout == u"NHWC")
        input.layout = layout == u"NHWC" ? TensorLayout::NHWC : TensorLayout::NCHW;
    else
        problems.add(InferenceText::tr("input.layout must be \"NCHW\" or \"NHWC\", not \"%1\"").arg(layout));
    input.scale = static_cast<float>(json.value(QStringLiteral("scale")).toDouble(1.0 / 255.0));
    if (json.contains(QStringLiteral("mean"))) {
        if (auto mean = floats<3>(json.value(QStringLiteral("mean"))))
            input.mean = *mean;
        else
            problems.add(InferenceText::tr("input.mean must be three numbers"));
    }
    if (json.contains(QStringLiteral("std"))) {
        auto std = floats<3>(json.value(QStringLiteral("std")));
        if (std && (*std)[0] != 0 && (*std)[1] != 0 && (*std)[2] != 0)
            input.std = *std;
        else
            problems.add(InferenceText::tr("input.std must be three non-zero numbers"));
    }
    const QString decode = json.value(QStringLiteral("decode")).toString(QStringLiteral("reduced"));
    if (decode == u"full" || decode == u"reduced")
        input.fullDecode = decode == u"full";
    else
        problems.add(InferenceText::tr("input.decode must be \"reduced\" or \"full\", not \"%1\"").arg(decode));
    input.padToStride = json.value(QStringLiteral("pad_to_stride")).toInt(0);
    if (input.padToStride < 0 || (input.padToStride > 0 && input.resize != ResizeMode::Letterbox))
        problems.add(InferenceText::tr("input.pad_to_stride must be a positive number of pixels, for \"resize\": "
                                       "\"letterbox\" only"));
    if (json.contains(QStringLiteral("pad_color"))) {
        if (auto pad = floats<3>(json.value(QStringLiteral("pad_color"))))
            input.padColor = {static_cast<int>((*pad)[0]), static_cast<int>((*pad)[1]), static_cast<int>((*pad)[2])};
        else
            problems.add(InferenceText::tr("input.pad_color must be three numbers 0-255"));
    }
}

void readClasses(const QJsonObject& json, const QString& classesPath, ModelManifest& m, Problems& problems)
{
    const QJsonValue classes = json.value(QStringLiteral("classes"));
    if (classes.isString()) { // a labels file, one class per line (coco.names)
        QFile file(classesPath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            problems.add(InferenceText::tr("the class list file %1 cannot be read").arg(file.fileName()));
        else
            for (const QByteArray& line : file.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    m.classes << QString::fromUtf8(line.trimmed());
    } else {
        for (const QJsonValue& c : classes.toArray())
            m.classes << c.toString();
    }
    if (m.decoder == OutputDecoder::SpeciesNet) {
        for (const QString& c : std::as_const(m.classes))
            if (!taxonomy::SpeciesNetLabel::parse(c)) {
                problems.add(InferenceText::tr("the speciesnet decoder needs SpeciesNet labels "
                                               "(uuid;class;order;family;genus;species;common name), not \"%1\"")
                                 .arg(c));
                break;
            }
    }
    if (m.classes.isEmpty() && m.kind != ModelKind::Embedder)
        problems.add(QStringLiteral("\"classes\" is missing: a detector or classifier needs its list of class names "
                                    "(an array, or the name of a file with one class per line)"));
    const QJsonObject mapping = json.value(QStringLiteral("taxonomy")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!m.classes.contains(it.key()))
            problems.add(InferenceText::tr("taxonomy names \"%1\", which is not one of the classes").arg(it.key()));
        const QJsonObject entry = it.value().toObject();
        ClassMapping cm;
        cm.observationType = entry.value(QStringLiteral("observation_type")).toString(QStringLiteral("animal"));
        cm.scientificName = entry.value(QStringLiteral("scientific_name")).toString();
        cm.commonName = entry.value(QStringLiteral("common_name")).toString();
        cm.ignore = entry.value(QStringLiteral("ignore")).toBool(false);
        static const QStringList types{QStringLiteral("animal"), QStringLiteral("human"), QStringLiteral("vehicle"),
                                       QStringLiteral("blank"), QStringLiteral("unknown")};
        if (!types.contains(cm.observationType))
            problems.add(InferenceText::tr("taxonomy.%1.observation_type must be one of %2")
                             .arg(it.key(), types.join(QStringLiteral(", "))));
        m.mapping[it.key()] = cm;
    }
    // "ignore" drops every class the taxonomy does not name, e.g. the 60 COCO classes that are neither animals,
    // people nor vehicles.
    const QString unlisted = json.value(QStringLiteral("unlisted_classes")).toString(QStringLiteral("animal"));
    if (unlisted == u"ignore")
        m.unlisted.ignore = true;
    else if (unlisted != u"animal")
        problems.add(QStringLiteral("\"unlisted_classes\" must be \"animal\" or \"ignore\""));
}

void readKindAndBackend(const QJsonObject& json, ModelManifest& m, Problems& problems)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (auto k = parseName(kKinds, kind))
        m.kind = *k;
    else
        problems.add(QStringLiteral("\"kind\" must be one of %1 (found \"%2\")").arg(choices(kKinds), kind));
    // Without a "backend", an ONNX file goes to ONNX Runtime (OpenCV DNN where Trapline has no ONNX Runtime, see
    // loadModel) and anything else to LibTorch.
    const bool onnxWeights = json.value(QStringLiteral("weights")).toString().endsWith(u".onnx", Qt::CaseInsensitive);
    const QString backend = json.value(QStringLiteral("backend"))
                                .toString(onnxWeights ? QStringLiteral("onnxruntime") : QStringLiteral("torchscript"));
    if (auto b = parseName(kBackends, backend))
        m.backend = *b;
    else
        problems.add(QStringLiteral("\"backend\" must be one of %1 (found \"%2\")").arg(choices(kBackends), backend));
    const QString decoder = json.value(QStringLiteral("output")).toObject().value(QStringLiteral("decoder")).toString();
    if (auto d = parseName(kDecoders, decoder))
        m.decoder = *d;
    else
        problems.add(
            QStringLiteral("\"output.decoder\" must be one of %1 (found \"%2\")").arg(choices(kDecoders), decoder));
    if (m.kind == ModelKind::Detector && !isBoxDecoder(m.decoder))
        problems.add(
            InferenceText::tr("a detector needs a box decoder (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, "
                              "fastestdet)"));
    if (m.kind == ModelKind::Classifier && m.decoder != OutputDecoder::Logits &&
        m.decoder != OutputDecoder::Probabilities && m.decoder != OutputDecoder::SpeciesNet)
        problems.add(
            InferenceText::tr("a classifier's decoder must be \"logits\", \"probabilities\" or \"speciesnet\""));
    if (m.kind == ModelKind::Embedder && m.decoder != OutputDecoder::Embedding)
        problems.add(InferenceText::tr("an embedder's decoder must be \"embedding\""));
    if (m.decoder == OutputDecoder::DarknetYolo && m.backend != Backend::OpenCvDnn)
        problems.add(
            InferenceText::tr("the darknet-yolo decoder reads OpenCV DNN outputs: use \"backend\": \"opencv-dnn\""));
}

// A file the manifest names, relative to the manifest; else, by its file name, in the models folders (so a
// shipped manifest finds the weights a user installed). Empty when it is nowhere.
QString locateModelFile(const QDir& dir, const QString& relative)
{
    const QString beside = QDir::cleanPath(dir.filePath(relative));
    if (QFileInfo(beside).isFile())
        return beside;
    return models::findInstalledFile(QFileInfo(relative).fileName());
}

// The files a manifest names (weights, config, class list). The ones found nowhere are listed in `missing`, by the
// name the manifest gives, and nothing else is checked: every later problem would only follow from them.
void readFiles(const QJsonObject& json, ModelManifest& m, Problems& problems, QStringList& missing,
               QString& classesPath)
{
    const QDir dir = QFileInfo(m.path).absoluteDir();
    const QString weights = json.value(QStringLiteral("weights")).toString();
    if (weights.isEmpty())
        problems.add(QStringLiteral("\"weights\" is missing: name the model file, relative to the manifest"));
    else if ((m.weightsPath = locateModelFile(dir, weights)).isEmpty())
        missing << weights;
    const QString config = json.value(QStringLiteral("config")).toString();
    if (!config.isEmpty() && (m.configPath = locateModelFile(dir, config)).isEmpty())
        missing << config;
    const QJsonObject ensemble = json.value(QStringLiteral("ensemble")).toObject();
    for (auto [key, path] :
         {std::pair{"taxonomy", &m.speciesNetTaxonomyPath}, std::pair{"geofence", &m.speciesNetGeofencePath}}) {
        const QString file = ensemble.value(QLatin1String(key)).toString();
        if (!file.isEmpty() && (*path = locateModelFile(dir, file)).isEmpty())
            missing << file;
    }
    const QJsonValue classes = json.value(QStringLiteral("classes"));
    if (classes.isString() && (classesPath = locateModelFile(dir, classes.toString())).isEmpty())
        missing << classes.toString();
}

QString hashFiles(const QStringList& paths, const QByteArray& manifestBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(manifestBytes);
    for (const QString& p : paths) {
        if (p.isEmpty())
            continue;
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

QString kindName(ModelKind kind) { return nameOf(kKinds, kind); }
QString backendName(Backend backend) { return nameOf(kBackends, backend); }
QString decoderName(OutputDecoder decoder) { return nameOf(kDecoders, decoder); }

bool isBoxDecoder(OutputDecoder decoder)
{
    return decoder != OutputDecoder::Logits && decoder != OutputDecoder::Probabilities &&
           decoder != OutputDecoder::Embedding;
}

bool isEndToEnd(OutputDecoder decoder)
{
    return decoder == OutputDecoder::YoloV10 || decoder == OutputDecoder::RtDetr;
}

Result<ModelManifest> ModelManifest::load(const QString& manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the model manifest %1: %2").arg(manifestPath, file.errorString())};
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{InferenceText::tr("The model manifest %1 is not valid JSON (%2 at character %3).")
                         .arg(manifestPath, parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject json = doc.object();
    ModelManifest m;
    m.path = QFileInfo(manifestPath).absoluteFilePath();
    m.name = json.value(QStringLiteral("name")).toString(QFileInfo(manifestPath).completeBaseName());
    m.version = json.value(QStringLiteral("version")).toString();
    Problems problems;
    QStringList missing;
    QString classesPath;
    readFiles(json, m, problems, missing, classesPath);
    if (!missing.isEmpty())
        return Error{models::missingModelFileSentence(m.name, missing)};
    readKindAndBackend(json, m, problems);
    readInput(json.value(QStringLiteral("input")).toObject(), m.input, problems);
    readClasses(json, classesPath, m, problems);
    const QJsonObject thresholds = json.value(QStringLiteral("thresholds")).toObject();
    m.thresholds.confidence = static_cast<float>(thresholds.value(QStringLiteral("confidence")).toDouble(0.2));
    m.thresholds.nmsIou = static_cast<float>(thresholds.value(QStringLiteral("nms_iou")).toDouble(0.45));
    m.thresholds.classAgnosticNms = thresholds.value(QStringLiteral("class_agnostic_nms")).toBool(false);
    m.allowHalfPrecision = json.value(QStringLiteral("half_precision")).toBool(false);
    m.maxBatch = json.value(QStringLiteral("max_batch")).toInt(16);
    m.featureMethod = json.value(QStringLiteral("feature_method")).toString();
    for (const auto& prefix : json.value(QStringLiteral("unfreeze")).toArray())
        m.unfreeze << prefix.toString();
    if (!problems.list.isEmpty())
        return Error{InferenceText::tr("The model manifest %1 has problems:\n- %2")
                         .arg(manifestPath, problems.list.join(QStringLiteral("\n- ")))};
    m.contentHash = hashFiles({m.weightsPath, m.configPath, m.speciesNetGeofencePath}, bytes);
    return m;
}

ClassMapping ModelManifest::mappingFor(int classIndex) const
{
    if (classIndex < 0 || classIndex >= classes.size())
        return ClassMapping{QStringLiteral("unknown"), {}, {}, false};
    const auto it = mapping.find(classes[classIndex]);
    if (it != mapping.end())
        return it->second;
    if (decoder == OutputDecoder::SpeciesNet)
        if (const auto label = taxonomy::SpeciesNetLabel::parse(classes[classIndex])) {
            // Only animals are taxa of the project (not "Homo sapiens"); SpeciesNet's "animal" has no scientific
            // name, an animal of no known taxon.
            if (label->observationType() != u"animal")
                return ClassMapping{label->observationType(), {}, {}, false};
            return ClassMapping{QStringLiteral("animal"), label->scientificName(), label->displayCommonName(), false};
        }
    return unlisted;
}

} // namespace trapline::inference
