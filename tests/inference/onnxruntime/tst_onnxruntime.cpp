// The ONNX Runtime backend (built where libonnxruntime-dev is found: the Debian 13 lane). FastestDet's upstream ONNX
// export against its own runtime.py and against the OpenCV DNN backend, and timm models with attention (random
// weights) exported by PyTorch 2 against PyTorch, through ONNX Runtime and through LibTorch 2.
#include "ScriptedModels.h"
#include "TestSupport.h"
#include "inference/ModelRunner.h"
#include "inference/OnnxRuntimeRunner.h"
#include "inference/OpenCvDnnRunner.h"
#include "inference/OutputDecoders.h"
#include "inference/Preprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace trapline;

namespace {

// Debian's interpreter (python3-onnxruntime, python3-torch), or the venv with timm that
// scripts/debian13/reference-python.sh makes, through TRAPLINE_REFERENCE_PYTHON.
QString python()
{
    const QString env = qEnvironmentVariable("TRAPLINE_REFERENCE_PYTHON");
    return env.isEmpty() ? QStringLiteral("/usr/bin/python3") : env;
}

bool runPython(const QStringList& args, QByteArray* log = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python(), args);
    const bool ok = process.waitForFinished(600000) && process.exitStatus() == QProcess::NormalExit &&
                    process.exitCode() == 0;
    if (log)
        *log = process.readAll();
    return ok;
}

struct Prepared {
    std::vector<float> tensors; // [count, 3, h, w]
    std::vector<inference::InputGeometry> geometry;
    QStringList names;
};

// The LILA and SpeciesNet test images, prepared as the manifest's input says.
Prepared prepareImages(const inference::InputSpec& spec)
{
    QStringList files;
    for (const QString& folder : {QStringLiteral("megadetector-test-images/test_images/test_images"),
                                  QStringLiteral("speciesnet-test-data/test_data")}) {
        QDirIterator it(test::sharedData(folder), {QStringLiteral("*.jpg"), QStringLiteral("*.JPG")}, QDir::Files);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    Prepared p;
    const size_t plane = static_cast<size_t>(3 * spec.width * spec.height);
    for (const QString& file : files) {
        const cv::Mat image = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
        if (image.empty())
            continue; // a deliberately broken file of speciesnet-test-data
        p.tensors.resize(p.tensors.size() + plane);
        p.geometry.push_back(inference::prepareInput(image, spec, p.tensors.data() + p.tensors.size() - plane));
        p.names << QFileInfo(file).fileName();
    }
    return p;
}

bool writeFloats(const QString& path, const std::vector<float>& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(reinterpret_cast<const char*>(data.data()), static_cast<qint64>(data.size() * sizeof(float))) ==
               static_cast<qint64>(data.size() * sizeof(float));
}

std::vector<float> readFloats(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    std::vector<float> out(static_cast<size_t>(bytes.size()) / sizeof(float));
    std::memcpy(out.data(), bytes.constData(), out.size() * sizeof(float));
    return out;
}

float maxAbsDifference(const std::vector<float>& a, const std::vector<float>& b)
{
    float worst = a.size() == b.size() ? 0.0f : INFINITY;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace

class TestOnnxRuntime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onnxModelsGoToOnnxRuntime();
    void fastestDetMatchesUpstreamRuntimePy();
    void fastestDetAgreesWithOpenCvDnn();
    void attentionModelsMatchPyTorch();

private:
    QString fastestDetManifest(const QString& backend, float confidence);
    QTemporaryDir m_dir;
    QString m_fastest;
};

void TestOnnxRuntime::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(inference::onnxRuntimeInfo().compiledIn, "this test is built only with ONNX Runtime");
    m_fastest = test::sharedData(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
}

// The example manifest of resources/models, pointed at upstream's ONNX file and run by `backend`.
QString TestOnnxRuntime::fastestDetManifest(const QString& backend, float confidence)
{
    QFile example(QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/fastestdet-coco.json"));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(example.readAll()).object();
    json[QStringLiteral("backend")] = backend;
    json[QStringLiteral("weights")] = m_fastest + QStringLiteral("/FastestDet.onnx");
    json[QStringLiteral("classes")] = m_fastest + QStringLiteral("/coco.names");
    // runtime.py's nms() ignores the class.
    json[QStringLiteral("thresholds")] = QJsonObject{{QStringLiteral("confidence"), confidence},
                                                     {QStringLiteral("nms_iou"), 0.45},
                                                     {QStringLiteral("class_agnostic_nms"), true}};
    json.remove(QStringLiteral("unlisted_classes")); // all 80 classes, as upstream reports them
    const QString path = m_dir.filePath(backend + QStringLiteral("-fastestdet.json"));
    test::saveManifest(path, json);
    return path;
}

// Without a "backend", and with "onnxruntime", an ONNX file runs on ONNX Runtime here; model-check says so.
void TestOnnxRuntime::onnxModelsGoToOnnxRuntime()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    const QString path = fastestDetManifest(QStringLiteral("onnxruntime"), 0.5f);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    json.remove(QStringLiteral("backend"));
    const QString unspecified = m_dir.filePath(QStringLiteral("no-backend.json"));
    test::saveManifest(unspecified, json);
    for (const QString& manifest : {path, unspecified}) {
        auto model = inference::loadModel(manifest, inference::DeviceChoice::Cpu);
        QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
        QCOMPARE(model.value().backend, inference::Backend::OnnxRuntime);
        QVERIFY(model.value().runner->deviceName().contains(QStringLiteral("ONNX Runtime")));
        QByteArray out, err;
        QCOMPARE(test::runCli({QStringLiteral("model-check"), manifest}, &out, &err), 0);
        QVERIFY2(out.contains("backend: ONNX Runtime"), out.constData());
    }
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("check-system")}, &out), 0);
    QVERIFY2(out.contains("ONNX Runtime ") && out.contains("execution provider"), out.constData());
}

// Upstream's own ONNX Runtime example (runtime.py: ONNX Runtime in Python, its decoding and NMS) and Trapline's
// ONNX Runtime backend with its fastestdet decoder, on the same tensors.
void TestOnnxRuntime::fastestDetMatchesUpstreamRuntimePy()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    const float confidence = 0.2f;
    auto model = inference::loadModel(fastestDetManifest(QStringLiteral("onnxruntime"), confidence),
                                      inference::DeviceChoice::Cpu);
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    const inference::ModelManifest& m = model.value().manifest;
    const Prepared images = prepareImages(m.input);
    QVERIFY(images.names.size() >= 45);
    const QString tensors = m_dir.filePath(QStringLiteral("fastestdet.f32"));
    QVERIFY(writeFloats(tensors, images.tensors));
    const QString reference = m_dir.filePath(QStringLiteral("runtime-py.json"));
    QByteArray log;
    QVERIFY2(runPython({QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/inference/onnxruntime/fastestdet_runtime_reference.py"),
                        m_fastest, m_fastest + QStringLiteral("/FastestDet.onnx"), tensors,
                        QString::number(images.names.size()), QString::number(m.input.height),
                        QString::number(m.input.width), QString::number(confidence), reference},
                       &log),
             log.constData());
    QFile referenceFile(reference);
    QVERIFY(referenceFile.open(QIODevice::ReadOnly));
    const QJsonArray upstream = QJsonDocument::fromJson(referenceFile.readAll()).array();
    QCOMPARE(upstream.size(), images.names.size());

    const size_t plane = static_cast<size_t>(3 * m.input.width * m.input.height);
    // runtime.py truncates its boxes to integers of the 10000-pixel image it is given: 1e-4 of the image.
    const double coordTolerance = 2e-4, scoreTolerance = 1e-4;
    int total = 0;
    QStringList problems;
    for (qsizetype i = 0; i < images.names.size(); ++i) {
        const auto u = static_cast<size_t>(i);
        inference::FloatTensor input{{1, 3, m.input.height, m.input.width},
                                     {images.tensors.begin() + static_cast<std::ptrdiff_t>(u * plane),
                                      images.tensors.begin() + static_cast<std::ptrdiff_t>((u + 1) * plane)}};
        const auto ours = inference::decodeDetections(m, model.value().runner->forward(input).front(), 0,
                                                      images.geometry[u]);
        const QJsonArray theirs = upstream[i].toArray();
        total += static_cast<int>(theirs.size());
        if (static_cast<qsizetype>(ours.size()) != theirs.size()) {
            problems << QStringLiteral("%1: %2 boxes from Trapline, %3 from runtime.py")
                            .arg(images.names[i]).arg(ours.size()).arg(theirs.size());
            continue;
        }
        // Both lists are in descending score order (runtime.py's nms() keeps them so).
        for (qsizetype k = 0; k < theirs.size(); ++k) {
            const QJsonArray b = theirs[k].toArray();
            auto clip = [](double v) { return std::clamp(v, 0.0, 1.0); };
            const double x1 = clip(b[0].toDouble()), y1 = clip(b[1].toDouble());
            const double x2 = clip(b[2].toDouble()), y2 = clip(b[3].toDouble());
            const auto& d = ours[static_cast<size_t>(k)];
            const bool same = d.classIndex == b[5].toInt() && std::abs(d.score - b[4].toDouble()) <= scoreTolerance &&
                              std::abs(d.box.x - x1) <= coordTolerance && std::abs(d.box.y - y1) <= coordTolerance &&
                              std::abs(d.box.x + d.box.w - x2) <= coordTolerance &&
                              std::abs(d.box.y + d.box.h - y2) <= coordTolerance;
            if (!same)
                problems << QStringLiteral("%1 box %2: Trapline class %3 score %4 (%5 %6 %7 %8), runtime.py class %9 "
                                           "score %10 (%11 %12 %13 %14)")
                                .arg(images.names[i]).arg(k).arg(d.classIndex).arg(d.score).arg(d.box.x).arg(d.box.y)
                                .arg(d.box.x + d.box.w).arg(d.box.y + d.box.h).arg(b[5].toInt()).arg(b[4].toDouble())
                                .arg(x1).arg(y1).arg(x2).arg(y2);
        }
    }
    qInfo("FastestDet on ONNX Runtime: %d boxes of runtime.py above %.2f on %lld images compared", total,
          static_cast<double>(confidence), static_cast<long long>(images.names.size()));
    QVERIFY2(total >= 20, "too few upstream boxes for the comparison to mean anything");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 differences, the first: %2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 5).join(QLatin1Char('\n')))));
}

// The raw output tensors of both backends on the same inputs. ONNX Runtime gets them as one batch (FastestDet's
// export has a fixed batch of 1, so the runner feeds it image by image), OpenCV DNN one at a time.
void TestOnnxRuntime::fastestDetAgreesWithOpenCvDnn()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    auto ort = inference::loadModel(fastestDetManifest(QStringLiteral("onnxruntime"), 0.5f), inference::DeviceChoice::Cpu);
    auto dnn = inference::loadModel(fastestDetManifest(QStringLiteral("opencv-dnn"), 0.5f), inference::DeviceChoice::Cpu);
    QVERIFY2(ort.ok(), ort.ok() ? "" : qPrintable(ort.error().message));
    QVERIFY2(dnn.ok(), dnn.ok() ? "" : qPrintable(dnn.error().message));
    QCOMPARE(dnn.value().backend, inference::Backend::OpenCvDnn);
    const inference::InputSpec& spec = ort.value().manifest.input;
    const Prepared images = prepareImages(spec);
    const auto count = static_cast<std::int64_t>(std::min<qsizetype>(images.names.size(), 8));
    QVERIFY(count == 8);
    const size_t plane = static_cast<size_t>(3 * spec.width * spec.height);
    inference::FloatTensor batch{{count, 3, spec.height, spec.width},
                                 {images.tensors.begin(), images.tensors.begin() + static_cast<std::ptrdiff_t>(count) *
                                                                                    static_cast<std::ptrdiff_t>(plane)}};
    const auto a = ort.value().runner->forward(batch);
    const auto b = dnn.value().runner->forward(batch);
    QCOMPARE(a.size(), size_t{1});
    QCOMPARE(a.front().shape, b.front().shape);
    const float diff = maxAbsDifference(a.front().data, b.front().data);
    qInfo("FastestDet, %lld images: largest difference between ONNX Runtime and OpenCV DNN outputs %g",
          static_cast<long long>(count), static_cast<double>(diff));
    QVERIFY2(diff <= 1e-4f, qPrintable(QStringLiteral("outputs differ by %1").arg(diff)));
}

// timm's ViT and Swin (fused attention on PyTorch 2) with fixed-seed random weights: Trapline's ONNX Runtime backend
// on PyTorch's ONNX export (dynamic batch, one batch of all images) and Trapline's LibTorch backend on PyTorch's
// TorchScript trace, against the eager model on the same tensors.
void TestOnnxRuntime::attentionModelsMatchPyTorch()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/test_images/test_images"));
    QByteArray log;
    if (!runPython({QStringLiteral("-c"), QStringLiteral("import timm, torch, onnx")}, &log))
        QSKIP(qPrintable(QStringLiteral("%1 lacks timm, torch or onnx (scripts/debian13/reference-python.sh sets "
                                        "up TRAPLINE_REFERENCE_PYTHON): %2")
                             .arg(python(), QString::fromLocal8Bit(log).trimmed())));
    const int size = 64;
    inference::InputSpec spec;
    spec.width = spec.height = size;
    spec.resize = inference::ResizeMode::Stretch;
    spec.mean = {0.485f, 0.456f, 0.406f};
    spec.std = {0.229f, 0.224f, 0.225f};
    Prepared images = prepareImages(spec);
    const qsizetype count = 6;
    QVERIFY(images.names.size() >= count);
    images.tensors.resize(static_cast<size_t>(count * 3 * size * size));
    const QString inputs = m_dir.filePath(QStringLiteral("attention.f32"));
    QVERIFY(writeFloats(inputs, images.tensors));
    QVERIFY2(runPython({QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/inference/onnxruntime/attention_models.py"),
                        m_dir.path(), inputs, QString::number(count), QString::number(size)},
                       &log),
             log.constData());
    // PyTorch's tracer warnings come first; the script's own lines are "NAME DIMENSIONS fused-attention".
    const QStringList printed = QString::fromLocal8Bit(log).split(QLatin1Char('\n'))
                                    .filter(QRegularExpression(QStringLiteral("^(vit|swin) \\d+ \\w+-attention$")));
    QCOMPARE(printed.size(), 2);
    for (const QString& line : printed) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        const std::vector<float> reference = readFloats(m_dir.filePath(name + QStringLiteral(".ref.f32")));
        QVERIFY(!reference.empty());
        QVERIFY2(line.endsWith(QStringLiteral(" fused-attention")),
                 qPrintable(name + QStringLiteral("'s trace lacks aten::scaled_dot_product_attention, so it tests "
                                                  "nothing LibTorch 1.13 could not run")));
        for (const QString& weights : {name + QStringLiteral(".onnx"), name + QStringLiteral(".pt")}) {
            const QJsonObject json{{QStringLiteral("format"), QStringLiteral("trapline-model/1")},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("kind"), QStringLiteral("embedder")},
                                   {QStringLiteral("weights"), weights},
                                   {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), size},
                                                                         {QStringLiteral("height"), size},
                                                                         {QStringLiteral("resize"), QStringLiteral("stretch")}}},
                                   {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("embedding")}}}};
            const QString manifest = m_dir.filePath(weights + QStringLiteral(".json"));
            test::saveManifest(manifest, json);
            auto model = inference::loadModel(manifest, inference::DeviceChoice::Cpu);
            QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
            QCOMPARE(model.value().backend, weights.endsWith(u".onnx") ? inference::Backend::OnnxRuntime
                                                                       : inference::Backend::TorchScript);
            const auto out = model.value().runner->forward({{count, 3, size, size}, images.tensors});
            QCOMPARE(out.front().dim(0), static_cast<std::int64_t>(count));
            const float diff = maxAbsDifference(out.front().data, reference);
            qInfo("%s: largest difference from eager PyTorch %g", qPrintable(weights), static_cast<double>(diff));
            QVERIFY2(diff <= 1e-4f, qPrintable(QStringLiteral("%1 differs from PyTorch by %2").arg(weights).arg(diff)));
        }
    }
}

QTEST_GUILESS_MAIN(TestOnnxRuntime)
#include "tst_onnxruntime.moc"
