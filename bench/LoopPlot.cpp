#include "LoopPlot.h"

#include <QFont>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace trapline::bench {

bool writeLoopPlot(const QString& path, const std::vector<PlotSeries>& series, int repeats)
{
    const QSize size(640, 400);
    const QRectF area(70, 40, 540, 300); // the axes' box
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(QStringLiteral("Corrections saved by Trapline's pre-labels"));
    svg.setDescription(QStringLiteral("bench_labelling_loop: corrections saved (%) against the share of sequences "
                                      "labelled by the reviewer, mean and one standard deviation over %1 repeats")
                           .arg(repeats));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);

    int kMin = 1000, kMax = 0;
    for (const PlotSeries& s : series)
        for (int k : s.k) {
            kMin = std::min(kMin, k);
            kMax = std::max(kMax, k);
        }
    // k doubles from one step to the next: a log scale spaces the steps evenly.
    const auto x = [&](int k) {
        if (kMax <= kMin)
            return area.center().x();
        const double t = std::log(static_cast<double>(k) / kMin) / std::log(static_cast<double>(kMax) / kMin);
        return area.left() + 30 + t * (area.width() - 60);
    };
    const auto y = [&](double percent) {
        return area.bottom() - std::clamp(percent, 0.0, 100.0) / 100.0 * area.height();
    };

    p.setPen(QPen(QColor(200, 200, 200), 1));
    for (int v = 0; v <= 100; v += 20)
        p.drawLine(QPointF(area.left(), y(v)), QPointF(area.right(), y(v)));
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(area);
    for (int v = 0; v <= 100; v += 20)
        p.drawText(QRectF(area.left() - 45, y(v) - 8, 38, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    std::vector<int> ticks;
    for (const PlotSeries& s : series)
        ticks.insert(ticks.end(), s.k.begin(), s.k.end());
    std::sort(ticks.begin(), ticks.end());
    ticks.erase(std::unique(ticks.begin(), ticks.end()), ticks.end());
    for (int k : ticks)
        p.drawText(QRectF(x(k) - 20, area.bottom() + 4, 40, 16), Qt::AlignCenter, QString::number(k));
    p.drawText(QRectF(area.left(), area.bottom() + 24, area.width(), 18), Qt::AlignCenter,
               QStringLiteral("sequences labelled by the reviewer (%), the rest pre-labelled"));
    p.save();
    p.translate(18, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, -9, area.height(), 18), Qt::AlignCenter,
               QStringLiteral("corrections saved on the rest (%)"));
    p.restore();
    font.setPixelSize(14);
    p.setFont(font);
    p.drawText(QRectF(0, 8, size.width(), 22), Qt::AlignCenter,
               QStringLiteral("camtrapR species: mean ± sd over %1 repeats").arg(repeats));
    font.setPixelSize(12);
    p.setFont(font);

    const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c)};
    for (size_t i = 0; i < series.size(); ++i) {
        const PlotSeries& s = series[i];
        const QColor colour = colours[i % 3];
        // Each pick is nudged sideways so that equal points and their bars stay visible.
        const double nudge = (static_cast<double>(i) - (static_cast<double>(series.size()) - 1) / 2) * 6;
        p.setPen(QPen(colour, 2));
        for (size_t j = 0; j + 1 < s.k.size(); ++j)
            p.drawLine(QPointF(x(s.k[j]) + nudge, y(s.mean[j])), QPointF(x(s.k[j + 1]) + nudge, y(s.mean[j + 1])));
        p.setPen(QPen(colour, 1.5));
        for (size_t j = 0; j < s.k.size(); ++j) {
            const double cx = x(s.k[j]) + nudge;
            p.drawLine(QPointF(cx, y(s.mean[j] - s.sd[j])), QPointF(cx, y(s.mean[j] + s.sd[j])));
            p.drawLine(QPointF(cx - 4, y(s.mean[j] - s.sd[j])), QPointF(cx + 4, y(s.mean[j] - s.sd[j])));
            p.drawLine(QPointF(cx - 4, y(s.mean[j] + s.sd[j])), QPointF(cx + 4, y(s.mean[j] + s.sd[j])));
            p.setBrush(colour);
            p.drawEllipse(QPointF(cx, y(s.mean[j])), 3.5, 3.5);
        }
        const QPointF legend(area.left() + 12, area.top() + 14 + 18 * static_cast<double>(i));
        p.drawLine(legend, legend + QPointF(22, 0));
        p.setPen(Qt::black);
        p.drawText(QRectF(legend.x() + 28, legend.y() - 8, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, s.name);
    }
    return p.end();
}

} // namespace trapline::bench
