#pragma once

#include "TrainingSet.h"

#include <QStringList>

#include <vector>

namespace trapline::training {

// Puts each group of examples (a visit, a sequence, a lone frame, or a deployment: Example::group is set here) on
// one side of the split, stratified by class, so that scarce labels are not wasted. Classes are served rarest first
// (fewest groups, then fewest examples, then by name): each class with a group not yet placed gets one in training
// first, then, with two groups or more, one in validation, then, with three or more, one in test, then each further
// group goes to the side furthest below its share of the class's groups. A class with a single group therefore
// trains and is neither validated nor tested; with two, it is not tested.
//
// A group that holds several classes (boxes of two species in one burst, or any deployment) is placed when its
// rarest class is served, since that class has the fewest groups to spare; the other classes count it where it
// fell. If that leaves a more common class with no group in training (or none in validation), one of its groups is
// moved afterwards, preferring a move that leaves the other classes it holds trained and validated.
//
// The order of a class's groups is drawn from the seed, so the same options always give the same split, whatever
// order the examples come in. Examples need their classIndex (into `classes`).
void assignStratifiedSides(std::vector<Example>& examples, const QStringList& classes, const DatasetOptions& options);

} // namespace trapline::training
