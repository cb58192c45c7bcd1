#pragma once

#include "Geofence.h"
#include "Result.h"
#include "SpeciesNetTaxonomy.h"

#include <QString>

#include <optional>
#include <vector>

namespace trapline::taxonomy {

// What the detector said about the box (or, for a whole-image classification, the image's top box) the
// classification belongs to.
struct DetectorVote {
    enum class Label { Animal, Human, Vehicle } label = Label::Animal;
    double confidence = 0; // 0 with Animal where the detector found nothing
};

// The classifier's top classes for one box or image, best first: SpeciesNet labels and their probabilities.
struct ClassifierVote {
    std::vector<QString> labels;
    std::vector<double> scores;
};

// The ensemble's answer: a SpeciesNet label, its score, and where it came from ("detector", "classifier",
// "classifier+rollup_to_genus", "classifier+geofence+rollup_to_family", ...), in SpeciesNet's own words.
struct EnsemblePrediction {
    QString label;
    double score = 0;
    QString source;
};

// SpeciesNet's ensemble of detector and classifier, with its geofence and taxonomic roll-up, as google/cameratrapai
// defines it (speciesnet 5.0.6: ensemble.py, ensemble_prediction_combiner.py, geofence_utils.py, taxonomy_utils.py):
// thresholds on the detector's human and vehicle boxes, on blank classifications, on confident animal
// classifications (moved up the taxonomy when the geofence rules the species out at the deployment's location), and
// otherwise the first of genus, family, order, class and kingdom whose summed score passes 0.65.
// tst_speciesnet_ensemble checks it against the speciesnet package's own functions.
class SpeciesNetEnsemble {
public:
    // The number of top classes the ensemble reads (NUM_CLASSIFICATIONS_FOR_ENSEMBLE).
    static constexpr int kTopClasses = 5;

    SpeciesNetEnsemble(SpeciesNetTaxonomy taxonomy, Geofence geofence, bool geofenceEnabled = true);

    // One classification with the detection it belongs to. Only the first kTopClasses classes are read. Error for
    // an empty classification or a malformed country or region code.
    Result<EnsemblePrediction> combine(const ClassifierVote& classes, const DetectorVote& detection,
                                       const Location& where) const;

    // geofence_animal_classification: the top label, or where the geofence excludes it, its roll-up to the first of
    // family, order, class and kingdom that keeps at least the top score.
    Result<EnsemblePrediction> geofenced(const ClassifierVote& classes, const Location& where) const;
    // roll_up_labels_to_first_matching_level: the first of `ranks` whose best summed score (among taxa the geofence
    // allows) passes `threshold`.
    Result<std::optional<EnsemblePrediction>> rollUp(const ClassifierVote& classes, const Location& where,
                                                     const std::vector<Rank>& ranks, double threshold) const;

    const SpeciesNetTaxonomy& taxonomy() const { return m_taxonomy; }

private:
    Result<bool> excluded(const QString& label, const Location& where) const;

    SpeciesNetTaxonomy m_taxonomy;
    Geofence m_geofence;
    bool m_geofenceEnabled = true;
};

QString rankName(Rank rank);

} // namespace trapline::taxonomy
