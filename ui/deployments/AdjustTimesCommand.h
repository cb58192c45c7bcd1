#pragma once

#include "ingest/TimeAdjustment.h"

#include <QUndoCommand>

#include <functional>

namespace trapline::ui {

// A correction of a deployment's frame times on the undo stack. The change is already stored when the command is
// pushed; undo and redo put back the times from before or after it (each regrouping the deployment, keeping its
// labels, in one transaction with its audit entry). Holds the project and the two snapshots, never a widget.
class AdjustTimesCommand : public QUndoCommand {
public:
    using Refresh = std::function<void(const QString& failure)>;

    AdjustTimesCommand(Project* project, QString actor, ingest::FrameTimes before, ingest::FrameTimes after,
                       std::int64_t gapMs, const QString& text, Refresh refresh);
    void undo() override;
    void redo() override;

private:
    Project* m_project;
    QString m_actor;
    ingest::FrameTimes m_before, m_after;
    std::int64_t m_gapMs;
    Refresh m_refresh;
    bool m_applied = true;
};

} // namespace trapline::ui
