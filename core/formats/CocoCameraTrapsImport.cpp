#include "CocoCameraTraps.h"
#include "Tr.h"

#include "Clock.h"
#include "CocoCameraTrapsPrivate.h"
#include "MediaMatcher.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace trapline::formats {

namespace coco {

namespace {

struct MatchedImage {
    std::int64_t mediaId = 0;
    std::optional<std::int64_t> sequenceId;
    QString relPath;
    std::optional<std::int64_t> width, height; // upright, as the project knows them
};

class CocoImporter {
public:
    CocoImporter(Project& project, QString path, CocoFile file)
        : m_project(project), m_db(project.db()), m_path(std::move(path)), m_file(std::move(file))
    {
    }
    Result<CocoImportSummary> run();

private:
    void matchImages();
    Status placeBoxes();
    Result<Box> normalised(const CocoAnnotation& a, const MatchedImage& media) const;
    Error doesNotFit(const CocoAnnotation& a, const QString& what) const;
    void write(const CocoAnnotation& a, const MatchedImage& media, const std::optional<Box>& box);
    void writeSequenceLabel(const QString& type, std::optional<std::int64_t> taxon, std::int64_t count,
                            const CocoAnnotation& a, std::int64_t sequenceId);
    bool importedBefore(const CocoAnnotation& a, const MatchedImage& media);
    std::optional<std::int64_t> taxonOf(const QString& category);
    void insertObservation(std::optional<std::int64_t> sequenceId, std::optional<std::int64_t> mediaId,
                           std::optional<std::int64_t> detectionId, const QString& type,
                           std::optional<std::int64_t> taxon, std::int64_t count, const QString& externalId);
    void audit();

    Project& m_project;
    db::Database& m_db;
    const QString m_path;
    const CocoFile m_file;
    const std::int64_t m_now = Clock::nowMs();
    std::vector<std::optional<MatchedImage>> m_matches; // per image of the file; nullopt: not in the project
    std::vector<std::optional<Box>> m_boxes;            // per annotation, normalised
    std::set<std::int64_t> m_sequenceLabels;            // sequence-level observations this import created
    QHash<QString, std::int64_t> m_taxa;                // category name -> taxon id
    CocoImportSummary m_summary;
};

Result<CocoImportSummary> CocoImporter::run()
{
    try {
        matchImages();
        if (Status s = placeBoxes(); !s)
            return s.error();
        db::Transaction tx(m_db);
        for (size_t i = 0; i < m_file.annotations.size(); ++i) {
            const CocoAnnotation& a = m_file.annotations[i];
            if (const auto& media = m_matches[static_cast<size_t>(a.image)])
                write(a, *media, m_boxes[i]);
        }
        if (m_summary.annotations > 0) // something was written
            audit();
        tx.commit();
        return m_summary;
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("Importing %1 failed and changed nothing: %2")
                         .arg(m_path, QString::fromStdString(e.what()))};
    }
}

void CocoImporter::matchImages()
{
    const MediaMatcher matcher(m_project);
    auto& size = m_db.cached("SELECT width, height FROM media WHERE id = ?1");
    m_summary.images = static_cast<std::int64_t>(m_file.images.size());
    for (const CocoImage& image : m_file.images) {
        const MediaMatch match = matcher.find(image.fileName);
        if (!match.media) {
            (match.candidates > 1 ? m_summary.ambiguous : m_summary.unmatched) << image.fileName;
            m_matches.emplace_back();
            continue;
        }
        size.bind(1, match.media->id);
        size.step();
        m_matches.push_back(MatchedImage{match.media->id, match.media->sequenceId, match.media->relPath,
                                         size.optInteger(0), size.optInteger(1)});
        size.reset();
        ++m_summary.matched;
    }
}

// Every box of a matched image is placed on its media before anything is written, so a misfit changes nothing.
Status CocoImporter::placeBoxes()
{
    m_boxes.reserve(m_file.annotations.size());
    for (const CocoAnnotation& a : m_file.annotations) {
        const auto& media = m_matches[static_cast<size_t>(a.image)];
        if (!a.bbox || !media) {
            m_boxes.emplace_back();
            continue;
        }
        auto box = normalised(a, *media);
        if (!box)
            return box.error();
        m_boxes.emplace_back(box.value());
    }
    return okStatus();
}

Result<Box> CocoImporter::normalised(const CocoAnnotation& a, const MatchedImage& media) const
{
    const CocoImage& image = m_file.images[static_cast<size_t>(a.image)];
    const bool projectKnowsSize = media.width && media.height;
    // Pixels of a differently sized (resized or rotated) copy would put the box in the wrong place.
    if (projectKnowsSize && image.width && image.height &&
        (*image.width != *media.width || *image.height != *media.height))
        return doesNotFit(
            a, FormatsText::tr("is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) "
                               "in the project, so the box would land in the wrong place")
                   .arg(*image.width)
                   .arg(*image.height)
                   .arg(a.image)
                   .arg(media.relPath)
                   .arg(*media.width)
                   .arg(*media.height));
    const auto w = projectKnowsSize ? media.width : image.width;
    const auto h = projectKnowsSize ? media.height : image.height;
    if (!w || !h)
        return doesNotFit(a, FormatsText::tr("cannot be placed: neither the file nor the project knows the size of %1 "
                                             "in pixels")
                                 .arg(media.relPath));
    const Box& b = *a.bbox;
    const double x0 = b[0] / *w, y0 = b[1] / *h, x1 = (b[0] + b[2]) / *w, y1 = (b[1] + b[3]) / *h;
    // Tools round boxes to whole pixels, so one may overhang an edge a little; more means it is not in pixels
    // of this image (normalised coordinates, or another image).
    if (x0 < -0.01 || y0 < -0.01 || x1 > 1.01 || y1 > 1.01)
        return doesNotFit(a, FormatsText::tr("[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)")
                                 .arg(b[0])
                                 .arg(b[1])
                                 .arg(b[2])
                                 .arg(b[3])
                                 .arg(media.relPath)
                                 .arg(*w)
                                 .arg(*h));
    if (x0 >= 0 && y0 >= 0 && x1 <= 1 && y1 <= 1)
        return Box{b[0] / *w, b[1] / *h, b[2] / *w, b[3] / *h};
    // Detections stay within the image; the overhang is rounding, not information.
    const double cx0 = std::clamp(x0, 0.0, 1.0), cy0 = std::clamp(y0, 0.0, 1.0);
    return Box{cx0, cy0, std::clamp(x1, 0.0, 1.0) - cx0, std::clamp(y1, 0.0, 1.0) - cy0};
}

Error CocoImporter::doesNotFit(const CocoAnnotation& a, const QString& what) const
{
    return Error{FormatsText::tr("%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.")
                     .arg(m_path)
                     .arg(a.index)
                     .arg(what)};
}

void CocoImporter::write(const CocoAnnotation& a, const MatchedImage& media, const std::optional<Box>& box)
{
    const QString type = typeOfCategory(a.category);
    const std::int64_t count = a.count.value_or(defaultCount(type));
    const auto taxon = taxonOf(a.category);
    if (a.sequenceLevel && !box && media.sequenceId) {
        writeSequenceLabel(type, taxon, count, a, *media.sequenceId);
        return;
    }
    if (importedBefore(a, media)) {
        ++m_summary.alreadyPresent;
        return;
    }
    std::optional<std::int64_t> detection;
    if (box) {
        m_db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'human', ?7)")
            .bind(1, media.mediaId)
            .bind(2, (*box)[0])
            .bind(3, (*box)[1])
            .bind(4, (*box)[2])
            .bind(5, (*box)[3])
            .bind(6, type)
            .bind(7, m_now)
            .run();
        detection = m_db.lastInsertId();
        ++m_summary.boxes;
    }
    insertObservation(media.sequenceId, media.mediaId, detection, type, taxon, count, a.id);
    ++m_summary.annotations;
}

// LILA repeats a sequence's label on each of its frames: the copies become one observation of the sequence. The
// same label of the sequence from an earlier COCO import counts as present, so a second import adds nothing.
void CocoImporter::writeSequenceLabel(const QString& type, std::optional<std::int64_t> taxon, std::int64_t count,
                                      const CocoAnnotation& a, std::int64_t sequenceId)
{
    auto& same =
        m_db.cached("SELECT id FROM observations WHERE sequence_id = ?1 AND media_id IS NULL AND method = 'human'"
                    " AND classified_by = 'COCO import' AND observation_type = ?2 AND taxon_id IS ?3 AND count IS ?4");
    same.bind(1, sequenceId).bind(2, type).bind(3, taxon).bind(4, count);
    const bool exists = same.step();
    const std::int64_t existing = exists ? same.integer(0) : 0;
    same.reset();
    if (exists && !m_sequenceLabels.count(existing)) {
        ++m_summary.alreadyPresent;
        return;
    }
    if (!exists) {
        insertObservation(sequenceId, std::nullopt, std::nullopt, type, taxon, count, a.id);
        m_sequenceLabels.insert(m_db.lastInsertId());
    }
    ++m_summary.annotations;
}

// The annotation's id on the same media from an earlier COCO import: importing a file again adds nothing.
bool CocoImporter::importedBefore(const CocoAnnotation& a, const MatchedImage& media)
{
    if (a.id.isEmpty())
        return false;
    auto& st = m_db.cached("SELECT 1 FROM observations WHERE media_id = ?1 AND external_id = ?2"
                           " AND classified_by = 'COCO import'");
    st.bind(1, media.mediaId).bind(2, a.id);
    const bool found = st.step();
    st.reset();
    return found;
}

std::optional<std::int64_t> CocoImporter::taxonOf(const QString& category)
{
    if (!namesTaxon(category))
        return std::nullopt;
    if (const auto known = m_taxa.constFind(category); known != m_taxa.constEnd())
        return *known; // LILA files name a few categories on millions of annotations
    m_db.cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)").bind(1, category).run();
    auto& find = m_db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
    find.bind(1, category);
    find.step();
    const auto id = find.integer(0);
    find.reset();
    m_taxa.insert(category, id);
    return id;
}

void CocoImporter::insertObservation(std::optional<std::int64_t> sequenceId, std::optional<std::int64_t> mediaId,
                                     std::optional<std::int64_t> detectionId, const QString& type,
                                     std::optional<std::int64_t> taxon, std::int64_t count, const QString& externalId)
{
    m_db.cached(
            "INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
            " classified_by, classified_ms, external_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'human', 'COCO import', ?7, "
            "?8)")
        .bind(1, sequenceId)
        .bind(2, mediaId)
        .bind(3, detectionId)
        .bind(4, type)
        .bind(5, taxon)
        .bind(6, count)
        .bind(7, m_now)
        .bind(8, externalId.isEmpty() ? QString() : externalId)
        .run();
}

void CocoImporter::audit()
{
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(m_path).fileName()},
                              {QStringLiteral("images"), static_cast<qint64>(m_summary.images)},
                              {QStringLiteral("matched"), static_cast<qint64>(m_summary.matched)},
                              {QStringLiteral("annotations"), static_cast<qint64>(m_summary.annotations)},
                              {QStringLiteral("boxes"), static_cast<qint64>(m_summary.boxes)},
                              {QStringLiteral("already_present"), static_cast<qint64>(m_summary.alreadyPresent)},
                              {QStringLiteral("unmatched"), static_cast<qint64>(m_summary.unmatched.size())}};
    m_project.audit({QStringLiteral("import-labels"),
                     QStringLiteral("insert"),
                     QStringLiteral("observations"),
                     std::nullopt,
                     QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                     {}});
}

} // namespace

} // namespace coco

Result<CocoImportSummary> importCocoCameraTraps(Project& project, const QString& path)
{
    auto file = coco::readCocoFile(path);
    if (!file)
        return file.error();
    return coco::CocoImporter(project, path, std::move(file).value()).run();
}

} // namespace trapline::formats
