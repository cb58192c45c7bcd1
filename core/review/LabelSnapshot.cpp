#include "LabelSnapshot.h"
#include "Tr.h"

#include "project/ChangeNotes.h"
#include "project/Project.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace trapline::review {

// Observations of a sequence carry its id (sequence-level ones only it; frame- and box-level ones their media's
// too); a media moved into the sequence later is caught by its media id.
const char* const labelScope::kObservations =
    " FROM observations WHERE method = 'human' AND (sequence_id = ?1 OR media_id IN (SELECT id FROM media WHERE "
    "sequence_id = ?1)) ORDER BY id";
const char* const labelScope::kBoxes =
    " FROM detections WHERE source = 'human' AND media_id IN (SELECT id FROM media WHERE sequence_id = ?1) ORDER BY id";

std::vector<std::string> labelScope::columns(db::Database& db, const std::string& table)
{
    std::vector<std::string> out;
    auto& st = db.cached("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    st.bind(1, QString::fromStdString(table));
    while (st.step())
        out.push_back(st.text(0).toStdString());
    return out;
}

namespace {

constexpr auto& kObservationScope = labelScope::kObservations;
constexpr auto& kBoxScope = labelScope::kBoxes;

std::string joined(const std::vector<std::string>& columns, const std::string& suffix = {})
{
    std::string out;
    for (size_t i = 0; i < columns.size(); ++i)
        out += (i ? ", " : "") + columns[i] + suffix;
    return out;
}

std::vector<LabelSnapshot::Row> readRows(db::Database& db, const std::string& table, const char* scope,
                                         std::int64_t sequenceId)
{
    const auto columns = labelScope::columns(db, table);
    auto& st = db.cached("SELECT " + joined(columns) + scope);
    st.bind(1, sequenceId);
    std::vector<LabelSnapshot::Row> rows;
    while (st.step()) {
        LabelSnapshot::Row row;
        row.id = st.integer(0);
        for (int c = 0; c < st.columnCount(); ++c)
            row.values.push_back(st.value(c));
        rows.push_back(std::move(row));
    }
    return rows;
}

// Deletes the rows in scope the snapshot does not have, then writes each snapshot row back by id.
void restoreRows(db::Database& db, const std::string& table, const char* scope, std::int64_t sequenceId,
                 const std::vector<LabelSnapshot::Row>& rows)
{
    const auto columns = labelScope::columns(db, table);
    const auto current = readRows(db, table, scope, sequenceId);
    std::set<std::int64_t> wanted;
    for (const auto& row : rows)
        wanted.insert(row.id);
    std::map<std::int64_t, const LabelSnapshot::Row*> present;
    for (const auto& row : current)
        present[row.id] = &row;
    auto& remove = db.cached("DELETE FROM " + table + " WHERE id = ?1");
    for (const auto& row : current)
        if (!wanted.count(row.id))
            remove.bind(1, row.id).run();
    std::string placeholders;
    for (size_t i = 0; i < columns.size(); ++i)
        placeholders += (i ? ", ?" : "?") + std::to_string(i + 1);
    // INSERT OR REPLACE would delete and re-insert, cascading to rows that point at it: update in place instead.
    auto& insert = db.cached("INSERT INTO " + table + "(" + joined(columns) + ") VALUES (" + placeholders + ")");
    std::string assignments;
    for (size_t i = 1; i < columns.size(); ++i)
        assignments += (i > 1 ? ", " : "") + columns[i] + " = ?" + std::to_string(i + 1);
    auto& update = db.cached("UPDATE " + table + " SET " + assignments + " WHERE id = ?1");
    auto& exists = db.cached("SELECT count(*) FROM " + table + " WHERE id = ?1");
    for (const auto& row : rows) {
        const auto it = present.find(row.id);
        if (it != present.end() && it->second->values == row.values)
            continue;
        bool known = it != present.end();
        if (!known) {
            // Gone, or now outside the scope (its media moved to another sequence): update it if it is there.
            exists.bind(1, row.id);
            exists.step();
            known = exists.integer(0) > 0;
            exists.reset();
        }
        auto& write = known ? update : insert;
        for (size_t c = 0; c < row.values.size(); ++c)
            write.bind(static_cast<int>(c + 1), row.values[c]);
        write.run();
    }
}

} // namespace

bool LabelSnapshot::operator==(const LabelSnapshot& other) const
{
    auto sameRows = [](const std::vector<Row>& a, const std::vector<Row>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const Row& x, const Row& y) { return x.id == y.id && x.values == y.values; });
    };
    return sequenceId == other.sequenceId && reviewState == other.reviewState &&
           sameRows(observations, other.observations) && sameRows(boxes, other.boxes) &&
           machineReviews == other.machineReviews;
}

LabelSnapshot takeSnapshot(db::Database& db, std::int64_t sequenceId)
{
    LabelSnapshot s;
    s.sequenceId = sequenceId;
    auto& state = db.cached("SELECT review_state FROM sequences WHERE id = ?1");
    state.bind(1, sequenceId);
    if (state.step())
        s.reviewState = static_cast<int>(state.integer(0));
    state.reset();
    s.observations = readRows(db, "observations", kObservationScope, sequenceId);
    s.boxes = readRows(db, "detections", kBoxScope, sequenceId);
    auto& reviews = db.cached("SELECT id, review FROM detections WHERE source = 'machine' AND media_id IN"
                              " (SELECT id FROM media WHERE sequence_id = ?1) ORDER BY id");
    reviews.bind(1, sequenceId);
    while (reviews.step())
        s.machineReviews.emplace_back(reviews.integer(0), reviews.value(1));
    return s;
}

void restoreSnapshot(db::Database& db, const LabelSnapshot& snapshot)
{
    // Boxes before observations: an observation the snapshot has may point at a box it brings back, and a box it
    // lacks takes its observations with it.
    restoreRows(db, "detections", kBoxScope, snapshot.sequenceId, snapshot.boxes);
    restoreRows(db, "observations", kObservationScope, snapshot.sequenceId, snapshot.observations);
    auto& review = db.cached("UPDATE detections SET review = ?2 WHERE id = ?1 AND source = 'machine'");
    for (const auto& [id, value] : snapshot.machineReviews)
        review.bind(1, id).bind(2, value).run();
    db.cached("UPDATE sequences SET review_state = ?2 WHERE id = ?1")
        .bind(1, snapshot.sequenceId)
        .bind(2, snapshot.reviewState)
        .run();
}

Result<LabelSnapshot> snapshotOf(Project& project, std::int64_t sequenceId)
{
    try {
        return takeSnapshot(project.db(), sequenceId);
    } catch (const db::DbError& e) {
        return Error{ReviewText::tr("Cannot read the labels of sequence %1: %2").arg(sequenceId).arg(e.what())};
    }
}

Status restore(Project& project, const LabelSnapshot& snapshot, const QString& action, const QString& actor)
{
    try {
        db::Transaction tx(project.db());
        restoreSnapshot(project.db(), snapshot);
        project.audit({QStringLiteral("review"), action, QStringLiteral("sequences"), snapshot.sequenceId, {}, actor});
        db::noteSequence(project.db(), snapshot.sequenceId);
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        if (e.isDiskFull())
            return Error{
                ReviewText::tr("The labels of sequence %1 were not restored: the disk is full. Free some space "
                               "and try again; nothing already saved was lost.")
                    .arg(snapshot.sequenceId)};
        return Error{
            ReviewText::tr("Cannot restore the labels of sequence %1: %2").arg(snapshot.sequenceId).arg(e.what())};
    }
}

} // namespace trapline::review
