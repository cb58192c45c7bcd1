#include "ClassificationMetrics.h"

#include <QJsonArray>

namespace trapline::training {

ClassificationMetrics classificationMetrics(const std::vector<int>& truth, const std::vector<int>& predicted,
                                            const QStringList& classes)
{
    ClassificationMetrics m;
    m.classes = classes;
    const size_t k = static_cast<size_t>(classes.size());
    m.confusion.assign(k, std::vector<int>(k, 0));
    m.support.assign(k, 0);
    std::vector<int> predictedCount(k, 0);
    int correct = 0;
    for (size_t i = 0; i < truth.size() && i < predicted.size(); ++i) {
        const int t = truth[i], p = predicted[i];
        if (t < 0 || static_cast<size_t>(t) >= k)
            continue;
        ++m.examples;
        ++m.support[static_cast<size_t>(t)];
        if (p >= 0 && static_cast<size_t>(p) < k) {
            ++m.confusion[static_cast<size_t>(t)][static_cast<size_t>(p)];
            ++predictedCount[static_cast<size_t>(p)];
        }
        correct += t == p ? 1 : 0;
    }
    m.accuracy = m.examples > 0 ? static_cast<double>(correct) / m.examples : 0;
    double f1Sum = 0;
    int present = 0;
    for (size_t c = 0; c < k; ++c) {
        const double tp = m.confusion[c][c];
        const double p = predictedCount[c] > 0 ? tp / predictedCount[c] : 0;
        const double r = m.support[c] > 0 ? tp / m.support[c] : 0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        m.precision.push_back(p);
        m.recall.push_back(r);
        m.f1.push_back(f);
        if (m.support[c] > 0 || predictedCount[c] > 0) {
            f1Sum += f;
            ++present;
        }
    }
    m.macroF1 = present > 0 ? f1Sum / present : 0;
    return m;
}

QJsonObject ClassificationMetrics::toJson() const
{
    QJsonArray perClass, matrix;
    for (qsizetype c = 0; c < classes.size(); ++c) {
        const auto i = static_cast<size_t>(c);
        perClass.append(QJsonObject{{QStringLiteral("class"), classes[c]},
                                    {QStringLiteral("precision"), precision[i]},
                                    {QStringLiteral("recall"), recall[i]},
                                    {QStringLiteral("f1"), f1[i]},
                                    {QStringLiteral("support"), support[i]}});
        QJsonArray row;
        for (int n : confusion[i])
            row.append(n);
        matrix.append(row);
    }
    return {{QStringLiteral("examples"), examples},
            {QStringLiteral("accuracy"), accuracy},
            {QStringLiteral("macro_f1"), macroF1},
            {QStringLiteral("per_class"), perClass},
            {QStringLiteral("confusion_matrix"), matrix},
            {QStringLiteral("classes"), QJsonArray::fromStringList(classes)}};
}

ClassificationMetrics ClassificationMetrics::fromJson(const QJsonObject& json)
{
    ClassificationMetrics m;
    for (const auto& c : json.value(QStringLiteral("classes")).toArray())
        m.classes << c.toString();
    m.examples = json.value(QStringLiteral("examples")).toInt();
    m.accuracy = json.value(QStringLiteral("accuracy")).toDouble();
    m.macroF1 = json.value(QStringLiteral("macro_f1")).toDouble();
    for (const auto& v : json.value(QStringLiteral("per_class")).toArray()) {
        const QJsonObject o = v.toObject();
        m.precision.push_back(o.value(QStringLiteral("precision")).toDouble());
        m.recall.push_back(o.value(QStringLiteral("recall")).toDouble());
        m.f1.push_back(o.value(QStringLiteral("f1")).toDouble());
        m.support.push_back(o.value(QStringLiteral("support")).toInt());
    }
    for (const auto& row : json.value(QStringLiteral("confusion_matrix")).toArray()) {
        std::vector<int> r;
        for (const auto& n : row.toArray())
            r.push_back(n.toInt());
        m.confusion.push_back(std::move(r));
    }
    return m;
}

} // namespace trapline::training
