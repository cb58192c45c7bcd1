#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace trapline::inference {

enum class ModelKind { Detector, Classifier, Embedder };
enum class Backend { TorchScript, OpenCvDnn, OnnxRuntime };
enum class ResizeMode { Letterbox, Stretch };
enum class ChannelOrder { RGB, BGR };
// How the input tensor holds an image: [batch, 3, height, width] (PyTorch's default) or [batch, height, width, 3]
// (models converted from TensorFlow, such as SpeciesNet).
enum class TensorLayout { NCHW, NHWC };

// How a model's output tensor is read.
enum class OutputDecoder {
    YoloV5,        // [B, N, 5+C]: cx, cy, w, h (input pixels), objectness, class scores (MegaDetector v5)
    Ultralytics,   // [B, 4+C, N]: cx, cy, w, h (input pixels), class scores (YOLOv8/v9, MegaDetector v6 YOLOv9)
    YoloV10,       // [B, N, 6]: x1, y1, x2, y2 (input pixels), score, class index; end to end, no NMS
    RtDetr,        // [B, N, 4+C]: cx, cy, w, h (shares of the input), class scores (sigmoid); no NMS
    DarknetYolo,   // OpenCV DNN YOLO layers: rows of cx, cy, w, h (normalised), objectness, class scores
    FastestDet,    // [B, 5+C, H, W] grid: objectness, tanh offsets, sigmoid sizes, class probabilities
    Logits,        // [B, C] raw scores; softmax gives probabilities
    Probabilities, // [B, C] already normalised
    Embedding,     // [B, D] feature vector; L2-normalised by Trapline
    SpeciesNet,    // [B, C] logits whose classes are SpeciesNet labels "uuid;class;order;family;genus;species;common
                   // name": the observation type, scientific and common name come from the label
};

// What a model's class means for the project: an observation type and, for animals, a taxon.
struct ClassMapping {
    QString observationType = QStringLiteral("animal"); // animal, human, vehicle, blank, unknown
    QString scientificName;                             // empty: the class label is used as the taxon name
    QString commonName;
    bool ignore = false; // e.g. COCO "chair": dropped from the results
};

struct InputSpec {
    int width = 0;
    int height = 0;
    ResizeMode resize = ResizeMode::Letterbox;
    // "auto": area averaging when shrinking, bilinear when enlarging. "linear" matches models trained on
    // cv2.resize defaults (many YOLO-family training pipelines), which then score noticeably higher.
    enum class Interpolation { Auto, Linear } interpolation = Interpolation::Auto;
    std::array<int, 3> padColor{114, 114, 114};
    // Letterbox only: pad the resized image up to the next multiple of this instead of to width x height, so the
    // input keeps the image's shape (YOLOv5's letterbox with auto=True, which MegaDetector uses). 0: pad fully.
    int padToStride = 0;
    // Decode JPEGs at full size even where libjpeg's reduced decode would do. Bilinear shrinking (cv2.resize's
    // INTER_LINEAR) samples only a few source pixels, so its result depends on the resolution it starts from: a
    // model trained that way on full frames (YOLOv5, MegaDetector) sees other pixels from a reduced decode.
    bool fullDecode = false;
    ChannelOrder channels = ChannelOrder::RGB;
    TensorLayout layout = TensorLayout::NCHW;
    float scale = 1.0f / 255.0f;            // pixel values 0..255 are multiplied by this ...
    std::array<float, 3> mean{0, 0, 0};     // ... then (x - mean) / std per channel, in the model's channel order
    std::array<float, 3> std{1, 1, 1};
};

struct Thresholds {
    float confidence = 0.2f; // detections and classifications below are not stored
    float nmsIou = 0.45f;
    bool classAgnosticNms = false;
};

// A model a user brings, described by a small JSON file next to its weights. See README "Models".
struct ModelManifest {
    QString path; // of the manifest itself
    QString name;
    QString version;
    ModelKind kind = ModelKind::Detector;
    Backend backend = Backend::TorchScript;
    QString weightsPath; // absolute
    QString configPath;  // absolute; Darknet .cfg for opencv-dnn
    InputSpec input;
    OutputDecoder decoder = OutputDecoder::YoloV5;
    QStringList classes;
    std::map<QString, ClassMapping> mapping; // by class label
    ClassMapping unlisted;                   // classes without an entry: animals unless "unlisted_classes": "ignore"
    Thresholds thresholds;
    bool allowHalfPrecision = false;
    int maxBatch = 16;
    QString featureMethod; // fine-tuning: the TorchScript method that returns features (empty: forward)
    QStringList unfreeze;  // fine-tuning: parameter-name prefixes trained in the unfrozen stage (the last blocks)
    // SpeciesNet ("ensemble": {"taxonomy": FILE, "geofence": FILE}, both optional): its taxonomy_release.txt (else
    // the one built into Trapline) and geofence_release.json (else no geofence), absolute.
    QString speciesNetTaxonomyPath;
    QString speciesNetGeofencePath;
    QString contentHash;   // of weights + config + manifest: the model version recorded with results

    static Result<ModelManifest> load(const QString& manifestPath);
    ClassMapping mappingFor(int classIndex) const;
    int expectedClassCount() const { return static_cast<int>(classes.size()); }
};

QString kindName(ModelKind kind);
QString backendName(Backend backend);
QString decoderName(OutputDecoder decoder);
bool isBoxDecoder(OutputDecoder decoder);
// Decoders whose model already picked one box per object (YOLOv10, RT-DETR): Trapline adds no NMS.
bool isEndToEnd(OutputDecoder decoder);

} // namespace trapline::inference
