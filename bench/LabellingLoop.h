#pragma once

// The labelling loop simulated on a real labelled card: a reviewer labels some sequences, Trapline fine-tunes on
// them and pre-labels the rest, and the reviewer corrects what is wrong. Used by bench_labelling_loop.
#include "training/FineTuning.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace trapline::bench {

// How the reviewer picks the sequences to label: at random, or from the app's "Machine less sure than" queue (the
// current pre-labels' least sure sequences first; the first batch, with no model yet, is the random one).
enum class Pick { Random, LessSure };
const char* pickName(Pick pick);

// A card imported into a project with nothing labelled, and the truth the simulated reviewer knows.
struct LabelledCard {
    QString name;
    QString projectPath;                           // imported, unlabelled
    QString labelledProjectPath;                   // a copy with every frame labelled (the truth)
    std::vector<training::Example> examples;       // every labelled frame, with its true class
    std::map<std::int64_t, QString> sequenceTruth; // sequence -> its class (the majority of its frames)
    QStringList classes;                           // every class of the card, sorted
};

// Imports `folder` into a project in `workDir` and reads the truth from the folder names, as a reviewer labelling by
// folder would: a species code for each frame (UNID and videos left out), or with `individuals` an individual's number
// (a named individual of Tragelaphus angasii).
Result<LabelledCard> loadCard(const QString& name, const QString& folder, const QString& workDir, bool individuals);

// One round of the loop: what Trapline's pre-labels were worth on the sequences the reviewer did not label.
struct RoundResult {
    bool trained = false;
    QString failure;     // why no model could be trained (then every remaining sequence is labelled by hand)
    int labelled = 0;    // sequences the reviewer labelled
    int remaining = 0;   // sequences pre-labelled by the new model
    int corrections = 0; // remaining sequences whose pre-label is not the truth (or that have none)
    double accuracy = 0, macroF1 = 0; // of the sequence pre-labels on the remaining sequences
    double savedPercent() const { return remaining > 0 ? 100.0 * (remaining - corrections) / remaining : 0; }
    // The whole card: k % labelled by hand plus the corrections, against labelling every sequence by hand.
    double overallSavedPercent() const
    {
        const int all = labelled + remaining;
        return all > 0 ? 100.0 * (all - labelled - corrections) / all : 0;
    }
    QString roundProject; // the project after the round: labels of the pool, pre-labels of the rest
};

struct LoopSettings {
    training::FineTuneOptions fineTune; // baseManifest set; the output folder is chosen per round
    QString workDir;
};

// The reviewer labels the frames of `pool` in a copy of the card's project; Trapline trains a classifier on them
// (validation split by visit inside the pool), runs it over the other sequences with the app's inference job and
// sequence smoothing, and the sequence pre-labels are compared with the truth.
RoundResult runSpeciesRound(const LabelledCard& card, const std::vector<std::int64_t>& pool,
                            const LoopSettings& settings, const QString& roundName);

// The next `count` sequences the reviewer takes from the app's "Machine less sure than" queue of a round's project:
// the threshold is raised until the queue (not yet reviewed, best machine label below the threshold) holds them,
// and they are taken in the queue's order. Sequences the queue does not reach (no pre-label: the round trained no
// model) are taken from `fallback` in its order (the random reviewer's), so without a model both picks agree.
std::vector<std::int64_t> lessSureQueue(const LabelledCard& card, const std::vector<std::int64_t>& pool,
                                        const QString& roundProject, int count,
                                        const std::vector<std::int64_t>& fallback);
// Every sequence of the card in a random order drawn from the seed: the random reviewer takes them from the front.
std::vector<std::int64_t> randomOrder(const LabelledCard& card, unsigned seed);

// Individuals: the re-ID embedder fine-tuned on `percent` % of the individuals (a share of them validates), then the
// held-out individuals' images searched against each other (a query never in the gallery it searches).
struct IndividualsResult {
    bool trained = false;
    QString failure;
    int poolIndividuals = 0, heldOutIndividuals = 0, queries = 0;
    reid::RetrievalMetrics before, after;
};
IndividualsResult runIndividualsRound(const LabelledCard& card, int percent, const LoopSettings& settings,
                                      const QString& roundName);

} // namespace trapline::bench
