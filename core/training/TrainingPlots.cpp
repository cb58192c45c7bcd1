#include "TrainingPlots.h"

#include "FineTuning.h"

#include <QDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace trapline::training {

namespace {

const cv::Scalar kInk(40, 40, 40), kGrid(225, 225, 225), kWhite(255, 255, 255);
constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;

void text(cv::Mat& img, const QString& s, cv::Point at, double scale = 0.45, const cv::Scalar& colour = kInk, int thickness = 1)
{
    cv::putText(img, s.toStdString(), at, kFont, scale, colour, thickness, cv::LINE_AA);
}

int textWidth(const QString& s, double scale = 0.45)
{
    int baseline = 0;
    return cv::getTextSize(s.toStdString(), kFont, scale, 1, &baseline).width;
}

QString tick(double v)
{
    return std::abs(v) >= 100 || v == std::floor(v) ? QString::number(v, 'f', 0) : QString::number(v, 'g', 3);
}

} // namespace

cv::Mat lineChart(const QString& title, const QString& xLabel, const std::vector<PlotSeries>& series, double stageStart)
{
    cv::Mat img(420, 720, CV_8UC3, kWhite);
    const cv::Rect area(70, 45, 610, 310);
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const PlotSeries& s : series)
        for (size_t i = 0; i < s.x.size(); ++i) {
            x0 = std::min(x0, s.x[i]);
            x1 = std::max(x1, s.x[i]);
            y0 = std::min(y0, s.y[i]);
            y1 = std::max(y1, s.y[i]);
        }
    text(img, title, {area.x, 28}, 0.6, kInk, 1);
    if (x0 > x1) {
        text(img, QStringLiteral("no data"), {area.x + 250, area.y + 150});
        return img;
    }
    if (y0 >= 0 && y1 <= 1 && y1 > 0.2)
        y0 = 0; // shares read best against a zero line
    if (y1 - y0 < 1e-9)
        y1 = y0 + 1;
    if (x1 - x0 < 1e-9)
        x1 = x0 + 1;
    const double pad = (y1 - y0) * 0.05;
    y1 += pad;
    auto px = [&](double x) { return area.x + static_cast<int>((x - x0) / (x1 - x0) * area.width); };
    auto py = [&](double y) { return area.y + area.height - static_cast<int>((y - y0) / (y1 - y0) * area.height); };
    for (int i = 0; i <= 5; ++i) {
        const double y = y0 + (y1 - y0) * i / 5;
        cv::line(img, {area.x, py(y)}, {area.x + area.width, py(y)}, kGrid, 1);
        text(img, tick(y), {area.x - 8 - textWidth(tick(y), 0.4), py(y) + 4}, 0.4);
        const double x = x0 + (x1 - x0) * i / 5;
        text(img, tick(std::round(x)), {px(x) - 6, area.y + area.height + 18}, 0.4);
    }
    cv::rectangle(img, area, kInk, 1);
    text(img, xLabel, {area.x + area.width / 2 - textWidth(xLabel) / 2, area.y + area.height + 40});
    if (stageStart > x0 && stageStart <= x1) {
        for (int y = area.y; y < area.y + area.height; y += 10)
            cv::line(img, {px(stageStart), y}, {px(stageStart), y + 5}, cv::Scalar(120, 120, 120), 1);
        text(img, QStringLiteral("unfrozen"), {px(stageStart) + 4, area.y + 14}, 0.4, cv::Scalar(120, 120, 120));
    }
    int legendX = area.x + area.width;
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        legendX -= textWidth(it->name) + 34;
        cv::line(img, {legendX, 22}, {legendX + 20, 22}, it->colour, 2, cv::LINE_AA);
        text(img, it->name, {legendX + 24, 27});
    }
    for (const PlotSeries& s : series) {
        std::vector<cv::Point> points;
        for (size_t i = 0; i < s.x.size(); ++i)
            points.emplace_back(px(s.x[i]), py(s.y[i]));
        cv::polylines(img, points, false, s.colour, 2, cv::LINE_AA);
        if (points.size() == 1)
            cv::circle(img, points.front(), 3, s.colour, cv::FILLED, cv::LINE_AA);
    }
    return img;
}

cv::Mat confusionChart(const ClassificationMetrics& m)
{
    const int k = static_cast<int>(m.classes.size());
    int labelWidth = 0;
    for (const QString& c : m.classes)
        labelWidth = std::max(labelWidth, textWidth(c, 0.4));
    const int cell = std::clamp(560 / std::max(1, k), 18, 60);
    const int left = labelWidth + 20, top = 60;
    const QString title = QStringLiteral("Confusion matrix on the test split (rows: true class, columns: predicted)");
    cv::Mat img(top + k * cell + labelWidth + 40, std::max(left + k * cell + 30, textWidth(title, 0.5) + 20), CV_8UC3, kWhite);
    text(img, title, {10, 25}, 0.5);
    for (int t = 0; t < k; ++t) {
        const double total = std::max(1, m.support[static_cast<size_t>(t)]);
        for (int p = 0; p < k; ++p) {
            const int n = m.confusion[static_cast<size_t>(t)][static_cast<size_t>(p)];
            const double share = n / total;
            // White to dark blue: the diagonal should be dark.
            const cv::Scalar colour(255 - 90 * share, 255 - 200 * share, 255 - 230 * share);
            const cv::Rect r(left + p * cell, top + t * cell, cell, cell);
            cv::rectangle(img, r, colour, cv::FILLED);
            cv::rectangle(img, r, kGrid, 1);
            if (n > 0 && cell >= 22) {
                const QString s = QString::number(n);
                text(img, s, {r.x + cell / 2 - textWidth(s, 0.4) / 2, r.y + cell / 2 + 5}, 0.4, share > 0.55 ? kWhite : kInk);
            }
        }
        text(img, m.classes[t], {left - 8 - textWidth(m.classes[t], 0.4), top + t * cell + cell / 2 + 5}, 0.4);
    }
    // Column names, written upwards under the matrix.
    for (int p = 0; p < k; ++p) {
        cv::Mat label(cell, labelWidth + 10, CV_8UC3, kWhite);
        text(label, m.classes[p], {4, cell / 2 + 5}, 0.4);
        cv::Mat rotated;
        cv::rotate(label, rotated, cv::ROTATE_90_COUNTERCLOCKWISE);
        const cv::Rect at(left + p * cell, top + k * cell + 6, rotated.cols, rotated.rows);
        if (at.x + at.width <= img.cols && at.y + at.height <= img.rows)
            rotated.copyTo(img(at));
    }
    return img;
}

cv::Mat perClassChart(const ClassificationMetrics& m)
{
    const int k = static_cast<int>(m.classes.size());
    int labelWidth = 0;
    for (const QString& c : m.classes)
        labelWidth = std::max(labelWidth, textWidth(c, 0.45));
    const int left = labelWidth + 20, barWidth = 400, row = 34, top = 50;
    cv::Mat img(top + k * row + 30, left + barWidth + 180, CV_8UC3, kWhite);
    text(img, QStringLiteral("Per class on the test split"), {10, 22}, 0.55);
    const cv::Scalar precision(180, 110, 30), recall(60, 160, 60);
    cv::rectangle(img, cv::Rect(left, 32, 12, 8), precision, cv::FILLED);
    text(img, QStringLiteral("precision"), {left + 16, 40}, 0.4);
    cv::rectangle(img, cv::Rect(left + 100, 32, 12, 8), recall, cv::FILLED);
    text(img, QStringLiteral("recall"), {left + 116, 40}, 0.4);
    for (int x = 0; x <= 4; ++x)
        cv::line(img, {left + barWidth * x / 4, top - 4}, {left + barWidth * x / 4, top + k * row}, kGrid, 1);
    for (int c = 0; c < k; ++c) {
        const auto i = static_cast<size_t>(c);
        const int y = top + c * row;
        text(img, m.classes[c], {left - 8 - textWidth(m.classes[c], 0.45), y + 20}, 0.45);
        cv::rectangle(img, cv::Rect(left, y + 4, std::max(1, static_cast<int>(barWidth * m.precision[i])), 11), precision, cv::FILLED);
        cv::rectangle(img, cv::Rect(left, y + 16, std::max(1, static_cast<int>(barWidth * m.recall[i])), 11), recall, cv::FILLED);
        text(img, QStringLiteral("%1 / %2  (n=%3)").arg(m.precision[i], 0, 'f', 2).arg(m.recall[i], 0, 'f', 2).arg(m.support[i]),
             {left + barWidth + 8, y + 20}, 0.38);
    }
    for (int x = 0; x <= 4; ++x)
        text(img, QString::number(x / 4.0, 'g', 2), {left + barWidth * x / 4 - 8, top + k * row + 18}, 0.38);
    return img;
}

QStringList writeTrainingPlots(const TrainingReport& report, const QString& folder)
{
    const QDir dir(folder);
    QStringList written;
    auto save = [&](const char* name, const cv::Mat& img) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        if (cv::imwrite(path.toStdString(), img))
            written << path;
    };
    const bool classifier = report.kind == TrainingKind::Classifier;
    PlotSeries trainLoss{QStringLiteral("training loss"), cv::Scalar(180, 110, 30), {}, {}};
    PlotSeries validationLoss{QStringLiteral("validation loss"), cv::Scalar(40, 120, 230), {}, {}};
    PlotSeries first{classifier ? QStringLiteral("accuracy") : QStringLiteral("MAP@R"), cv::Scalar(60, 160, 60), {}, {}};
    PlotSeries second{classifier ? QStringLiteral("macro-F1") : QStringLiteral("top-1"), cv::Scalar(160, 60, 160), {}, {}};
    double stageStart = 0;
    for (const EpochRecord& r : report.history) {
        if (r.stage == 2 && stageStart == 0)
            stageStart = r.epoch - 0.5;
        trainLoss.x.push_back(r.epoch);
        trainLoss.y.push_back(r.trainLoss);
        validationLoss.x.push_back(r.epoch);
        validationLoss.y.push_back(r.validationLoss);
        first.x.push_back(r.epoch);
        first.y.push_back(classifier ? r.accuracy : r.mapAtR);
        second.x.push_back(r.epoch);
        second.y.push_back(classifier ? r.macroF1 : r.top1);
    }
    std::vector<PlotSeries> losses{trainLoss};
    if (classifier)
        losses.push_back(validationLoss);
    save("loss.png", lineChart(QStringLiteral("Loss"), QStringLiteral("epoch"), losses, stageStart));
    save("metrics.png", lineChart(classifier ? QStringLiteral("Validation accuracy and macro-F1")
                                             : QStringLiteral("Validation individuals: MAP@R and top-1"),
                                  QStringLiteral("epoch"), {first, second}, stageStart));
    if (classifier && !report.after.classes.isEmpty()) {
        save("confusion.png", confusionChart(report.after));
        save("per_class.png", perClassChart(report.after));
    }
    return written;
}

} // namespace trapline::training
