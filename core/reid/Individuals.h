#pragma once

#include "Result.h"
#include "review/Label.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::reid {

struct IndividualSummary {
    std::int64_t id = 0;
    QString name;
    QString species;            // display name, or empty
    int sightings = 0;          // observations that name it
    std::optional<std::int64_t> firstSeenMs;
    std::optional<std::int64_t> lastSeenMs;
    QStringList deployments;
};
Result<std::vector<IndividualSummary>> listIndividualSummaries(Project& project);

struct IndividualSighting {
    std::int64_t observationId = 0;
    std::optional<std::int64_t> detectionId;
    std::int64_t mediaId = 0;
    QString path;
    QString deployment;
    std::optional<std::int64_t> takenAtMs;
    std::optional<review::Box> box; // the box, when the sighting is one (else the whole frame)
};
// Its sightings, oldest first: the reference images of an individual.
Result<std::vector<IndividualSighting>> sightingsOf(Project& project, std::int64_t individualId);

// What an edit of individuals changed, so that it can be taken back exactly.
struct IndividualChange {
    std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> before; // observation -> individual
    std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> after;
    std::optional<std::int64_t> created; // an individual this edit made, with its name and species
    QString createdName;
    std::optional<std::int64_t> createdTaxonId;
    struct Removed {
        std::int64_t id;
        std::optional<std::int64_t> taxonId;
        QString name, notes;
        std::int64_t createdMs;
    };
    std::optional<Removed> removed; // an individual this edit deleted (merged away)
    std::optional<std::pair<QString, QString>> renamed; // before, after
    std::int64_t individualId = 0; // the one the edit was about
};

Result<IndividualChange> renameIndividual(Project& project, std::int64_t id, const QString& name, const QString& actor = {});
// Every sighting of `from` becomes one of `into`, and `from` is deleted: the same animal was named twice.
Result<IndividualChange> mergeIndividuals(Project& project, std::int64_t from, std::int64_t into, const QString& actor = {});
// The given sightings (observations) of an individual become a new individual's: two animals were taken for one.
Result<IndividualChange> splitIndividual(Project& project, std::int64_t id, const std::vector<std::int64_t>& observations,
                                         const QString& newName, const QString& actor = {});
// Undo and redo of those edits.
Status revertIndividualChange(Project& project, const IndividualChange& change, const QString& actor = {});
Status reapplyIndividualChange(Project& project, const IndividualChange& change, const QString& actor = {});

} // namespace trapline::reid
