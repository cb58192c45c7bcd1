#include "InferenceJob.h"
#include "Logging.h"
#include "Tr.h"

#include "Clock.h"
#include "ComputeThreads.h"
#include "OutputDecoders.h"
#include "Preprocess.h"
#include "SequenceSmoother.h"
#include "imaging/Orientation.h"
#include "jobs/Pipeline.h"
#include "project/Project.h"
#include "taxonomy/SpeciesNetEnsemble.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QThreadPool>

#include <opencv2/imgcodecs.hpp>

#include <functional>
#include <map>
#include <set>

namespace trapline::inference {

namespace {

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
    QString error;                       // the image itself could not be read: every model failed on it
    QHash<std::int64_t, QString> failures; // model id -> why that model failed on this image
    std::vector<Detection> detections;
    std::vector<std::int64_t> storedIds; // ids of the detections when they were reloaded from the project
    std::vector<std::vector<ClassScore>> classes; // per detection, or one for the whole frame
    std::vector<std::vector<float>> embeddings;   // per detection
};

struct Stage {
    LoadedModel model;
    std::int64_t modelId = 0;
};

// Inputs [begin, end) as one batch of width x height images.
FloatTensor stack(const std::vector<const std::vector<float>*>& inputs, size_t begin, size_t end, int width, int height,
                  TensorLayout layout)
{
    FloatTensor t;
    t.shape = inputShape(layout, static_cast<std::int64_t>(end - begin), width, height);
    t.data.reserve(static_cast<size_t>(t.elements()));
    for (size_t i = begin; i < end; ++i)
        t.data.insert(t.data.end(), inputs[i]->begin(), inputs[i]->end());
    return t;
}

QString failureText(const ModelManifest& m, const std::exception& e)
{
    return QStringLiteral("the %1 failed: %2").arg(kindName(m.kind), QString::fromLocal8Bit(e.what()).left(300));
}

// One forward pass over all inputs; when it throws, each input is tried again alone, so that one bad image (or a
// passing failure of a large batch, such as running out of GPU memory) fails only itself. `decoded(outputs, row,
// input)` takes the results of one input; `failed(input, why)` is called for each input that failed alone.
void forwardSplitting(const Stage& stage, const std::vector<const std::vector<float>*>& inputs, int width, int height,
                      const std::function<void(const std::vector<FloatTensor>&, int, size_t)>& decoded,
                      const std::function<void(size_t, const QString&)>& failed)
{
    const ModelManifest& m = stage.model.manifest;
    auto attempt = [&](size_t begin, size_t end) -> QString {
        try {
            const auto outputs = stage.model.runner->forward(stack(inputs, begin, end, width, height, m.input.layout));
            for (size_t i = begin; i < end; ++i)
                decoded(outputs, static_cast<int>(i - begin), i);
            return {};
        } catch (const std::exception& e) {
            qCDebug(log::inference).noquote() << "Forward pass failed:" << e.what();
            return failureText(m, e);
        }
    };
    const QString whole = attempt(0, inputs.size());
    if (whole.isEmpty())
        return;
    if (inputs.size() == 1) {
        failed(0, whole);
        return;
    }
    for (size_t i = 0; i < inputs.size(); ++i)
        if (const QString alone = attempt(i, i + 1); !alone.isEmpty())
            failed(i, alone);
}

class InferenceRun {
public:
    InferenceRun(Project& project, const InferenceOptions& options, JobControl& control)
        : m_project(project), m_options(options), m_control(control)
    {
        m_pool.setMaxThreadCount(planThreads(options.threads, options.decodeThreads).decode);
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
    void writeDetections(const WorkItem& item);
    // What the classifier's top classes of a box (or frame) say: with SpeciesNet, its ensemble's answer.
    struct Verdict {
        QString type;
        std::optional<std::int64_t> taxon;
        double confidence = 0;
    };
    Verdict classifierVerdict(const WorkItem& item, const std::vector<ClassScore>& classes, double detectionScore);
    taxonomy::Location locationOf(const WorkItem& item);
    void labelStoredBox(const WorkItem& item, std::int64_t detectionId, const Verdict& verdict);
    void observe(const WorkItem& item, const Stage& by, std::optional<std::int64_t> detectionId, const QString& type,
                 std::optional<std::int64_t> taxon, std::optional<double> confidence);
    void recordRun(const WorkItem& item, const Stage& stage, const QString& failure);
    bool detectorDoneNow(std::int64_t mediaId);
    bool failed(const WorkItem& item, const std::optional<Stage>& stage) const;
    std::optional<std::int64_t> taxonFor(const ModelManifest& m, int classIndex);
    std::int64_t taxonNamed(const QString& scientificName, const QString& commonName);
    const Stage* labelStage() const;
    std::vector<Stage*> stages();

    Project& m_project;
    const InferenceOptions& m_options;
    JobControl& m_control;
    QThreadPool m_pool;
    std::optional<Stage> m_detector, m_classifier, m_embedder;
    std::optional<taxonomy::SpeciesNetEnsemble> m_ensemble; // for a SpeciesNet classifier
    QHash<std::int64_t, taxonomy::Location> m_locations;    // by media id's deployment
    QHash<QString, std::int64_t> m_taxa;
    // Per sequence, how many of its frames this run has still to write: the sequence is smoothed in the
    // transaction that writes the last one, so a killed run loses no sequence it finished.
    std::map<std::int64_t, int> m_framesToWrite;
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
            return Error{InferenceText::tr("%1 describes a %2, but it was given as the %3.")
                             .arg(path, kindName(model.value().manifest.kind), kindName(expected))};
        slot = Stage{std::move(model).value(), 0};
        slot->modelId = registerModel(slot->model.manifest);
        return okStatus();
    };
    if (m_options.detector.isEmpty() && m_options.classifier.isEmpty() && m_options.embedder.isEmpty())
        return Error{InferenceText::tr("No model was given: name a detector, a classifier or an embedder manifest.")};
    if (!m_options.embedder.isEmpty() && m_options.detector.isEmpty())
        return Error{InferenceText::tr("An embedder runs on the boxes of a detector: give a detector too.")};
    for (auto [path, slot, kind] : {std::tuple{m_options.detector, &m_detector, ModelKind::Detector},
                                    std::tuple{m_options.classifier, &m_classifier, ModelKind::Classifier},
                                    std::tuple{m_options.embedder, &m_embedder, ModelKind::Embedder}})
        if (Status s = loadInto(path, *slot, kind); !s)
            return s;
    m_summary.device = stages().front()->model.runner->deviceName();
    if (m_classifier && m_classifier->model.manifest.decoder == OutputDecoder::SpeciesNet) {
        // SpeciesNet's ensemble rolls up over its taxonomy (the model folder's, else the one built in) and geofences
        // with the model folder's geofence_release.json, where the manifest names one.
        const ModelManifest& m = m_classifier->model.manifest;
        auto taxa = taxonomy::SpeciesNetTaxonomy::load(
            m.speciesNetTaxonomyPath.isEmpty() ? QStringLiteral(":/trapline/taxonomy/speciesnet/taxonomy_release.txt")
                                               : m.speciesNetTaxonomyPath);
        if (!taxa)
            return taxa.error();
        taxonomy::Geofence geofence;
        if (!m.speciesNetGeofencePath.isEmpty()) {
            auto loaded = taxonomy::Geofence::load(m.speciesNetGeofencePath);
            if (!loaded)
                return loaded.error();
            geofence = std::move(loaded).value();
        }
        m_ensemble.emplace(std::move(taxa).value(), std::move(geofence));
    }
    return okStatus();
}

taxonomy::Location InferenceRun::locationOf(const WorkItem& item)
{
    const auto known = m_locations.constFind(item.media.mediaId);
    if (known != m_locations.constEnd())
        return *known;
    auto& st = m_project.db().cached("SELECT coalesce(d.country_code, ''), coalesce(d.admin1_region, '') FROM media m"
                                     " JOIN deployments d ON d.id = m.deployment_id WHERE m.id = ?1");
    st.bind(1, item.media.mediaId);
    taxonomy::Location where;
    if (st.step())
        where = {st.text(0), st.text(1)};
    st.reset();
    m_locations.insert(item.media.mediaId, where);
    return where;
}

InferenceRun::Verdict InferenceRun::classifierVerdict(const WorkItem& item, const std::vector<ClassScore>& classes,
                                                      double detectionScore)
{
    const ModelManifest& cm = m_classifier->model.manifest;
    const ClassScore& top = classes.front();
    if (m_ensemble) {
        taxonomy::ClassifierVote vote;
        for (const ClassScore& c : classes) {
            vote.labels.push_back(cm.classes.value(c.classIndex));
            vote.scores.push_back(static_cast<double>(c.probability));
        }
        // Only the detector's animal boxes are classified; a frame classified whole has no box (confidence 0).
        const auto p =
            m_ensemble->combine(vote, {taxonomy::DetectorVote::Label::Animal, detectionScore}, locationOf(item));
        if (!p) {
            qCWarning(log::inference).noquote() << "SpeciesNet ensemble:" << p.error().message;
        } else if (const auto label = taxonomy::SpeciesNetLabel::parse(p.value().label)) {
            Verdict v{label->observationType(), std::nullopt, p.value().score};
            if (v.type == u"animal" && !label->scientificName().isEmpty())
                v.taxon = taxonNamed(label->scientificName(), label->displayCommonName());
            return v;
        }
    }
    return {cm.mappingFor(top.classIndex).observationType, taxonFor(cm, top.classIndex),
            static_cast<double>(top.probability)};
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
        .bind(6, Clock::nowMs()).run();
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
    // A media is pending while any requested model has not stored its results on it. One on which a requested
    // model failed waits for a retry (retryFailed), so that a default run does not fail on it again.
    std::vector<PendingMedia> out;
    auto& st = m_project.db().cached(
        "SELECT m.id, r.path || '/' || m.rel_path, m.orientation, m.width, m.height, m.sequence_id,"
        " EXISTS (SELECT 1 FROM model_runs x WHERE x.model_id = ?1 AND x.media_id = m.id AND x.state = 'done'),"
        " (SELECT count(*) FROM model_runs x WHERE x.media_id = m.id AND x.model_id IN (?1, ?2, ?3) AND x.state = 'done'),"
        " EXISTS (SELECT 1 FROM model_runs x WHERE x.media_id = m.id AND x.model_id IN (?1, ?2, ?3) AND x.state = 'failed')"
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
        if (st.integer(8) != 0 && !m_options.retryFailed) {
            ++m_summary.failedBefore;
            continue;
        }
        out.push_back({id, st.text(1), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3)),
                       static_cast<int>(st.integer(4)), st.optInteger(5), m_detector && st.integer(6) != 0});
        if (out.back().sequenceId)
            ++m_framesToWrite[*out.back().sequenceId];
    }
    st.reset();
    return out;
}

WorkItem InferenceRun::load(const PendingMedia& media) const
{
    WorkItem item{media, {}, {}, {}, {}, {}, {}, {}, {}, {}};
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

// With their ids: the classifier's labels and the embedder's vectors of a later run belong to these boxes.
void InferenceRun::loadStoredDetections(WorkItem& item)
{
    auto& st = m_project.db().cached("SELECT x, y, w, h, category, confidence, id FROM detections"
                                     " WHERE media_id = ?1 AND model_id = ?2 AND source = 'machine' ORDER BY id");
    st.bind(1, item.media.mediaId).bind(2, m_detector->modelId);
    while (st.step()) {
        item.detections.push_back({{st.real(0), st.real(1), st.real(2), st.real(3)},
                                   static_cast<int>(m_detector->model.manifest.classes.indexOf(st.text(4))),
                                   static_cast<float>(st.real(5))});
        item.storedIds.push_back(st.integer(6));
    }
    st.reset();
}

bool InferenceRun::failed(const WorkItem& item, const std::optional<Stage>& stage) const
{
    return !item.error.isEmpty() || (stage && item.failures.contains(stage->modelId));
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
        forwardSplitting(
            *m_detector, inputs, shape.first, shape.second,
            [&](const std::vector<FloatTensor>& outputs, int row, size_t i) {
                todo[i]->detections = decodeDetections(m, outputs.front(), row, todo[i]->geometry);
            },
            [&](size_t i, const QString& why) {
                todo[i]->detections.clear();
                todo[i]->failures.insert(m_detector->modelId, why);
            });
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
        if (failed(item, m_detector))
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
        // A failed crop fails this model on its frame: the frame's other results of this model are not stored.
        forwardSplitting(
            stage, inputs, m.input.width, m.input.height,
            [&](const std::vector<FloatTensor>& outputs, int row, size_t i) {
                Crop& crop = crops[start + i];
                if (classify)
                    crop.item->classes.push_back(decodeClassification(m, outputs.front(), row));
                else
                    crop.item->embeddings.push_back(decodeEmbedding(outputs.front(), row));
            },
            [&](size_t i, const QString& why) { crops[start + i].item->failures.insert(stage.modelId, why); });
    }
}

std::optional<std::int64_t> InferenceRun::taxonFor(const ModelManifest& m, int classIndex)
{
    const ClassMapping mapping = m.mappingFor(classIndex);
    if (mapping.observationType != u"animal" || classIndex < 0 || classIndex >= m.classes.size())
        return std::nullopt;
    // A SpeciesNet class names its taxon in full; one without a scientific name is "animal" of no known taxon.
    const bool speciesNet = m.decoder == OutputDecoder::SpeciesNet;
    if (speciesNet && mapping.scientificName.isEmpty())
        return std::nullopt;
    const QString name = mapping.scientificName.isEmpty() ? m.classes[classIndex] : mapping.scientificName;
    return taxonNamed(name, mapping.commonName.isEmpty() && !speciesNet ? m.classes[classIndex] : mapping.commonName);
}

std::int64_t InferenceRun::taxonNamed(const QString& name, const QString& commonName)
{
    if (auto it = m_taxa.constFind(name); it != m_taxa.constEnd())
        return *it;
    m_project.db()
        .cached("INSERT OR IGNORE INTO taxa(scientific_name, common_name) VALUES (?1, ?2)")
        .bind(1, name)
        .bind(2, commonName)
        .run();
    auto& find = m_project.db().cached("SELECT id FROM taxa WHERE scientific_name = ?1");
    find.bind(1, name);
    find.step();
    const auto id = find.integer(0);
    find.reset();
    m_taxa.insert(name, id);
    return id;
}

bool InferenceRun::detectorDoneNow(std::int64_t mediaId)
{
    auto& st = m_project.db().cached("SELECT 1 FROM model_runs WHERE model_id = ?1 AND media_id = ?2 AND state = 'done'");
    st.bind(1, m_detector->modelId).bind(2, mediaId);
    const bool done = st.step();
    st.reset();
    return done;
}

void InferenceRun::recordRun(const WorkItem& item, const Stage& stage, const QString& failure)
{
    m_project.db()
        .cached("INSERT OR REPLACE INTO model_runs(media_id, model_id, state, error, ran_ms) VALUES (?1,?2,?3,?4,?5)")
        .bind(1, item.media.mediaId).bind(2, stage.modelId)
        .bind(3, failure.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed")).bind(4, failure)
        .bind(5, Clock::nowMs()).run();
}

void InferenceRun::observe(const WorkItem& item, const Stage& by, std::optional<std::int64_t> detectionId,
                           const QString& type, std::optional<std::int64_t> taxon, std::optional<double> confidence)
{
    m_project.db()
        .cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
                " model_id, confidence, classified_by, classified_ms) VALUES (?1,?2,?3,?4,?5,?6,'machine',?7,?8,?9,?10)")
        .bind(1, item.media.sequenceId).bind(2, item.media.mediaId).bind(3, detectionId).bind(4, type).bind(5, taxon)
        .bind(6, type == u"blank" ? 0 : 1).bind(7, by.modelId).bind(8, confidence).bind(9, by.model.manifest.name)
        .bind(10, Clock::nowMs()).run();
    ++m_summary.observations;
}

// A classifier run on a box stored earlier: its label replaces the detector's machine label of the box (or its own
// from an earlier try), which is what one run of both models writes. A person's labels are never touched.
void InferenceRun::labelStoredBox(const WorkItem& item, std::int64_t detectionId, const Verdict& verdict)
{
    const ModelManifest& cm = m_classifier->model.manifest;
    const QString& type = verdict.type;
    const auto& taxon = verdict.taxon;
    m_project.db()
        .cached(
            "UPDATE observations SET observation_type = ?2, taxon_id = ?3, count = ?4, model_id = ?5, confidence = ?6,"
            " classified_by = ?7, classified_ms = ?8 WHERE detection_id = ?1 AND method = 'machine'"
            " AND model_id IN (?5, ?9)")
        .bind(1, detectionId)
        .bind(2, type)
        .bind(3, taxon)
        .bind(4, type == u"blank" ? 0 : 1)
        .bind(5, m_classifier->modelId)
        .bind(6, verdict.confidence)
        .bind(7, cm.name)
        .bind(8, Clock::nowMs())
        .bind(9, m_detector->modelId)
        .run();
    if (m_project.db().changes() == 0)
        observe(item, *m_classifier, detectionId, type, taxon, verdict.confidence);
    else
        ++m_summary.observations;
}

void InferenceRun::writeDetections(const WorkItem& item)
{
    auto& db = m_project.db();
    // The unique key on a model's boxes (index detections_machine_box) turns a box stored already into its id.
    auto& insertDetection = db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, model_id,"
                                      " created_ms) VALUES (?1,?2,?3,?4,?5,?6,?7,'machine',?8,?9) ON CONFLICT DO NOTHING");
    auto& storedDetection = db.cached("SELECT id FROM detections WHERE media_id = ?1 AND model_id = ?2 AND x = ?3"
                                      " AND y = ?4 AND w = ?5 AND h = ?6 AND category = ?7 AND source = 'machine'");
    auto& insertEmbedding = db.cached("INSERT OR REPLACE INTO embeddings(detection_id, model_id, vector) VALUES (?1,?2,?3)");
    const bool classified = m_classifier && !failed(item, m_classifier);
    const bool embedded = m_embedder && !failed(item, m_embedder);
    const Stage* labeller = classified ? &*m_classifier : m_detector ? &*m_detector : nullptr;
    size_t animal = 0;
    for (size_t k = 0; k < item.detections.size(); ++k) {
        const Detection& d = item.detections[k];
        const ModelManifest& dm = m_detector->model.manifest;
        std::int64_t detectionId = 0;
        bool added = false;
        if (item.media.detectorDone) {
            detectionId = item.storedIds[k];
        } else {
            const QString category = d.classIndex >= 0 ? dm.classes.value(d.classIndex) : QString();
            insertDetection.bind(1, item.media.mediaId).bind(2, d.box.x).bind(3, d.box.y).bind(4, d.box.w)
                .bind(5, d.box.h).bind(6, category).bind(7, static_cast<double>(d.score)).bind(8, m_detector->modelId)
                .bind(9, Clock::nowMs()).run();
            added = db.changes() > 0;
            if (added) {
                detectionId = db.lastInsertId();
                ++m_summary.detections;
            } else {
                storedDetection.bind(1, item.media.mediaId).bind(2, m_detector->modelId).bind(3, d.box.x).bind(4, d.box.y)
                    .bind(5, d.box.w).bind(6, d.box.h).bind(7, category);
                storedDetection.step();
                detectionId = storedDetection.integer(0);
                storedDetection.reset();
            }
        }
        const ClassMapping mapping = dm.mappingFor(d.classIndex);
        if (mapping.observationType != u"animal") {
            if (added)
                observe(item, *labeller, detectionId, mapping.observationType, std::nullopt, d.score);
            continue;
        }
        const size_t crop = animal++;
        if (classified && crop < item.classes.size() && !item.classes[crop].empty()) {
            const Verdict verdict = classifierVerdict(item, item.classes[crop], d.score);
            if (added)
                observe(item, *m_classifier, detectionId, verdict.type, verdict.taxon, verdict.confidence);
            else
                labelStoredBox(item, detectionId, verdict);
        } else if (added) {
            observe(item, *m_detector, detectionId, QStringLiteral("animal"), taxonFor(dm, d.classIndex), d.score);
        }
        if (embedded && crop < item.embeddings.size()) {
            const auto& v = item.embeddings[crop];
            insertEmbedding.bind(1, detectionId).bind(2, m_embedder->modelId)
                .bind(3, QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size() * sizeof(float))))
                .run();
            ++m_summary.embeddings;
        }
    }
    if (!m_detector) {
        if (classified && !item.classes.empty() && !item.classes.front().empty()) {
            const Verdict verdict = classifierVerdict(item, item.classes.front(), 0.0);
            observe(item, *m_classifier, std::nullopt, verdict.type, verdict.taxon, verdict.confidence);
        }
    } else if (!item.media.detectorDone && item.detections.empty()) {
        observe(item, *labeller, std::nullopt, QStringLiteral("blank"), std::nullopt, std::nullopt);
    } else if (item.media.detectorDone && classified) {
        // The detector's other labels of the frame (blank, person, vehicle) pass to the classifier, as in one run of
        // both: the sequence label and the review queues read the labelling model's observations.
        db.cached("UPDATE observations SET model_id = ?2, classified_by = ?3 WHERE media_id = ?1 AND method = 'machine'"
                  " AND model_id = ?4")
            .bind(1, item.media.mediaId).bind(2, m_classifier->modelId).bind(3, m_classifier->model.manifest.name)
            .bind(4, m_detector->modelId).run();
    }
}

// Each model is recorded done on a frame only with its results stored, failed with its own error otherwise.
void InferenceRun::writeItem(const WorkItem& item)
{
    if (!item.error.isEmpty()) {
        for (Stage* s : stages())
            recordRun(item, *s, item.error);
        ++m_summary.failed;
        return;
    }
    if (m_detector && !item.media.detectorDone && detectorDoneNow(item.media.mediaId)) {
        // Another run stored this frame's boxes after this one listed its work: those are kept, and the models of
        // this run that need them use them next time.
        ++m_summary.alreadyDone;
        return;
    }
    if (failed(item, m_detector)) {
        // The classifier and the embedder never saw its boxes: nothing is recorded for them.
        recordRun(item, *m_detector, item.failures.value(m_detector->modelId));
        ++m_summary.failed;
        return;
    }
    writeDetections(item);
    bool anyFailed = false;
    for (Stage* s : stages()) {
        if (m_detector && s == &*m_detector && item.media.detectorDone)
            continue;
        const QString why = item.failures.value(s->modelId);
        recordRun(item, *s, why);
        anyFailed = anyFailed || !why.isEmpty();
    }
    ++(anyFailed ? m_summary.failed : m_summary.processed);
}

void InferenceRun::write(const std::vector<WorkItem>& batch)
{
    db::Transaction tx(m_project.db());
    std::set<std::int64_t> finished;
    for (const WorkItem& item : batch) {
        writeItem(item);
        if (item.media.sequenceId && --m_framesToWrite[*item.media.sequenceId] == 0)
            finished.insert(*item.media.sequenceId);
    }
    if (const Stage* label = labelStage(); label && !finished.empty())
        m_summary.framesFlagged += smoothSequences(m_project, label->modelId, finished);
    tx.commit();
}

Result<InferenceSummary> InferenceRun::run()
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<PendingMedia> pending = pendingMedia();
    m_summary.pending = static_cast<std::int64_t>(pending.size());
    m_control.beginPhase(InferenceText::tr("Running models"), m_summary.pending);
    std::int64_t done = 0;
    // Decode the next batch while this one is on the model.
    pipelined(
        m_pool, pending, static_cast<size_t>(std::max(1, m_options.batchSize)), [this](const PendingMedia& m) { return load(m); },
        [&](std::vector<WorkItem>& batch, BatchRange) {
            if (m_detector)
                runDetector(batch);
            if (m_classifier)
                runOnCrops(*m_classifier, batch, true);
            if (m_embedder)
                runOnCrops(*m_embedder, batch, false);
            write(batch);
            done += static_cast<std::int64_t>(batch.size());
            m_control.report(done);
        },
        m_control);
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
    applyComputeThreads(m_options.threads);
    try {
        InferenceRun run(*project.value(), m_options, control);
        if (Status loaded = run.loadModels(); !loaded)
            return loaded.error();
        return run.run();
    } catch (const db::DbError& e) {
        qCDebug(log::inference).noquote() << "SQLite error" << e.code() << e.what();
        if (e.isDiskFull())
            return Error{InferenceText::tr("The disk holding %1 is full. Free some space and run the models again: the "
                                           "results saved so far are kept and will be skipped.")
                             .arg(m_projectPath)};
        return Error{
            InferenceText::tr("Running the models stopped: %1. The results saved so far are kept; run again to "
                              "resume.")
                .arg(QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::inference
