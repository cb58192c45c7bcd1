#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trapline::taxonomy {

// One SpeciesNet label, "uuid;class;order;family;genus;species;common name": the form of its classifier's classes
// and of every line of taxonomy_release.txt. Higher ranks leave the lower fields empty ("...;mammalia;carnivora;
// ursidae;;;bear family"); blank, animal and vehicle leave all five empty.
struct SpeciesNetLabel {
    QString uuid;
    QString taxonClass, order, family, genus, species;
    QString commonName;

    static std::optional<SpeciesNetLabel> parse(const QString& label); // nullopt unless exactly 7 fields
    // "class;order;family;genus;species", what the geofence is keyed by.
    QString fullClassString() const;
    // The scientific name a person would write: "Microtus arvalis", "Ursus" (a genus), "Ursidae", "Mammalia"; empty
    // for blank, animal and vehicle. Capitalised as binomial names are (SpeciesNet writes them in lower case).
    QString scientificName() const;
    // The common name with its first letter capitalised ("Common vole"), as the project's taxa write them.
    QString displayCommonName() const;
    // Trapline's observation type: blank, vehicle, human (Homo sapiens), unknown (SpeciesNet's "no cv result"),
    // else animal.
    QString observationType() const;
};

// Ranks a label can be rolled up to, lowest first, as SpeciesNet's taxonomy_utils names them.
enum class Rank { Species, Genus, Family, Order, Class, Kingdom };

// SpeciesNet's special labels (speciesnet/constants.py, Classification).
namespace labels {
inline const QString kBlank = QStringLiteral("f1856211-cfb7-4a5b-9158-c0f72fd09ee6;;;;;;blank");
inline const QString kAnimal = QStringLiteral("1f689929-883d-4dae-958c-3d57ab5b6c16;;;;;;animal");
inline const QString kHuman =
    QStringLiteral("990ae9dd-7a59-4344-afcb-1b7b21368000;mammalia;primates;hominidae;homo;sapiens;human");
inline const QString kVehicle = QStringLiteral("e2895ed5-780b-48f6-8a11-9e27cb594511;;;;;;vehicle");
inline const QString kUnknown = QStringLiteral("f2efdae9-efb8-48fb-8a91-eccf79ab4ffb;no cv result;no cv result;no "
                                               "cv result;no cv result;no cv result;no cv result");
} // namespace labels

// SpeciesNet's taxonomy (taxonomy_release.txt): the map from taxa ("class;order;family;genus;species") to labels
// that its ensemble rolls predictions up with, built as speciesnet/ensemble.py's _load_taxonomy_from_file builds
// it: the last line for a taxon wins, blank/vehicle/unknown are no roll-up targets, and the empty taxon is
// "animal" (the kingdom).
class SpeciesNetTaxonomy {
public:
    static Result<SpeciesNetTaxonomy> load(const QString& path);
    static SpeciesNetTaxonomy fromLines(const QStringList& lines);

    // The label of `label`'s ancestor at `rank` (itself at its own rank); nullopt where the taxonomy has none or
    // `label` is not a 7-field label.
    std::optional<QString> ancestorAt(const QString& label, Rank rank) const;
    // Every line as read, in file order (the species box's completions).
    const QStringList& lines() const { return m_lines; }
    qsizetype size() const { return m_byTaxa.size(); }

private:
    QStringList m_lines;
    QHash<QString, QString> m_byTaxa;
};

} // namespace trapline::taxonomy
