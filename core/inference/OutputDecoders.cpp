#include "OutputDecoders.h"
#include "Tr.h"

#include <algorithm>
#include <cmath>

namespace trapline::inference {

namespace {

QString shapeText(const FloatTensor& t)
{
    QStringList dims;
    for (auto d : t.shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

float sigmoid(float v) { return 1.0f / (1.0f + std::exp(-v)); }

InputBox fromCenter(float cx, float cy, float w, float h, int cls, float score)
{
    return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, cls, score};
}

// Rows of [cx, cy, w, h, (objectness,) class scores...]: YOLOv5 and OpenCV's Darknet YOLO layers.
std::vector<InputBox> decodeRows(const ModelManifest& m, const FloatTensor& out, int b, bool hasObjectness,
                                 float xyScaleX, float xyScaleY)
{
    const auto rows = out.dim(1);
    const auto width = out.dim(2);
    const int first = hasObjectness ? 5 : 4;
    const float threshold = m.thresholds.confidence;
    std::vector<InputBox> boxes;
    const float* base = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(rows * width);
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* row = base + r * width;
        const float objectness = hasObjectness ? row[4] : 1.0f;
        if (objectness < threshold)
            continue;
        const float* best = std::max_element(row + first, row + width);
        // YOLOv5 multiplies objectness in; OpenCV's region layer already has.
        const float score = m.decoder == OutputDecoder::YoloV5 ? objectness * *best : *best;
        if (score < threshold)
            continue;
        boxes.push_back(fromCenter(row[0] * xyScaleX, row[1] * xyScaleY, row[2] * xyScaleX, row[3] * xyScaleY,
                                   static_cast<int>(best - (row + first)), score));
    }
    return boxes;
}

std::vector<InputBox> decodeUltralytics(const ModelManifest& m, const FloatTensor& out, int b)
{
    const auto channels = out.dim(1);
    const auto n = out.dim(2);
    const float* base = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(channels * n);
    std::vector<InputBox> boxes;
    for (std::int64_t i = 0; i < n; ++i) {
        int bestClass = 0;
        float best = -1;
        for (std::int64_t c = 4; c < channels; ++c)
            if (base[c * n + i] > best) {
                best = base[c * n + i];
                bestClass = static_cast<int>(c - 4);
            }
        if (best < m.thresholds.confidence)
            continue;
        boxes.push_back(fromCenter(base[i], base[n + i], base[2 * n + i], base[3 * n + i], bestClass, best));
    }
    return boxes;
}

// YOLOv10's end-to-end head (ultralytics v10Detect with export=True): [B, N, 6] rows of x1, y1, x2, y2 in input
// pixels, the score, the class index as a float; already one box per object, best first. Kept as ultralytics'
// predictor keeps them (pred[:, 4] > conf).
std::vector<InputBox> decodeYoloV10(const ModelManifest& m, const FloatTensor& out, int b)
{
    const auto rows = out.dim(1);
    const float* base = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(rows * 6);
    const auto classes = static_cast<float>(m.classes.size());
    std::vector<InputBox> boxes;
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* row = base + r * 6;
        const float cls = std::round(row[5]);
        if (!(row[4] > m.thresholds.confidence) || cls < 0 || cls >= classes)
            continue;
        boxes.push_back({row[0], row[1], row[2], row[3], static_cast<int>(cls), row[4]});
    }
    return boxes;
}

// RT-DETR (ultralytics RTDETRDecoder with export=True): [B, N, 4+C] rows of cx, cy, w, h as shares of the input and
// class scores already through a sigmoid. Its predictor takes the best class per query, keeps it above the
// threshold and does no NMS.
std::vector<InputBox> decodeRtDetr(const ModelManifest& m, const FloatTensor& out, int b)
{
    const auto rows = out.dim(1);
    const auto width = out.dim(2);
    const float* base = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(rows * width);
    const auto iw = static_cast<float>(m.input.width), ih = static_cast<float>(m.input.height);
    std::vector<InputBox> boxes;
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* row = base + r * width;
        const float* best = std::max_element(row + 4, row + width);
        if (!(*best > m.thresholds.confidence))
            continue;
        boxes.push_back(
            fromCenter(row[0] * iw, row[1] * ih, row[2] * iw, row[3] * ih, static_cast<int>(best - (row + 4)), *best));
    }
    return boxes;
}

// FastestDet, exactly as its upstream post-processing (utils/tool.py handle_preds of dog-qiuqiu/FastestDet): one
// candidate per grid cell scored obj^0.6 * cls^0.4 with the best class, kept when strictly above the threshold;
// centre (cell + tanh(offset)) / grid, size sigmoid(size) as a share of the input. NMS per class follows, as
// upstream's torchvision batched_nms.
std::vector<InputBox> decodeFastestDet(const ModelManifest& m, const FloatTensor& out, int b)
{
    const auto channels = out.dim(1), gh = out.dim(2), gw = out.dim(3);
    const std::int64_t plane = gh * gw;
    const float* base = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(channels * plane);
    const auto iw = static_cast<float>(m.input.width), ih = static_cast<float>(m.input.height);
    std::vector<InputBox> boxes;
    for (std::int64_t y = 0; y < gh; ++y) {
        for (std::int64_t x = 0; x < gw; ++x) {
            const std::int64_t cell = y * gw + x;
            int bestClass = 0;
            float best = -1;
            for (std::int64_t c = 5; c < channels; ++c)
                if (base[c * plane + cell] > best) {
                    best = base[c * plane + cell];
                    bestClass = static_cast<int>(c - 5);
                }
            const float score = std::pow(base[cell], 0.6f) * std::pow(best, 0.4f);
            if (!(score > m.thresholds.confidence))
                continue;
            const float w = sigmoid(base[3 * plane + cell]);
            const float h = sigmoid(base[4 * plane + cell]);
            const float cx = (std::tanh(base[plane + cell]) + static_cast<float>(x)) / static_cast<float>(gw);
            const float cy = (std::tanh(base[2 * plane + cell]) + static_cast<float>(y)) / static_cast<float>(gh);
            boxes.push_back({(cx - 0.5f * w) * iw, (cy - 0.5f * h) * ih, (cx + 0.5f * w) * iw, (cy + 0.5f * h) * ih,
                             bestClass, score});
        }
    }
    return boxes;
}

} // namespace

Status checkOutputShape(const ModelManifest& m, const FloatTensor& out)
{
    const auto classes = static_cast<std::int64_t>(m.classes.size());
    auto fail = [&](const QString& why) {
        return Error{InferenceText::tr("The model %1 does not fit its manifest: its output has shape %2, but %3. Check "
                                       "\"classes\" and \"output.decoder\" in %4.")
                         .arg(m.name, shapeText(out), why, m.path)};
    };
    if (out.elements() != static_cast<std::int64_t>(out.data.size()) || out.data.empty())
        return fail(InferenceText::tr("it holds no values"));
    switch (m.decoder) {
    case OutputDecoder::YoloV5:
    case OutputDecoder::DarknetYolo:
        if (out.shape.size() != 3 || out.dim(2) != 5 + classes)
            return fail(InferenceText::tr("the %1 decoder expects [batch, boxes, 5 + %2 classes = %3]")
                            .arg(decoderName(m.decoder))
                            .arg(classes)
                            .arg(5 + classes));
        break;
    case OutputDecoder::Ultralytics:
        if (out.shape.size() != 3 || out.dim(1) != 4 + classes)
            return fail(InferenceText::tr("the ultralytics decoder expects [batch, 4 + %1 classes = %2, boxes]")
                            .arg(classes)
                            .arg(4 + classes));
        break;
    case OutputDecoder::YoloV10:
        if (out.shape.size() != 3 || out.dim(2) != 6)
            return fail(
                InferenceText::tr("the yolov10 decoder expects [batch, boxes, 6] (x1, y1, x2, y2, score, class)"));
        break;
    case OutputDecoder::RtDetr:
        if (out.shape.size() != 3 || out.dim(2) != 4 + classes)
            return fail(InferenceText::tr("the rt-detr decoder expects [batch, queries, 4 + %1 classes = %2]")
                            .arg(classes)
                            .arg(4 + classes));
        break;
    case OutputDecoder::FastestDet:
        if (out.shape.size() != 4 || out.dim(1) != 5 + classes)
            return fail(InferenceText::tr("the fastestdet decoder expects [batch, 5 + %1 classes = %2, rows, columns]")
                            .arg(classes)
                            .arg(5 + classes));
        break;
    case OutputDecoder::Logits:
    case OutputDecoder::SpeciesNet:
    case OutputDecoder::Probabilities:
        if (out.shape.size() != 2 || out.dim(1) != classes)
            return fail(InferenceText::tr("a classifier must output [batch, %1 classes]").arg(classes));
        break;
    case OutputDecoder::Embedding:
        if (out.shape.size() != 2 || out.dim(1) < 2)
            return fail(InferenceText::tr("an embedder must output [batch, dimensions]"));
        break;
    }
    return okStatus();
}

std::vector<InputBox> decodeBoxes(const ModelManifest& m, const FloatTensor& out, int b)
{
    switch (m.decoder) {
    case OutputDecoder::YoloV5: return decodeRows(m, out, b, true, 1.0f, 1.0f);
    case OutputDecoder::DarknetYolo:
        return decodeRows(m, out, b, true, static_cast<float>(m.input.width), static_cast<float>(m.input.height));
    case OutputDecoder::Ultralytics: return decodeUltralytics(m, out, b);
    case OutputDecoder::YoloV10: return decodeYoloV10(m, out, b);
    case OutputDecoder::RtDetr: return decodeRtDetr(m, out, b);
    case OutputDecoder::FastestDet: return decodeFastestDet(m, out, b);
    default: return {};
    }
}

float intersectionOverUnion(const InputBox& a, const InputBox& b)
{
    const float iw = std::max(0.0f, std::min(a.x2, b.x2) - std::max(a.x1, b.x1));
    const float ih = std::max(0.0f, std::min(a.y2, b.y2) - std::max(a.y1, b.y1));
    const float inter = iw * ih;
    const float areaA = std::max(0.0f, a.x2 - a.x1) * std::max(0.0f, a.y2 - a.y1);
    const float areaB = std::max(0.0f, b.x2 - b.x1) * std::max(0.0f, b.y2 - b.y1);
    const float uni = areaA + areaB - inter;
    return uni > 0 ? inter / uni : 0.0f;
}

std::vector<InputBox> nonMaximumSuppression(std::vector<InputBox> boxes, float iouThreshold, bool classAgnostic,
                                            size_t maxBoxes)
{
    std::stable_sort(boxes.begin(), boxes.end(), [](const InputBox& a, const InputBox& b) { return a.score > b.score; });
    std::vector<InputBox> kept;
    for (const InputBox& candidate : boxes) {
        const bool suppressed = std::any_of(kept.begin(), kept.end(), [&](const InputBox& k) {
            return (classAgnostic || k.classIndex == candidate.classIndex) &&
                   intersectionOverUnion(k, candidate) > iouThreshold;
        });
        if (!suppressed)
            kept.push_back(candidate);
        if (kept.size() >= maxBoxes)
            break;
    }
    return kept;
}

std::vector<Detection> decodeDetections(const ModelManifest& m, const FloatTensor& out, int b, const InputGeometry& g)
{
    std::vector<Detection> result;
    std::vector<InputBox> boxes = decodeBoxes(m, out, b);
    if (!isEndToEnd(m.decoder))
        boxes = nonMaximumSuppression(std::move(boxes), m.thresholds.nmsIou, m.thresholds.classAgnosticNms);
    for (const InputBox& box : boxes) {
        if (m.mappingFor(box.classIndex).ignore)
            continue;
        const NormalisedBox normalised = toSourceBox(g, box.x1, box.y1, box.x2, box.y2);
        if (normalised.w <= 0 || normalised.h <= 0)
            continue;
        result.push_back({normalised, box.classIndex, box.score});
    }
    return result;
}

std::vector<ClassScore> decodeClassification(const ModelManifest& m, const FloatTensor& out, int b, int k)
{
    const auto n = out.dim(1);
    const float* row = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(n);
    std::vector<float> p(row, row + n);
    if (m.decoder == OutputDecoder::Logits || m.decoder == OutputDecoder::SpeciesNet) {
        const float top = *std::max_element(p.begin(), p.end());
        double sum = 0;
        for (float& v : p) {
            v = std::exp(v - top);
            sum += v;
        }
        for (float& v : p)
            v = static_cast<float>(v / sum);
    }
    std::vector<ClassScore> scores;
    for (std::int64_t i = 0; i < n; ++i)
        scores.push_back({static_cast<int>(i), p[static_cast<size_t>(i)]});
    const auto keep = std::min<size_t>(static_cast<size_t>(std::max(k, 1)), scores.size());
    std::partial_sort(scores.begin(), scores.begin() + static_cast<std::ptrdiff_t>(keep), scores.end(),
                      [](const ClassScore& a, const ClassScore& c) { return a.probability > c.probability; });
    scores.resize(keep);
    return scores;
}

std::vector<float> decodeEmbedding(const FloatTensor& out, int b)
{
    const auto n = out.dim(1);
    const float* row = out.data.data() + static_cast<size_t>(b) * static_cast<size_t>(n);
    std::vector<float> v(row, row + n);
    double norm = 0;
    for (float x : v)
        norm += static_cast<double>(x) * x;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (float& x : v)
            x = static_cast<float>(x / norm);
    return v;
}

} // namespace trapline::inference
