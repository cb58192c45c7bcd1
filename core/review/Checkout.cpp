#include "Checkout.h"
#include "Tr.h"

#include "Clock.h"
#include "SequenceVersion.h"
#include "project/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <map>

namespace trapline::review {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString meta(db::Database& db, const char* key)
{
    auto& st = db.cached("SELECT value FROM project_meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    const QString value = st.step() ? st.text(0) : QString();
    st.reset();
    return value;
}

void setMeta(db::Database& db, const char* key, const QString& value)
{
    db.cached("INSERT OR REPLACE INTO project_meta(key, value) VALUES (?1, ?2)")
        .bind(1, QString::fromLatin1(key))
        .bind(2, value)
        .run();
}

bool sameFile(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// What the copy keeps: the chosen sequences, their media and everything hanging off them; the taxa, individuals,
// models and quick keys stay whole. Foreign keys are off for the copy alone, so that each table is cut with one
// statement instead of a cascade per deleted row.
constexpr const char* kPrune = R"sql(
CREATE TEMP TABLE keep_media(id INTEGER PRIMARY KEY);
INSERT INTO keep_media SELECT id FROM media WHERE sequence_id IN (SELECT id FROM temp.keep_sequences);
DELETE FROM label_conflicts;
DELETE FROM checkout_sequences;
DELETE FROM checkouts;
DELETE FROM jobs;
DELETE FROM import_skips;
DELETE FROM observations WHERE NOT ((sequence_id IN (SELECT id FROM temp.keep_sequences)) IS 1
                                    OR (media_id IN (SELECT id FROM temp.keep_media)) IS 1);
DELETE FROM model_runs WHERE media_id NOT IN (SELECT id FROM temp.keep_media);
DELETE FROM detections WHERE media_id NOT IN (SELECT id FROM temp.keep_media);
DELETE FROM embeddings WHERE detection_id NOT IN (SELECT id FROM detections);
DELETE FROM match_proposals WHERE detection_id NOT IN (SELECT id FROM detections);
UPDATE match_proposals SET reference_detection_id = NULL
WHERE reference_detection_id NOT IN (SELECT id FROM detections);
DELETE FROM match_rejections WHERE detection_id NOT IN (SELECT id FROM detections);
DELETE FROM sequence_predictions WHERE sequence_id NOT IN (SELECT id FROM temp.keep_sequences);
DELETE FROM media WHERE id NOT IN (SELECT id FROM temp.keep_media);
DELETE FROM sequences WHERE id NOT IN (SELECT id FROM temp.keep_sequences);
DELETE FROM deployments WHERE id NOT IN (SELECT deployment_id FROM sequences)
                          AND id NOT IN (SELECT deployment_id FROM media);
DELETE FROM image_roots WHERE id NOT IN (SELECT root_id FROM media);
DROP TABLE temp.keep_media;
)sql";

// The part starts its own audit log: what the reviewer does in it is what a check-in brings back. The log is
// append-only, so its guards are lifted for the copy and put back as they were.
void restartAuditLog(db::Database& part)
{
    std::vector<std::pair<QString, QString>> triggers;
    auto& st = part.cached("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'");
    while (st.step())
        triggers.emplace_back(st.text(0), st.text(1));
    for (const auto& [name, sql] : triggers)
        part.exec("DROP TRIGGER " + name.toStdString());
    part.exec("DELETE FROM audit_log");
    for (const auto& [name, sql] : triggers)
        part.exec(sql.toStdString());
}

struct PreparedPart {
    std::map<std::int64_t, QString> hashes; // sequence -> its labels' digest at check-out
    std::int64_t media = 0;
};

PreparedPart preparePart(const QString& tmpPath, const std::vector<std::int64_t>& sequences, const QString& sourceId,
                         const QString& reviewer)
{
    db::Database part(tmpPath, db::Database::Mode::ReadWrite);
    part.exec("PRAGMA foreign_keys = OFF");
    part.exec("CREATE TEMP TABLE keep_sequences(id INTEGER PRIMARY KEY)");
    {
        db::Transaction tx(part);
        auto& keep = part.cached("INSERT INTO temp.keep_sequences(id) VALUES (?1)");
        for (const auto id : sequences)
            keep.bind(1, id).run();
        part.exec(kPrune);
        restartAuditLog(part);
        part.exec("INSERT OR REPLACE INTO project_meta(key, value) VALUES ('project_id', lower(hex(randomblob(16))))");
        setMeta(part, "checkout_source", sourceId);
        setMeta(part, "checkout_reviewer", reviewer);
        setMeta(part, "checkout_ms", QString::number(Clock::nowMs()));
        part.cached("INSERT INTO audit_log(at_ms, actor, source, action, entity, entity_id, details)"
                    " VALUES (?1, ?2, 'checkout', 'checkout', 'project', NULL, ?3)")
            .bind(1, Clock::nowMs())
            .bind(2, reviewer)
            .bind(3, compact(QJsonObject{{QStringLiteral("source_project"), sourceId}}))
            .run();
        tx.commit();
    }
    part.exec("DROP TABLE temp.keep_sequences");
    part.exec("PRAGMA foreign_keys = ON");
    PreparedPart prepared;
    for (const auto id : sequences)
        prepared.hashes[id] = labelHash(part, id);
    prepared.media = part.scalar("SELECT count(*) FROM media");
    part.exec("VACUUM");
    return prepared;
}

Result<std::vector<std::int64_t>> sequencesOf(Project& project, const CheckoutRequest& request)
{
    auto& db = project.db();
    std::vector<std::int64_t> ids = request.sequences;
    for (const QString& name : request.deployments) {
        auto& dep = db.cached("SELECT id FROM deployments WHERE name = ?1");
        dep.bind(1, name.trimmed());
        if (!dep.step())
            return Error{
                ReviewText::tr("There is no deployment named \"%1\" in %2.").arg(name.trimmed(), project.path())};
        const auto depId = dep.integer(0);
        dep.reset();
        auto& st = db.cached("SELECT id FROM sequences WHERE deployment_id = ?1");
        st.bind(1, depId);
        while (st.step())
            ids.push_back(st.integer(0));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto& exists = db.cached("SELECT count(*) FROM sequences WHERE id = ?1");
    for (const auto id : ids) {
        exists.bind(1, id);
        exists.step();
        const bool known = exists.integer(0) > 0;
        exists.reset();
        if (!known)
            return Error{ReviewText::tr("There is no sequence %1 in %2.").arg(id).arg(project.path())};
    }
    if (ids.empty())
        return Error{ReviewText::tr("Nothing to check out: no sequence matches.")};
    return ids;
}

} // namespace

Result<std::vector<std::int64_t>> sequenceQuery(Project& project, const QString& query)
{
    SequenceFilter filter;
    for (const QString& rawTerm : query.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = rawTerm.trimmed();
        const QString key = term.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = term.section(QLatin1Char('='), 1).trimmed();
        if (key == u"not-reviewed") {
            filter.notReviewed = true;
        } else if (key == u"machine-labelled") {
            filter.reviewState = ReviewState::MachineLabelled;
        } else if (key == u"disagreeing") {
            filter.disagreeingFrames = true;
        } else if (key == u"empty") {
            filter.empty = true;
        } else if (key == u"conflicts") {
            filter.conflicts = true;
        } else if (key == u"below") {
            bool ok = false;
            filter.confidenceBelow = value.toDouble(&ok);
            if (!ok)
                return Error{ReviewText::tr("\"%1\": give a confidence between 0 and 1, e.g. below=0.6.").arg(term)};
        } else if (key == u"species" || key == u"deployment") {
            auto& db = project.db();
            auto& st = db.cached(key == u"species" ? "SELECT id FROM taxa WHERE scientific_name = ?1 COLLATE NOCASE"
                                                     " OR common_name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1"
                                                   : "SELECT id FROM deployments WHERE name = ?1");
            st.bind(1, value);
            if (!st.step())
                return Error{ReviewText::tr("\"%1\": %2 is not in this project.").arg(term, value)};
            (key == u"species" ? filter.taxonId : filter.deploymentId) = st.integer(0);
            st.reset();
        } else {
            return Error{ReviewText::tr("\"%1\" is not a review queue. Use not-reviewed, machine-labelled, "
                                        "below=CONFIDENCE, disagreeing, empty, conflicts, species=NAME or "
                                        "deployment=NAME, separated by commas.")
                             .arg(term)};
        }
    }
    std::vector<std::int64_t> ids;
    SequenceCursor after;
    for (;;) {
        auto page = project.sequencePage(filter, 1000, after);
        if (!page)
            return page.error();
        for (const auto& s : page.value())
            ids.push_back(s.id);
        if (page.value().size() < 1000)
            break;
        after = page.value().back().cursor();
    }
    return ids;
}

Result<CheckoutReport> checkOut(Project& project, const CheckoutRequest& request)
{
    if (request.reviewer.trimmed().isEmpty())
        return Error{ReviewText::tr("Name the reviewer who takes the part (--reviewer NAME).")};
    if (request.partPath.isEmpty())
        return Error{ReviewText::tr("Give the file the part is written to (--out PART.trapline).")};
    const QFileInfo out(request.partPath);
    if (out.exists())
        return Error{ReviewText::tr("%1 already exists; choose another file for the part.").arg(request.partPath)};
    if (!QFileInfo(out.absolutePath()).isDir())
        return Error{
            ReviewText::tr("Cannot write %1: the folder %2 does not exist.").arg(request.partPath, out.absolutePath())};
    auto& db = project.db();
    const QString tmpPath = out.absoluteFilePath() + QStringLiteral(".partial");
    bool done = false;
    const auto cleanup = qScopeGuard([&] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(tmpPath + suffix);
        if (!done)
            QFile::remove(out.absoluteFilePath());
    });
    try {
        auto sequences = sequencesOf(project, request);
        if (!sequences)
            return sequences.error();
        const QString sourceId = meta(db, "project_id");
        QFile::remove(tmpPath);
        {
            // A consistent copy of the whole project, read as it stands, even while others write to it.
            db::Statement copy(db.handle(), "VACUUM INTO ?1");
            copy.bind(1, tmpPath);
            copy.step();
        }
        const PreparedPart prepared = preparePart(tmpPath, sequences.value(), sourceId, request.reviewer.trimmed());

        db::Transaction tx(db);
        db.cached("INSERT INTO checkouts(reviewer, part_path, scope, created_ms, actor) VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, request.reviewer.trimmed())
            .bind(2, out.absoluteFilePath())
            .bind(3, request.scope.isEmpty() ? QStringLiteral("sequences") : request.scope)
            .bind(4, Clock::nowMs())
            .bind(5, Project::currentUser())
            .run();
        CheckoutReport report;
        report.checkoutId = db.lastInsertId();
        report.sequences = static_cast<std::int64_t>(sequences.value().size());
        report.media = prepared.media;
        auto& row = db.cached("INSERT INTO checkout_sequences(checkout_id, sequence_id, part_hash, main_hash)"
                              " VALUES (?1, ?2, ?3, ?3)");
        for (const auto& [sequence, hash] : prepared.hashes)
            row.bind(1, report.checkoutId).bind(2, sequence).bind(3, hash).run();
        project.audit({QStringLiteral("checkout"),
                       QStringLiteral("checkout"),
                       QStringLiteral("checkouts"),
                       report.checkoutId,
                       compact(QJsonObject{{QStringLiteral("reviewer"), request.reviewer.trimmed()},
                                           {QStringLiteral("part"), out.absoluteFilePath()},
                                           {QStringLiteral("scope"), request.scope},
                                           {QStringLiteral("sequences"), static_cast<qint64>(report.sequences)}}),
                       {}});
        {
            db::Database part(tmpPath, db::Database::Mode::ReadWrite);
            setMeta(part, "checkout_id", QString::number(report.checkoutId));
        }
        if (!QFile::rename(tmpPath, out.absoluteFilePath()))
            return Error{ReviewText::tr("Cannot write %1; the project was not changed.").arg(request.partPath)};
        tx.commit();
        done = true;
        return report;
    } catch (const db::DbError& e) {
        return databaseFailure(
            ReviewText::tr("Cannot check out a part of %1 to %2").arg(project.path(), request.partPath), e);
    }
}

namespace {

struct PartEdit {
    std::int64_t auditId = 0;
    std::int64_t atMs = 0;
    QString actor;
    QString action;
    QString details;
};

// The part's taxa in this project's numbering: the same scientific name is the same taxon; a name this project
// does not know yet is added.
std::map<std::int64_t, std::int64_t> mergeTaxa(Project& project, db::Database& part, CheckinReport& report)
{
    auto& db = project.db();
    std::map<std::int64_t, std::int64_t> map;
    auto& st = part.cached("SELECT id, scientific_name, common_name, taxon_rank FROM taxa ORDER BY id");
    auto& find = db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
    while (st.step()) {
        const auto partId = st.integer(0);
        const QString name = st.text(1);
        find.bind(1, name);
        if (find.step()) {
            map[partId] = find.integer(0);
            if (map[partId] != partId)
                report.taxaMerged << name;
            find.reset();
            continue;
        }
        find.reset();
        db.cached("INSERT INTO taxa(scientific_name, common_name, taxon_rank) VALUES (?1, ?2, ?3)")
            .bind(1, name)
            .bind(2, st.isNull(2) ? QString() : st.text(2))
            .bind(3, st.isNull(3) ? QString() : st.text(3))
            .run();
        map[partId] = db.lastInsertId();
        report.taxaAdded << name;
        project.audit({QStringLiteral("checkin"),
                       QStringLiteral("insert"),
                       QStringLiteral("taxa"),
                       map[partId],
                       compact(QJsonObject{{QStringLiteral("scientific_name"), name}}),
                       {}});
    }
    return map;
}

// The part's individuals in this project's numbering, by name.
std::map<std::int64_t, std::int64_t> mergeIndividuals(Project& project, db::Database& part,
                                                      const std::map<std::int64_t, std::int64_t>& taxa,
                                                      CheckinReport& report)
{
    auto& db = project.db();
    std::map<std::int64_t, std::int64_t> map;
    auto& st = part.cached("SELECT id, taxon_id, name, notes, created_ms FROM individuals ORDER BY id");
    auto& find = db.cached("SELECT id FROM individuals WHERE name = ?1 ORDER BY id = ?2 DESC, id LIMIT 1");
    while (st.step()) {
        const auto partId = st.integer(0);
        const QString name = st.text(2);
        find.bind(1, name).bind(2, partId);
        if (find.step()) {
            map[partId] = find.integer(0);
            if (map[partId] != partId)
                report.individualsMerged << name;
            find.reset();
            continue;
        }
        find.reset();
        std::optional<std::int64_t> taxon;
        if (const auto t = st.optInteger(1)) {
            const auto it = taxa.find(*t);
            if (it != taxa.end())
                taxon = it->second;
        }
        db.cached("INSERT INTO individuals(taxon_id, name, notes, created_ms) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, taxon)
            .bind(2, name)
            .bind(3, st.isNull(3) ? QString() : st.text(3))
            .bind(4, st.integer(4))
            .run();
        map[partId] = db.lastInsertId();
        report.individualsAdded << name;
        project.audit({QStringLiteral("checkin"),
                       QStringLiteral("insert"),
                       QStringLiteral("individuals"),
                       map[partId],
                       compact(QJsonObject{{QStringLiteral("name"), name}}),
                       {}});
    }
    return map;
}

std::map<std::int64_t, std::vector<PartEdit>> editsOf(db::Database& part)
{
    std::map<std::int64_t, std::vector<PartEdit>> edits;
    auto& st = part.cached("SELECT id, at_ms, actor, action, entity_id, details FROM audit_log"
                           " WHERE source = 'review' AND entity = 'sequences' AND entity_id IS NOT NULL ORDER BY id");
    while (st.step())
        edits[st.integer(4)].push_back({st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(5)});
    return edits;
}

} // namespace

QString CheckinReport::summary() const
{
    QString text = ReviewText::tr("Check-in of %1's part: %2 sequences took the reviewer's labels, %3 are in the "
                                  "Conflicts queue, %4 were left as they were.")
                       .arg(reviewer)
                       .arg(applied)
                       .arg(conflicts)
                       .arg(unchanged);
    if (nothingNew())
        text = ReviewText::tr("Nothing new to check in from %1's part; the project was not changed.").arg(reviewer);
    if (!taxaAdded.isEmpty())
        text += QLatin1Char('\n') + ReviewText::tr("Taxa added: %1.").arg(taxaAdded.join(QStringLiteral(", ")));
    if (!taxaMerged.isEmpty())
        text +=
            QLatin1Char('\n') + ReviewText::tr("Taxa merged by name: %1.").arg(taxaMerged.join(QStringLiteral(", ")));
    if (!individualsAdded.isEmpty())
        text += QLatin1Char('\n') +
                ReviewText::tr("Individuals added: %1.").arg(individualsAdded.join(QStringLiteral(", ")));
    if (!individualsMerged.isEmpty())
        text += QLatin1Char('\n') +
                ReviewText::tr("Individuals merged by name: %1.").arg(individualsMerged.join(QStringLiteral(", ")));
    return text;
}

Result<CheckinReport> checkIn(Project& project, const QString& partPath, const QString& actorGiven)
{
    const QString actor = actorGiven.isEmpty() ? Project::currentUser() : actorGiven;
    if (sameFile(partPath, project.path()))
        return Error{ReviewText::tr("%1 is the project itself, not a part checked out of it.").arg(partPath)};
    // Opened like any project: a part saved by an older Trapline is upgraded first (with a backup beside it).
    auto opened = Project::open(partPath);
    if (!opened)
        return Error{ReviewText::tr("Cannot check in %1: %2").arg(partPath, opened.error().message)};
    auto& part = opened.value()->db();
    auto& db = project.db();
    try {
        const QString source = meta(part, "checkout_source");
        bool idOk = false;
        const std::int64_t checkoutId = meta(part, "checkout_id").toLongLong(&idOk);
        if (source.isEmpty() || !idOk)
            return Error{ReviewText::tr("%1 is not a part checked out for review (it records no check-out); nothing "
                                        "was changed.")
                             .arg(partPath)};
        if (source != meta(db, "project_id"))
            return Error{ReviewText::tr("%1 was checked out of another project, not of %2. Check it in to the "
                                        "project it came from; nothing was changed.")
                             .arg(partPath, project.path())};
        CheckinReport report;
        report.checkoutId = checkoutId;
        std::int64_t mark = 0;
        {
            auto& st = db.cached("SELECT reviewer, part_audit_mark FROM checkouts WHERE id = ?1");
            st.bind(1, checkoutId);
            if (!st.step())
                return Error{ReviewText::tr("The check-out %1 that %2 belongs to is not recorded in %3; nothing was "
                                            "changed.")
                                 .arg(checkoutId)
                                 .arg(partPath, project.path())};
            report.reviewer = st.text(0);
            mark = st.integer(1);
            st.reset();
        }
        const auto edits = editsOf(part);
        std::int64_t newMark = mark;

        db::Transaction tx(db);
        const auto taxa = mergeTaxa(project, part, report);
        const auto individuals = mergeIndividuals(project, part, taxa, report);
        const auto taxonOf = [&](std::int64_t id) {
            const auto it = taxa.find(id);
            return it == taxa.end() ? id : it->second;
        };
        const auto individualOf = [&](std::int64_t id) {
            const auto it = individuals.find(id);
            return it == individuals.end() ? id : it->second;
        };

        struct Tracked {
            std::int64_t sequence;
            QString partHash, mainHash;
        };
        std::vector<Tracked> tracked;
        auto& list = db.cached("SELECT sequence_id, part_hash, main_hash FROM checkout_sequences WHERE checkout_id = ?1"
                               " ORDER BY sequence_id");
        list.bind(1, checkoutId);
        while (list.step())
            tracked.push_back({list.integer(0), list.text(1), list.text(2)});
        auto& update = db.cached("UPDATE checkout_sequences SET part_hash = ?3, main_hash = ?4"
                                 " WHERE checkout_id = ?1 AND sequence_id = ?2");
        for (const Tracked& t : tracked) {
            const auto edited = edits.find(t.sequence);
            const QString partHash = edited == edits.end() ? t.partHash : labelHash(part, t.sequence);
            if (partHash == t.partHash) {
                ++report.unchanged; // not touched in the part, or edited and undone
                continue;
            }
            const QJsonObject theirs = renumbered(readVersion(part, t.sequence), taxonOf, individualOf);
            if (labelHash(db, t.sequence) == t.mainHash) {
                applyVersion(db, t.sequence, theirs);
                for (const PartEdit& e : edited->second) {
                    if (e.auditId <= mark)
                        continue;
                    project.audit(
                        {QStringLiteral("checkin"), e.action, QStringLiteral("sequences"), t.sequence,
                         compact(QJsonObject{{QStringLiteral("checkout"), static_cast<qint64>(checkoutId)},
                                             {QStringLiteral("part_audit_id"), static_cast<qint64>(e.auditId)},
                                             {QStringLiteral("details"), e.details}}),
                         e.actor, e.atMs});
                }
                update.bind(1, checkoutId)
                    .bind(2, t.sequence)
                    .bind(3, partHash)
                    .bind(4, labelHash(db, t.sequence))
                    .run();
                ++report.applied;
            } else {
                db.cached("INSERT INTO label_conflicts(sequence_id, checkout_id, reviewer, ours, theirs, created_ms)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .bind(1, t.sequence)
                    .bind(2, checkoutId)
                    .bind(3, report.reviewer)
                    .bind(4, compact(readVersion(db, t.sequence)))
                    .bind(5, compact(theirs))
                    .bind(6, Clock::nowMs())
                    .run();
                const auto conflictId = db.lastInsertId();
                project.audit({QStringLiteral("checkin"), QStringLiteral("conflict"), QStringLiteral("sequences"),
                               t.sequence,
                               compact(QJsonObject{{QStringLiteral("checkout"), static_cast<qint64>(checkoutId)},
                                                   {QStringLiteral("conflict"), static_cast<qint64>(conflictId)}}),
                               actor});
                update.bind(1, checkoutId).bind(2, t.sequence).bind(3, partHash).bind(4, t.mainHash).run();
                ++report.conflicts;
            }
            for (const PartEdit& e : edited->second)
                newMark = std::max(newMark, e.auditId);
        }
        if (report.nothingNew()) {
            report.taxaMerged.clear();
            report.individualsMerged.clear();
            return report; // the transaction rolls back: nothing was written
        }
        QJsonObject details{{QStringLiteral("part"), QFileInfo(partPath).absoluteFilePath()},
                            {QStringLiteral("applied"), static_cast<qint64>(report.applied)},
                            {QStringLiteral("conflicts"), static_cast<qint64>(report.conflicts)},
                            {QStringLiteral("unchanged"), static_cast<qint64>(report.unchanged)}};
        if (!report.taxaAdded.isEmpty())
            details[QStringLiteral("taxa_added")] = QJsonArray::fromStringList(report.taxaAdded);
        if (!report.taxaMerged.isEmpty())
            details[QStringLiteral("taxa_merged")] = QJsonArray::fromStringList(report.taxaMerged);
        if (!report.individualsAdded.isEmpty())
            details[QStringLiteral("individuals_added")] = QJsonArray::fromStringList(report.individualsAdded);
        if (!report.individualsMerged.isEmpty())
            details[QStringLiteral("individuals_merged")] = QJsonArray::fromStringList(report.individualsMerged);
        project.audit({QStringLiteral("checkin"), QStringLiteral("checkin"), QStringLiteral("checkouts"), checkoutId,
                       compact(details), actor});
        db.cached("UPDATE checkouts SET checked_in_ms = ?2, part_audit_mark = ?3 WHERE id = ?1")
            .bind(1, checkoutId)
            .bind(2, Clock::nowMs())
            .bind(3, newMark)
            .run();
        tx.commit();
        return report;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot check in %1; nothing was changed").arg(partPath), e);
    }
}

} // namespace trapline::review
