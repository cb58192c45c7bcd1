#include "SpeciesNetEnsemble.h"

#include "Tr.h"

#include <algorithm>
#include <utility>

namespace trapline::taxonomy {

QString rankName(Rank rank)
{
    switch (rank) {
    case Rank::Species: return QStringLiteral("species");
    case Rank::Genus: return QStringLiteral("genus");
    case Rank::Family: return QStringLiteral("family");
    case Rank::Order: return QStringLiteral("order");
    case Rank::Class: return QStringLiteral("class");
    case Rank::Kingdom: return QStringLiteral("kingdom");
    }
    return {};
}

SpeciesNetEnsemble::SpeciesNetEnsemble(SpeciesNetTaxonomy taxonomy, Geofence geofence, bool geofenceEnabled)
    : m_taxonomy(std::move(taxonomy)), m_geofence(std::move(geofence)), m_geofenceEnabled(geofenceEnabled)
{
}

Result<bool> SpeciesNetEnsemble::excluded(const QString& label, const Location& where) const
{
    if (!m_geofenceEnabled)
        return false;
    return m_geofence.excludes(label, where);
}

Result<std::optional<EnsemblePrediction>> SpeciesNetEnsemble::rollUp(const ClassifierVote& classes,
                                                                     const Location& where,
                                                                     const std::vector<Rank>& ranks,
                                                                     double threshold) const
{
    for (const Rank rank : ranks) {
        // Summed in the order the taxa first appear, so that ties go to the same taxon as in SpeciesNet (a Python
        // dict keeps insertion order and only a strictly greater score replaces the best).
        std::vector<std::pair<QString, double>> sums;
        for (size_t i = 0; i < classes.labels.size() && i < classes.scores.size(); ++i) {
            const auto ancestor = m_taxonomy.ancestorAt(classes.labels[i], rank);
            if (!ancestor)
                continue;
            auto it = std::find_if(sums.begin(), sums.end(), [&](const auto& s) { return s.first == *ancestor; });
            if (it == sums.end())
                sums.emplace_back(*ancestor, 0.0 + classes.scores[i]);
            else
                it->second += classes.scores[i];
        }
        const QString* bestLabel = nullptr;
        double bestScore = 0.0;
        for (const auto& [label, score] : sums) {
            if (!(score > bestScore))
                continue;
            const auto out = excluded(label, where);
            if (!out)
                return out.error();
            if (!out.value()) {
                bestLabel = &label;
                bestScore = score;
            }
        }
        if (bestScore > threshold && bestLabel)
            return std::optional<EnsemblePrediction>(
                EnsemblePrediction{*bestLabel, bestScore, QStringLiteral("classifier+rollup_to_") + rankName(rank)});
    }
    return std::optional<EnsemblePrediction>();
}

Result<EnsemblePrediction> SpeciesNetEnsemble::geofenced(const ClassifierVote& classes, const Location& where) const
{
    const auto out = excluded(classes.labels.front(), where);
    if (!out)
        return out.error();
    if (!out.value())
        return EnsemblePrediction{classes.labels.front(), classes.scores.front(), QStringLiteral("classifier")};
    const auto rolled = rollUp(classes, where, {Rank::Family, Rank::Order, Rank::Class, Rank::Kingdom},
                               classes.scores.front() - 1e-10); // the roll-up must keep the top score
    if (!rolled)
        return rolled.error();
    if (const auto& r = rolled.value())
        return EnsemblePrediction{r->label, r->score,
                                  QStringLiteral("classifier+geofence+") +
                                      r->source.mid(QStringLiteral("classifier+").size())};
    // Only reached when called with no animal label at all (SpeciesNet's comment says the same).
    return EnsemblePrediction{labels::kUnknown, classes.scores.front(),
                              QStringLiteral("classifier+geofence+rollup_failed")};
}

Result<EnsemblePrediction> SpeciesNetEnsemble::combine(const ClassifierVote& all, const DetectorVote& detection,
                                                       const Location& where) const
{
    if (all.labels.empty() || all.labels.size() != all.scores.size())
        return Error{InferenceText::tr("The SpeciesNet ensemble needs at least one class with its score.")};
    ClassifierVote classes = all;
    if (classes.labels.size() > static_cast<size_t>(kTopClasses)) {
        classes.labels.resize(kTopClasses);
        classes.scores.resize(kTopClasses);
    }
    using Label = DetectorVote::Label;
    const QString& top = classes.labels.front();
    const double topScore = classes.scores.front();
    const double det = detection.confidence;
    auto fromClassifier = [&](const QString& label) {
        return EnsemblePrediction{label, topScore, QStringLiteral("classifier")};
    };
    auto fromDetector = [&](const QString& label) {
        return EnsemblePrediction{label, det, QStringLiteral("detector")};
    };

    if (detection.label == Label::Human) {
        if (det > 0.7)
            return fromDetector(labels::kHuman);
        if (det > 0.2 && (top == labels::kHuman || top == labels::kVehicle) && topScore > 0.5)
            return fromClassifier(labels::kHuman);
    }
    if (detection.label == Label::Vehicle) {
        if (det > 0.2 && top == labels::kHuman && topScore > 0.5)
            return fromClassifier(labels::kHuman);
        if (det > 0.7)
            return fromDetector(labels::kVehicle);
        if (det > 0.2 && top == labels::kVehicle && topScore > 0.4)
            return fromClassifier(labels::kVehicle);
    }
    if (det < 0.2 && top == labels::kBlank && topScore > 0.5)
        return fromClassifier(labels::kBlank);
    if (top == labels::kBlank && topScore > 0.99)
        return fromClassifier(labels::kBlank);
    if (top != labels::kBlank && top != labels::kHuman && top != labels::kVehicle) {
        if (topScore > 0.8)
            return geofenced(classes, where);
        if (topScore > 0.65 && detection.label == Label::Animal && det > 0.2)
            return geofenced(classes, where);
    }
    const auto rolled =
        rollUp(classes, where, {Rank::Genus, Rank::Family, Rank::Order, Rank::Class, Rank::Kingdom}, 0.65);
    if (!rolled)
        return rolled.error();
    if (rolled.value())
        return *rolled.value();
    if (detection.label == Label::Animal && det > 0.5)
        return fromDetector(labels::kAnimal);
    return fromClassifier(labels::kUnknown);
}

} // namespace trapline::taxonomy
