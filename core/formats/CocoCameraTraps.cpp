#include "CocoCameraTraps.h"

#include "project/Project.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace trapline::formats {

namespace {

QString categoryName(const QString& type, const QString& taxon)
{
    if (type == u"blank")
        return QStringLiteral("empty");
    if (type == u"animal")
        return taxon.isEmpty() ? QStringLiteral("animal") : taxon;
    return type; // human, vehicle, unknown
}

QString observationTypeFor(const QString& category)
{
    const QString c = category.toLower();
    if (c == u"empty" || c == u"blank")
        return QStringLiteral("blank");
    if (c == u"human" || c == u"person")
        return QStringLiteral("human");
    if (c == u"vehicle" || c == u"car")
        return QStringLiteral("vehicle");
    if (c == u"unknown")
        return QStringLiteral("unknown");
    return QStringLiteral("animal");
}

Error malformed(const QString& path, const QString& where, const QString& what)
{
    return Error{QStringLiteral("%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.").arg(path, where, what)};
}

struct MediaRef {
    std::int64_t id = 0;
    QString relPath;
    std::optional<std::int64_t> sequenceId;
    int width = 0, height = 0;
};

} // namespace

Result<QJsonDocument> exportCocoCameraTraps(Project& project, const CocoExportOptions& options)
{
    try {
        auto& db = project.db();
        QJsonArray images, annotations, categories;
        std::map<QString, int> categoryIds{{QStringLiteral("empty"), 0}};
        auto& media = db.cached(
            "SELECT m.id, m.rel_path, m.width, m.height, m.taken_at_ms, d.name, coalesce(s.external_id, 'seq-' || s.id),"
            " s.frame_count, m.frame_index FROM media m JOIN deployments d ON d.id = m.deployment_id"
            " JOIN image_roots r ON r.id = m.root_id LEFT JOIN sequences s ON s.id = m.sequence_id"
            " WHERE r.path != '' ORDER BY m.id");
        while (media.step()) {
            QJsonObject image{{QStringLiteral("id"), QString::number(media.integer(0))},
                              {QStringLiteral("file_name"), media.text(1)},
                              {QStringLiteral("location"), media.text(5)}};
            if (!media.isNull(2)) {
                image[QStringLiteral("width")] = static_cast<qint64>(media.integer(2));
                image[QStringLiteral("height")] = static_cast<qint64>(media.integer(3));
            }
            if (!media.isNull(4))
                image[QStringLiteral("datetime")] = QDateTime::fromMSecsSinceEpoch(media.integer(4), Qt::UTC)
                                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!media.isNull(6)) {
                image[QStringLiteral("seq_id")] = media.text(6);
                image[QStringLiteral("seq_num_frames")] = static_cast<qint64>(media.integer(7));
                image[QStringLiteral("frame_num")] = static_cast<qint64>(media.integer(8));
            }
            images.append(image);
        }
        auto& obs = db.cached(
            "SELECT o.id, m.id, o.observation_type, t.scientific_name, d.x, d.y, d.w, d.h, m.width, m.height, o.count"
            " FROM observations o JOIN media m ON m.id = o.media_id JOIN image_roots r ON r.id = m.root_id"
            " LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN detections d ON d.id = o.detection_id"
            " WHERE r.path != '' AND (?1 OR o.method = 'human') ORDER BY o.id");
        obs.bind(1, options.includeMachine && !options.reviewedOnly ? 1 : 0);
        while (obs.step()) {
            const QString name = categoryName(obs.text(2), obs.text(3));
            if (!categoryIds.count(name))
                categoryIds[name] = static_cast<int>(categoryIds.size());
            QJsonObject a{{QStringLiteral("id"), QStringLiteral("obs-%1").arg(obs.integer(0))},
                          {QStringLiteral("image_id"), QString::number(obs.integer(1))},
                          {QStringLiteral("category_id"), categoryIds[name]}};
            if (!obs.isNull(4) && !obs.isNull(8)) {
                const double w = static_cast<double>(obs.integer(8)), h = static_cast<double>(obs.integer(9));
                a[QStringLiteral("bbox")] = QJsonArray{obs.real(4) * w, obs.real(5) * h, obs.real(6) * w, obs.real(7) * h};
            }
            if (!obs.isNull(10) && obs.integer(10) > 1)
                a[QStringLiteral("count")] = static_cast<qint64>(obs.integer(10));
            annotations.append(a);
        }
        for (const auto& [name, id] : categoryIds)
            categories.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
        const QJsonObject info{{QStringLiteral("version"), QStringLiteral("1.0")},
                               {QStringLiteral("description"), QFileInfo(project.path()).completeBaseName()},
                               {QStringLiteral("date_created"), QDate::currentDate().toString(Qt::ISODate)},
                               {QStringLiteral("contributor"), Project::currentUser()}};
        return QJsonDocument(QJsonObject{{QStringLiteral("info"), info}, {QStringLiteral("images"), images},
                                         {QStringLiteral("categories"), categories},
                                         {QStringLiteral("annotations"), annotations}});
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Cannot read the project: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<CocoImportSummary> importCocoCameraTraps(Project& project, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (root.isEmpty())
        return malformed(path, QStringLiteral("at character %1:").arg(error.offset), error.errorString());
    if (!root.value(QStringLiteral("images")).isArray() || !root.value(QStringLiteral("annotations")).isArray())
        return malformed(path, QStringLiteral("\"images\" and \"annotations\""), QStringLiteral("must be lists"));
    std::map<qint64, QString> categories;
    for (const QJsonValue& c : root.value(QStringLiteral("categories")).toArray())
        categories[c[QStringLiteral("id")].toInteger()] = c[QStringLiteral("name")].toString();
    QHash<QString, QString> imageFiles; // id -> file_name
    const QJsonArray images = root.value(QStringLiteral("images")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QJsonValue id = images[i][QStringLiteral("id")];
        const QString file = images[i][QStringLiteral("file_name")].toString();
        if (file.isEmpty() || id.isUndefined())
            return malformed(path, QStringLiteral("images[%1]").arg(i), QStringLiteral("needs an id and a file_name"));
        imageFiles.insert(id.isString() ? id.toString() : QString::number(id.toInteger()), file);
    }
    const QJsonArray annotations = root.value(QStringLiteral("annotations")).toArray();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject a = annotations[i].toObject();
        const QJsonValue imageId = a.value(QStringLiteral("image_id"));
        const QString key = imageId.isString() ? imageId.toString() : QString::number(imageId.toInteger());
        if (!imageFiles.contains(key))
            return malformed(path, QStringLiteral("annotations[%1].image_id").arg(i), QStringLiteral("\"%1\" is not an image").arg(key));
        if (!categories.count(a.value(QStringLiteral("category_id")).toInteger(-1)))
            return malformed(path, QStringLiteral("annotations[%1].category_id").arg(i), QStringLiteral("is not in categories"));
        if (a.contains(QStringLiteral("bbox"))) {
            const QJsonArray b = a.value(QStringLiteral("bbox")).toArray();
            if (b.size() != 4 || std::any_of(b.begin(), b.end(), [](const QJsonValue& v) { return !v.isDouble() || v.toDouble() < 0; }))
                return malformed(path, QStringLiteral("annotations[%1].bbox").arg(i), QStringLiteral("must be 4 pixel numbers [x, y, width, height]"));
        }
    }
    CocoImportSummary summary;
    summary.images = images.size();
    try {
        auto& db = project.db();
        QHash<QString, MediaRef> byPath;
        QMultiHash<QString, MediaRef> byName;
        auto& all = db.cached("SELECT id, rel_path, sequence_id, width, height FROM media");
        while (all.step()) {
            MediaRef ref{all.integer(0), all.text(1), all.optInteger(2), static_cast<int>(all.integer(3)), static_cast<int>(all.integer(4))};
            byPath.insert(ref.relPath, ref);
            byName.insert(QFileInfo(ref.relPath).fileName(), ref);
        }
        auto find = [&](QString name) -> std::optional<MediaRef> {
            name.replace(QLatin1Char('\\'), QLatin1Char('/'));
            if (byPath.contains(name))
                return byPath.value(name);
            const auto named = byName.values(QFileInfo(name).fileName());
            for (const MediaRef& ref : named)
                if (name.endsWith(QLatin1Char('/') + ref.relPath) || ref.relPath.endsWith(QLatin1Char('/') + name))
                    return ref;
            return named.size() == 1 ? std::optional(named.front()) : std::nullopt;
        };
        QHash<QString, std::optional<MediaRef>> media;
        for (auto it = imageFiles.begin(); it != imageFiles.end(); ++it) {
            media.insert(it.key(), find(it.value()));
            if (media.value(it.key()))
                ++summary.matched;
            else
                summary.unmatched << it.value();
        }
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        db::Transaction tx(db);
        auto& detection = db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                                    " VALUES (?1,?2,?3,?4,?5,?6,'human',?7)");
        auto& observation = db.cached(
            "INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
            " classified_by, classified_ms, external_id) VALUES (?1,?2,?3,?4,?5,?6,'human','COCO import',?7,?8)");
        auto& taxon = db.cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)");
        auto& taxonId = db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
        for (const QJsonValue& value : annotations) {
            const QJsonObject a = value.toObject();
            const QJsonValue imageId = a.value(QStringLiteral("image_id"));
            const auto ref = media.value(imageId.isString() ? imageId.toString() : QString::number(imageId.toInteger()));
            if (!ref)
                continue;
            const QString category = categories[a.value(QStringLiteral("category_id")).toInteger()];
            const QString type = observationTypeFor(category);
            std::optional<std::int64_t> detectionId, taxonRow;
            const QJsonArray b = a.value(QStringLiteral("bbox")).toArray();
            if (b.size() == 4 && ref->width > 0 && ref->height > 0) {
                detection.bind(1, ref->id).bind(2, b[0].toDouble() / ref->width).bind(3, b[1].toDouble() / ref->height)
                    .bind(4, b[2].toDouble() / ref->width).bind(5, b[3].toDouble() / ref->height).bind(6, type).bind(7, now).run();
                detectionId = db.lastInsertId();
                ++summary.boxes;
            }
            if (type == u"animal") {
                taxon.bind(1, category).run();
                taxonId.bind(1, category);
                taxonId.step();
                taxonRow = taxonId.integer(0);
                taxonId.reset();
            }
            const QJsonValue id = a.value(QStringLiteral("id"));
            observation.bind(1, ref->sequenceId).bind(2, ref->id).bind(3, detectionId).bind(4, type).bind(5, taxonRow)
                .bind(6, type == u"blank" ? 0 : a.value(QStringLiteral("count")).toInt(1)).bind(7, now)
                .bind(8, id.isString() ? id.toString() : QString::number(id.toInteger())).run();
            ++summary.annotations;
        }
        project.audit({QStringLiteral("import-labels"), QStringLiteral("insert"), QStringLiteral("observations"), std::nullopt,
                       QStringLiteral("{\"coco\": \"%1\", \"annotations\": %2}").arg(QFileInfo(path).fileName()).arg(summary.annotations), {}});
        tx.commit();
        return summary;
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Importing %1 failed and changed nothing: %2").arg(path, QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::formats
