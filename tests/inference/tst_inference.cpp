// Inference: manifests, preprocessing geometry, each output decoder, NMS, and the pipeline over a project with
// TorchScript models built in C++ (exact boxes, crops, embeddings), wrong models, corrupt images, cancel and resume.
#include "DateTimes.h"
#include "ScriptedModels.h"
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "inference/ComputeThreads.h"
#include "inference/InferenceJob.h"
#include "inference/ModelRunner.h"
#include "inference/OnnxRuntimeRunner.h"
#include "inference/OutputDecoders.h"
#include "inference/Preprocess.h"
#include "inference/SequenceSmoother.h"
#include "inference/TorchScriptRunner.h"
#include "ingest/ImportJob.h"
#include "project/Deployments.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <cmath>
#include <thread>

using namespace trapline;
using namespace trapline::inference;

namespace {

// Five boxes in input pixels of a 320x320 letterboxed input: two overlapping ones of different classes, one
// below the threshold, and one duplicate of the first with a lower score (NMS must remove it).
const char* const kYoloV5Model = R"(
def forward(self, x):
    b = x.size(0)
    rows = torch.tensor([[160.0, 120.0, 64.0, 32.0, 0.9, 0.1, 0.8],
                         [162.0, 121.0, 64.0, 32.0, 0.8, 0.7, 0.1],
                         [161.0, 120.0, 64.0, 32.0, 0.9, 0.1, 0.7],
                         [10.0, 10.0, 4.0, 4.0, 0.05, 0.5, 0.5]])
    return (rows.unsqueeze(0).repeat(b, 1, 1), x)
)";

// Objectness follows the image's brightness: bright frames hold an "animal", dark ones are empty.
const char* const kBrightnessModel = R"(
def forward(self, x):
    b = x.size(0)
    m = x.mean(dim=[1, 2, 3])
    c = torch.ones(b)
    return torch.stack([c * 160.0, c * 160.0, c * 100.0, c * 80.0, m, c], dim=1).unsqueeze(1)
)";

const char* const kUltralyticsModel = R"(
def forward(self, x):
    t = torch.tensor([[100.0, 300.0], [50.0, 60.0], [20.0, 40.0], [10.0, 20.0], [0.9, 0.1], [0.05, 0.6]])
    return t.unsqueeze(0).repeat(x.size(0), 1, 1)
)";

// Logits are ten times the mean of each RGB channel: a red crop is "red".
const char* const kColourClassifier = R"(
def forward(self, x):
    return x.mean(dim=[2, 3]) * 10.0
)";

// A detector with one box per frame that throws on a white frame: one bad image in a batch.
const char* const kFailsOnWhiteModel = R"(
def forward(self, x):
    m = x.mean(dim=[1, 2, 3])
    assert not bool((m > 0.98).any()), "a white frame breaks this model"
    c = torch.ones(x.size(0))
    return torch.stack([c * 160.0, c * 160.0, c * 100.0, c * 80.0, c * 0.9, c], dim=1).unsqueeze(1)
)";

// The colour classifier, but a green crop makes it throw.
const char* const kFailsOnGreenClassifier = R"(
def forward(self, x):
    g = x[:, 1].mean(dim=[1, 2]) - x[:, 0].mean(dim=[1, 2])
    assert not bool((g > 0.5).any()), "a green crop breaks this classifier"
    return x.mean(dim=[2, 3]) * 10.0
)";

// The brightness detector made slow (a pointless chain of matrix products whose result is multiplied by zero), so
// that trapline-cli can be killed in the middle of a run.
const char* const kSlowBrightnessModel = R"(
def forward(self, x):
    b = x.size(0)
    m = x.mean(dim=[1, 2, 3])
    z = torch.ones(256, 256) / 256.0
    for i in range(200):
        z = torch.tanh(torch.mm(z, z))
    c = torch.ones(b) + z.mean() * 0.0
    return torch.stack([c * 160.0, c * 160.0, c * 100.0, c * 80.0, m, c], dim=1).unsqueeze(1)
)";

// SpeciesNet's input is NHWC: the logits of lion and brown bear are ten times the mean red and blue of the crop,
// read from the last dimension, so a red crop is a lion only when the pixels arrive interleaved.
const char* const kNhwcSpeciesNet = R"(
def forward(self, x):
    assert x.size(3) == 3 and x.size(1) == 48 and x.size(2) == 48, "not NHWC 48x48"
    r = x[:, :, :, 0].mean(dim=[1, 2]) * 10.0
    b = x[:, :, :, 2].mean(dim=[1, 2]) * 10.0
    z = torch.zeros(x.size(0))
    return torch.stack([r, z, z, z, b], dim=1)
)";
const char* const kSpeciesNetLabels =
    "ddf59264-185a-4d35-b647-2785792bdf54;mammalia;carnivora;felidae;panthera;leo;lion\n"
    "f1856211-cfb7-4a5b-9158-c0f72fd09ee6;;;;;;blank\n"
    "990ae9dd-7a59-4344-afcb-1b7b21368000;mammalia;primates;hominidae;homo;sapiens;human\n"
    "e2895ed5-780b-48f6-8a11-9e27cb594511;;;;;;vehicle\n"
    "330bb1e9-84d6-4e41-afa9-938aee17ea29;mammalia;carnivora;ursidae;ursus;arctos;brown bear\n";

const char* const kEmbedder = R"(
def forward(self, x):
    return torch.cat([x.mean(dim=[2, 3]), torch.ones(x.size(0), 1)], dim=1)
)";

QJsonObject detectorManifest(const QString& weights, int size = 320, const QString& resize = QStringLiteral("letterbox"))
{
    return {{QStringLiteral("name"), QStringLiteral("test detector")},
            {QStringLiteral("kind"), QStringLiteral("detector")},
            {QStringLiteral("backend"), QStringLiteral("torchscript")},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("classes"), QJsonArray{QStringLiteral("Vulpes vulpes"), QStringLiteral("Felis catus")}},
            {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), size}, {QStringLiteral("height"), size},
                                                  {QStringLiteral("resize"), resize}}},
            {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("yolov5")}}},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("confidence"), 0.3}, {QStringLiteral("nms_iou"), 0.45}}}};
}

QJsonObject classifierManifest(const QString& weights)
{
    return {{QStringLiteral("name"), QStringLiteral("colour classifier")},
            {QStringLiteral("kind"), QStringLiteral("classifier")},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("classes"), QJsonArray{QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")}},
            {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), 32}, {QStringLiteral("height"), 32},
                                                  {QStringLiteral("resize"), QStringLiteral("stretch")}}},
            {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("logits")}}}};
}

QJsonObject embedderManifest(const QString& weights)
{
    return {{QStringLiteral("name"), QStringLiteral("test embedder")},
            {QStringLiteral("kind"), QStringLiteral("embedder")},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), 16}, {QStringLiteral("height"), 16},
                                                  {QStringLiteral("resize"), QStringLiteral("stretch")}}},
            {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("embedding")}}}};
}

void writeImage(const QString& path, const cv::Mat& image)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(cv::imwrite(path.toStdString(), image, {cv::IMWRITE_JPEG_QUALITY, 98}));
}

ModelManifest manifestFrom(const QJsonObject& json)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QJsonObject withWeights = json;
    QFile weights(dir.filePath(QStringLiteral("w.pt")));
    weights.open(QIODevice::WriteOnly);
    weights.write("x");
    weights.close();
    withWeights[QStringLiteral("weights")] = QStringLiteral("w.pt");
    test::saveManifest(path, withWeights);
    auto m = ModelManifest::load(path);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return m.value();
}

// Every observation as text: its frame, its box (or "frame"), label, confidence and the kind of model that wrote it.
QStringList observationsOf(Project& project)
{
    QStringList out;
    auto& st = project.db().cached(
        "SELECT m.rel_path || ':' || coalesce(round(d.x, 4) || ',' || round(d.y, 4) || ',' || d.category, 'frame') || ':'"
        " || o.observation_type || ':' || coalesce(t.scientific_name, '') || ':' || coalesce(round(o.confidence, 4), '')"
        " || ':' || o.method || ':' || coalesce(md.kind, '') FROM observations o JOIN media m ON m.id = o.media_id"
        " LEFT JOIN detections d ON d.id = o.detection_id LEFT JOIN taxa t ON t.id = o.taxon_id"
        " LEFT JOIN models md ON md.id = o.model_id");
    while (st.step())
        out << st.text(0);
    st.reset();
    out.sort();
    return out;
}

// Embedding vectors by box (frame and box position).
QMap<QString, std::vector<float>> embeddingsOf(Project& project)
{
    QMap<QString, std::vector<float>> out;
    auto& st = project.db().cached("SELECT m.rel_path || ':' || round(d.x, 4) || ',' || round(d.y, 4) || ',' || d.category,"
                                   " e.vector FROM embeddings e JOIN detections d ON d.id = e.detection_id"
                                   " JOIN media m ON m.id = d.media_id");
    while (st.step()) {
        const QByteArray blob = st.blob(1);
        const auto* v = reinterpret_cast<const float*>(blob.constData());
        out.insert(st.text(0), std::vector<float>(v, v + blob.size() / qsizetype(sizeof(float))));
    }
    st.reset();
    return out;
}

// Sequence predictions (by the kind of model) and the review flag of every frame.
QStringList smoothingOf(Project& project)
{
    QStringList out;
    auto& st = project.db().cached(
        "SELECT 'sequence ' || s.start_ms || ':' || md.kind || ':' || p.observation_type || ':' || coalesce(p.label, '')"
        " || ':' || p.frames_agreeing || ':' || round(p.confidence, 4) || ':' || s.review_state FROM sequence_predictions p"
        " JOIN sequences s ON s.id = p.sequence_id JOIN models md ON md.id = p.model_id"
        " UNION ALL SELECT rel_path || ':' || coalesce(review_flag, '-') FROM media");
    while (st.step())
        out << st.text(0);
    st.reset();
    out.sort();
    return out;
}

// A card of `sequences` bursts of three frames an hour apart (by file time): two bright frames and a dark one.
void writeBursts(const QString& folder, int sequences)
{
    const QDateTime start = trapline::utcDateTime(QDate(2024, 5, 1), QTime(8, 0));
    for (int s = 0; s < sequences; ++s) {
        const std::array<int, 3> brightness{200 + s, 190 + s, 10};
        for (int i = 0; i < 3; ++i) {
            const QString path = QStringLiteral("%1/CAM/IMG_%2.JPG").arg(folder).arg(s * 3 + i, 4, 10, QLatin1Char('0'));
            writeImage(path, cv::Mat(120, 160, CV_8UC3, cv::Scalar::all(brightness[static_cast<size_t>(i)])));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(start.addSecs(3600 * s + i), QFileDevice::FileModificationTime));
        }
    }
}

Result<ingest::ImportSummary> importFolder(const QString& project, const QString& folder)
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    return ingest::ImportJob(project, options).run(control);
}

} // namespace

class TestInference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void letterboxGeometryIsExact();
    void letterboxPaddedToTheStrideKeepsTheImageShape();
    void stretchGeometryIsExact();
    void cropRectangleRoundsOutwardAndClips();
    void computeThreadsReappliedWhileOpenCvWorks();
    void yoloV5DecodesThresholdsAndNms();
    void ultralyticsDecodes();
    void yoloV10DecodesEndToEndWithoutNms();
    void rtDetrDecodesSharesOfTheInputWithoutNms();
    void fastestDetDecodes();
    void scriptedModelsFollowTheirContractsThroughTheRunner();
    void nmsIsPerClassUnlessAgnostic();
    void softmaxAndEmbeddingNormalisation();

    void wrongModelsAreRefusedAtLoad_data();
    void wrongModelsAreRefusedAtLoad();
    void torch2FusedAttentionNeedsLibTorch2();
    void onnxFilesGoToOnnxRuntimeWhereBuilt();

    void pipelineStoresExactBoxesCropsAndEmbeddings();
    void corruptImageIsRecordedAndTheRunGoesOn();
    void cancelledRunResumesToTheSameResults();
    void framesThatDisagreeWithTheirSequenceAreFlagged();
    void embedderAndClassifierAddedAfterTheDetectorMatchOneRun();
    void failedForwardPassFailsOnlyTheBadImageAndModel();
    void repeatedRunWritesOneSetOfBoxes();
    void killedRunSmoothsTheSameSequencesAsAnUninterruptedOne();
    void speciesNetRunsNhwcThroughItsEnsembleAndGeofence();

private:
    QTemporaryDir m_models;
    QString m_yolo, m_colour, m_embedder, m_brightness, m_ultralytics;
    QString m_failsOnWhite, m_failsOnGreen, m_slowBrightness;
};

void TestInference::initTestCase()
{
    m_yolo = m_models.filePath(QStringLiteral("yolo.pt"));
    m_colour = m_models.filePath(QStringLiteral("colour.pt"));
    m_embedder = m_models.filePath(QStringLiteral("embed.pt"));
    m_brightness = m_models.filePath(QStringLiteral("bright.pt"));
    m_ultralytics = m_models.filePath(QStringLiteral("ultra.pt"));
    test::saveScriptModel(m_yolo, QString::fromLatin1(kYoloV5Model));
    test::saveScriptModel(m_colour, QString::fromLatin1(kColourClassifier));
    test::saveScriptModel(m_embedder, QString::fromLatin1(kEmbedder));
    test::saveScriptModel(m_brightness, QString::fromLatin1(kBrightnessModel));
    test::saveScriptModel(m_ultralytics, QString::fromLatin1(kUltralyticsModel));
    test::saveManifest(m_models.filePath(QStringLiteral("yolo.json")), detectorManifest(m_yolo));
    test::saveManifest(m_models.filePath(QStringLiteral("colour.json")), classifierManifest(m_colour));
    test::saveManifest(m_models.filePath(QStringLiteral("embed.json")), embedderManifest(m_embedder));
    QJsonObject bright = detectorManifest(m_brightness);
    bright[QStringLiteral("classes")] = QJsonArray{QStringLiteral("Panthera pardus")};
    test::saveManifest(m_models.filePath(QStringLiteral("bright.json")), bright);
    m_failsOnWhite = m_models.filePath(QStringLiteral("white.pt"));
    m_failsOnGreen = m_models.filePath(QStringLiteral("green.pt"));
    m_slowBrightness = m_models.filePath(QStringLiteral("slow.pt"));
    test::saveScriptModel(m_failsOnWhite, QString::fromLatin1(kFailsOnWhiteModel));
    test::saveScriptModel(m_failsOnGreen, QString::fromLatin1(kFailsOnGreenClassifier));
    test::saveScriptModel(m_slowBrightness, QString::fromLatin1(kSlowBrightnessModel));
    QJsonObject white = detectorManifest(m_failsOnWhite, 320, QStringLiteral("stretch"));
    white[QStringLiteral("classes")] = QJsonArray{QStringLiteral("Panthera pardus")};
    test::saveManifest(m_models.filePath(QStringLiteral("white.json")), white);
    test::saveManifest(m_models.filePath(QStringLiteral("green.json")), classifierManifest(m_failsOnGreen));
    QJsonObject slow = detectorManifest(m_slowBrightness);
    slow[QStringLiteral("classes")] = QJsonArray{QStringLiteral("Panthera pardus")};
    test::saveManifest(m_models.filePath(QStringLiteral("slow.json")), slow);
}

void TestInference::letterboxGeometryIsExact()
{
    InputSpec spec;
    spec.width = spec.height = 320;
    spec.resize = ResizeMode::Letterbox;
    const cv::Mat image(480, 640, CV_8UC3, cv::Scalar(255, 0, 0)); // blue in BGR
    std::vector<float> buffer(3 * 320 * 320);
    const InputGeometry g = prepareInput(image, spec, buffer.data());
    QCOMPARE(g.scaleX, 0.5);
    QCOMPARE(g.scaleY, 0.5);
    QCOMPARE(g.padLeft, 0);
    QCOMPARE(g.padTop, 40);
    const size_t plane = 320 * 320;
    QCOMPARE(buffer[0], 114.0f / 255.0f);                      // R of the grey border, top-left
    QCOMPARE(buffer[plane * 2 + 160 * 320 + 160], 1.0f);       // B channel (RGB order) at the centre
    QCOMPARE(buffer[160 * 320 + 160], 0.0f);                    // R at the centre
    QCOMPARE(buffer[plane * 2 + 39 * 320], 114.0f / 255.0f);    // last border row
    QCOMPARE(buffer[plane * 2 + 40 * 320], 1.0f);               // first image row
    const NormalisedBox box = toSourceBox(g, 128, 104, 192, 136);
    QVERIFY(std::abs(box.x - 0.4) < 1e-9);
    QVERIFY(std::abs(box.y - 64.0 / 240.0) < 1e-9);
    QVERIFY(std::abs(box.w - 0.2) < 1e-9);
    QVERIFY(std::abs(box.h - 32.0 / 240.0) < 1e-9);
    const NormalisedBox clipped = toSourceBox(g, -20, 0, 400, 60); // into the border and beyond the right edge
    QCOMPARE(clipped.x, 0.0);
    QCOMPARE(clipped.y, 0.0);
    QCOMPARE(clipped.w, 1.0);
    QVERIFY(std::abs(clipped.h - 20.0 / 240.0) < 1e-9);
}

// YOLOv5's letterbox(auto=True), as MegaDetector runs it: long side to 1280, then padding only up to the next multiple
// of 64, split evenly. Expected sizes worked out by hand from yolov5/utils/augmentations.py.
void TestInference::letterboxPaddedToTheStrideKeepsTheImageShape()
{
    InputSpec spec;
    spec.width = spec.height = 1280;
    spec.resize = ResizeMode::Letterbox;
    spec.interpolation = InputSpec::Interpolation::Linear;
    spec.padToStride = 64;
    std::vector<float> buffer(3 * 1280 * 1280);
    // 5152 x 3968: 3968 * 1280 / 5152 = 985.8 -> 986 rows, 294 short of 1280; 294 % 64 = 38 -> 19 above, 19 below.
    InputGeometry g = prepareInput(cv::Mat(3968, 5152, CV_8UC3, cv::Scalar(0, 0, 0)), spec, buffer.data());
    QCOMPARE(g.inputWidth, 1280);
    QCOMPARE(g.inputHeight, 1024);
    QCOMPARE(g.padLeft, 0);
    QCOMPARE(g.padTop, 19);
    QCOMPARE(buffer[18 * 1280], 114.0f / 255.0f);
    QCOMPARE(buffer[19 * 1280], 0.0f);
    QCOMPARE(buffer[(19 + 986 - 1) * 1280], 0.0f);
    QCOMPARE(buffer[(19 + 986) * 1280], 114.0f / 255.0f);
    QCOMPARE(buffer[1024 * 1280 - 1], 114.0f / 255.0f); // the last value of the first plane is the bottom border
    // 2048 x 1536 -> 1280 x 960, already a multiple of 64: no padding at all.
    g = prepareInput(cv::Mat(1536, 2048, CV_8UC3, cv::Scalar(0, 0, 0)), spec, buffer.data());
    QCOMPARE(g.inputWidth, 1280);
    QCOMPARE(g.inputHeight, 960);
    QCOMPARE(g.padTop, 0);
    // Portrait 720 x 960 is enlarged to 960 x 1280; 320 columns short, 320 % 64 = 0.
    g = prepareInput(cv::Mat(960, 720, CV_8UC3, cv::Scalar(0, 0, 0)), spec, buffer.data());
    QCOMPARE(g.inputWidth, 960);
    QCOMPARE(g.inputHeight, 1280);
    // 1000 x 690 -> 883 rows; 397 % 64 = 13 -> 6 above, 7 below (YOLOv5: round(6.5 - 0.1), round(6.5 + 0.1)).
    g = prepareInput(cv::Mat(690, 1000, CV_8UC3, cv::Scalar(0, 0, 0)), spec, buffer.data());
    QCOMPARE(g.inputHeight, 896);
    QCOMPARE(g.padTop, 6);
    const NormalisedBox box = toSourceBox(g, 0, 6, 1280, 6 + 883);
    QVERIFY(std::abs(box.y) < 1e-9 && std::abs(box.h - 1.0) < 1e-9);

    QJsonObject json = detectorManifest({});
    QJsonObject input = json[QStringLiteral("input")].toObject();
    input[QStringLiteral("pad_to_stride")] = 64;
    json[QStringLiteral("input")] = input;
    QCOMPARE(manifestFrom(json).input.padToStride, 64);
}

void TestInference::stretchGeometryIsExact()
{
    InputSpec spec;
    spec.width = 320;
    spec.height = 160;
    spec.resize = ResizeMode::Stretch;
    spec.channels = ChannelOrder::BGR;
    spec.mean = {0.5f, 0.5f, 0.5f};
    spec.std = {0.5f, 0.5f, 0.5f};
    const cv::Mat image(480, 640, CV_8UC3, cv::Scalar(255, 0, 0));
    std::vector<float> buffer(3 * 320 * 160);
    const InputGeometry g = prepareInput(image, spec, buffer.data());
    QCOMPARE(g.padTop, 0);
    QCOMPARE(g.scaleY, 160.0 / 480.0);
    QCOMPARE(buffer[0], 1.0f);                 // B first in BGR order: (1 - 0.5) / 0.5
    QCOMPARE(buffer[2 * 320 * 160], -1.0f);    // R: (0 - 0.5) / 0.5
    const NormalisedBox box = toSourceBox(g, 80, 40, 160, 120);
    QVERIFY(std::abs(box.x - 0.25) < 1e-9 && std::abs(box.y - 0.25) < 1e-9);
    QVERIFY(std::abs(box.w - 0.25) < 1e-9 && std::abs(box.h - 0.5) < 1e-9);
}

// The match dialog computes keypoints (OpenCV's parallel loops) on a pool thread while a window opens or an
// inference job starts, and both apply the compute threads. OpenCV's TBB backend rebuilds its task arena on every
// cv::setNumThreads, under a parallel loop of another thread: tst_match_review_ui crashed in tbb's allocate in CI.
void TestInference::computeThreadsReappliedWhileOpenCvWorks()
{
    const int threads = applyComputeThreads(0);
    std::atomic<bool> stop{false};
    std::atomic<int> loops{0};
    std::thread worker([&] {
        cv::Mat image(480, 640, CV_8UC3, cv::Scalar(40, 90, 160)), out;
        while (!stop.load()) {
            cv::GaussianBlur(image, out, cv::Size(9, 9), 2.0);
            cv::resize(out, image, image.size(), 0, 0, cv::INTER_LINEAR);
            ++loops;
        }
    });
    // Applied over and over while the worker's parallel loops run (at least 20 of them).
    while (loops.load() == 0)
        QThread::yieldCurrentThread();
    for (int i = 0; i < 2000 || loops.load() < 20; ++i)
        QCOMPARE(applyComputeThreads(0), threads);
    stop = true;
    worker.join();
    QCOMPARE(computeThreads(), threads);
}

void TestInference::cropRectangleRoundsOutwardAndClips()
{
    QCOMPARE(cropRect({0.25, 0.5, 0.5, 0.25}, 640, 480), cv::Rect(160, 240, 320, 120));
    QCOMPARE(cropRect({0.1001, 0.1001, 0.1, 0.1}, 100, 100), cv::Rect(10, 10, 11, 11));
    QCOMPARE(cropRect({0.9, 0.9, 0.5, 0.5}, 100, 100), cv::Rect(90, 90, 10, 10));
    QCOMPARE(cropRect({1.0, 1.0, 0.0, 0.0}, 100, 100), cv::Rect(99, 99, 1, 1));
}

void TestInference::yoloV5DecodesThresholdsAndNms()
{
    ModelManifest m = manifestFrom(detectorManifest({}));
    FloatTensor out{{1, 4, 7}, {160, 120, 64, 32, 0.9f, 0.1f, 0.8f, 162, 121, 64, 32, 0.8f, 0.7f, 0.1f,
                                161, 120, 64, 32, 0.9f, 0.1f, 0.7f, 10, 10, 4, 4, 0.05f, 0.5f, 0.5f}};
    QVERIFY(checkOutputShape(m, out).ok());
    const auto raw = decodeBoxes(m, out, 0);
    QCOMPARE(raw.size(), size_t(3)); // the 0.05-objectness row is below the 0.3 threshold
    QCOMPARE(raw[0].classIndex, 1);
    QVERIFY(std::abs(raw[0].score - 0.72f) < 1e-6f);
    QCOMPARE(raw[0].x1, 128.0f);
    QCOMPARE(raw[0].y2, 136.0f);
    InputGeometry g{640, 480, 0.5, 0.5, 0, 40};
    const auto detections = decodeDetections(m, out, 0, g);
    QCOMPARE(detections.size(), size_t(2)); // the duplicate of class 1 is suppressed; class 0 is kept
    QCOMPARE(detections[0].classIndex, 1);
    QCOMPARE(detections[1].classIndex, 0);
    QVERIFY(std::abs(detections[1].score - 0.56f) < 1e-6f);
    QVERIFY(std::abs(detections[0].box.x - 0.4) < 1e-6);
}

void TestInference::ultralyticsDecodes()
{
    QJsonObject json = detectorManifest({});
    json[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("ultralytics")}};
    ModelManifest m = manifestFrom(json);
    // [1, 4 + 2 classes, 2 boxes], column-major per box.
    FloatTensor out{{1, 6, 2}, {100, 300, 50, 60, 20, 40, 10, 20, 0.9f, 0.1f, 0.05f, 0.6f}};
    QVERIFY(checkOutputShape(m, out).ok());
    const auto raw = decodeBoxes(m, out, 0);
    QCOMPARE(raw.size(), size_t(2));
    QCOMPARE(raw[0].classIndex, 0);
    QCOMPARE(raw[0].x1, 90.0f);
    QCOMPARE(raw[0].y1, 45.0f);
    QCOMPARE(raw[1].classIndex, 1);
    QVERIFY(std::abs(raw[1].score - 0.6f) < 1e-6f);
    QCOMPARE(raw[1].x2, 320.0f);
    FloatTensor wrong{{1, 7, 2}, std::vector<float>(14, 0.f)};
    QVERIFY(!checkOutputShape(m, wrong).ok());
}

void TestInference::yoloV10DecodesEndToEndWithoutNms()
{
    QJsonObject json = detectorManifest({}, 640);
    json[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("yolov10")}};
    ModelManifest m = manifestFrom(json);
    // [1, 4 rows, 6]: x1, y1, x2, y2, score, class. Rows 0 and 1 overlap heavily (IoU 38000 / 40000 = 0.95) with the
    // same class: an end-to-end head means both, so no NMS may merge them. Row 2 is at the 0.3 threshold (ultralytics
    // keeps only scores above it), row 3 names a class the model does not have.
    FloatTensor out{{1, 4, 6}, {100, 50, 300, 250, 0.9f, 1, 110, 50, 300, 250, 0.8f,  1,
                                0,   0,  10,  10,  0.3f, 0, 0,   0,  20,  20,  0.95f, 2}};
    QVERIFY(checkOutputShape(m, out).ok());
    const auto raw = decodeBoxes(m, out, 0);
    QCOMPARE(raw.size(), size_t(2));
    QCOMPARE(raw[0].classIndex, 1);
    QCOMPARE(raw[0].x1, 100.0f);
    QCOMPARE(raw[0].y2, 250.0f);
    QCOMPARE(raw[1].x1, 110.0f);
    QVERIFY(std::abs(raw[1].score - 0.8f) < 1e-6f);
    // A 1280x640 image letterboxed into 640: scale 0.5, 160 px of padding above. Row 0 maps to x 200..600 of 1280
    // (0.15625 .. 0.46875) and y (50 - 160) / 0.5 < 0 clipped to 0 .. (250 - 160) / 0.5 = 180 of 640 (0.28125).
    const InputGeometry g{1280, 640, 0.5, 0.5, 0, 160};
    const auto detections = decodeDetections(m, out, 0, g);
    QCOMPARE(detections.size(), size_t(2));
    QVERIFY(std::abs(detections[0].box.x - 0.15625) < 1e-6);
    QVERIFY(std::abs(detections[0].box.w - 0.3125) < 1e-6);
    QVERIFY(std::abs(detections[0].box.y) < 1e-6);
    QVERIFY(std::abs(detections[0].box.h - 0.28125) < 1e-6);
    FloatTensor wrong{{1, 4, 7}, std::vector<float>(28, 0.f)};
    QVERIFY(!checkOutputShape(m, wrong).ok());
}

void TestInference::rtDetrDecodesSharesOfTheInputWithoutNms()
{
    QJsonObject json = detectorManifest({}, 640, QStringLiteral("stretch"));
    json[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("rt-detr")}};
    ModelManifest m = manifestFrom(json);
    // [1, 3 queries, 4 + 2 classes]: cx, cy, w, h as shares of the input, then sigmoid scores.
    FloatTensor out{{1, 3, 6},
                    {0.5f, 0.25f, 0.2f, 0.1f, 0.1f, 0.7f,   // class 1 at 0.7
                     0.5f, 0.25f, 0.2f, 0.1f, 0.2f, 0.65f,  // the same box and class: no NMS, kept
                     0.9f, 0.9f, 0.1f, 0.1f, 0.3f, 0.25f}}; // best 0.3: not above the threshold
    QVERIFY(checkOutputShape(m, out).ok());
    const auto raw = decodeBoxes(m, out, 0);
    QCOMPARE(raw.size(), size_t(2));
    QCOMPARE(raw[0].classIndex, 1);
    QVERIFY(std::abs(raw[0].score - 0.7f) < 1e-6f);
    // centre (320, 160), size 128 x 64 input pixels
    QVERIFY(std::abs(raw[0].x1 - 256.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].x2 - 384.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].y1 - 128.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].y2 - 192.0f) < 1e-3f);
    QCOMPARE(raw[1].classIndex, 1);
    QVERIFY(std::abs(raw[1].score - 0.65f) < 1e-6f);
    // Stretched from 1920x1080: the shares of the input are the shares of the image.
    const InputGeometry g{1920, 1080, 640.0 / 1920, 640.0 / 1080, 0, 0};
    const auto detections = decodeDetections(m, out, 0, g);
    QCOMPARE(detections.size(), size_t(2));
    QVERIFY(std::abs(detections[0].box.x - 0.4) < 1e-6);
    QVERIFY(std::abs(detections[0].box.y - 0.2) < 1e-6);
    QVERIFY(std::abs(detections[0].box.w - 0.2) < 1e-6);
    QVERIFY(std::abs(detections[0].box.h - 0.1) < 1e-6);
    FloatTensor wrong{{1, 6, 3}, std::vector<float>(18, 0.f)};
    QVERIFY(!checkOutputShape(m, wrong).ok());
}

void TestInference::fastestDetDecodes()
{
    QJsonObject json = detectorManifest({}, 352, QStringLiteral("stretch"));
    json[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("fastestdet")}};
    ModelManifest m = manifestFrom(json);
    // [1, 5 + 2, 2, 2]: only cell (row 1, column 0) is confident: obj 0.9, class 1 at 0.8. The score follows
    // upstream's handle_preds (utils/tool.py of FastestDet): obj^0.6 * cls^0.4 = exp(0.6 ln 0.9 + 0.4 ln 0.8)
    // = exp(-0.0632163 - 0.0892574) = 0.858582 (tst_inference_realdata compares with upstream's code itself).
    FloatTensor out{{1, 7, 2, 2}, std::vector<float>(28, 0.f)};
    auto at = [&](int c, int y, int x) -> float& { return out.data[static_cast<size_t>(c * 4 + y * 2 + x)]; };
    at(0, 1, 0) = 0.9f;
    at(1, 1, 0) = std::atanh(0.5f);  // x offset +0.5 cell
    at(2, 1, 0) = 0.0f;              // y offset 0
    at(3, 1, 0) = std::log(0.25f / 0.75f); // sigmoid -> 0.25 of the input width
    at(4, 1, 0) = 0.0f;              // sigmoid -> 0.5
    at(6, 1, 0) = 0.8f;
    at(5, 1, 0) = 0.1f;
    const auto raw = decodeBoxes(m, out, 0);
    QCOMPARE(raw.size(), size_t(1));
    QCOMPARE(raw[0].classIndex, 1);
    QVERIFY2(std::abs(raw[0].score - 0.858582f) < 1e-5f, qPrintable(QString::number(raw[0].score)));
    // centre x = (0 + 0.5) / 2 = 0.25 -> 88 px; y = (1 + 0) / 2 = 0.5 -> 176 px; w = 88 px, h = 176 px
    QVERIFY(std::abs(raw[0].x1 - 44.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].x2 - 132.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].y1 - 88.0f) < 1e-3f);
    QVERIFY(std::abs(raw[0].y2 - 264.0f) < 1e-3f);
}

// Each TorchScript contract through loadModel and the LibTorch runner, batch of 3, including a tuple output.
void TestInference::scriptedModelsFollowTheirContractsThroughTheRunner()
{
    QJsonObject ultra = detectorManifest(m_ultralytics);
    ultra[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("ultralytics")}};
    QJsonObject probabilities = classifierManifest(m_colour);
    probabilities[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("probabilities")}};
    const std::vector<std::pair<QString, QJsonObject>> manifests{
        {QStringLiteral("yolov5"), detectorManifest(m_yolo)}, {QStringLiteral("ultralytics"), ultra},
        {QStringLiteral("logits"), classifierManifest(m_colour)}, {QStringLiteral("probabilities"), probabilities},
        {QStringLiteral("embedding"), embedderManifest(m_embedder)}};
    for (const auto& [name, json] : manifests) {
        const QString path = m_models.filePath(name + QStringLiteral(".contract.json"));
        test::saveManifest(path, json);
        auto model = loadModel(path, DeviceChoice::Cpu);
        QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
        const InputSpec& in = model.value().manifest.input;
        FloatTensor batch{{3, 3, in.height, in.width}, std::vector<float>(static_cast<size_t>(9 * in.height * in.width), 0.25f)};
        const auto out = model.value().runner->forward(batch);
        QCOMPARE(out.front().dim(0), std::int64_t(3));
        QVERIFY2(checkOutputShape(model.value().manifest, out.front()).ok(), qPrintable(name));
    }
    auto yolo = loadModel(m_models.filePath(QStringLiteral("yolov5.contract.json")), DeviceChoice::Cpu);
    FloatTensor one{{1, 3, 320, 320}, std::vector<float>(3 * 320 * 320, 0.f)};
    const auto boxes = decodeBoxes(yolo.value().manifest, yolo.value().runner->forward(one).front(), 0);
    QCOMPARE(boxes.size(), size_t(3));
    // Probabilities are used as given (not softmaxed again): 10 * 0.25 for each channel.
    auto probs = loadModel(m_models.filePath(QStringLiteral("probabilities.contract.json")), DeviceChoice::Cpu);
    FloatTensor grey{{1, 3, 32, 32}, std::vector<float>(3 * 32 * 32, 0.25f)};
    const auto scores = decodeClassification(probs.value().manifest, probs.value().runner->forward(grey).front(), 0);
    QVERIFY(std::abs(scores.front().probability - 2.5f) < 1e-5f);
}

void TestInference::nmsIsPerClassUnlessAgnostic()
{
    const std::vector<InputBox> boxes{{0, 0, 10, 10, 0, 0.9f}, {1, 1, 11, 11, 1, 0.8f}, {0, 0, 10, 9, 0, 0.7f},
                                      {50, 50, 60, 60, 0, 0.6f}};
    QVERIFY(std::abs(intersectionOverUnion(boxes[0], boxes[2]) - 0.9f) < 1e-6f);
    const auto perClass = nonMaximumSuppression(boxes, 0.5f, false);
    QCOMPARE(perClass.size(), size_t(3));
    const auto agnostic = nonMaximumSuppression(boxes, 0.5f, true);
    QCOMPARE(agnostic.size(), size_t(2));
    QCOMPARE(agnostic[1].x1, 50.0f);
    QCOMPARE(nonMaximumSuppression(boxes, 0.5f, false, 1).size(), size_t(1));
}

void TestInference::softmaxAndEmbeddingNormalisation()
{
    QJsonObject json = classifierManifest({});
    ModelManifest m = manifestFrom(json);
    FloatTensor logits{{2, 3}, {1, 2, 3, 0, 0, 0}};
    const auto top = decodeClassification(m, logits, 0, 2);
    QCOMPARE(top.size(), size_t(2));
    QCOMPARE(top[0].classIndex, 2);
    const double denominator = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
    QVERIFY(std::abs(top[0].probability - std::exp(3.0) / denominator) < 1e-6);
    QVERIFY(std::abs(decodeClassification(m, logits, 1)[0].probability - 1.0 / 3.0) < 1e-6);
    const auto v = decodeEmbedding(FloatTensor{{1, 2}, {3, 4}}, 0);
    QVERIFY(std::abs(v[0] - 0.6f) < 1e-6f && std::abs(v[1] - 0.8f) < 1e-6f);
}

void TestInference::wrongModelsAreRefusedAtLoad_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("class count does not fit the output") << QStringLiteral("classes") << QStringLiteral("5 + 3 classes = 8");
    QTest::newRow("weights are not TorchScript") << QStringLiteral("weights") << QStringLiteral("not a TorchScript model");
    QTest::newRow("no class list") << QStringLiteral("noclasses") << QStringLiteral("\"classes\" is missing");
    QTest::newRow("not JSON") << QStringLiteral("json") << QStringLiteral("not valid JSON");
    QTest::newRow("classifier with a box decoder") << QStringLiteral("decoder") << QStringLiteral("a classifier's decoder");
    QTest::newRow("missing weights file") << QStringLiteral("missing") << QStringLiteral("is missing gone.pt: put it in");
    QTest::newRow("classifier outputs boxes") << QStringLiteral("shape") << QStringLiteral("[batch, 2 classes]");
}

void TestInference::wrongModelsAreRefusedAtLoad()
{
    QFETCH(QString, problem);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.json"));
    QJsonObject json = detectorManifest(m_yolo);
    if (problem == u"classes") {
        json[QStringLiteral("classes")] = QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    } else if (problem == u"weights") {
        QFile f(dir.filePath(QStringLiteral("notes.pt")));
        f.open(QIODevice::WriteOnly);
        f.write("these are not weights");
        f.close();
        json[QStringLiteral("weights")] = QStringLiteral("notes.pt");
    } else if (problem == u"noclasses") {
        json.remove(QStringLiteral("classes"));
    } else if (problem == u"decoder") {
        json[QStringLiteral("kind")] = QStringLiteral("classifier");
    } else if (problem == u"missing") {
        json[QStringLiteral("weights")] = QStringLiteral("gone.pt");
    } else if (problem == u"shape") {
        json[QStringLiteral("kind")] = QStringLiteral("classifier");
        json[QStringLiteral("output")] = QJsonObject{{QStringLiteral("decoder"), QStringLiteral("logits")}};
    }
    test::saveManifest(path, json);
    if (problem == u"json") {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("{ \"kind\": \"detector\", ");
    }
    const auto loaded = loadModel(path, DeviceChoice::Cpu);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
}

void TestInference::pipelineStoresExactBoxesCropsAndEmbeddings()
{
    QTemporaryDir card;
    // Blue frame with a red patch exactly where the test detector's first box lands (input 128..192 x 104..136
    // -> source 256..384 x 128..192).
    cv::Mat image(480, 640, CV_8UC3, cv::Scalar(255, 0, 0));
    image(cv::Rect(256, 128, 128, 64)).setTo(cv::Scalar(0, 0, 255));
    writeImage(card.filePath(QStringLiteral("CAM1/IMG_0001.JPG")), image);
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("yolo.json"));
    options.classifier = m_models.filePath(QStringLiteral("colour.json"));
    options.embedder = m_models.filePath(QStringLiteral("embed.json"));
    options.device = DeviceChoice::Cpu;
    JobControl control;
    const auto summary = InferenceJob(scratch.path, options).run(control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().processed, std::int64_t(1));
    QCOMPARE(summary.value().detections, std::int64_t(2));
    QCOMPARE(summary.value().embeddings, std::int64_t(2));
    auto project = scratch.open();
    auto& st = project->db().cached("SELECT d.x, d.y, d.w, d.h, d.category, d.confidence, t.scientific_name, o.confidence"
                                    " FROM detections d JOIN observations o ON o.detection_id = d.id"
                                    " LEFT JOIN taxa t ON t.id = o.taxon_id ORDER BY d.confidence DESC");
    QVERIFY(st.step());
    QVERIFY(std::abs(st.real(0) - 0.4) < 1e-6);
    QVERIFY(std::abs(st.real(1) - 128.0 / 480.0) < 1e-6);
    QVERIFY(std::abs(st.real(2) - 0.2) < 1e-6);
    QVERIFY(std::abs(st.real(3) - 64.0 / 480.0) < 1e-6);
    QCOMPARE(st.text(4), QStringLiteral("Felis catus"));
    QVERIFY(std::abs(st.real(5) - 0.72) < 1e-6);
    // The crop is the red patch, so the colour classifier says red with softmax(10 * (1, 0, 0)).
    QCOMPARE(st.text(6), QStringLiteral("red"));
    QVERIFY2(st.real(7) > 0.999, qPrintable(QString::number(st.real(7))));
    st.reset();
    auto& vectors = project->db().cached("SELECT vector FROM embeddings");
    int count = 0;
    while (vectors.step()) {
        const QByteArray blob = vectors.blob(0);
        QCOMPARE(blob.size(), qsizetype(4 * sizeof(float)));
        const auto* v = reinterpret_cast<const float*>(blob.constData());
        const double norm = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
        QVERIFY(std::abs(norm - 1.0) < 1e-5);
        QVERIFY(v[0] > 0.65 && v[2] < 0.1); // (1, 0, 0, 1) / sqrt(2): the crop is the red patch
        ++count;
    }
    QCOMPARE(count, 2);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM model_runs WHERE state = 'done'"), std::int64_t(3));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM models"), std::int64_t(3));

    // A second run finds everything done.
    const auto again = InferenceJob(scratch.path, options).run(control);
    QCOMPARE(again.value().processed, std::int64_t(0));
    QCOMPARE(again.value().alreadyDone, std::int64_t(1));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(2));
}

void TestInference::corruptImageIsRecordedAndTheRunGoesOn()
{
    QTemporaryDir card;
    demo::SyntheticOptions synthetic;
    synthetic.cameras = 1;
    synthetic.eventsPerCamera = 4;
    QVERIFY(demo::generateCameraTrapTree(card.path(), synthetic).ok());
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    // Damage one file after import: its header said it was a JPEG, now it is not.
    const QString victim = scratch.open()->absoluteMediaPath(scratch.open()->media(1).value());
    QFile f(victim);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'x'));
    f.close();
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("yolo.json"));
    options.device = DeviceChoice::Cpu;
    JobControl control;
    const auto summary = InferenceJob(scratch.path, options).run(control);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().failed, std::int64_t(1));
    QCOMPARE(summary.value().processed, std::int64_t(11));
    auto project = scratch.open();
    auto& st = project->db().cached("SELECT state, error FROM model_runs WHERE media_id = 1");
    QVERIFY(st.step());
    QCOMPARE(st.text(0), QStringLiteral("failed"));
    QVERIFY(st.text(1).contains(QStringLiteral("cannot be decoded")));
    st.reset();
}

void TestInference::cancelledRunResumesToTheSameResults()
{
    QTemporaryDir card;
    demo::SyntheticOptions synthetic;
    synthetic.cameras = 2;
    synthetic.eventsPerCamera = 8;
    QVERIFY(demo::generateCameraTrapTree(card.path(), synthetic).ok());
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("bright.json"));
    options.device = DeviceChoice::Cpu;
    options.batchSize = 4;

    test::ScratchProject clean;
    QVERIFY(importFolder(clean.path, card.path()).ok());
    JobControl plain;
    QVERIFY(InferenceJob(clean.path, options).run(plain).ok());

    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    JobControl* self = nullptr;
    JobControl cancelling([&](const JobProgress& p) {
        if (p.done >= 8)
            self->cancel();
    });
    self = &cancelling;
    const auto first = InferenceJob(scratch.path, options).run(cancelling);
    QVERIFY(first.ok());
    QVERIFY(first.value().cancelled);
    QCOMPARE(first.value().processed, std::int64_t(8));
    JobControl resume;
    const auto second = InferenceJob(scratch.path, options).run(resume);
    QCOMPARE(second.value().alreadyDone, std::int64_t(8));
    QCOMPARE(second.value().processed, std::int64_t(48 - 8));

    const char* fingerprint =
        "SELECT group_concat(m.rel_path || ':' || d.category || ':' || round(d.confidence, 5) || ':' || round(d.x, 5), '|')"
        " FROM (SELECT * FROM detections ORDER BY media_id) d JOIN media m ON m.id = d.media_id";
    auto a = clean.open();
    auto b = scratch.open();
    auto& fa = a->db().cached(fingerprint);
    auto& fb = b->db().cached(fingerprint);
    QVERIFY(fa.step() && fb.step());
    QCOMPARE(fb.text(0), fa.text(0));
    QCOMPARE(b->db().scalar("SELECT count(*) FROM observations"), a->db().scalar("SELECT count(*) FROM observations"));
}

void TestInference::framesThatDisagreeWithTheirSequenceAreFlagged()
{
    QTemporaryDir card;
    // One burst: two bright frames (animal) and a dark last frame (the animal has left).
    const std::array<int, 3> brightness{230, 220, 10};
    for (int i = 0; i < 3; ++i) {
        cv::Mat frame(240, 320, CV_8UC3, cv::Scalar::all(brightness[static_cast<size_t>(i)]));
        writeImage(card.filePath(QStringLiteral("CAM/IMG_%1.JPG").arg(i)), frame);
    }
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    QCOMPARE(scratch.open()->counts().value().sequences, std::int64_t(1));
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("bright.json"));
    options.device = DeviceChoice::Cpu;
    JobControl control;
    const auto summary = InferenceJob(scratch.path, options).run(control);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().framesFlagged, std::int64_t(1));
    auto project = scratch.open();
    auto& flagged = project->db().cached("SELECT rel_path FROM media WHERE review_flag = ?1");
    flagged.bind(1, kDisagreesWithSequence);
    QVERIFY(flagged.step());
    QCOMPARE(flagged.text(0), QStringLiteral("CAM/IMG_2.JPG"));
    QVERIFY(!flagged.step());
    flagged.reset();
    auto& prediction = project->db().cached(
        "SELECT p.observation_type, t.scientific_name, p.frames_agreeing, s.review_state FROM sequence_predictions p"
        " JOIN sequences s ON s.id = p.sequence_id LEFT JOIN taxa t ON t.id = p.taxon_id");
    QVERIFY(prediction.step());
    QCOMPARE(prediction.text(0), QStringLiteral("animal"));
    QCOMPARE(prediction.text(1), QStringLiteral("Panthera pardus"));
    QCOMPARE(prediction.integer(2), std::int64_t(2));
    QCOMPARE(prediction.integer(3), std::int64_t(1)); // machine-labelled
    prediction.reset();
}

// Detect first and add the embedder, then the classifier, in later runs: the stored boxes are reused with their
// ids, so each box gets its vector and its species label exactly as when all three models ran at once.
void TestInference::embedderAndClassifierAddedAfterTheDetectorMatchOneRun()
{
    QTemporaryDir card;
    demo::SyntheticOptions synthetic;
    synthetic.cameras = 1;
    synthetic.eventsPerCamera = 4;
    QVERIFY(demo::generateCameraTrapTree(card.path(), synthetic).ok());
    const QString detector = m_models.filePath(QStringLiteral("yolo.json"));
    const QString classifier = m_models.filePath(QStringLiteral("colour.json"));
    const QString embedder = m_models.filePath(QStringLiteral("embed.json"));
    auto runWith = [](const QString& project, const QString& d, const QString& c, const QString& e) {
        InferenceOptions options;
        options.detector = d;
        options.classifier = c;
        options.embedder = e;
        options.device = DeviceChoice::Cpu;
        JobControl control;
        return InferenceJob(project, options).run(control);
    };

    test::ScratchProject oneRun;
    QVERIFY(importFolder(oneRun.path, card.path()).ok());
    QVERIFY(runWith(oneRun.path, detector, classifier, embedder).ok());
    test::ScratchProject oneRunNoClassifier;
    QVERIFY(importFolder(oneRunNoClassifier.path, card.path()).ok());
    QVERIFY(runWith(oneRunNoClassifier.path, detector, {}, embedder).ok());

    test::ScratchProject stepwise;
    QVERIFY(importFolder(stepwise.path, card.path()).ok());
    QVERIFY(runWith(stepwise.path, detector, {}, {}).ok());
    const auto detectorOnly = observationsOf(*stepwise.open());
    const auto embedded = runWith(stepwise.path, detector, {}, embedder);
    QVERIFY(embedded.ok());
    QCOMPARE(embedded.value().detections, std::int64_t(0)); // the boxes are the stored ones
    {
        auto a = oneRunNoClassifier.open();
        auto b = stepwise.open();
        const std::int64_t boxes = b->db().scalar("SELECT count(*) FROM detections");
        QCOMPARE(boxes, std::int64_t(24)); // two animal boxes in each of the 12 frames
        QCOMPARE(embedded.value().embeddings, boxes);
        const auto expected = embeddingsOf(*a);
        const auto actual = embeddingsOf(*b);
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QCOMPARE(actual[it.key()].size(), it.value().size());
            for (size_t i = 0; i < it.value().size(); ++i)
                QVERIFY2(std::abs(actual[it.key()][i] - it.value()[i]) < 1e-5f, qPrintable(it.key()));
        }
        QCOMPARE(observationsOf(*b), detectorOnly); // the embedder labels nothing
        QCOMPARE(observationsOf(*b), observationsOf(*a));
    }

    const auto classified = runWith(stepwise.path, detector, classifier, embedder);
    QVERIFY(classified.ok());
    QCOMPARE(classified.value().detections, std::int64_t(0));
    auto a = oneRun.open();
    auto b = stepwise.open();
    // One label per box, the classifier's, tied to the box: no frame-level observation was added.
    QCOMPARE(b->db().scalar("SELECT count(*) FROM observations WHERE detection_id IS NULL"), std::int64_t(0));
    QCOMPARE(b->db().scalar("SELECT count(*) FROM observations o JOIN models m ON m.id = o.model_id"
                            " WHERE m.kind = 'classifier' AND o.detection_id IS NOT NULL"),
             std::int64_t(24));
    QCOMPARE(observationsOf(*b), observationsOf(*a));
    QCOMPARE(embeddingsOf(*b).keys(), embeddingsOf(*a).keys());
    // The detector's own sequence predictions from the first run stay; the classifier's are the one-run's.
    QStringList smoothed = smoothingOf(*b);
    smoothed.removeIf([](const QString& line) { return line.contains(QStringLiteral(":detector:")); });
    QCOMPARE(smoothed, smoothingOf(*a));
    QCOMPARE(b->db().scalar("SELECT count(*) FROM model_runs WHERE state = 'done'"), std::int64_t(36));
}

// Batch of 8 where one frame breaks the detector and another frame's crop breaks the classifier: only those two
// fail, each for its own model; the next run skips them, a retry runs them again.
void TestInference::failedForwardPassFailsOnlyTheBadImageAndModel()
{
    QTemporaryDir card;
    const QString white = card.filePath(QStringLiteral("CAM/IMG_0003.JPG"));
    const QString green = card.filePath(QStringLiteral("CAM/IMG_0006.JPG"));
    const cv::Mat grey(240, 320, CV_8UC3, cv::Scalar::all(128));
    for (int i = 0; i < 8; ++i)
        writeImage(card.filePath(QStringLiteral("CAM/IMG_%1.JPG").arg(i, 4, 10, QLatin1Char('0'))), grey);
    writeImage(white, cv::Mat(240, 320, CV_8UC3, cv::Scalar::all(255)));
    writeImage(green, cv::Mat(240, 320, CV_8UC3, cv::Scalar(0, 255, 0)));
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("white.json"));
    options.classifier = m_models.filePath(QStringLiteral("green.json"));
    options.device = DeviceChoice::Cpu;
    options.batchSize = 8;
    JobControl control;
    const auto first = InferenceJob(scratch.path, options).run(control);
    QVERIFY(first.ok());
    QCOMPARE(first.value().processed, std::int64_t(6));
    QCOMPARE(first.value().failed, std::int64_t(2));
    auto project = scratch.open();
    const char* states = "SELECT group_concat(x, ' ') FROM (SELECT substr(m.rel_path, 5, 8) || ':' || md.kind || ':' ||"
                         " r.state AS x FROM model_runs r JOIN media m ON m.id = r.media_id JOIN models md"
                         " ON md.id = r.model_id WHERE r.state <> 'done' ORDER BY x)";
    auto& failed = project->db().cached(states);
    QVERIFY(failed.step());
    // The white frame failed the detector (the classifier never saw its boxes); the green crop only the classifier.
    QCOMPARE(failed.text(0), QStringLiteral("IMG_0003:detector:failed IMG_0006:classifier:failed"));
    failed.reset();
    QCOMPARE(project->db().scalar("SELECT count(*) FROM model_runs WHERE state = 'done'"), std::int64_t(7 + 6));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(7));

    const auto skipping = InferenceJob(scratch.path, options).run(control);
    QVERIFY(skipping.ok());
    QCOMPARE(skipping.value().pending, std::int64_t(0));

    // Fix both files; a retry runs the models on them again.
    writeImage(white, grey);
    writeImage(green, grey);
    options.retryFailed = true;
    const auto retried = InferenceJob(scratch.path, options).run(control);
    QVERIFY(retried.ok());
    QCOMPARE(retried.value().pending, std::int64_t(2));
    QCOMPARE(retried.value().processed, std::int64_t(2));
    QCOMPARE(retried.value().failed, std::int64_t(0));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM model_runs WHERE state = 'done'"), std::int64_t(16));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(8));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations o JOIN models md ON md.id = o.model_id"
                                  " WHERE md.kind = 'classifier' AND o.detection_id IS NOT NULL"),
             std::int64_t(8));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), std::int64_t(8));
}

// A second run that set out before the first one recorded its work (the race of two runs started together)
// finds the boxes stored and adds no copy of them.
void TestInference::repeatedRunWritesOneSetOfBoxes()
{
    QTemporaryDir card;
    demo::SyntheticOptions synthetic;
    synthetic.cameras = 1;
    synthetic.eventsPerCamera = 2;
    QVERIFY(demo::generateCameraTrapTree(card.path(), synthetic).ok());
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("yolo.json"));
    options.device = DeviceChoice::Cpu;
    JobControl control;
    QVERIFY(InferenceJob(scratch.path, options).run(control).ok());
    auto project = scratch.open();
    const auto observations = observationsOf(*project);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(12));
    project->db().exec("DELETE FROM model_runs");
    const auto second = InferenceJob(scratch.path, options).run(control);
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM detections"), std::int64_t(12));
    QCOMPARE(observationsOf(*project), observations);
}

// SIGKILL in the middle of trapline-cli infer, then the same command again: sequence predictions and the frames
// flagged for review are those of an uninterrupted run, including sequences finished before the kill.
void TestInference::killedRunSmoothsTheSameSequencesAsAnUninterruptedOne()
{
    QTemporaryDir card;
    writeBursts(card.path(), 8);
    const QString model = m_models.filePath(QStringLiteral("slow.json"));
    const QStringList infer{QStringLiteral("--model"), model, QStringLiteral("--device"), QStringLiteral("cpu"),
                            QStringLiteral("--batch"), QStringLiteral("1")};
    test::ScratchProject reference;
    QVERIFY(importFolder(reference.path, card.path()).ok());
    QCOMPARE(reference.open()->counts().value().sequences, std::int64_t(8));
    QByteArray err;
    QCOMPARE(test::runCli(QStringList{QStringLiteral("infer"), reference.path} + infer, nullptr, &err), 0);
    const auto expected = smoothingOf(*reference.open());
    QCOMPARE(expected.filter(QStringLiteral("sequence ")).size(), 8);
    QCOMPARE(expected.filter(QStringLiteral(":disagrees-with-sequence")).size(), 8); // each burst's dark frame

    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    QProcess process;
    process.start(QStringLiteral(TRAPLINE_CLI_PATH), QStringList{QStringLiteral("infer"), scratch.path} + infer);
    QVERIFY(process.waitForStarted());
    // Kill once a few sequences, but not all, are complete.
    QElapsedTimer timer;
    timer.start();
    std::int64_t written = 0;
    while (timer.elapsed() < 120000 && process.state() == QProcess::Running) {
        try {
            db::Database db(scratch.path, db::Database::Mode::ReadOnly);
            written = db.scalar("SELECT count(*) FROM model_runs");
        } catch (const db::DbError&) {
        }
        if (written >= 10)
            break;
        QThread::msleep(5);
    }
    QVERIFY2(process.state() == QProcess::Running, "the run finished before it could be killed");
    process.kill();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    {
        auto project = scratch.open();
        const auto done = project->db().scalar("SELECT count(*) FROM model_runs");
        QVERIFY2(done >= 10 && done < 24, qPrintable(QString::number(done)));
        // The sequences whose frames were all written before the kill are smoothed already.
        QVERIFY(project->db().scalar("SELECT count(*) FROM sequence_predictions") >= 3);
    }
    QCOMPARE(test::runCli(QStringList{QStringLiteral("infer"), scratch.path} + infer, nullptr, &err), 0);
    QCOMPARE(smoothingOf(*scratch.open()), expected);
}

// A timm Swin traced by PyTorch 2.6 with fused attention (tests/inference/onnxruntime/make_torch2_swin.py made the
// file): LibTorch 2 (Debian 13) runs it; LibTorch 1.13 (Debian 12) lacks the operator, and the refusal says which,
// and what the user can do.
void TestInference::speciesNetRunsNhwcThroughItsEnsembleAndGeofence()
{
    // The same red-patch frame at a camera in Kenya and one in the USA; SpeciesNet's geofence allows lions in Kenya
    // and Tanzania only, so in the USA its ensemble rolls the lion up to the cat family.
    QTemporaryDir card;
    cv::Mat image(480, 640, CV_8UC3, cv::Scalar(255, 0, 0));
    image(cv::Rect(256, 128, 128, 64)).setTo(cv::Scalar(0, 0, 255));
    writeImage(card.filePath(QStringLiteral("KEN1/IMG_0001.JPG")), image);
    image(cv::Rect(0, 0, 8, 8)).setTo(cv::Scalar(0, 255, 0)); // another file, not a copy of the first
    writeImage(card.filePath(QStringLiteral("USA1/IMG_0001.JPG")), image);
    test::ScratchProject scratch;
    QVERIFY(importFolder(scratch.path, card.path()).ok());
    {
        auto project = scratch.open();
        auto all = allDeploymentProperties(*project);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), size_t(2));
        for (auto& p : all.value()) {
            p.countryCode = p.name.contains(QStringLiteral("KEN")) ? QStringLiteral("KEN") : QStringLiteral("USA");
            p.admin1Region = p.countryCode == u"USA" ? QStringLiteral("CA") : QString();
        }
        QVERIFY(setDeploymentProperties(*project, all.value(), QStringLiteral("test")).ok());
    }
    QTemporaryDir folder;
    test::saveScriptModel(folder.filePath(QStringLiteral("speciesnet.pt")), QString::fromLatin1(kNhwcSpeciesNet));
    QFile labels(folder.filePath(QStringLiteral("labels.txt")));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    labels.write(kSpeciesNetLabels);
    labels.close();
    QFile geofence(folder.filePath(QStringLiteral("geofence_release.json")));
    QVERIFY(geofence.open(QIODevice::WriteOnly));
    geofence.write(R"({"mammalia;carnivora;felidae;panthera;leo": {"allow": {"KEN": [], "TZA": []}}})");
    geofence.close();
    test::saveManifest(
        folder.filePath(QStringLiteral("speciesnet.json")),
        {{QStringLiteral("name"), QStringLiteral("SpeciesNet stand-in")},
         {QStringLiteral("kind"), QStringLiteral("classifier")},
         {QStringLiteral("weights"), QStringLiteral("speciesnet.pt")},
         {QStringLiteral("classes"), QStringLiteral("labels.txt")},
         {QStringLiteral("input"), QJsonObject{{QStringLiteral("width"), 48},
                                               {QStringLiteral("height"), 48},
                                               {QStringLiteral("layout"), QStringLiteral("NHWC")},
                                               {QStringLiteral("resize"), QStringLiteral("stretch")}}},
         {QStringLiteral("output"), QJsonObject{{QStringLiteral("decoder"), QStringLiteral("speciesnet")}}},
         {QStringLiteral("ensemble"),
          QJsonObject{{QStringLiteral("geofence"), QStringLiteral("geofence_release.json")}}}});
    InferenceOptions options;
    options.detector = m_models.filePath(QStringLiteral("yolo.json"));
    options.classifier = folder.filePath(QStringLiteral("speciesnet.json"));
    options.device = DeviceChoice::Cpu;
    JobControl control;
    const auto summary = InferenceJob(scratch.path, options).run(control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().processed, std::int64_t(2));
    auto project = scratch.open();
    const auto names = [&](const char* deployment) {
        auto& st =
            project->db().cached("SELECT DISTINCT t.scientific_name || ' / ' || t.common_name FROM observations o JOIN "
                                 "taxa t ON t.id = o.taxon_id"
                                 " JOIN media m ON m.id = o.media_id JOIN deployments d ON d.id = m.deployment_id"
                                 " WHERE o.detection_id IS NOT NULL AND d.name LIKE ?1");
        st.bind(1, QLatin1Char('%') + QString::fromLatin1(deployment) + QLatin1Char('%'));
        QStringList out;
        while (st.step())
            out << st.text(0);
        st.reset();
        return out;
    };
    QCOMPARE(names("KEN"), QStringList{QStringLiteral("Panthera leo / Lion")});
    QCOMPARE(names("USA"), QStringList{QStringLiteral("Felidae / Cat family")});
    // The classifier's score for the lion (about softmax(10, 0, 0, 0, 0): the crop is nearly all red), kept through
    // the geofence's roll-up, which sums the cat family's classes.
    auto& scores = project->db().cached("SELECT min(confidence) FROM observations WHERE taxon_id IS NOT NULL");
    QVERIFY(scores.step());
    const double lowest = scores.real(0);
    scores.reset();
    QVERIFY2(lowest > 0.999, qPrintable(QString::number(lowest, 'g', 10)));
}

void TestInference::torch2FusedAttentionNeedsLibTorch2()
{
    QJsonObject json = embedderManifest(QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/inference/data/swin-torch2-sdpa.pt"));
    json[QStringLiteral("input")] = QJsonObject{{QStringLiteral("width"), 32}, {QStringLiteral("height"), 32},
                                                {QStringLiteral("resize"), QStringLiteral("stretch")}};
    const QString manifest = m_models.filePath(QStringLiteral("swin-torch2.json"));
    test::saveManifest(manifest, json);
    QByteArray out, err;
    const int code = test::runCli({QStringLiteral("model-check"), manifest}, &out, &err);
    if (inference::libTorchMajorVersion() >= 2) {
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(out.contains("embedder"), out.constData());
        return;
    }
    QCOMPARE(code, 1);
    for (const char* needed : {"aten::scaled_dot_product_attention", "PyTorch 1.13", "Debian 13", "ONNX"})
        QVERIFY2(err.contains(needed), qPrintable(QStringLiteral("no \"%1\" in: %2")
                                                      .arg(QLatin1String(needed), QString::fromLocal8Bit(err))));
}

// A manifest without "backend" whose weights are ONNX goes to ONNX Runtime where Trapline has it, and to OpenCV DNN
// where it does not (Debian 12); model-check says which and why.
void TestInference::onnxFilesGoToOnnxRuntimeWhereBuilt()
{
    QJsonObject json = embedderManifest(QStringLiteral("model.onnx"));
    const QString manifestPath = m_models.filePath(QStringLiteral("onnx-no-backend.json"));
    QFile(m_models.filePath(QStringLiteral("model.onnx"))).open(QIODevice::WriteOnly);
    test::saveManifest(manifestPath, json);
    auto manifest = inference::ModelManifest::load(manifestPath);
    QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
    QCOMPARE(manifest.value().backend, inference::Backend::OnnxRuntime);
    const inference::BackendChoice choice = inference::chooseBackend(manifest.value());
    if (inference::onnxRuntimeInfo().compiledIn) {
        QCOMPARE(choice.backend, inference::Backend::OnnxRuntime);
        QVERIFY(choice.reason.startsWith(QStringLiteral("ONNX Runtime")));
    } else {
        QCOMPARE(choice.backend, inference::Backend::OpenCvDnn);
        QVERIFY(choice.reason.contains(QStringLiteral("without ONNX Runtime")));
        QByteArray out;
        QCOMPARE(test::runCli({QStringLiteral("check-system")}, &out), 0);
        QVERIFY2(out.contains("ONNX Runtime: not in this build"), out.constData());
    }
    json[QStringLiteral("weights")] = QStringLiteral("embed.pt");
    test::saveManifest(manifestPath, json);
    QCOMPARE(inference::ModelManifest::load(manifestPath).value().backend, inference::Backend::TorchScript);
}

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
