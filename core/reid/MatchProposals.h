#pragma once

#include "Result.h"
#include "jobs/JobControl.h"
#include "review/Label.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::reid {

struct ProposalOptions {
    std::optional<std::int64_t> embedderModelId; // the embedder whose vectors are compared; none: the one used most
    int candidates = 5;                          // individuals proposed per sighting
    bool verifyWithLocalFeatures = false;        // re-rank the candidates by keypoints shared with their best sighting
};

struct ProposalSummary {
    int gallery = 0;   // confirmed sightings with an embedding
    int individuals = 0;
    int queries = 0;   // sightings without an individual that got proposals
    int proposals = 0;
    QString matcher;
};

// Proposes individuals for every box that shows no individual yet, from the embeddings inference stored: the
// gallery is every box a person has given an individual; candidates are limited to individuals of the box's
// species (or of no recorded species). Pairs a person rejected are never proposed. The matching runs with no
// transaction open, so label edits on other connections go on meanwhile; each box's proposals then replace its
// earlier ones in short transactions. A cancelled run changes nothing.
Result<ProposalSummary> computeProposals(Project& project, const ProposalOptions& options, JobControl& control);

struct Sighting {
    std::int64_t detectionId = 0;
    std::int64_t mediaId = 0;
    QString path; // the image file
    review::Box box;
};

struct Proposal {
    std::int64_t individualId = 0;
    QString individualName;
    int rank = 0;
    double score = 0;
    QString matcher;
    std::optional<Sighting> reference; // the candidate's sighting the query was found closest to
};

struct PendingMatch {
    Sighting query;
    std::vector<Proposal> candidates; // best first
};

// Sightings waiting for a person: boxes with proposals and still no individual, in media order.
Result<std::vector<PendingMatch>> pendingMatches(Project& project, int limit = 500);
Result<Sighting> sighting(Project& project, std::int64_t detectionId);

// A person says the box does not show the individual: the pair is remembered (audit-logged) and not proposed
// again. unreject takes that back (undo).
Status rejectMatch(Project& project, std::int64_t detectionId, std::int64_t individualId, const QString& actor = {});
Status unrejectMatch(Project& project, std::int64_t detectionId, std::int64_t individualId, const QString& actor = {});
bool isRejected(Project& project, std::int64_t detectionId, std::int64_t individualId);

} // namespace trapline::reid
