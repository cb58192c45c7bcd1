#include "SnapshotCommand.h"

#include "UndoReport.h"

#include "ingest/TimeAdjustment.h"
#include "project/Deployments.h"
#include "project/Project.h"
#include "reid/Individuals.h"
#include "reid/MatchProposals.h"
#include "review/Conflicts.h"
#include "review/LabelSnapshot.h"
#include "review/ReviewEditor.h"

namespace trapline::ui {

SnapshotCommand::SnapshotCommand(Project* project, const QString& text, Step toBefore, Step toAfter, bool applied)
    : m_project(project), m_toBefore(std::move(toBefore)), m_toAfter(std::move(toAfter)), m_skipRedo(applied)
{
    setText(text);
}

SnapshotCommand* SnapshotCommand::reviewEdit(Project* project, const QString& actor, const review::EditOutcome& outcome,
                                             const QString& text)
{
    auto* command = new SnapshotCommand(
        project, text,
        [actor, before = outcome.before](Project& p) {
            return review::restore(p, before, QStringLiteral("undo"), actor);
        },
        [actor, after = outcome.after](Project& p) {
            return review::restore(p, after, QStringLiteral("redo"), actor);
        });
    command->setSequence(outcome.after.sequenceId);
    return command;
}

SnapshotCommand* SnapshotCommand::conflictPick(Project* project, const QString& actor,
                                               const review::ConflictResolution& resolution, const QString& text)
{
    auto* command = new SnapshotCommand(
        project, text, [actor, resolution](Project& p) { return review::undoResolution(p, resolution, actor); },
        [actor, resolution](Project& p) { return review::redoResolution(p, resolution, actor); });
    command->setSequence(resolution.after.sequenceId);
    return command;
}

SnapshotCommand* SnapshotCommand::individualEdit(Project* project, const QString& actor,
                                                 const reid::IndividualChange& change, const QString& text)
{
    return new SnapshotCommand(
        project, text, [actor, change](Project& p) { return reid::revertIndividualChange(p, change, actor); },
        [actor, change](Project& p) { return reid::reapplyIndividualChange(p, change, actor); });
}

SnapshotCommand* SnapshotCommand::matchRejection(Project* project, std::int64_t detectionId, std::int64_t individualId,
                                                 const QString& actor)
{
    return new SnapshotCommand(
        project, UndoText::tr("reject match"),
        [=](Project& p) { return reid::unrejectMatch(p, detectionId, individualId, actor); },
        [=](Project& p) { return reid::rejectMatch(p, detectionId, individualId, actor); }, false);
}

SnapshotCommand* SnapshotCommand::deploymentEdit(Project* project, const QString& actor,
                                                 const DeploymentProperties& before, const DeploymentProperties& after)
{
    return new SnapshotCommand(
        project, UndoText::tr("edit deployment %1").arg(after.name),
        [=](Project& p) { return setDeploymentProperties(p, {before}, QStringLiteral("undo"), actor); },
        [=](Project& p) { return setDeploymentProperties(p, {after}, QStringLiteral("redo"), actor); });
}

SnapshotCommand* SnapshotCommand::timeAdjustment(Project* project, const QString& actor,
                                                 const ingest::FrameTimes& before, const ingest::FrameTimes& after,
                                                 std::int64_t gapMs, const QString& text)
{
    const auto restore = [actor, gapMs](const ingest::FrameTimes& times) {
        return [actor, gapMs, times](Project& p) -> Status {
            if (auto r = ingest::restoreTimes(p, times, gapMs, actor); !r)
                return r.error();
            return okStatus();
        };
    };
    return new SnapshotCommand(project, text, restore(before), restore(after));
}

void SnapshotCommand::undo()
{
    apply(m_toBefore);
}

void SnapshotCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_toAfter);
}

void SnapshotCommand::apply(const Step& step)
{
    const Status status = m_project ? step(*m_project) : Status(Error{UndoText::tr("No project is open.")});
    if (!status) {
        setObsolete(true);
        Q_EMIT UndoReport::instance()->failed(text(), status.error().message);
        return;
    }
    if (m_sequence)
        Q_EMIT UndoReport::instance()->sequenceRestored(*m_sequence);
}

} // namespace trapline::ui
