#include "TrainingDialog.h"
#include "TrainingDialog_p.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

// TrainingDialog's live curves and the figures of a finished training.

namespace trapline::ui {

namespace {

QChart* makeChart(const QString& title, std::initializer_list<QLineSeries*> series)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    for (QLineSeries* s : series)
        chart->addSeries(s);
    chart->createDefaultAxes();
    if (auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0))) {
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(QObject::tr("epoch"));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void fitAxes(QChart* chart)
{
    double x1 = 1, y0 = 0, y1 = 0.1;
    bool first = true;
    for (QAbstractSeries* a : chart->series())
        for (const QPointF& p : static_cast<QLineSeries*>(a)->points()) {
            x1 = std::max(x1, p.x());
            y0 = first ? p.y() : std::min(y0, p.y());
            y1 = first ? p.y() : std::max(y1, p.y());
            first = false;
        }
    if (y0 >= 0)
        y0 = 0;
    const auto axesX = chart->axes(Qt::Horizontal), axesY = chart->axes(Qt::Vertical);
    if (!axesX.isEmpty())
        axesX.first()->setRange(1, std::max(2.0, x1));
    if (auto* x = qobject_cast<QValueAxis*>(axesX.value(0)))
        x->applyNiceNumbers();
    if (!axesY.isEmpty())
        axesY.first()->setRange(y0, y1 <= y0 ? y0 + 1 : y1 * 1.05);
}

} // namespace

QWidget* TrainingDialog::buildProgress()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_status = new QLabel(tr("Choose a base model and start. The project is backed up first."));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_trainLoss = new QLineSeries;
    m_trainLoss->setName(tr("training loss"));
    m_validationLoss = new QLineSeries;
    m_validationLoss->setName(tr("validation loss"));
    m_metricA = new QLineSeries;
    m_metricB = new QLineSeries;
    m_lossChart = makeChart(tr("Loss"), {m_trainLoss, m_validationLoss});
    m_metricChart = makeChart(tr("Validation"), {m_metricA, m_metricB});
    auto* charts = new QHBoxLayout;
    for (QChart* chart : {m_lossChart, m_metricChart}) {
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(230);
        charts->addWidget(view);
    }
    layout->addLayout(charts, 1);
    auto* bottom = new QHBoxLayout;
    m_results = new QTextBrowser;
    m_results->setObjectName(QStringLiteral("trainingResults"));
    m_results->setOpenExternalLinks(true);
    bottom->addWidget(m_results, 1);
    m_confusion = new QLabel;
    m_confusion->setAlignment(Qt::AlignCenter);
    m_confusion->setMinimumWidth(260);
    bottom->addWidget(m_confusion, 1);
    layout->addLayout(bottom, 1);
    m_makeActive = new QPushButton(tr("Make &Active"));
    m_makeActive->setToolTip(tr("Run Models will use the new model by default."));
    m_makeActive->setEnabled(false);
    connect(m_makeActive, &QPushButton::clicked, this, &TrainingDialog::makeActive);
    layout->addWidget(m_makeActive, 0, Qt::AlignRight);
    return w;
}

void TrainingDialog::addEpoch(const training::EpochRecord& r)
{
    if (!m_trainLoss->points().isEmpty() && m_trainLoss->points().constLast().x() >= r.epoch)
        return; // already shown (the final redraw from the report came first)
    const bool classifier = selectedKind() == training::TrainingKind::Classifier;
    m_trainLoss->append(r.epoch, r.trainLoss);
    if (classifier)
        m_validationLoss->append(r.epoch, r.validationLoss);
    m_metricA->append(r.epoch, classifier ? r.accuracy : r.mapAtR);
    m_metricB->append(r.epoch, classifier ? r.macroF1 : r.top1);
    fitAxes(m_lossChart);
    fitAxes(m_metricChart);
    m_status->setText(tr("Epoch %1 (stage %2): %3 images/s").arg(r.epoch).arg(r.stage).arg(r.imagesPerSecond, 0, 'f', 0));
}

void TrainingDialog::showOutcome(const training::TrainingOutcome& o)
{
    const training::TrainingReport& r = o.report;
    m_last = Trained{r.kind, r.manifestPath};
    // The report's history is complete (a resumed run also has the epochs before the interruption); live updates
    // may still be queued behind the job's end.
    for (QLineSeries* s : {m_trainLoss, m_validationLoss, m_metricA, m_metricB})
        s->clear();
    for (const training::EpochRecord& e : r.history)
        addEpoch(e);
    QString html;
    if (r.resumedFromEpoch > 0)
        html += tr("<p>Resumed after epoch %1.</p>").arg(r.resumedFromEpoch);
    html += tr("<p>%1 training and %2 validation examples; best epoch %3 (%4).</p>")
                .arg(r.trainExamples).arg(r.validationExamples).arg(r.bestEpoch).arg(r.stopReason.toHtmlEscaped());
    if (r.kind == training::TrainingKind::Classifier) {
        html += tr("<p><b>Accuracy %1, macro-F1 %2</b> on the validation split.<br>Nearest class mean on the base "
                   "features: accuracy %3. Always the most common class: %4.</p>")
                    .arg(share(r.after.accuracy), share(r.after.macroF1), share(r.reference.accuracy), share(r.chanceAccuracy));
        if (o.previous)
            html += tr("<p>Previous version on the same split: accuracy %1, macro-F1 %2.</p>")
                        .arg(share(o.previous->accuracy), share(o.previous->macroF1));
        html += QStringLiteral("<table cellpadding=2><tr><th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Class"), tr("Precision"), tr("Recall"), tr("Examples"));
        for (qsizetype c = 0; c < r.classes.size(); ++c) {
            const auto i = static_cast<size_t>(c);
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                        .arg(r.classes[c].toHtmlEscaped(), share(r.after.precision[i]), share(r.after.recall[i]))
                        .arg(r.after.support[i]);
        }
        html += QStringLiteral("</table>");
    } else {
        html += tr("<p>Held-out individuals: <b>MAP@R %1 &rarr; %2</b>, top-1 %3 &rarr; %4 (base features &rarr; fine-tuned).</p>")
                    .arg(share(r.retrievalBefore.mapAtR), share(r.retrievalAfter.mapAtR), share(r.retrievalBefore.top1),
                         share(r.retrievalAfter.top1));
        if (o.previousRetrieval)
            html += tr("<p>Previous version: MAP@R %1, top-1 %2.</p>").arg(share(o.previousRetrieval->mapAtR), share(o.previousRetrieval->top1));
    }
    html += tr("<p>Model: <a href=\"%1\">%2</a><br>Report and plots: <a href=\"%3\">%4</a></p>")
                .arg(QUrl::fromLocalFile(QFileInfo(r.manifestPath).absolutePath()).toString(), r.manifestPath.toHtmlEscaped(),
                     QUrl::fromLocalFile(r.reportPath).toString(), r.reportPath.toHtmlEscaped());
    m_results->setHtml(html);
    for (const QString& plot : r.plotPaths)
        if (plot.endsWith(QStringLiteral("confusion.png"))) {
            const QPixmap pixmap(plot);
            m_confusion->setPixmap(pixmap.scaled(QSize(320, 300).boundedTo(m_confusion->size().expandedTo(QSize(240, 240))),
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
    m_makeActive->setEnabled(true);
    m_status->setText(tr("Done. The new model is version %1 of the project.").arg(o.versionId));
}

} // namespace trapline::ui
