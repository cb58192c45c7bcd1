#pragma once

#include "Label.h"
#include "LabelSnapshot.h"
#include "Result.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace trapline {
class Project;
}

namespace trapline::review {

// What one edit did: the sequence it touched and its labels before and after, which is all undo and redo need.
struct EditOutcome {
    LabelSnapshot before;
    LabelSnapshot after;
    std::int64_t detectionId = 0; // the box an edit created or now stands for (addBox, moveBox), else 0
};

// The edits a person makes while reviewing. Each is one transaction with one audit entry (who, when, source
// "review", what), marks its sequence reviewed, and returns the sequence's labels before and after for undo.
// A failed edit changes nothing.
class ReviewEditor {
public:
    explicit ReviewEditor(Project& project, QString actor = {});

    enum class SequenceMode { Replace, Add };
    // The label of the whole sequence (an event-level observation). Replace: it becomes the sequence's only
    // label; Add: one more species in the sequence. Frame and box labels stay: they are more specific.
    Result<EditOutcome> labelSequence(std::int64_t sequenceId, const Label& label, SequenceMode mode = SequenceMode::Replace);
    // A frame that differs from its sequence (the animal has left: blank). Replaces the frame's own label.
    Result<EditOutcome> labelFrame(std::int64_t mediaId, const Label& label);
    // The frame follows its sequence's label again.
    Result<EditOutcome> clearFrameLabel(std::int64_t mediaId);
    // The machine's sequence-level prediction, and the machine boxes of its frames, confirmed by a person.
    Result<EditOutcome> acceptMachineLabel(std::int64_t sequenceId);
    // Marks the sequence reviewed as it is (its labels are right).
    Result<EditOutcome> markReviewed(std::int64_t sequenceId);

    // A box a person drew, with its own label: a frame with a zebra and a wildebeest holds two boxes.
    Result<EditOutcome> addBox(std::int64_t mediaId, const Box& box, const Label& label);
    // A person's box is moved or resized in place; a machine box is kept as the model's (rejected) and a person's
    // box with the new geometry and the machine box's label takes its place.
    Result<EditOutcome> moveBox(std::int64_t detectionId, const Box& box);
    // The label of a box (a machine box becomes accepted, with the person's label).
    Result<EditOutcome> labelBox(std::int64_t detectionId, const Label& label);
    // The individual a box shows (none: no individual). A machine box becomes accepted, with the machine's label.
    Result<EditOutcome> assignIndividual(std::int64_t detectionId, std::optional<std::int64_t> individualId);
    // A person's box is deleted; a machine box is rejected (kept, hidden, not exported as a label).
    Result<EditOutcome> deleteBox(std::int64_t detectionId);

    Result<std::int64_t> sequenceOfMedia(std::int64_t mediaId);
    Result<std::int64_t> sequenceOfDetection(std::int64_t detectionId);

private:
    // Runs `change` in one transaction around snapshots of the sequence, then audits and commits.
    Result<EditOutcome> edit(std::int64_t sequenceId, const QString& action, const QString& details,
                             const std::function<Status(EditOutcome&)>& change);
    void insertObservation(std::int64_t sequenceId, std::optional<std::int64_t> mediaId,
                           std::optional<std::int64_t> detectionId, const Label& label,
                           std::optional<double> confidence = std::nullopt);
    Status checkLabel(const Label& label);

    Project& m_project;
    QString m_actor;
};

} // namespace trapline::review
