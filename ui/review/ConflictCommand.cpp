#include "ConflictCommand.h"

#include "project/Project.h"

namespace trapline::ui {

ConflictCommand::ConflictCommand(Project* project, QString actor, review::ConflictResolution resolution,
                                 const QString& text, Refresh refresh, Failure failure)
    : m_project(project), m_actor(std::move(actor)), m_resolution(std::move(resolution)), m_refresh(std::move(refresh)),
      m_failure(std::move(failure))
{
    setText(text);
}

void ConflictCommand::undo()
{
    if (Status s = review::undoResolution(*m_project, m_resolution, m_actor); !s) {
        m_failure(s.error().message);
        setObsolete(true);
        return;
    }
    m_refresh(m_resolution.before.sequenceId);
}

void ConflictCommand::redo()
{
    // QUndoStack::push calls redo at once: the pick is already stored then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (Status s = review::redoResolution(*m_project, m_resolution, m_actor); !s) {
        m_failure(s.error().message);
        setObsolete(true);
        return;
    }
    m_refresh(m_resolution.after.sequenceId);
}

} // namespace trapline::ui
