#include "Individuals.h"
#include "Tr.h"

#include "Clock.h"
#include "project/Project.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace trapline::reid {

namespace {

QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

bool exists(db::Database& db, std::int64_t id)
{
    auto& st = db.cached("SELECT count(*) FROM individuals WHERE id = ?1");
    st.bind(1, id);
    st.step();
    const bool found = st.integer(0) > 0;
    st.reset();
    return found;
}

void setIndividual(db::Database& db, const std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>>& rows)
{
    auto& st = db.cached("UPDATE observations SET individual_id = ?2 WHERE id = ?1");
    for (const auto& [observation, individual] : rows)
        st.bind(1, observation).bind(2, individual).run();
}

} // namespace

Result<std::vector<IndividualSummary>> listIndividualSummaries(Project& project)
{
    try {
        auto& st = project.db().cached(
            "SELECT i.id, i.name, coalesce(nullif(t.common_name, ''), t.scientific_name, ''),"
            " (SELECT count(*) FROM observations o WHERE o.individual_id = i.id),"
            " (SELECT min(m.taken_at_ms) FROM observations o JOIN media m ON m.id = o.media_id WHERE o.individual_id = i.id),"
            " (SELECT max(m.taken_at_ms) FROM observations o JOIN media m ON m.id = o.media_id WHERE o.individual_id = i.id),"
            " (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT d.name AS name FROM observations o JOIN media m"
            "   ON m.id = o.media_id JOIN deployments d ON d.id = m.deployment_id WHERE o.individual_id = i.id))"
            " FROM individuals i LEFT JOIN taxa t ON t.id = i.taxon_id ORDER BY i.name");
        std::vector<IndividualSummary> out;
        while (st.step())
            out.push_back({st.integer(0), st.text(1), st.text(2), static_cast<int>(st.integer(3)), st.optInteger(4),
                           st.optInteger(5), st.text(6).isEmpty() ? QStringList() : st.text(6).split(QStringLiteral(", "))});
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("Cannot list individuals"), e);
    }
}

Result<std::vector<IndividualSighting>> sightingsOf(Project& project, std::int64_t individualId)
{
    try {
        auto& st = project.db().cached(
            "SELECT o.id, o.detection_id, m.id, d.name, m.taken_at_ms, x.x, x.y, x.w, x.h FROM observations o"
            " JOIN media m ON m.id = o.media_id JOIN deployments d ON d.id = m.deployment_id"
            " LEFT JOIN detections x ON x.id = o.detection_id WHERE o.individual_id = ?1 ORDER BY m.taken_at_ms, o.id");
        st.bind(1, individualId);
        std::vector<IndividualSighting> out;
        while (st.step()) {
            IndividualSighting s;
            s.observationId = st.integer(0);
            s.detectionId = st.optInteger(1);
            s.mediaId = st.integer(2);
            s.deployment = st.text(3);
            s.takenAtMs = st.optInteger(4);
            if (!st.isNull(5))
                s.box = review::Box{st.real(5), st.real(6), st.real(7), st.real(8)};
            out.push_back(s);
        }
        for (auto& s : out)
            if (auto media = project.media(s.mediaId))
                s.path = project.absoluteMediaPath(media.value());
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("Cannot list the sightings of individual %1").arg(individualId), e);
    }
}

Result<IndividualChange> renameIndividual(Project& project, std::int64_t id, const QString& name, const QString& actor)
{
    if (name.trimmed().isEmpty())
        return Error{ReidText::tr("Give the individual a name.")};
    try {
        auto& db = project.db();
        db::Transaction tx(db);
        auto& st = db.cached("SELECT name FROM individuals WHERE id = ?1");
        st.bind(1, id);
        if (!st.step())
            return Error{ReidText::tr("There is no individual %1 in this project.").arg(id)};
        IndividualChange change;
        change.individualId = id;
        change.renamed = std::make_pair(st.text(0), name.trimmed());
        st.reset();
        db.cached("UPDATE individuals SET name = ?2 WHERE id = ?1").bind(1, id).bind(2, name.trimmed()).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("rename-individual"), QStringLiteral("individuals"), id,
                       json({{QStringLiteral("from"), change.renamed->first}, {QStringLiteral("to"), change.renamed->second}}), actor});
        tx.commit();
        return change;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The individual was not renamed"), e);
    }
}

Result<IndividualChange> mergeIndividuals(Project& project, std::int64_t from, std::int64_t into, const QString& actor)
{
    if (from == into)
        return Error{ReidText::tr("Pick two different individuals to merge.")};
    try {
        auto& db = project.db();
        db::Transaction tx(db);
        if (!exists(db, from) || !exists(db, into))
            return Error{ReidText::tr("One of the individuals to merge is not in this project any more.")};
        IndividualChange change;
        change.individualId = into;
        auto& rows = db.cached("SELECT id FROM observations WHERE individual_id = ?1 ORDER BY id");
        rows.bind(1, from);
        while (rows.step()) {
            change.before.emplace_back(rows.integer(0), from);
            change.after.emplace_back(rows.integer(0), into);
        }
        auto& gone = db.cached("SELECT taxon_id, name, coalesce(notes, ''), created_ms FROM individuals WHERE id = ?1");
        gone.bind(1, from);
        gone.step();
        change.removed = IndividualChange::Removed{from, gone.optInteger(0), gone.text(1), gone.text(2), gone.integer(3)};
        gone.reset();
        setIndividual(db, change.after);
        db.cached("DELETE FROM individuals WHERE id = ?1").bind(1, from).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("merge-individuals"), QStringLiteral("individuals"), into,
                       json({{QStringLiteral("merged"), static_cast<double>(from)}, {QStringLiteral("name"), change.removed->name},
                             {QStringLiteral("sightings"), static_cast<int>(change.after.size())}}), actor});
        tx.commit();
        return change;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The individuals were not merged"), e);
    }
}

Result<IndividualChange> splitIndividual(Project& project, std::int64_t id, const std::vector<std::int64_t>& observations,
                                         const QString& newName, const QString& actor)
{
    if (observations.empty())
        return Error{ReidText::tr("Select the sightings that show the other animal.")};
    if (newName.trimmed().isEmpty())
        return Error{ReidText::tr("Give the new individual a name.")};
    try {
        auto& db = project.db();
        db::Transaction tx(db);
        auto& taxon = db.cached("SELECT taxon_id FROM individuals WHERE id = ?1");
        taxon.bind(1, id);
        if (!taxon.step())
            return Error{ReidText::tr("There is no individual %1 in this project.").arg(id)};
        const auto taxonId = taxon.optInteger(0);
        taxon.reset();
        db.cached("INSERT INTO individuals(taxon_id, name, created_ms) VALUES (?1, ?2, ?3)")
            .bind(1, taxonId).bind(2, newName.trimmed()).bind(3, Clock::nowMs()).run();
        IndividualChange change;
        change.created = db.lastInsertId();
        change.createdName = newName.trimmed();
        change.createdTaxonId = taxonId;
        change.individualId = *change.created;
        auto& check = db.cached("SELECT count(*) FROM observations WHERE id = ?1 AND individual_id = ?2");
        for (const auto observation : observations) {
            check.bind(1, observation).bind(2, id);
            check.step();
            const bool ours = check.integer(0) > 0;
            check.reset();
            if (!ours)
                return Error{
                    ReidText::tr("Sighting %1 is not one of this individual's; nothing was changed.").arg(observation)};
            change.before.emplace_back(observation, id);
            change.after.emplace_back(observation, *change.created);
        }
        setIndividual(db, change.after);
        project.audit({QStringLiteral("reid"), QStringLiteral("split-individual"), QStringLiteral("individuals"), id,
                       json({{QStringLiteral("new"), static_cast<double>(*change.created)}, {QStringLiteral("name"), newName.trimmed()},
                             {QStringLiteral("sightings"), static_cast<int>(observations.size())}}), actor});
        tx.commit();
        return change;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The individual was not split"), e);
    }
}

Status revertIndividualChange(Project& project, const IndividualChange& change, const QString& actor)
{
    try {
        auto& db = project.db();
        db::Transaction tx(db);
        if (change.removed) {
            const auto& r = *change.removed;
            db.cached("INSERT INTO individuals(id, taxon_id, name, notes, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)")
                .bind(1, r.id).bind(2, r.taxonId).bind(3, r.name).bind(4, r.notes.isEmpty() ? QString() : r.notes)
                .bind(5, r.createdMs).run();
        }
        setIndividual(db, change.before);
        if (change.created)
            db.cached("DELETE FROM individuals WHERE id = ?1").bind(1, *change.created).run();
        if (change.renamed)
            db.cached("UPDATE individuals SET name = ?2 WHERE id = ?1").bind(1, change.individualId).bind(2, change.renamed->first).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("undo"), QStringLiteral("individuals"), change.individualId, {}, actor});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The edit of individuals was not undone"), e);
    }
}

Status reapplyIndividualChange(Project& project, const IndividualChange& change, const QString& actor)
{
    try {
        auto& db = project.db();
        db::Transaction tx(db);
        if (change.created)
            db.cached("INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (?1, ?2, ?3, ?4)")
                .bind(1, *change.created).bind(2, change.createdTaxonId).bind(3, change.createdName)
                .bind(4, Clock::nowMs()).run();
        setIndividual(db, change.after);
        if (change.removed)
            db.cached("DELETE FROM individuals WHERE id = ?1").bind(1, change.removed->id).run();
        if (change.renamed)
            db.cached("UPDATE individuals SET name = ?2 WHERE id = ?1").bind(1, change.individualId).bind(2, change.renamed->second).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("redo"), QStringLiteral("individuals"), change.individualId, {}, actor});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The edit of individuals was not redone"), e);
    }
}

} // namespace trapline::reid
