#pragma once

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace trapline::training {

// How a classifier did on a labelled set, per class and overall.
struct ClassificationMetrics {
    QStringList classes;
    int examples = 0;
    double accuracy = 0;
    // Mean F1 over the classes present in the truth or the predictions: a rare species counts as much as a common
    // one, so a model that ignores it is not flattered by the empties.
    double macroF1 = 0;
    std::vector<double> precision, recall, f1;
    std::vector<int> support;                 // true examples per class
    std::vector<std::vector<int>> confusion;  // [true][predicted]

    QJsonObject toJson() const;
    static ClassificationMetrics fromJson(const QJsonObject& json);
};

// `predicted` may hold -1 for "none of the classes" (a model whose own class has no counterpart here): it counts
// as wrong and appears in no column.
ClassificationMetrics classificationMetrics(const std::vector<int>& truth, const std::vector<int>& predicted,
                                            const QStringList& classes);

} // namespace trapline::training
