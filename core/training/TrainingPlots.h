#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <vector>

namespace trapline::training {

struct TrainingReport;
struct ClassificationMetrics;

struct PlotSeries {
    QString name;
    cv::Scalar colour; // BGR
    std::vector<double> x, y;
};

// A line chart with axes, ticks, a legend and a dashed line where stage 2 starts (x <= 0: none), as a BGR image.
cv::Mat lineChart(const QString& title, const QString& xLabel, const std::vector<PlotSeries>& series, double stageStart = 0);
// The confusion matrix as a heat map, rows (true classes) normalised, with the counts written in the cells.
cv::Mat confusionChart(const ClassificationMetrics& metrics);

// Precision and recall of each class as pairs of horizontal bars, with the validation example count.
cv::Mat perClassChart(const ClassificationMetrics& metrics);

// loss.png, metrics.png and (classifier) confusion.png and per_class.png in `folder`; returns the paths written.
QStringList writeTrainingPlots(const TrainingReport& report, const QString& folder);

} // namespace trapline::training
