#include "MegaDetectorJson.h"
#include "Tr.h"

#include "Clock.h"
#include "inference/SequenceSmoother.h"
#include "project/Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <set>

namespace trapline::formats {

namespace {

struct ParsedDetection {
    QString category;
    double conf = 0;
    double x = 0, y = 0, w = 0, h = 0;
    std::optional<QString> classification;
    double classificationConf = 0;
};

struct ParsedImage {
    QString file;
    QString failure;
    std::vector<ParsedDetection> detections;
};

struct ParsedFile {
    QString detector;
    std::map<QString, QString> categories;
    std::map<QString, QString> classificationCategories;
    std::vector<ParsedImage> images;
};

Error malformed(const QString& path, const QString& where, const QString& what)
{
    return Error{FormatsText::tr("%1 is not a valid MegaDetector results file: %2 %3. Nothing was imported.")
                     .arg(path, where, what)};
}

std::map<QString, QString> stringMap(const QJsonObject& o)
{
    std::map<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out[it.key()] = it.value().toString();
    return out;
}

Result<ParsedDetection> parseDetection(const QJsonValue& value, const ParsedFile& file, const QString& where,
                                       const QString& path)
{
    const QJsonObject d = value.toObject();
    ParsedDetection out;
    out.category = d.value(QStringLiteral("category")).toString();
    if (!file.categories.count(out.category))
        return malformed(path, where + QStringLiteral(".category"),
                         QStringLiteral("\"%1\" is not in detection_categories").arg(out.category));
    const QJsonValue conf = d.value(QStringLiteral("conf"));
    if (!conf.isDouble() || conf.toDouble() < 0 || conf.toDouble() > 1)
        return malformed(path, where + QStringLiteral(".conf"), FormatsText::tr("must be a number from 0 to 1"));
    out.conf = conf.toDouble();
    const QJsonArray bbox = d.value(QStringLiteral("bbox")).toArray();
    if (bbox.size() != 4 || std::any_of(bbox.begin(), bbox.end(), [](const QJsonValue& v) { return !v.isDouble(); }))
        return malformed(path, where + QStringLiteral(".bbox"),
                         FormatsText::tr("must be 4 numbers [x, y, width, height]"));
    out.x = bbox[0].toDouble(), out.y = bbox[1].toDouble(), out.w = bbox[2].toDouble(), out.h = bbox[3].toDouble();
    // Boxes are normalised; MegaDetector lets them overhang the edge by rounding, not more.
    if (out.x < -0.01 || out.y < -0.01 || out.w < 0 || out.h < 0 || out.x + out.w > 1.01 || out.y + out.h > 1.01)
        return malformed(path, where + QStringLiteral(".bbox"),
                         FormatsText::tr("lies outside the image (values must be "
                                         "fractions of the width and height)"));
    const QJsonArray classifications = d.value(QStringLiteral("classifications")).toArray();
    if (!classifications.isEmpty()) {
        const QJsonArray top = classifications.first().toArray();
        if (top.size() < 2 || !file.classificationCategories.count(top[0].toString()))
            return malformed(path, where + QStringLiteral(".classifications[0]"),
                             FormatsText::tr("must be [class id from classification_categories, confidence]"));
        out.classification = file.classificationCategories.at(top[0].toString());
        out.classificationConf = top[1].toDouble();
    }
    return out;
}

Result<ParsedFile> parse(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{FormatsText::tr("Cannot read %1: %2").arg(path, f.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return malformed(path, FormatsText::tr("at character %1:").arg(error.offset), error.errorString());
    const QJsonObject root = doc.object();
    ParsedFile out;
    out.detector = root.value(QStringLiteral("info")).toObject().value(QStringLiteral("detector")).toString();
    out.categories = stringMap(root.value(QStringLiteral("detection_categories")).toObject());
    out.classificationCategories = stringMap(root.value(QStringLiteral("classification_categories")).toObject());
    if (!root.value(QStringLiteral("images")).isArray())
        return malformed(path, QStringLiteral("\"images\""), FormatsText::tr("is missing or not a list"));
    const QJsonArray images = root.value(QStringLiteral("images")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString where = QStringLiteral("images[%1]").arg(i);
        const QJsonObject image = images[i].toObject();
        ParsedImage parsed{image.value(QStringLiteral("file")).toString(), image.value(QStringLiteral("failure")).toString(), {}};
        if (parsed.file.isEmpty())
            return malformed(path, where + QStringLiteral(".file"), FormatsText::tr("is missing"));
        const QJsonArray detections = image.value(QStringLiteral("detections")).toArray();
        for (qsizetype j = 0; j < detections.size(); ++j) {
            auto d = parseDetection(detections[j], out, where + QStringLiteral(".detections[%1]").arg(j), path);
            if (!d)
                return d.error();
            parsed.detections.push_back(std::move(d).value());
        }
        out.images.push_back(std::move(parsed));
    }
    return out;
}

struct MediaRef {
    std::int64_t id;
    QString relPath;
    std::optional<std::int64_t> sequenceId;
};

// Finds the media a result file names: exact relative path, then path suffix, then a unique file name.
class MediaMatcher {
public:
    explicit MediaMatcher(Project& project)
    {
        auto& st = project.db().cached("SELECT id, rel_path, sequence_id FROM media");
        while (st.step()) {
            MediaRef ref{st.integer(0), st.text(1), st.optInteger(2)};
            m_byName.insert(QFileInfo(ref.relPath).fileName(), ref);
            m_byPath.insert(ref.relPath, ref);
        }
    }

    std::optional<MediaRef> find(QString file) const
    {
        file.replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (auto it = m_byPath.constFind(file); it != m_byPath.constEnd())
            return *it;
        const QList<MediaRef> named = m_byName.values(QFileInfo(file).fileName());
        std::optional<MediaRef> suffix;
        for (const MediaRef& ref : named)
            if (file.endsWith(QLatin1Char('/') + ref.relPath) || ref.relPath.endsWith(QLatin1Char('/') + file))
                suffix = suffix ? std::nullopt : std::optional<MediaRef>(ref);
        if (suffix)
            return suffix;
        if (named.size() == 1)
            return named.front();
        return std::nullopt;
    }

private:
    QHash<QString, MediaRef> m_byPath;
    QMultiHash<QString, MediaRef> m_byName;
};

QString observationTypeFor(const QString& category)
{
    const QString c = category.toLower();
    if (c == u"person" || c == u"human")
        return QStringLiteral("human");
    if (c == u"vehicle")
        return QStringLiteral("vehicle");
    return QStringLiteral("animal");
}

} // namespace

Result<MegaDetectorImportSummary> importMegaDetectorJson(Project& project, const QString& path, double minConfidence)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    const ParsedFile& file = parsed.value();
    QFile raw(path);
    raw.open(QIODevice::ReadOnly);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(raw.readAll(), QCryptographicHash::Sha256).toHex().left(16));
    MegaDetectorImportSummary summary;
    summary.imagesInFile = static_cast<std::int64_t>(file.images.size());
    try {
        auto& db = project.db();
        auto& known = db.cached("SELECT 1 FROM models WHERE content_hash = ?1");
        known.bind(1, hash);
        const bool seen = known.step();
        known.reset();
        if (seen)
            return Error{FormatsText::tr("%1 was imported into this project already.").arg(path)};
        const MediaMatcher matcher(project);
        const std::int64_t now = Clock::nowMs();
        db::Transaction tx(db);
        db.cached("INSERT INTO models(kind, name, version, content_hash, manifest, created_ms) VALUES ('detector', ?1, ?2, ?3, ?4, ?5)")
            .bind(1, file.detector.isEmpty() ? QStringLiteral("MegaDetector results") : file.detector)
            .bind(2, QFileInfo(path).fileName()).bind(3, hash)
            .bind(4, QStringLiteral("{\"imported_from\": \"%1\"}").arg(QFileInfo(path).fileName())).bind(5, now).run();
        summary.modelId = db.lastInsertId();
        // A box listed twice (results merged from two runs) is stored once: the unique key of a model's boxes.
        auto& detection = db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, model_id, created_ms)"
                                    " VALUES (?1,?2,?3,?4,?5,?6,?7,'machine',?8,?9) ON CONFLICT DO NOTHING");
        auto& observation = db.cached(
            "INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
            " model_id, confidence, classified_by, classified_ms) VALUES (?1,?2,?3,?4,?5,?6,'machine',?7,?8,?9,?10)");
        auto& run = db.cached("INSERT OR REPLACE INTO model_runs(media_id, model_id, state, error, ran_ms) VALUES (?1,?2,?3,?4,?5)");
        auto& taxon = db.cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)");
        auto& taxonId = db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
        const QString by = file.detector.isEmpty() ? QStringLiteral("MegaDetector") : file.detector;
        std::set<std::int64_t> sequences;
        for (const ParsedImage& image : file.images) {
            const auto media = matcher.find(image.file);
            if (!media) {
                summary.unmatched << image.file;
                continue;
            }
            ++summary.matched;
            if (!image.failure.isEmpty()) {
                ++summary.failuresInFile;
                run.bind(1, media->id).bind(2, summary.modelId).bind(3, QStringLiteral("failed")).bind(4, image.failure).bind(5, now).run();
                continue;
            }
            int kept = 0;
            for (const ParsedDetection& d : image.detections) {
                if (d.conf < minConfidence)
                    continue;
                detection.bind(1, media->id).bind(2, d.x).bind(3, d.y).bind(4, d.w).bind(5, d.h)
                    .bind(6, file.categories.at(d.category)).bind(7, d.conf).bind(8, summary.modelId).bind(9, now).run();
                if (db.changes() == 0)
                    continue;
                const auto detectionId = db.lastInsertId();
                std::optional<std::int64_t> taxonRow;
                if (d.classification) {
                    taxon.bind(1, *d.classification).run();
                    taxonId.bind(1, *d.classification);
                    taxonId.step();
                    taxonRow = taxonId.integer(0);
                    taxonId.reset();
                }
                observation.bind(1, media->sequenceId).bind(2, media->id).bind(3, detectionId)
                    .bind(4, observationTypeFor(file.categories.at(d.category))).bind(5, taxonRow).bind(6, 1)
                    .bind(7, summary.modelId).bind(8, d.classification ? d.classificationConf : d.conf).bind(9, by)
                    .bind(10, now).run();
                ++summary.detections;
                ++kept;
            }
            if (kept == 0)
                observation.bind(1, media->sequenceId).bind(2, media->id).bind(3, nullptr).bind(4, QStringLiteral("blank"))
                    .bind(5, nullptr).bind(6, 0).bind(7, summary.modelId).bind(8, nullptr).bind(9, by).bind(10, now).run();
            run.bind(1, media->id).bind(2, summary.modelId).bind(3, QStringLiteral("done")).bind(4, QString()).bind(5, now).run();
            if (media->sequenceId)
                sequences.insert(*media->sequenceId);
        }
        inference::smoothSequences(project, summary.modelId, sequences);
        project.audit({QStringLiteral("import-labels"), QStringLiteral("insert"), QStringLiteral("detections"),
                       summary.modelId, QStringLiteral("{\"file\": \"%1\", \"detections\": %2}")
                                            .arg(QFileInfo(path).fileName()).arg(summary.detections), {}});
        tx.commit();
        return summary;
    } catch (const db::DbError& e) {
        return Error{
            FormatsText::tr("Importing %1 failed and changed nothing: %2").arg(path, QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::formats
