#pragma once

#include <QString>

#include <vector>

namespace trapline::bench {

// One line of the plot: a pick's mean corrections saved (%) at each k, with its standard deviation.
struct PlotSeries {
    QString name;
    std::vector<int> k;
    std::vector<double> mean, sd;
};

// Corrections saved against k, one line per pick with error bars of one standard deviation, as an SVG file.
bool writeLoopPlot(const QString& path, const std::vector<PlotSeries>& series, int repeats);

} // namespace trapline::bench
