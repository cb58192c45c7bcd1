#pragma once

#include <QString>

#include <vector>

namespace trapline::taxonomy {

// A species (or genus, family, ...) of a published taxonomy that a project may not know yet.
struct ReferenceTaxon {
    QString scientificName; // "Microtus arvalis"
    QString commonName;     // "Common vole"; may be empty
    // "Microtus arvalis (Common vole)", or the scientific name alone.
    QString displayName() const;
};

// The animal taxa of SpeciesNet's taxonomy, built into Trapline (resources/taxonomy/speciesnet, Apache-2.0), in
// the taxonomy's order, one per scientific name. Read once, on first use.
const std::vector<ReferenceTaxon>& speciesNetTaxa();

} // namespace trapline::taxonomy
