#pragma once

#include "review/ReviewEditor.h"

#include <QUndoCommand>

#include <functional>

namespace trapline {
class Project;
}

namespace trapline::ui {

// One review edit on the undo stack. The edit itself is already stored when the command is pushed (so a failed
// edit never reaches the stack); undo and redo put the sequence's labels back to the snapshots taken around it,
// each in one transaction with its own audit entry.
class ReviewCommand : public QUndoCommand {
public:
    using Refresh = std::function<void(std::int64_t sequenceId)>;
    using Failure = std::function<void(const QString& message)>;

    ReviewCommand(Project* project, QString actor, review::EditOutcome outcome, const QString& text, Refresh refresh, Failure failure);
    void undo() override;
    void redo() override;

private:
    Project* m_project;
    QString m_actor;
    review::EditOutcome m_outcome;
    Refresh m_refresh;
    Failure m_failure;
    bool m_applied = true;
};

} // namespace trapline::ui
