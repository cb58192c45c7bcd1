#include "ReviewCommand.h"

#include "project/Project.h"

namespace trapline::ui {

ReviewCommand::ReviewCommand(Project* project, QString actor, review::EditOutcome outcome, const QString& text,
                             Refresh refresh, Failure failure)
    : m_project(project), m_actor(std::move(actor)), m_outcome(std::move(outcome)), m_refresh(std::move(refresh)), m_failure(std::move(failure))
{
    setText(text);
}

void ReviewCommand::undo()
{
    if (Status s = review::restore(*m_project, m_outcome.before, QStringLiteral("undo"), m_actor); !s) {
        m_failure(s.error().message);
        return;
    }
    m_refresh(m_outcome.before.sequenceId);
}

void ReviewCommand::redo()
{
    // QUndoStack::push calls redo at once: the edit is already stored then.
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (Status s = review::restore(*m_project, m_outcome.after, QStringLiteral("redo"), m_actor); !s) {
        m_failure(s.error().message);
        return;
    }
    m_refresh(m_outcome.after.sequenceId);
}

} // namespace trapline::ui
