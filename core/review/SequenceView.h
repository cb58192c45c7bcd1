#pragma once

#include "Label.h"
#include "Result.h"
#include "project/ProjectTypes.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::review {

// One label as the review screen shows it.
struct LabelView {
    std::int64_t observationId = 0;
    QString observationType;
    std::optional<std::int64_t> taxonId;
    QString taxonName; // display name ("plains zebra (Equus quagga)"), empty for non-animals
    QString shortName; // the common name where there is one, else the scientific name
    std::optional<int> count;
    std::optional<std::int64_t> individualId;
    QString individualName;
    bool human = false;
    std::optional<double> confidence;
    QString notes;
    // "plains zebra (Equus quagga) x2", "blank", "animal".
    QString text() const;
    // The same with the short name, for box captions and the filmstrip: "plains zebra x2".
    QString shortText() const;
};

struct BoxView {
    std::int64_t detectionId = 0;
    Box box;
    bool human = false;   // drawn by a person
    QString review;       // machine boxes: "", "accepted" ("rejected" ones are not listed)
    QString category;     // the detector's class
    std::optional<double> confidence;
    std::optional<LabelView> label; // a person's label of the box, else the machine's
};

struct FrameView {
    MediaRecord media;
    std::optional<LabelView> frameLabel; // a person's label of this frame alone (overrides the sequence)
    std::vector<BoxView> boxes;
    QString reviewFlag; // the machine's note when the frame disagrees with its sequence
    bool hasOwnLabel() const { return frameLabel.has_value(); }
};

struct SequenceView {
    SequenceSummary summary;
    QString deploymentName;
    std::vector<LabelView> labels;         // a person's labels of the whole sequence
    std::optional<LabelView> prediction;   // the machine's best sequence-level label
    std::vector<FrameView> frames;
};

// Everything the review screen shows of one sequence, read in a few queries.
Result<SequenceView> loadSequence(Project& project, std::int64_t sequenceId);

// What a frame shows, in the order a person reads it: its own boxes' labels, its own label, its sequence's labels.
QStringList effectiveLabels(const SequenceView& sequence, const FrameView& frame);

} // namespace trapline::review
