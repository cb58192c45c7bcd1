#include "JobsPanel.h"

#include "JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {

QString etaText(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 90)
        return JobsPanel::tr("%1 s left").arg(qRound(seconds));
    if (seconds < 5400)
        return JobsPanel::tr("%1 min left").arg(qRound(seconds / 60));
    return JobsPanel::tr("%1 h left").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

JobsPanel::JobsPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    outer->addLayout(m_rows);
    outer->addStretch(1);
    auto* clear = new QPushButton(tr("Clear finished"));
    clear->setToolTip(tr("Remove finished jobs from this list"));
    connect(clear, &QPushButton::clicked, this, [this] {
        for (int i = m_rows->count() - 1; i >= 0; --i) {
            QWidget* row = m_rows->itemAt(i)->widget();
            if (row && row->property("finished").toBool()) {
                m_rows->removeWidget(row);
                row->deleteLater();
            }
        }
    });
    outer->addWidget(clear, 0, Qt::AlignRight);
}

int JobsPanel::runningCount() const { return m_running; }

void JobsPanel::addJob(JobRunner* job)
{
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("jobRow"));
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(job->title().toHtmlEscaped()));
    auto* status = new QLabel(tr("Starting..."));
    status->setWordWrap(true);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    auto* cancel = new QToolButton;
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop after the current batch; everything done so far is kept, and running the job again "
                          "resumes it"));
    auto* barRow = new QHBoxLayout;
    barRow->addWidget(bar, 1);
    barRow->addWidget(cancel);
    layout->addWidget(title);
    layout->addLayout(barRow);
    layout->addWidget(status);
    m_rows->insertWidget(0, row);
    ++m_running;
    Q_EMIT runningCountChanged(m_running);

    connect(cancel, &QToolButton::clicked, job, [job, cancel, status] {
        job->cancel();
        cancel->setEnabled(false);
        status->setText(tr("Stopping after the current batch..."));
    });
    connect(job, &JobRunner::progress, row, [bar, status](const QString& phase, qint64 done, qint64 total, double eta) {
        bar->setRange(0, total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
        bar->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        status->setText(total > 0 ? tr("%1: %2 of %3 %4").arg(phase).arg(done).arg(total).arg(etaText(eta)) : phase);
    });
    connect(job, &JobRunner::finished, row, [this, row, bar, status, cancel](bool ok, bool cancelled, const QString& message) {
        row->setProperty("finished", true);
        cancel->hide();
        bar->setRange(0, 1);
        bar->setValue(ok && !cancelled ? 1 : 0);
        status->setText(!ok ? tr("Stopped: %1").arg(message)
                            : cancelled ? tr("Cancelled: %1. Run it again to resume.").arg(message) : message);
        --m_running;
        Q_EMIT runningCountChanged(m_running);
    });
}

} // namespace trapline::ui
