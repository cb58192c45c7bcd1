#pragma once

#include "LabelSnapshot.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::review {

// A sequence that a check-in found changed both here and in a reviewer's part (Checkout.h). The project keeps its
// own labels (ours) until a person picks; the reviewer's version (theirs) is kept beside them. Versions are in the
// form of SequenceVersion.h. The open ones make the review queue "Conflicts" (SequenceFilter::conflicts).
struct LabelConflict {
    std::int64_t id = 0;
    std::int64_t sequenceId = 0;
    std::int64_t checkoutId = 0;
    QString reviewer;
    std::int64_t createdMs = 0;
    QJsonObject ours;   // this project's labels when the conflict was found
    QJsonObject theirs; // the reviewer's
    QString resolution; // "", "ours" or "theirs"
};

// Open conflicts, oldest first; of one sequence only when given.
Result<std::vector<LabelConflict>> openConflicts(Project& project,
                                                 std::optional<std::int64_t> sequenceId = std::nullopt);

// What a version says, for the person who picks: "plains zebra (Equus quagga), blank", or "no labels".
QString describeVersion(Project& project, const QJsonObject& version);

enum class ConflictChoice { Ours, Theirs };

// What picking did, for undo and redo: the sequence's labels before and after.
struct ConflictResolution {
    std::int64_t conflictId = 0;
    ConflictChoice choice = ConflictChoice::Ours;
    LabelSnapshot before;
    LabelSnapshot after;
};

// A person picks one version: ours keeps the labels as they are, theirs writes the reviewer's. Either way the
// conflict leaves the queue. One transaction with an audit entry (source "review", action "resolve-conflict").
Result<ConflictResolution> resolveConflict(Project& project, std::int64_t conflictId, ConflictChoice choice,
                                           const QString& actor = {});
// Puts the labels back and the conflict back in the queue (audit action "undo"); redo picks again ("redo").
Status undoResolution(Project& project, const ConflictResolution& resolution, const QString& actor = {});
Status redoResolution(Project& project, const ConflictResolution& resolution, const QString& actor = {});

} // namespace trapline::review
