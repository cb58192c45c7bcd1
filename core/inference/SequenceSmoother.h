#pragma once

#include "project/Project.h"

#include <cstdint>
#include <set>

namespace trapline::inference {

// Turns frame predictions into a sequence prediction and flags the frames that disagree with it (typically
// empty frames at the end of a burst after the animal has left, or one frame where the classifier slipped).
// Sequence label: the label with the highest summed confidence over its frames, blanks counting only when every
// frame is blank. Works inside the caller's transaction. Returns the number of frames flagged.
std::int64_t smoothSequences(Project& project, std::int64_t modelId, const std::set<std::int64_t>& sequenceIds);

inline const QString kDisagreesWithSequence = QStringLiteral("disagrees-with-sequence");

} // namespace trapline::inference
