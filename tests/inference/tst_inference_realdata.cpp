// Real detectors on real camera-trap images from ../shared/data: the Darknet (Yolo-Fastest) and ONNX
// (FastestDet) COCO detectors through the whole pipeline, with the example manifests shipped in resources/models.
#include "ScriptedModels.h"
#include "TestSupport.h"
#include "inference/InferenceJob.h"
#include "ingest/ImportJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trapline;

namespace {

struct Box {
    double x, y, w, h, conf;
    QString category;
    double cx() const { return x + w / 2; }
    double cy() const { return y + h / 2; }
};

double iou(const Box& a, const Box& b)
{
    const double iw = std::max(0.0, std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x));
    const double ih = std::max(0.0, std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y));
    const double inter = iw * ih;
    const double uni = a.w * a.h + b.w * b.h - inter;
    return uni > 0 ? inter / uni : 0;
}

// The example manifest from resources/models, pointed at the weights in ../shared/data.
QString manifestFor(const QTemporaryDir& dir, const QString& example, const QString& weights, const QString& config,
                    const QString& classes)
{
    QFile f(QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/") + example);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example manifest %s", qPrintable(example));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    json[QStringLiteral("weights")] = weights;
    json[QStringLiteral("classes")] = classes;
    if (!config.isEmpty())
        json[QStringLiteral("config")] = config;
    const QString path = dir.filePath(example);
    test::saveManifest(path, json);
    return path;
}

// Detections with their observation type, keyed by file name.
std::map<QString, std::vector<Box>> runDetector(const QString& folder, const QString& manifest)
{
    test::ScratchProject scratch;
    ingest::ImportOptions import;
    import.folders = {folder};
    import.makeThumbnails = false;
    JobControl control;
    if (!ingest::ImportJob(scratch.path, import).run(control))
        qFatal("import failed");
    inference::InferenceOptions options;
    options.detector = manifest;
    options.device = inference::DeviceChoice::Cpu;
    const auto summary = inference::InferenceJob(scratch.path, options).run(control);
    if (!summary)
        qFatal("inference failed: %s", qPrintable(summary.error().message));
    std::map<QString, std::vector<Box>> out;
    auto project = scratch.open();
    auto& st = project->db().cached(
        "SELECT m.rel_path, d.x, d.y, d.w, d.h, d.confidence, o.observation_type, t.scientific_name FROM media m"
        " LEFT JOIN detections d ON d.media_id = m.id LEFT JOIN observations o ON o.detection_id = d.id"
        " LEFT JOIN taxa t ON t.id = o.taxon_id");
    while (st.step()) {
        const QString file = QFileInfo(st.text(0)).fileName();
        auto& boxes = out[file];
        if (!st.isNull(1))
            boxes.push_back({st.real(1), st.real(2), st.real(3), st.real(4), st.real(5),
                             st.text(6) + QLatin1Char('/') + st.text(7)});
    }
    return out;
}

std::vector<Box> animals(const std::vector<Box>& boxes, double minConf, const QString& taxon = {})
{
    std::vector<Box> out;
    for (const Box& b : boxes)
        if (b.category.startsWith(QStringLiteral("animal/")) && b.conf >= minConf &&
            (taxon.isEmpty() || b.category.endsWith(taxon)))
            out.push_back(b);
    return out;
}

} // namespace

class TestInferenceRealData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cattleElephantsAndBlanks_data();
    void cattleElephantsAndBlanks();
    void agreesWithMegaDetectorOnLilaImages_data();
    void agreesWithMegaDetectorOnLilaImages();

private:
    void addDetectorRows();
    QString manifest(const QString& which);
    QTemporaryDir m_dir;
};

void TestInferenceRealData::addDetectorRows()
{
    QTest::addColumn<QString>("detector");
    QTest::addColumn<double>("maxFalseEmptyShare");
    QTest::newRow("Darknet Yolo-Fastest 1.1 XL (OpenCV DNN)") << QStringLiteral("darknet") << 0.0;
    QTest::newRow("ONNX FastestDet (OpenCV DNN)") << QStringLiteral("onnx") << 0.1;
}

QString TestInferenceRealData::manifest(const QString& which)
{
    const QString yolo = test::sharedData(QStringLiteral("weights-yolo-fastest/ModelZoo/yolo-fastest-1.1_coco"));
    const QString fastest = test::sharedData(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    if (which == u"darknet")
        return yolo.isEmpty() ? QString()
                              : manifestFor(m_dir, QStringLiteral("yolo-fastest-1.1-xl-coco.json"),
                                            yolo + QStringLiteral("/yolo-fastest-1.1-xl.weights"),
                                            yolo + QStringLiteral("/yolo-fastest-1.1-xl.cfg"), yolo + QStringLiteral("/coco.names"));
    return fastest.isEmpty() ? QString()
                             : manifestFor(m_dir, QStringLiteral("fastestdet-coco.json"),
                                           fastest + QStringLiteral("/FastestDet.onnx"), {},
                                           fastest + QStringLiteral("/coco.names"));
}

void TestInferenceRealData::cattleElephantsAndBlanks_data() { addDetectorRows(); }

void TestInferenceRealData::cattleElephantsAndBlanks()
{
    QFETCH(QString, detector);
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("speciesnet-test-data/test_data"));
    const QString model = manifest(detector);
    if (model.isEmpty())
        QSKIP("the detector weights in ../shared/data are absent");
    auto results = runDetector(dataPath, model);
    // The nearer cow walks left of the central tree trunk; a second one stands right of it.
    const auto cows = animals(results[QStringLiteral("domestic_cattle.jpg")], 0.5, QStringLiteral("Bos taurus"));
    QVERIFY2(!cows.empty(), "the cow is detected with confidence >= 0.5");
    QVERIFY(std::any_of(cows.begin(), cows.end(), [](const Box& b) {
        return b.cx() > 0.36 && b.cx() < 0.52 && b.cy() > 0.40 && b.cy() < 0.65;
    }));
    // Elephants stand in a band across the right half, under the horizon; none is found in the sky or foreground.
    for (const QString& file : {QStringLiteral("african_elephants.jpg"), QStringLiteral("african_elephants_cmyk.jpg"),
                                QStringLiteral("african_elephants_with_exif_orientation.jpg")}) {
        const auto elephants = animals(results[file], 0.45, QStringLiteral("Elephantidae"));
        QVERIFY2(elephants.size() >= 2, qPrintable(file));
        for (const Box& e : elephants)
            QVERIFY2(e.cx() > 0.5 && e.cy() > 0.35 && e.cy() < 0.7, qPrintable(file));
    }
    for (const QString& blank : {QStringLiteral("blank.jpg"), QStringLiteral("blank2.jpg"), QStringLiteral("blank3.jpg")})
        QVERIFY2(animals(results[blank], 0.0).empty(), qPrintable(blank + QStringLiteral(" must have no animal")));
}

void TestInferenceRealData::agreesWithMegaDetectorOnLilaImages_data() { addDetectorRows(); }

// MegaDetector v5's own output for the same 31 LILA images serves as the reference: our COCO detectors are far
// smaller, so only what they claim confidently is held to it.
void TestInferenceRealData::agreesWithMegaDetectorOnLilaImages()
{
    QFETCH(QString, detector);
    QFETCH(double, maxFalseEmptyShare);
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/test_images/test_images"));
    const QString model = manifest(detector);
    if (model.isEmpty())
        QSKIP("the detector weights in ../shared/data are absent");
    QFile refFile(test::sharedData(QStringLiteral("megadetector-test-images/archive/expected_output_DRAFT.json")));
    QVERIFY(refFile.open(QIODevice::ReadOnly));
    std::map<QString, std::vector<Box>> reference;
    for (const QJsonValue& image : QJsonDocument::fromJson(refFile.readAll()).object().value(QStringLiteral("images")).toArray()) {
        auto& boxes = reference[QFileInfo(image[QStringLiteral("file")].toString()).fileName()];
        for (const QJsonValue& d : image[QStringLiteral("detections")].toArray()) {
            const QJsonArray b = d[QStringLiteral("bbox")].toArray();
            if (d[QStringLiteral("category")].toString() == u"1" && d[QStringLiteral("conf")].toDouble() >= 0.2)
                boxes.push_back({b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble(),
                                 d[QStringLiteral("conf")].toDouble(), QStringLiteral("animal/")});
        }
    }
    const auto results = runDetector(dataPath, model);
    int matched = 0, unmatched = 0, emptyImages = 0, falseAnimals = 0;
    for (const auto& [file, boxes] : results) {
        const auto& ref = reference[file];
        const auto ours = animals(boxes, 0.4);
        for (const Box& b : ours) {
            const bool overlaps = std::any_of(ref.begin(), ref.end(), [&](const Box& r) { return iou(b, r) >= 0.3; });
            (overlaps ? matched : unmatched) += 1;
        }
        if (ref.empty()) {
            ++emptyImages;
            falseAnimals += ours.empty() ? 0 : 1;
        }
    }
    qInfo("%s: %d of %d confident animal boxes overlap MegaDetector's; %d of %d empty images got an animal",
          qPrintable(detector), matched, matched + unmatched, falseAnimals, emptyImages);
    QVERIFY(matched >= 4);
    QVERIFY(matched >= 0.7 * (matched + unmatched));
    QVERIFY(emptyImages >= 10);
    QVERIFY(falseAnimals <= maxFalseEmptyShare * emptyImages);
}

QTEST_GUILESS_MAIN(TestInferenceRealData)
#include "tst_inference_realdata.moc"
