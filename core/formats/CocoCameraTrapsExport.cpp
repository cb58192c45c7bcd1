#include "CocoCameraTraps.h"
#include "Tr.h"

#include "CocoCameraTrapsPrivate.h"
#include "DateTimes.h"
#include "project/Project.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace trapline::formats {

namespace coco {

namespace {

struct ExportedImage {
    QString id;
    QString fileName;
    std::optional<std::int64_t> width, height;
};

struct ObservationRow {
    std::int64_t id = 0;
    QString externalId;
    std::optional<std::int64_t> mediaId, sequenceId, count;
    QString type, taxon;
    std::optional<Box> box;
};

// Columns: 0 media id, 1 rel_path, 2 width, 3 height, 4 taken_at_ms, 5 deployment, 6 seq_id, 7 seq_num_frames,
// 8 frame_index, 9 sequence id, 10 time_source. In frame order so that a sequence's frames are listed first to last.
constexpr const char* kImagesQuery =
    "SELECT m.id, m.rel_path, m.width, m.height, m.taken_at_ms, d.name, coalesce(s.external_id, 'seq-' || s.id),"
    " s.frame_count, m.frame_index, m.sequence_id, m.time_source FROM media m JOIN deployments d ON d.id = m.deployment_id"
    " LEFT JOIN sequences s ON s.id = m.sequence_id WHERE NOT ?1 OR s.review_state = 2"
    " ORDER BY d.name, s.start_ms, m.sequence_id, m.frame_index, m.id";

// Columns: 0 id, 1 external_id, 2 media, 3 sequence, 4 type, 5 taxon, 6 count, 7-10 box.
constexpr const char* kObservationsQuery =
    "SELECT o.id, o.external_id, coalesce(o.media_id, d.media_id), o.sequence_id, o.observation_type,"
    " t.scientific_name, o.count, d.x, d.y, d.w, d.h FROM observations o LEFT JOIN taxa t ON t.id = o.taxon_id"
    " LEFT JOIN detections d ON d.id = o.detection_id WHERE (?1 OR o.method = 'human')"
    " AND (d.review IS NULL OR d.review != 'rejected') ORDER BY o.id";

// Pixels to a ten-thousandth: short to read, and within 1e-8 of the normalised box on a 6,000-pixel side.
double pixels(double fraction, std::int64_t size)
{
    return std::round(fraction * static_cast<double>(size) * 1e4) / 1e4;
}

// The camera's clock, which the project keeps as if it were UTC.
QString cameraTime(std::int64_t ms)
{
    return utcFromMSecs(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

class CocoExporter {
public:
    CocoExporter(Project& project, const CocoExportOptions& options) : m_project(project), m_options(options) {}
    Result<QJsonDocument> run();

private:
    void readImages();
    Status readObservations();
    Status add(const ObservationRow& o);
    void append(QJsonObject annotation, const QString& wantedId, const QString& imageId, const QString& category);
    QJsonArray categories();
    QJsonObject info() const;

    Project& m_project;
    const CocoExportOptions m_options;
    QJsonArray m_images;
    std::map<std::int64_t, ExportedImage> m_exported;           // by media id
    std::map<std::int64_t, std::vector<std::int64_t>> m_frames; // sequence -> its exported media, in frame order
    // Annotations wait for their category ids until every category is known, so that ids follow the names.
    std::vector<std::pair<QJsonObject, QString>> m_annotations;
    QSet<QString> m_annotationIds;
};

Result<QJsonDocument> CocoExporter::run()
{
    readImages();
    if (Status s = readObservations(); !s)
        return s.error();
    const QJsonArray categoryList = categories();
    QJsonArray annotations;
    for (const auto& [json, category] : m_annotations)
        annotations.append(json);
    return QJsonDocument(QJsonObject{{QStringLiteral("info"), info()},
                                     {QStringLiteral("images"), m_images},
                                     {QStringLiteral("categories"), categoryList},
                                     {QStringLiteral("annotations"), annotations}});
}

void CocoExporter::readImages()
{
    auto& st = m_project.db().cached(kImagesQuery);
    st.bind(1, m_options.reviewedOnly ? 1 : 0);
    while (st.step()) {
        const ExportedImage image{QString::number(st.integer(0)), st.text(1), st.optInteger(2), st.optInteger(3)};
        QJsonObject json{{QStringLiteral("id"), image.id},
                         {QStringLiteral("file_name"), image.fileName},
                         {QStringLiteral("location"), st.text(5)}};
        if (image.width && image.height) {
            json[QStringLiteral("width")] = static_cast<qint64>(*image.width);
            json[QStringLiteral("height")] = static_cast<qint64>(*image.height);
        }
        // A file's modification time is no capture time (a copy sets it): left empty, as the format allows.
        const auto source = static_cast<TimeSource>(st.integer(10));
        if (!st.isNull(4) && source != TimeSource::FileTime)
            json[QStringLiteral("datetime")] = cameraTime(st.integer(4));
        if (!st.isNull(9)) {
            json[QStringLiteral("seq_id")] = st.text(6);
            json[QStringLiteral("seq_num_frames")] = static_cast<qint64>(st.integer(7));
            if (!st.isNull(8))
                json[QStringLiteral("frame_num")] = static_cast<qint64>(st.integer(8));
            m_frames[st.integer(9)].push_back(st.integer(0));
        }
        m_images.append(json);
        m_exported.emplace(st.integer(0), image);
    }
    st.reset();
}

Status CocoExporter::readObservations()
{
    auto& st = m_project.db().cached(kObservationsQuery);
    st.bind(1, m_options.includeMachine ? 1 : 0);
    while (st.step()) {
        ObservationRow o{st.integer(0),    st.text(1), st.optInteger(2), st.optInteger(3),
                         st.optInteger(6), st.text(4), st.text(5),       std::nullopt};
        if (!st.isNull(7))
            o.box = Box{st.real(7), st.real(8), st.real(9), st.real(10)};
        if (Status s = add(o); !s) {
            st.reset();
            return s;
        }
    }
    st.reset();
    return okStatus();
}

Status CocoExporter::add(const ObservationRow& o)
{
    const QString category = categoryOf(o.type, o.taxon);
    const QString wantedId = o.externalId.isEmpty() ? QStringLiteral("obs-%1").arg(o.id) : o.externalId;
    QJsonObject json;
    if (o.count && *o.count != defaultCount(o.type))
        json[QStringLiteral("count")] = static_cast<qint64>(*o.count);
    if (o.mediaId) {
        const auto image = m_exported.find(*o.mediaId);
        if (image == m_exported.end())
            return okStatus(); // its image is left out (reviewedOnly)
        const ExportedImage& im = image->second;
        if (o.box && !(im.width && im.height))
            return Error{
                FormatsText::tr("Observation %1 has a box on %2, but the project does not know that image's size "
                                "in pixels, which COCO boxes are measured in. Re-import the image so that its size "
                                "is read, or remove the box. Nothing was exported.")
                    .arg(o.id)
                    .arg(im.fileName)};
        json[QStringLiteral("sequence_level_annotation")] = false;
        if (o.box)
            json[QStringLiteral("bbox")] = QJsonArray{pixels((*o.box)[0], *im.width), pixels((*o.box)[1], *im.height),
                                                      pixels((*o.box)[2], *im.width), pixels((*o.box)[3], *im.height)};
        append(json, wantedId, im.id, category);
        return okStatus();
    }
    // A label of a whole sequence: LILA repeats it on every frame, so readers that go image by image see it.
    json[QStringLiteral("sequence_level_annotation")] = true;
    const auto frames = o.sequenceId ? m_frames.find(*o.sequenceId) : m_frames.end();
    if (frames == m_frames.end())
        return okStatus(); // a sequence without exported frames
    for (size_t k = 0; k < frames->second.size(); ++k)
        append(json, k == 0 ? wantedId : QStringLiteral("%1-f%2").arg(wantedId).arg(k),
               m_exported.at(frames->second[k]).id, category);
    return okStatus();
}

// Annotation ids must be unique; external ids from different imports may collide, so a later one gets a suffix.
void CocoExporter::append(QJsonObject annotation, const QString& wantedId, const QString& imageId,
                          const QString& category)
{
    QString id = wantedId;
    for (int n = 2; m_annotationIds.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(wantedId).arg(n);
    m_annotationIds.insert(id);
    annotation[QStringLiteral("id")] = id;
    annotation[QStringLiteral("image_id")] = imageId;
    m_annotations.emplace_back(std::move(annotation), category);
}

// "empty" is id 0 by convention and always listed; the other categories follow in name order from 1.
QJsonArray CocoExporter::categories()
{
    std::map<QString, int> ids{{QStringLiteral("empty"), 0}};
    std::set<QString> used;
    for (const auto& [json, category] : m_annotations)
        used.insert(category);
    QJsonArray list{QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("name"), QStringLiteral("empty")}}};
    for (const QString& name : used) {
        if (ids.count(name))
            continue;
        const int id = static_cast<int>(ids.size());
        ids[name] = id;
        list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
    }
    for (auto& [json, category] : m_annotations)
        json[QStringLiteral("category_id")] = ids.at(category);
    return list;
}

QJsonObject CocoExporter::info() const
{
    const QDate today = QDate::currentDate();
    return {{QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("description"),
             QStringLiteral("Exported by Trapline from %1").arg(QFileInfo(m_project.path()).completeBaseName())},
            {QStringLiteral("date_created"), today.toString(Qt::ISODate)},
            {QStringLiteral("year"), today.year()},
            {QStringLiteral("contributor"), Project::currentUser()}};
}

} // namespace

} // namespace coco

Result<QJsonDocument> exportCocoCameraTraps(Project& project, const CocoExportOptions& options)
{
    try {
        return coco::CocoExporter(project, options).run();
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("The COCO Camera Traps export stopped: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::formats
