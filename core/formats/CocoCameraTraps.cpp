#include "CocoCameraTraps.h"
#include "DateTimes.h"

#include "MediaMatcher.h"
#include "project/Project.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace trapline::formats {

namespace {

using Box = std::array<double, 4>; // x, y, width, height

// ---- categories: the names LILA datasets use, and what they mean to Trapline ----

// The category an observation is written under: its taxon for an animal, otherwise its type, "empty" for a blank.
QString categoryOf(const QString& type, const QString& taxon)
{
    if (type == u"blank")
        return QStringLiteral("empty");
    if (type == u"animal" && !taxon.isEmpty())
        return taxon;
    return type; // human, vehicle, unknown, unclassified, or an animal of no known taxon
}

// The observation type a category stands for; LILA datasets spell the non-animal ones in several ways.
QString typeOfCategory(const QString& category)
{
    const QString c = category.trimmed().toLower();
    if (c == u"empty" || c == u"blank")
        return QStringLiteral("blank");
    if (c == u"human" || c == u"person")
        return QStringLiteral("human");
    if (c == u"vehicle" || c == u"car")
        return QStringLiteral("vehicle");
    if (c == u"unknown" || c == u"unclassified")
        return c;
    return QStringLiteral("animal");
}

// Every category that does not stand for a type names a taxon; "animal" alone is an animal of no known taxon.
bool namesTaxon(const QString& category)
{
    return typeOfCategory(category) == u"animal" && category.trimmed().compare(u"animal", Qt::CaseInsensitive) != 0;
}

// An annotation without "count" is one individual, or none for an empty image.
std::int64_t defaultCount(const QString& type)
{
    return type == u"blank" ? 0 : 1;
}

// ---- export ----

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
                QStringLiteral("Observation %1 has a box on %2, but the project does not know that image's size "
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

// ---- import: reading and checking the file ----

struct CocoImage {
    QString id;
    QString fileName;
    std::optional<std::int64_t> width, height;
};

struct CocoAnnotation {
    qsizetype index = 0;     // its place in "annotations", for messages
    QString id;              // empty when the file gives none
    qsizetype image = 0;     // index into CocoFile::images
    QString category;        // the category's name
    std::optional<Box> bbox; // in pixels
    std::optional<std::int64_t> count;
    bool sequenceLevel = false;
};

struct CocoFile {
    std::vector<CocoImage> images;
    std::vector<CocoAnnotation> annotations;
};

std::optional<std::int64_t> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15)
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

// An id as other tools write them: a string, or a whole number (taken as its decimal text).
std::optional<QString> identifier(const QJsonValue& v)
{
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (const auto n = wholeNumber(v))
        return QString::number(static_cast<qint64>(*n));
    return std::nullopt;
}

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

Error notValid(const QString& path, const QString& where, const QString& what)
{
    return Error{
        QStringLiteral("%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.").arg(path, where, what)};
}

// Reads a whole file and checks every field Trapline uses, so that writing can no longer fail on the file.
class CocoReader {
public:
    explicit CocoReader(QString path) : m_path(std::move(path)) {}
    Result<CocoFile> read();

private:
    Error invalid(const QString& where, const QString& what) const { return notValid(m_path, where, what); }
    Result<QJsonObject> readRoot() const;
    Status readImages(const QJsonValue& value);
    Result<CocoImage> readImage(const QJsonValue& value, qsizetype i) const;
    Status readSize(const QJsonObject& image, const QString& where, const char* key,
                    std::optional<std::int64_t>& out) const;
    Status readCategories(const QJsonValue& value);
    Status readAnnotations(const QJsonValue& value);
    Result<CocoAnnotation> readAnnotation(const QJsonValue& value, qsizetype i) const;
    Status readReferences(const QJsonObject& annotation, const QString& where, CocoAnnotation& a) const;
    Status readBox(const QJsonValue& value, const QString& where, CocoAnnotation& a) const;
    Status readCount(const QJsonValue& value, const QString& where, CocoAnnotation& a) const;

    QString m_path;
    CocoFile m_file;
    QHash<QString, qsizetype> m_imageIndex;
    std::map<std::int64_t, QString> m_categories;
};

Result<CocoFile> CocoReader::read()
{
    const auto root = readRoot();
    if (!root)
        return root.error();
    if (Status s = readImages(root.value().value(QStringLiteral("images"))); !s)
        return s.error();
    if (Status s = readCategories(root.value().value(QStringLiteral("categories"))); !s)
        return s.error();
    if (Status s = readAnnotations(root.value().value(QStringLiteral("annotations"))); !s)
        return s.error();
    return std::move(m_file);
}

Result<QJsonObject> CocoReader::readRoot() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(m_path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("at character %1:").arg(error.offset), error.errorString());
    if (!doc.isObject())
        return invalid(QStringLiteral("the top level"),
                       QStringLiteral("must be an object with \"images\", \"categories\" "
                                      "and \"annotations\""));
    return doc.object();
}

Status CocoReader::readImages(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"images\""), QStringLiteral("is missing or not a list"));
    const QJsonArray images = value.toArray();
    m_file.images.reserve(static_cast<size_t>(images.size()));
    for (qsizetype i = 0; i < images.size(); ++i) {
        auto image = readImage(images[i], i);
        if (!image)
            return image.error();
        if (const auto seen = m_imageIndex.constFind(image.value().id); seen != m_imageIndex.constEnd())
            return invalid(QStringLiteral("images[%1].id").arg(i),
                           QStringLiteral("\"%1\" is the id of images[%2] too").arg(image.value().id).arg(*seen));
        m_imageIndex.insert(image.value().id, i);
        m_file.images.push_back(std::move(image).value());
    }
    return okStatus();
}

Result<CocoImage> CocoReader::readImage(const QJsonValue& value, qsizetype i) const
{
    const QString where = QStringLiteral("images[%1]").arg(i);
    if (!value.isObject())
        return invalid(where, QStringLiteral("is not an object"));
    const QJsonObject o = value.toObject();
    CocoImage image;
    const auto id = identifier(o.value(QStringLiteral("id")));
    if (!id)
        return invalid(where + QStringLiteral(".id"),
                       QStringLiteral("is missing (it must be a string or a whole number)"));
    image.id = *id;
    image.fileName = o.value(QStringLiteral("file_name")).toString().trimmed();
    if (image.fileName.isEmpty())
        return invalid(where + QStringLiteral(".file_name"), QStringLiteral("is missing"));
    if (Status s = readSize(o, where, "width", image.width); !s)
        return s.error();
    if (Status s = readSize(o, where, "height", image.height); !s)
        return s.error();
    return image;
}

Status CocoReader::readSize(const QJsonObject& image, const QString& where, const char* key,
                            std::optional<std::int64_t>& out) const
{
    const QJsonValue v = image.value(QLatin1String(key));
    if (absent(v))
        return okStatus();
    out = wholeNumber(v);
    if (!out || *out <= 0)
        return invalid(where + QLatin1Char('.') + QLatin1String(key),
                       QStringLiteral("must be a whole number of pixels"));
    return okStatus();
}

Status CocoReader::readCategories(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"categories\""), QStringLiteral("is missing or not a list"));
    const QJsonArray categories = value.toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString where = QStringLiteral("categories[%1]").arg(i);
        const QJsonObject c = categories[i].toObject();
        const auto id = wholeNumber(c.value(QStringLiteral("id")));
        if (!id)
            return invalid(where + QStringLiteral(".id"), QStringLiteral("must be a whole number"));
        const QString name = c.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return invalid(where + QStringLiteral(".name"), QStringLiteral("is missing"));
        if (!m_categories.emplace(*id, name).second)
            return invalid(where + QStringLiteral(".id"),
                           QStringLiteral("%1 is the id of another category too").arg(*id));
    }
    return okStatus();
}

Status CocoReader::readAnnotations(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"annotations\""), QStringLiteral("is missing or not a list"));
    const QJsonArray annotations = value.toArray();
    m_file.annotations.reserve(static_cast<size_t>(annotations.size()));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        auto a = readAnnotation(annotations[i], i);
        if (!a)
            return a.error();
        m_file.annotations.push_back(std::move(a).value());
    }
    return okStatus();
}

Result<CocoAnnotation> CocoReader::readAnnotation(const QJsonValue& value, qsizetype i) const
{
    const QString where = QStringLiteral("annotations[%1]").arg(i);
    if (!value.isObject())
        return invalid(where, QStringLiteral("is not an object"));
    const QJsonObject o = value.toObject();
    CocoAnnotation a;
    a.index = i;
    // LILA always gives an id, but COCO readers do not need one: without it the observation has no external id.
    if (const QJsonValue id = o.value(QStringLiteral("id")); !absent(id)) {
        const auto text = identifier(id);
        if (!text)
            return invalid(where + QStringLiteral(".id"), QStringLiteral("must be a string or a whole number"));
        a.id = *text;
    }
    if (Status s = readReferences(o, where, a); !s)
        return s.error();
    if (Status s = readBox(o.value(QStringLiteral("bbox")), where + QStringLiteral(".bbox"), a); !s)
        return s.error();
    if (Status s = readCount(o.value(QStringLiteral("count")), where + QStringLiteral(".count"), a); !s)
        return s.error();
    const QJsonValue level = o.value(QStringLiteral("sequence_level_annotation"));
    if (!absent(level) && !level.isBool())
        return invalid(where + QStringLiteral(".sequence_level_annotation"), QStringLiteral("must be true or false"));
    a.sequenceLevel = level.toBool();
    return a;
}

Status CocoReader::readReferences(const QJsonObject& annotation, const QString& where, CocoAnnotation& a) const
{
    const auto image = identifier(annotation.value(QStringLiteral("image_id")));
    if (!image)
        return invalid(where + QStringLiteral(".image_id"), QStringLiteral("is missing"));
    const auto found = m_imageIndex.constFind(*image);
    if (found == m_imageIndex.constEnd())
        return invalid(where + QStringLiteral(".image_id"), QStringLiteral("\"%1\" is not an image").arg(*image));
    a.image = *found;
    const auto category = wholeNumber(annotation.value(QStringLiteral("category_id")));
    if (!category)
        return invalid(where + QStringLiteral(".category_id"),
                       QStringLiteral("must be the id of one of the categories"));
    const auto named = m_categories.find(*category);
    if (named == m_categories.end())
        return invalid(where + QStringLiteral(".category_id"),
                       QStringLiteral("%1 is not in categories").arg(*category));
    a.category = named->second;
    return okStatus();
}

Status CocoReader::readBox(const QJsonValue& value, const QString& where, CocoAnnotation& a) const
{
    // No box (or an empty list, as some converters write): a label of the whole image or sequence.
    if (absent(value) || (value.isArray() && value.toArray().isEmpty()))
        return okStatus();
    const QJsonArray b = value.toArray();
    const auto notNumber = [](const QJsonValue& v) { return !v.isDouble() || !std::isfinite(v.toDouble()); };
    if (!value.isArray() || b.size() != 4 || std::any_of(b.begin(), b.end(), notNumber))
        return invalid(where, QStringLiteral("must be 4 numbers [x, y, width, height] in pixels"));
    if (b[2].toDouble() < 0 || b[3].toDouble() < 0)
        return invalid(where, QStringLiteral("has a negative width or height"));
    a.bbox = Box{b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble()};
    return okStatus();
}

Status CocoReader::readCount(const QJsonValue& value, const QString& where, CocoAnnotation& a) const
{
    if (absent(value))
        return okStatus();
    a.count = wholeNumber(value);
    if (!a.count || *a.count < 0)
        return invalid(where, QStringLiteral("must be a whole number from 0 up"));
    if (*a.count > 0 && typeOfCategory(a.category) == u"blank")
        return invalid(where,
                       QStringLiteral("is %1 for the category \"%2\" (an empty image)").arg(*a.count).arg(a.category));
    return okStatus();
}

// ---- import: matching the file to the project and writing ----

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
    const std::int64_t m_now = QDateTime::currentMSecsSinceEpoch();
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
        return Error{QStringLiteral("Importing %1 failed and changed nothing: %2")
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
            a, QStringLiteral("is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) "
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
        return doesNotFit(a, QStringLiteral("cannot be placed: neither the file nor the project knows the size of %1 "
                                            "in pixels")
                                 .arg(media.relPath));
    const Box& b = *a.bbox;
    const double x0 = b[0] / *w, y0 = b[1] / *h, x1 = (b[0] + b[2]) / *w, y1 = (b[1] + b[3]) / *h;
    // Tools round boxes to whole pixels, so one may overhang an edge a little; more means it is not in pixels
    // of this image (normalised coordinates, or another image).
    if (x0 < -0.01 || y0 < -0.01 || x1 > 1.01 || y1 > 1.01)
        return doesNotFit(a, QStringLiteral("[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)")
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
    return Error{QStringLiteral("%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.")
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

Result<QJsonDocument> exportCocoCameraTraps(Project& project, const CocoExportOptions& options)
{
    try {
        return CocoExporter(project, options).run();
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("The COCO Camera Traps export stopped: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<CocoImportSummary> importCocoCameraTraps(Project& project, const QString& path)
{
    auto file = CocoReader(path).read();
    if (!file)
        return file.error();
    return CocoImporter(project, path, std::move(file).value()).run();
}

} // namespace trapline::formats
