#pragma once

#include "project/Project.h"

#include <cstdint>

namespace trapline::ingest {

// Re-groups the media of one deployment into sequences inside the caller's transaction, keeping the ids (and so
// the labels and review state) of sequences whose frames survive. Where two old sequences merge, observations of
// the second move to the first; where one splits, observations stay with the part that keeps its id.
class SequenceRebuilder {
public:
    SequenceRebuilder(Project& project, std::int64_t gapMs) : m_project(project), m_gapMs(gapMs) {}
    // Returns the number of sequences the deployment has afterwards.
    std::int64_t rebuild(std::int64_t deploymentId);

private:
    Project& m_project;
    std::int64_t m_gapMs;
};

} // namespace trapline::ingest
