#pragma once

#include "Result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::review {

struct Taxon {
    std::int64_t id = 0;
    QString scientificName;
    QString commonName;
    std::int64_t uses = 0; // observations by people that name it
    // "plains zebra (Equus quagga)", or the scientific name alone.
    QString displayName() const;
};

// The project's taxa, most used first, then by name.
Result<std::vector<Taxon>> listTaxa(Project& project);
Result<Taxon> taxon(Project& project, std::int64_t id);
// The taxon a typed name means: a scientific or common name (any case, "plains zebra (Equus quagga)" too). A name
// the project does not know yet becomes a new taxon (a name with a capitalised first of two or more words is taken
// as scientific, anything else as a common name of its own). Writes inside the caller's transaction, if any.
Result<std::int64_t> ensureTaxon(Project& project, const QString& typed);
// The taxon of a known scientific name (from a published taxonomy): the project's one of that scientific name, else
// a new one with both names (its common name filled in where the project's had none). Same transaction rule.
Result<std::int64_t> ensureTaxon(Project& project, const QString& scientificName, const QString& commonName);

// Quick keys 1-9: the taxon each digit applies. Kept in the project, so everyone who reviews it uses the same
// keys. Unassigned keys default to the most used taxa.
constexpr int kQuickKeyCount = 9;
Result<std::vector<std::optional<Taxon>>> quickKeys(Project& project);
// The same from a list of the project's taxa already read (listTaxa), to read it once.
Result<std::vector<std::optional<Taxon>>> quickKeys(Project& project, const std::vector<Taxon>& taxa);
Status setQuickKeys(Project& project, const std::vector<std::optional<std::int64_t>>& taxonIds);

struct Individual {
    std::int64_t id = 0;
    QString name;
    std::optional<std::int64_t> taxonId;
};
Result<std::vector<Individual>> listIndividuals(Project& project);
Result<std::int64_t> createIndividual(Project& project, const QString& name, std::optional<std::int64_t> taxonId);

} // namespace trapline::review
