#include "Conflicts.h"
#include "Tr.h"

#include "Clock.h"
#include "SequenceVersion.h"
#include "Taxa.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace trapline::review {

namespace {

QJsonObject parsed(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString choiceName(ConflictChoice choice)
{
    return choice == ConflictChoice::Theirs ? QStringLiteral("theirs") : QStringLiteral("ours");
}

QString details(const ConflictResolution& r)
{
    return QStringLiteral("{\"conflict\":%1,\"choice\":\"%2\"}").arg(r.conflictId).arg(choiceName(r.choice));
}

Error failure(const QString& what, const db::DbError& e)
{
    return databaseFailure(what, e);
}

} // namespace

Result<std::vector<LabelConflict>> openConflicts(Project& project, std::optional<std::int64_t> sequenceId)
{
    try {
        auto& st = project.db().cached(
            "SELECT id, sequence_id, checkout_id, reviewer, created_ms, ours, theirs, coalesce(resolution, '')"
            " FROM label_conflicts WHERE resolution IS NULL AND (?1 IS NULL OR sequence_id = ?1) ORDER BY id");
        st.bind(1, sequenceId);
        std::vector<LabelConflict> out;
        while (st.step())
            out.push_back({st.integer(0), st.integer(1), st.integer(2), st.text(3), st.integer(4), parsed(st.text(5)),
                           parsed(st.text(6)), st.text(7)});
        return out;
    } catch (const db::DbError& e) {
        return failure(ReviewText::tr("Cannot list the conflicts"), e);
    }
}

QString describeVersion(Project& project, const QJsonObject& version)
{
    QStringList names;
    for (const QJsonValue& value : version[QStringLiteral("observations")].toArray()) {
        const QJsonObject o = value.toObject();
        QString name = o[QStringLiteral("observation_type")].toString();
        if (const QJsonValue t = o[QStringLiteral("taxon_id")]; t.isDouble())
            if (auto found = taxon(project, t.toInteger()))
                name = found.value().displayName();
        if (!names.contains(name))
            names << name;
    }
    return names.isEmpty() ? ReviewText::tr("no labels") : names.join(QStringLiteral(", "));
}

Result<ConflictResolution> resolveConflict(Project& project, std::int64_t conflictId, ConflictChoice choice,
                                           const QString& actor)
{
    auto& db = project.db();
    try {
        db::Transaction tx(db);
        auto& st = db.cached("SELECT sequence_id, theirs, resolution FROM label_conflicts WHERE id = ?1");
        st.bind(1, conflictId);
        if (!st.step())
            return Error{ReviewText::tr("There is no conflict %1 in this project.").arg(conflictId)};
        const auto sequenceId = st.integer(0);
        const QJsonObject theirs = parsed(st.text(1));
        const bool open = st.isNull(2);
        st.reset();
        if (!open)
            return Error{ReviewText::tr("The conflict %1 was already resolved.").arg(conflictId)};
        ConflictResolution r;
        r.conflictId = conflictId;
        r.choice = choice;
        r.before = takeSnapshot(db, sequenceId);
        if (choice == ConflictChoice::Theirs)
            applyVersion(db, sequenceId, theirs);
        r.after = takeSnapshot(db, sequenceId);
        db.cached("UPDATE label_conflicts SET resolution = ?2, resolved_by = ?3, resolved_ms = ?4 WHERE id = ?1")
            .bind(1, conflictId)
            .bind(2, choiceName(choice))
            .bind(3, actor.isEmpty() ? Project::currentUser() : actor)
            .bind(4, Clock::nowMs())
            .run();
        project.audit({QStringLiteral("review"), QStringLiteral("resolve-conflict"), QStringLiteral("sequences"),
                       sequenceId, details(r), actor});
        tx.commit();
        return r;
    } catch (const db::DbError& e) {
        return failure(ReviewText::tr("The conflict %1 was not resolved").arg(conflictId), e);
    }
}

namespace {

Status putBack(Project& project, const ConflictResolution& r, bool reopen, const QString& actor)
{
    auto& db = project.db();
    try {
        db::Transaction tx(db);
        restoreSnapshot(db, reopen ? r.before : r.after);
        if (reopen)
            db.cached(
                  "UPDATE label_conflicts SET resolution = NULL, resolved_by = NULL, resolved_ms = NULL WHERE id = ?1")
                .bind(1, r.conflictId)
                .run();
        else
            db.cached("UPDATE label_conflicts SET resolution = ?2, resolved_by = ?3, resolved_ms = ?4 WHERE id = ?1")
                .bind(1, r.conflictId)
                .bind(2, choiceName(r.choice))
                .bind(3, actor.isEmpty() ? Project::currentUser() : actor)
                .bind(4, Clock::nowMs())
                .run();
        project.audit({QStringLiteral("review"), reopen ? QStringLiteral("undo") : QStringLiteral("redo"),
                       QStringLiteral("sequences"), r.before.sequenceId, details(r), actor});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return failure(ReviewText::tr("The conflict %1 was not changed").arg(r.conflictId), e);
    }
}

} // namespace

Status undoResolution(Project& project, const ConflictResolution& resolution, const QString& actor)
{
    return putBack(project, resolution, true, actor);
}

Status redoResolution(Project& project, const ConflictResolution& resolution, const QString& actor)
{
    return putBack(project, resolution, false, actor);
}

} // namespace trapline::review
