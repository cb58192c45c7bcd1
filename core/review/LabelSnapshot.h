#pragma once

#include "Result.h"
#include "project/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::review {

// Where a sequence's human labels are (for LabelSnapshot and the check-in's SequenceVersion): SQL from " FROM" to
// the end, with the sequence's id as ?1; and the columns of a table in their stored order.
namespace labelScope {
extern const char* const kObservations;
extern const char* const kBoxes;
std::vector<std::string> columns(db::Database& db, const std::string& table);
} // namespace labelScope

// Everything a person's review can change in one sequence, as stored: the sequence's review state, the
// observations people made of it (sequence, frames, boxes), the boxes people drew, and their verdicts on the
// machine's boxes. Undo and redo put a sequence back to one of these. Rows are copied whole, so a column added
// later is restored too.
struct LabelSnapshot {
    struct Row {
        std::int64_t id = 0;
        std::vector<db::Value> values; // every column, in the table's order
    };
    std::int64_t sequenceId = 0;
    int reviewState = 0;
    std::vector<Row> observations;                                  // method 'human'
    std::vector<Row> boxes;                                         // detections with source 'human'
    std::vector<std::pair<std::int64_t, db::Value>> machineReviews; // machine detection id -> review

    bool operator==(const LabelSnapshot& other) const;
};

// Reads the snapshot of a sequence inside the caller's transaction (or its own read).
LabelSnapshot takeSnapshot(db::Database& db, std::int64_t sequenceId);
// Makes the sequence's stored labels equal to the snapshot: rows it lacks are deleted, rows it has are written
// back with their ids. Rows the snapshot and the database agree on are left alone. Inside the caller's
// transaction.
void restoreSnapshot(db::Database& db, const LabelSnapshot& snapshot);

Result<LabelSnapshot> snapshotOf(Project& project, std::int64_t sequenceId);
// Restores in one transaction with an audit entry (action "undo" or "redo").
Status restore(Project& project, const LabelSnapshot& snapshot, const QString& action, const QString& actor = {});

} // namespace trapline::review
