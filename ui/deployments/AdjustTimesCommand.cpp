#include "AdjustTimesCommand.h"

namespace trapline::ui {

AdjustTimesCommand::AdjustTimesCommand(Project* project, QString actor, ingest::FrameTimes before,
                                       ingest::FrameTimes after, std::int64_t gapMs, const QString& text,
                                       Refresh refresh)
    : m_project(project), m_actor(std::move(actor)), m_before(std::move(before)), m_after(std::move(after)),
      m_gapMs(gapMs), m_refresh(std::move(refresh))
{
    setText(text);
}

void AdjustTimesCommand::undo()
{
    const auto result = ingest::restoreTimes(*m_project, m_before, m_gapMs, m_actor);
    m_applied = !result.ok();
    m_refresh(result.ok() ? QString() : result.error().message);
}

void AdjustTimesCommand::redo()
{
    if (m_applied)
        return; // the first redo is the change itself, made before the push
    const auto result = ingest::restoreTimes(*m_project, m_after, m_gapMs, m_actor);
    m_applied = result.ok();
    m_refresh(result.ok() ? QString() : result.error().message);
}

} // namespace trapline::ui
