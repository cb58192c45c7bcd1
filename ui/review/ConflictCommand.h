#pragma once

#include "review/Conflicts.h"

#include <QUndoCommand>

#include <functional>

namespace trapline {
class Project;
}

namespace trapline::ui {

// A person's pick in a check-in conflict, on the undo stack. The pick is already stored when the command is pushed;
// undo puts the labels and the conflict back in the Conflicts queue, redo picks again.
class ConflictCommand : public QUndoCommand {
public:
    using Refresh = std::function<void(std::int64_t sequenceId)>;
    using Failure = std::function<void(const QString& message)>;

    ConflictCommand(Project* project, QString actor, review::ConflictResolution resolution, const QString& text,
                    Refresh refresh, Failure failure);
    void undo() override;
    void redo() override;

private:
    Project* m_project;
    QString m_actor;
    review::ConflictResolution m_resolution;
    Refresh m_refresh;
    Failure m_failure;
    bool m_applied = true;
};

} // namespace trapline::ui
