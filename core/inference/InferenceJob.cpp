#include "InferenceJob.h"

#include "OutputDecoders.h"
#include "Preprocess.h"
#include "SequenceSmoother.h"
#include "imaging/Orientation.h"
#include "project/Project.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/imgcodecs.hpp>

#include <map>
#include <set>

namespace trapline::inference {

namespace {

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

struct PendingMedia {
    std::int64_t mediaId = 0;
    QString path;
    int orientation = 1;
    int width = 0;
    int height = 0;
    std::optional<std::int64_t> sequenceId;
    bool detectorDone = false; // the detector already ran on it (a classifier or embedder was added later)
};

struct WorkItem {
    PendingMedia media;
    cv::Mat image;             // upright BGR, possibly decoded at reduced size
    std::vector<float> input;  // the first model's input, prepared on the pool
    InputGeometry geometry;
    QString error;
    std::vector<Detection> detections;
    std::vector<std::vector<ClassScore>> classes; // per detection, or one for the whole frame
    std::vector<std::vector<float>> embeddings;   // per detection
};

struct Stage {
    LoadedModel model;
    std::int64_t modelId = 0;
};

FloatTensor stack(const std::vector<const std::vector<float>*>& inputs, int width, int height)
{
    FloatTensor t;
    t.shape = {static_cast<std::int64_t>(inputs.size()), 3, height, width};
    t.data.reserve(static_cast<size_t>(t.elements()));
    for (const auto* in : inputs)
        t.data.insert(t.data.end(), in->begin(), in->end());
    return t;
}

class InferenceRun {
public:
    InferenceRun(Project& project, const InferenceOptions& options, JobControl& control)
        : m_project(project), m_options(options), m_control(control)
    {
        m_pool.setMaxThreadCount(options.decodeThreads > 0 ? options.decodeThreads : QThread::idealThreadCount());
    }

    Status loadModels();
    Result<InferenceSummary> run();

private:
    std::int64_t registerModel(const ModelManifest& manifest);
    std::vector<PendingMedia> pendingMedia();
    WorkItem load(const PendingMedia& media) const;
    void runDetector(std::vector<WorkItem>& batch);
    void loadStoredDetections(WorkItem& item);
    void runOnCrops(Stage& stage, std::vector<WorkItem>& batch, bool classify);
    void write(const std::vector<WorkItem>& batch);
    void writeItem(const WorkItem& item);
    std::optional<std::int64_t> taxonFor(const ModelManifest& m, int classIndex);
    const Stage* labelStage() const;
    std::vector<Stage*> stages();

    Project& m_project;
    const InferenceOptions& m_options;
    JobControl& m_control;
    QThreadPool m_pool;
    std::optional<Stage> m_detector, m_classifier, m_embedder;
    QHash<QString, std::int64_t> m_taxa;
    std::set<std::int64_t> m_sequences;
    InferenceSummary m_summary;
};

Status InferenceRun::loadModels()
{
    auto loadInto = [&](const QString& path, std::optional<Stage>& slot, ModelKind expected) -> Status {
        if (path.isEmpty())
            return okStatus();
        auto model = loadModel(path, m_options.device);
        if (!model)
            return model.error();
        if (model.value().manifest.kind != expected)
            return Error{QStringLiteral("%1 describes a %2, but it was given as the %3.")
                             .arg(path, kindName(model.value().manifest.kind), kindName(expected))};
        slot = Stage{std::move(model).value(), 0};
        slot->modelId = registerModel(slot->model.manifest);
        return okStatus();
    };
    if (m_options.detector.isEmpty() && m_options.classifier.isEmpty() && m_options.embedder.isEmpty())
        return Error{QStringLiteral("No model was given: name a detector, a classifier or an embedder manifest.")};
    if (!m_options.embedder.isEmpty() && m_options.detector.isEmpty())
        return Error{QStringLiteral("An embedder runs on the boxes of a detector: give a detector too.")};
    for (auto [path, slot, kind] : {std::tuple{m_options.detector, &m_detector, ModelKind::Detector},
                                    std::tuple{m_options.classifier, &m_classifier, ModelKind::Classifier},
                                    std::tuple{m_options.embedder, &m_embedder, ModelKind::Embedder}})
        if (Status s = loadInto(path, *slot, kind); !s)
            return s;
    m_summary.device = stages().front()->model.runner->deviceName();
    return okStatus();
}

std::vector<Stage*> InferenceRun::stages()
{
    std::vector<Stage*> out;
    for (auto* s : {&m_detector, &m_classifier, &m_embedder})
        if (*s)
            out.push_back(&**s);
    return out;
}

const Stage* InferenceRun::labelStage() const
{
    return m_classifier ? &*m_classifier : m_detector ? &*m_detector : nullptr;
}

std::int64_t InferenceRun::registerModel(const ModelManifest& m)
{
    QFile file(m.path);
    const QString manifestText = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    db::Transaction tx(m_project.db());
    m_project.db().cached("INSERT OR IGNORE INTO models(kind, name, version, content_hash, manifest, created_ms)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, kindName(m.kind)).bind(2, m.name).bind(3, m.version).bind(4, m.contentHash).bind(5, manifestText)
        .bind(6, nowMs()).run();
    auto& find = m_project.db().cached("SELECT id FROM models WHERE content_hash = ?1");
    find.bind(1, m.contentHash);
    find.step();
    const auto id = find.integer(0);
    find.reset();
    tx.commit();
    return id;
}

std::vector<PendingMedia> InferenceRun::pendingMedia()
{
    std::set<std::int64_t> only;
    if (m_options.onlyMedia)
        only.insert(m_options.onlyMedia->begin(), m_options.onlyMedia->end());
    // A media is pending while any requested model lacks a run on it.
    std::vector<PendingMedia> out;
    auto& st = m_project.db().cached(
        "SELECT m.id, r.path || '/' || m.rel_path, m.orientation, m.width, m.height, m.sequence_id,"
        " EXISTS (SELECT 1 FROM model_runs x WHERE x.model_id = ?1 AND x.media_id = m.id),"
        " (SELECT count(*) FROM model_runs x WHERE x.media_id = m.id AND x.model_id IN (?1, ?2, ?3))"
        " FROM media m JOIN image_roots r ON r.id = m.root_id WHERE m.width IS NOT NULL ORDER BY m.id");
    st.bind(1, m_detector ? m_detector->modelId : -1)
        .bind(2, m_classifier ? m_classifier->modelId : -1)
        .bind(3, m_embedder ? m_embedder->modelId : -1);
    const auto wanted = static_cast<std::int64_t>(stages().size());
    while (st.step()) {
        const auto id = st.integer(0);
        if (!only.empty() && !only.count(id))
            continue;
        if (st.integer(7) >= wanted) {
            ++m_summary.alreadyDone;
            continue;
        }
        out.push_back({id, st.text(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3)),
                       static_cast<int>(st.integer(4)), st.optInteger(5), m_detector && st.integer(6) != 0});
    }
    return out;
}

WorkItem InferenceRun::load(const PendingMedia& media) const
{
    WorkItem item{media, {}, {}, {}, {}, {}, {}, {}};
    // Twice the largest model input: crops of small animals keep their detail, and models trained on bilinear
    // downsampling of full frames (most YOLO pipelines) see the textures they were trained on. Measured: 1x
    // decoding gained 3% speed but cost FastestDet its cow.
    int needed = 0;
    bool full = false;
    for (const auto* s : {&m_detector, &m_classifier, &m_embedder})
        if (*s) {
            needed = std::max({needed, 2 * (*s)->model.manifest.input.width, 2 * (*s)->model.manifest.input.height});
            full = full || (*s)->model.manifest.input.fullDecode;
        }
    // Measured on the MegaDetector parity test: MDv5a-architecture boxes on a 5152x3968 frame decoded at half size
    // matched none of MegaDetector's 8 (all 8 from a full decode).
    if (full)
        needed = 0;
    const cv::Mat stored = cv::imread(media.path.toStdString(), imaging::reducedDecodeFlags(std::max(media.width, media.height), needed));
    if (stored.empty()) {
        item.error = QStringLiteral("the image cannot be decoded (missing or damaged file)");
        return item;
    }
    item.image = imaging::uprightImage(stored, media.orientation);
    const Stage* first = m_detector && !media.detectorDone ? &*m_detector : (!m_detector && m_classifier ? &*m_classifier : nullptr);
    if (first) {
        const InputSpec& spec = first->model.manifest.input;
        item.input.resize(static_cast<size_t>(3 * spec.width * spec.height));
        item.geometry = prepareInput(item.image, spec, item.input.data());
        item.input.resize(static_cast<size_t>(3 * item.geometry.inputWidth * item.geometry.inputHeight));
    }
    return item;
}

void InferenceRun::loadStoredDetections(WorkItem& item)
{
    auto& st = m_project.db().cached("SELECT x, y, w, h, category, confidence FROM detections"
                                     " WHERE media_id = ?1 AND model_id = ?2 ORDER BY id");
    st.bind(1, item.media.mediaId).bind(2, m_detector->modelId);
    while (st.step())
        item.detections.push_back({{st.real(0), st.real(1), st.real(2), st.real(3)},
                                   static_cast<int>(m_detector->model.manifest.classes.indexOf(st.text(4))),
                                   static_cast<float>(st.real(5))});
    st.reset();
}

void InferenceRun::runDetector(std::vector<WorkItem>& batch)
{
    // One forward pass per input shape: a letterbox padded to the stride gives each aspect ratio its own.
    std::map<std::pair<int, int>, std::vector<WorkItem*>> byShape;
    for (WorkItem& item : batch) {
        if (!item.error.isEmpty())
            continue;
        if (item.media.detectorDone) {
            loadStoredDetections(item);
            continue;
        }
        byShape[{item.geometry.inputWidth, item.geometry.inputHeight}].push_back(&item);
    }
    const ModelManifest& m = m_detector->model.manifest;
    for (const auto& [shape, todo] : byShape) {
        std::vector<const std::vector<float>*> inputs;
        for (WorkItem* item : todo)
            inputs.push_back(&item->input);
        try {
            const auto outputs = m_detector->model.runner->forward(stack(inputs, shape.first, shape.second));
            for (size_t i = 0; i < todo.size(); ++i)
                todo[i]->detections = decodeDetections(m, outputs.front(), static_cast<int>(i), todo[i]->geometry);
        } catch (const std::exception& e) {
            for (WorkItem* item : todo)
                item->error = QStringLiteral("the detector failed: %1").arg(QString::fromLocal8Bit(e.what()).left(300));
        }
    }
}

// Classifier or embedder over the animal boxes of each frame (whole frames when there is no detector).
void InferenceRun::runOnCrops(Stage& stage, std::vector<WorkItem>& batch, bool classify)
{
    const ModelManifest& m = stage.model.manifest;
    // Crops are stacked at the full input size.
    InputSpec cropSpec = m.input;
    cropSpec.padToStride = 0;
    struct Crop {
        WorkItem* item;
        std::vector<float> input;
    };
    std::vector<Crop> crops;
    for (WorkItem& item : batch) {
        if (!item.error.isEmpty())
            continue;
        std::vector<cv::Mat> regions;
        if (!m_detector) {
            regions.push_back(item.image);
        } else {
            for (const Detection& d : item.detections)
                if (m_detector->model.manifest.mappingFor(d.classIndex).observationType == u"animal")
                    regions.push_back(item.image(cropRect(d.box, item.image.cols, item.image.rows)));
        }
        for (const cv::Mat& region : regions) {
            Crop c{&item, std::vector<float>(static_cast<size_t>(3 * m.input.width * m.input.height))};
            prepareInput(region, cropSpec, c.input.data());
            crops.push_back(std::move(c));
        }
    }
    const size_t chunk = static_cast<size_t>(std::max(1, m.maxBatch));
    for (size_t start = 0; start < crops.size(); start += chunk) {
        const size_t end = std::min(crops.size(), start + chunk);
        std::vector<const std::vector<float>*> inputs;
        for (size_t i = start; i < end; ++i)
            inputs.push_back(&crops[i].input);
        try {
            const auto outputs = stage.model.runner->forward(stack(inputs, m.input.width, m.input.height));
            for (size_t i = start; i < end; ++i) {
                const int row = static_cast<int>(i - start);
                if (classify)
                    crops[i].item->classes.push_back(decodeClassification(m, outputs.front(), row));
                else
                    crops[i].item->embeddings.push_back(decodeEmbedding(outputs.front(), row));
            }
        } catch (const std::exception& e) {
            for (size_t i = start; i < end; ++i)
                crops[i].item->error = QStringLiteral("the %1 failed: %2")
                                           .arg(kindName(m.kind), QString::fromLocal8Bit(e.what()).left(300));
        }
    }
}

std::optional<std::int64_t> InferenceRun::taxonFor(const ModelManifest& m, int classIndex)
{
    const ClassMapping mapping = m.mappingFor(classIndex);
    if (mapping.observationType != u"animal" || classIndex < 0 || classIndex >= m.classes.size())
        return std::nullopt;
    const QString name = mapping.scientificName.isEmpty() ? m.classes[classIndex] : mapping.scientificName;
    if (auto it = m_taxa.constFind(name); it != m_taxa.constEnd())
        return *it;
    m_project.db().cached("INSERT OR IGNORE INTO taxa(scientific_name, common_name) VALUES (?1, ?2)")
        .bind(1, name).bind(2, mapping.commonName.isEmpty() ? m.classes[classIndex] : mapping.commonName).run();
    auto& find = m_project.db().cached("SELECT id FROM taxa WHERE scientific_name = ?1");
    find.bind(1, name);
    find.step();
    const auto id = find.integer(0);
    find.reset();
    m_taxa.insert(name, id);
    return id;
}

void InferenceRun::writeItem(const WorkItem& item)
{
    auto& db = m_project.db();
    auto& run = db.cached("INSERT OR REPLACE INTO model_runs(media_id, model_id, state, error, ran_ms) VALUES (?1,?2,?3,?4,?5)");
    if (!item.error.isEmpty()) {
        for (Stage* s : stages())
            run.bind(1, item.media.mediaId).bind(2, s->modelId).bind(3, QStringLiteral("failed")).bind(4, item.error)
                .bind(5, nowMs()).run();
        ++m_summary.failed;
        return;
    }
    auto& insertDetection = db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, model_id,"
                                      " created_ms) VALUES (?1,?2,?3,?4,?5,?6,?7,'machine',?8,?9)");
    auto& insertObservation = db.cached(
        "INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
        " model_id, confidence, classified_by, classified_ms) VALUES (?1,?2,?3,?4,?5,?6,'machine',?7,?8,?9,?10)");
    auto& insertEmbedding = db.cached("INSERT OR REPLACE INTO embeddings(detection_id, model_id, vector) VALUES (?1,?2,?3)");
    const Stage* label = labelStage();
    auto observe = [&](std::optional<std::int64_t> detectionId, const QString& type, std::optional<std::int64_t> taxon,
                       std::optional<double> confidence) {
        insertObservation.bind(1, item.media.sequenceId).bind(2, item.media.mediaId).bind(3, detectionId).bind(4, type)
            .bind(5, taxon).bind(6, type == u"blank" ? 0 : 1).bind(7, label->modelId).bind(8, confidence)
            .bind(9, label->model.manifest.name).bind(10, nowMs()).run();
        ++m_summary.observations;
    };
    size_t animal = 0;
    const bool newDetections = m_detector && !item.media.detectorDone;
    for (const Detection& d : item.detections) {
        const ModelManifest& dm = m_detector->model.manifest;
        std::optional<std::int64_t> detectionId;
        if (newDetections) {
            insertDetection.bind(1, item.media.mediaId).bind(2, d.box.x).bind(3, d.box.y).bind(4, d.box.w).bind(5, d.box.h)
                .bind(6, d.classIndex >= 0 ? dm.classes.value(d.classIndex) : QString()).bind(7, static_cast<double>(d.score))
                .bind(8, m_detector->modelId).bind(9, nowMs()).run();
            detectionId = db.lastInsertId();
            ++m_summary.detections;
        }
        const ClassMapping mapping = dm.mappingFor(d.classIndex);
        if (mapping.observationType != u"animal") {
            if (newDetections)
                observe(detectionId, mapping.observationType, std::nullopt, d.score);
            continue;
        }
        const size_t crop = animal++;
        if (m_classifier && crop < item.classes.size() && !item.classes[crop].empty()) {
            const ClassScore top = item.classes[crop].front();
            const ModelManifest& cm = m_classifier->model.manifest;
            observe(detectionId, cm.mappingFor(top.classIndex).observationType, taxonFor(cm, top.classIndex), top.probability);
        } else if (newDetections) {
            observe(detectionId, QStringLiteral("animal"), taxonFor(dm, d.classIndex), d.score);
        }
        if (m_embedder && crop < item.embeddings.size() && detectionId) {
            const auto& v = item.embeddings[crop];
            insertEmbedding.bind(1, *detectionId).bind(2, m_embedder->modelId)
                .bind(3, QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size() * sizeof(float))))
                .run();
            ++m_summary.embeddings;
        }
    }
    if (!m_detector && !item.classes.empty() && !item.classes.front().empty()) {
        const ClassScore top = item.classes.front().front();
        const ModelManifest& cm = m_classifier->model.manifest;
        observe(std::nullopt, cm.mappingFor(top.classIndex).observationType, taxonFor(cm, top.classIndex), top.probability);
    } else if (newDetections && item.detections.empty()) {
        observe(std::nullopt, QStringLiteral("blank"), std::nullopt, std::nullopt);
    }
    for (Stage* s : stages())
        run.bind(1, item.media.mediaId).bind(2, s->modelId).bind(3, QStringLiteral("done")).bind(4, QString())
            .bind(5, nowMs()).run();
    if (item.media.sequenceId)
        m_sequences.insert(*item.media.sequenceId);
    ++m_summary.processed;
}

void InferenceRun::write(const std::vector<WorkItem>& batch)
{
    db::Transaction tx(m_project.db());
    for (const WorkItem& item : batch)
        writeItem(item);
    tx.commit();
}

Result<InferenceSummary> InferenceRun::run()
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<PendingMedia> pending = pendingMedia();
    m_summary.pending = static_cast<std::int64_t>(pending.size());
    m_control.beginPhase(QStringLiteral("Running models"), m_summary.pending);
    const size_t batchSize = static_cast<size_t>(std::max(1, m_options.batchSize));
    auto batchAt = [&](size_t start) {
        return QList<PendingMedia>(pending.begin() + static_cast<std::ptrdiff_t>(start),
                                   pending.begin() + static_cast<std::ptrdiff_t>(std::min(pending.size(), start + batchSize)));
    };
    auto loader = [this](const PendingMedia& m) { return load(m); };
    QFuture<WorkItem> next;
    if (!pending.empty())
        next = QtConcurrent::mapped(&m_pool, batchAt(0), loader);
    std::int64_t done = 0;
    for (size_t start = 0; start < pending.size(); start += batchSize) {
        next.waitForFinished();
        const QList<WorkItem> loaded = next.results();
        std::vector<WorkItem> batch(loaded.begin(), loaded.end());
        // Decode the next batch while this one is on the model.
        if (start + batchSize < pending.size() && !m_control.cancelled())
            next = QtConcurrent::mapped(&m_pool, batchAt(start + batchSize), loader);
        if (m_detector)
            runDetector(batch);
        if (m_classifier)
            runOnCrops(*m_classifier, batch, true);
        if (m_embedder)
            runOnCrops(*m_embedder, batch, false);
        write(batch);
        done += static_cast<std::int64_t>(batch.size());
        m_control.report(done);
        if (m_control.cancelled()) {
            next.waitForFinished();
            break;
        }
    }
    if (const Stage* label = labelStage(); label && !m_sequences.empty()) {
        db::Transaction tx(m_project.db());
        m_summary.framesFlagged = smoothSequences(m_project, label->modelId, m_sequences);
        tx.commit();
    }
    m_summary.cancelled = m_control.cancelled() && done < m_summary.pending;
    m_summary.seconds = timer.elapsed() / 1000.0;
    return m_summary;
}

} // namespace

InferenceJob::InferenceJob(QString projectPath, InferenceOptions options)
    : m_projectPath(std::move(projectPath)), m_options(std::move(options))
{
}

Result<InferenceSummary> InferenceJob::run(JobControl& control)
{
    auto project = Project::open(m_projectPath);
    if (!project)
        return project.error();
    try {
        InferenceRun run(*project.value(), m_options, control);
        if (Status loaded = run.loadModels(); !loaded)
            return loaded.error();
        return run.run();
    } catch (const db::DbError& e) {
        if (e.isDiskFull())
            return Error{QStringLiteral("The disk holding %1 is full. Free some space and run the models again: the "
                                        "results saved so far are kept and will be skipped.").arg(m_projectPath)};
        return Error{QStringLiteral("Running the models stopped: %1. The results saved so far are kept; run again to "
                                    "resume.").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::inference
