#pragma once

#include "Result.h"
#include "UndoText.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace trapline {
class Project;
}

namespace trapline {
struct DeploymentProperties;
}

namespace trapline::review {
struct EditOutcome;
}

namespace trapline::ingest {
struct FrameTimes;
}

namespace trapline::reid {
struct IndividualChange;
}

namespace trapline::review {
struct ConflictResolution;
}

namespace trapline::ui {

// The one undo convention (Tiled's ChangeValue): an edit already stored in the project, with what puts the state
// before it back and what puts the state after it back, each applied through core in one transaction with its
// audit entry. A command holds the project and its snapshots, never a widget, so it outlives any dialog that
// pushed it; views hear about the change from ProjectWatch like any other write.
//
// Undo texts are translated in one context: UndoText::tr(...) (trapline::ui::UndoText).
//
// A step that fails is reported through UndoReport and makes the command obsolete: QUndoStack drops it, so the
// stack never offers a state the database is no longer in.
class SnapshotCommand : public QUndoCommand {
public:
    using Step = std::function<Status(Project&)>;

    // `applied`: the edit is stored already, so the redo QUndoStack::push runs at once does nothing.
    SnapshotCommand(Project* project, const QString& text, Step toBefore, Step toAfter, bool applied = true);

    // A review edit (labels of one sequence, including a confirmed or new individual), from its two snapshots.
    static SnapshotCommand* reviewEdit(Project* project, const QString& actor, const review::EditOutcome& outcome,
                                       const QString& text);
    // A rename, merge or split of individuals.
    static SnapshotCommand* individualEdit(Project* project, const QString& actor, const reid::IndividualChange& change,
                                           const QString& text);
    // A rejected match proposal; not stored yet: pushing the command stores it.
    static SnapshotCommand* matchRejection(Project* project, std::int64_t detectionId, std::int64_t individualId,
                                           const QString& actor);

    // A person's pick in a check-in conflict (stored already): undo puts the labels and the conflict back in the
    // Conflicts queue, redo picks again.
    static SnapshotCommand* conflictPick(Project* project, const QString& actor,
                                         const review::ConflictResolution& resolution, const QString& text);

    // An edit of a deployment's properties.
    static SnapshotCommand* deploymentEdit(Project* project, const QString& actor, const DeploymentProperties& before,
                                           const DeploymentProperties& after);

    // A correction of a deployment's frame times (each step regroups the deployment, keeping its labels).
    static SnapshotCommand* timeAdjustment(Project* project, const QString& actor, const ingest::FrameTimes& before,
                                           const ingest::FrameTimes& after, std::int64_t gapMs, const QString& text);

    // The sequence the edit is about, for the review pane to show it again after undo or redo.
    std::optional<std::int64_t> sequence() const { return m_sequence; }
    void setSequence(std::int64_t id) { m_sequence = id; }

    void undo() override;
    void redo() override;

private:
    void apply(const Step& step);

    Project* m_project;
    Step m_toBefore, m_toAfter;
    bool m_skipRedo;
    std::optional<std::int64_t> m_sequence;
};

} // namespace trapline::ui
