#pragma once

#include <QFlags>
#include <QMetaType>
#include <QSet>

namespace trapline {

// What one committed write to a project touched, as the subscribers of ProjectWatch see it.
struct ProjectChange {
    enum Kind {
        Sequences = 0x01,    // sequences and their frames (media)
        Observations = 0x02, // labels: observations, boxes, sequence predictions
        Taxa = 0x04,
        Individuals = 0x08,
        Proposals = 0x10, // match proposals, rejections and the embeddings they come from
        Models = 0x20,    // models, their versions and runs
        Deployments = 0x40,
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    Kinds kinds;
    // The sequences whose frames or labels changed. Only complete when `sequencesKnown`: a writer that does not
    // name its sequences (an import, a model run) leaves it false, and then every sequence may have changed.
    QSet<qint64> sequences;
    bool sequencesKnown = true;
    // Written on the thread of the watch that announces it (this window's own edits and undo), not by a job.
    bool sameThread = false;

    bool isEmpty() const { return !kinds; }
    bool touches(Kinds any) const { return (kinds & any) != 0; }
    bool touchesSequence(qint64 id) const
    {
        return touches(Kinds(Sequences) | Observations) && (!sequencesKnown || sequences.contains(id));
    }
    void merge(const ProjectChange& other)
    {
        kinds |= other.kinds;
        sequences.unite(other.sequences);
        sequencesKnown = sequencesKnown && other.sequencesKnown;
    }
};

} // namespace trapline

Q_DECLARE_OPERATORS_FOR_FLAGS(trapline::ProjectChange::Kinds)
Q_DECLARE_METATYPE(trapline::ProjectChange)
