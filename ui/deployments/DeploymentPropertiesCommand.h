#pragma once

#include "project/DeploymentProperties.h"

#include <QUndoCommand>

#include <functional>

namespace trapline {
class Project;
}

namespace trapline::ui {

// One edit of a deployment's properties on the undo stack. It holds the project and the values before and after,
// never a widget, so it outlives the dialog that made it. The edit is already saved when the command is pushed;
// undo and redo save the other snapshot, each in one transaction with its own audit entry. A step the database
// refuses is reported and makes the command obsolete, so the stack never drifts from the project.
class DeploymentPropertiesCommand : public QUndoCommand {
public:
    using Failure = std::function<void(const QString& message)>;

    DeploymentPropertiesCommand(Project* project, DeploymentProperties before, DeploymentProperties after,
                                QString actor, Failure failure);
    void undo() override;
    void redo() override;

private:
    void apply(const DeploymentProperties& values, const QString& source);

    Project* m_project;
    DeploymentProperties m_before;
    DeploymentProperties m_after;
    QString m_actor;
    Failure m_failure;
    bool m_applied = true;
};

} // namespace trapline::ui
