#include "DeploymentPropertiesCommand.h"

#include "project/Deployments.h"
#include "project/Project.h"

#include <QCoreApplication>

namespace trapline::ui {

DeploymentPropertiesCommand::DeploymentPropertiesCommand(Project* project, DeploymentProperties before,
                                                         DeploymentProperties after, QString actor, Failure failure)
    : m_project(project), m_before(std::move(before)), m_after(std::move(after)), m_actor(std::move(actor)),
      m_failure(std::move(failure))
{
    setText(QCoreApplication::translate("trapline::ui::DeploymentPropertiesCommand", "edit deployment %1").arg(m_after.name));
}

void DeploymentPropertiesCommand::undo() { apply(m_before, QStringLiteral("undo")); }

void DeploymentPropertiesCommand::redo()
{
    // QUndoStack::push calls redo at once: the edit is already saved then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after, QStringLiteral("redo"));
}

void DeploymentPropertiesCommand::apply(const DeploymentProperties& values, const QString& source)
{
    if (Status s = setDeploymentProperties(*m_project, {values}, source, m_actor); !s) {
        setObsolete(true);
        if (m_failure)
            m_failure(s.error().message);
    }
}

} // namespace trapline::ui
