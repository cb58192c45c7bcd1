#include "JobsPanel.h"

#include "jobs/JobScheduler.h"

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

JobsPanel::JobsPanel(JobScheduler* scheduler, QWidget* parent) : QWidget(parent), m_scheduler(scheduler)
{
    auto* outer = new QVBoxLayout(this);
    m_rows = new QVBoxLayout;
    outer->addLayout(m_rows);
    outer->addStretch(1);
    auto* clear = new QPushButton(tr("Clear finished"));
    clear->setToolTip(tr("Remove finished jobs from this list"));
    connect(clear, &QPushButton::clicked, m_scheduler, &JobScheduler::clearFinished);
    outer->addWidget(clear, 0, Qt::AlignRight);

    connect(m_scheduler, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row) {
            QWidget* widget = makeRow(row);
            m_rowWidgets.insert(row, widget);
            m_rows->insertWidget(int(m_rowWidgets.size()) - 1 - row, widget);
            updateRow(row);
        }
    });
    connect(m_scheduler, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = last; row >= first; --row)
                    delete m_rowWidgets.takeAt(row);
            });
    connect(m_scheduler, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    updateRow(row);
            });
    connect(m_scheduler, &QAbstractItemModel::modelReset, this, [this] {
        qDeleteAll(m_rowWidgets);
        m_rowWidgets.clear();
        for (int row = 0; row < m_scheduler->rowCount(); ++row) {
            m_rowWidgets << makeRow(row);
            m_rows->insertWidget(0, m_rowWidgets.constLast());
            updateRow(row);
        }
    });
}

int JobsPanel::activeCount() const { return m_scheduler->activeCount(); }

QWidget* JobsPanel::makeRow(int row)
{
    auto* widget = new QWidget;
    widget->setObjectName(QStringLiteral("jobRow"));
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 4, 0, 4);
    auto* title = new QLabel;
    title->setObjectName(QStringLiteral("title"));
    auto* status = new QLabel;
    status->setObjectName(QStringLiteral("status"));
    status->setWordWrap(true);
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    auto* cancel = new QToolButton;
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop after the current batch; everything done so far is kept, and running the job again "
                          "resumes it. A queued job is removed."));
    auto* barRow = new QHBoxLayout;
    barRow->addWidget(bar, 1);
    barRow->addWidget(cancel);
    layout->addWidget(title);
    layout->addLayout(barRow);
    layout->addWidget(status);
    // The row finds its job when pressed: rows above it may have gone since.
    Job* job = m_scheduler->jobAt(row);
    connect(cancel, &QToolButton::clicked, job, &Job::cancel);
    return widget;
}

void JobsPanel::updateRow(int row)
{
    QWidget* widget = m_rowWidgets.value(row);
    if (!widget)
        return;
    const QModelIndex index = m_scheduler->index(row);
    const auto state = JobState(index.data(JobScheduler::StateRole).toInt());
    const QString message = index.data(JobScheduler::MessageRole).toString();
    const qint64 done = index.data(JobScheduler::DoneRole).toLongLong();
    const qint64 total = index.data(JobScheduler::TotalRole).toLongLong();
    const bool stopping = index.data(JobScheduler::CancelRequestedRole).toBool();
    auto* title = widget->findChild<QLabel*>(QStringLiteral("title"));
    auto* status = widget->findChild<QLabel*>(QStringLiteral("status"));
    auto* bar = widget->findChild<QProgressBar*>();
    auto* cancel = widget->findChild<QToolButton*>();
    widget->setProperty("finished", state != JobState::Queued && state != JobState::Running);
    title->setText(QStringLiteral("<b>%1</b>").arg(index.data(JobScheduler::TitleRole).toString().toHtmlEscaped()));
    switch (state) {
    case JobState::Queued:
        bar->setRange(0, 1);
        bar->setValue(0);
        status->setText(message);
        break;
    case JobState::Running:
        bar->setRange(0, total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
        bar->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        cancel->setEnabled(!stopping);
        if (stopping)
            status->setText(tr("Stopping after the current batch..."));
        else if (total > 0)
            status->setText(tr("%1: %2 of %3 %4")
                                .arg(index.data(JobScheduler::PhaseRole).toString())
                                .arg(done)
                                .arg(total)
                                .arg(etaText(index.data(JobScheduler::EtaRole).toDouble())));
        else
            status->setText(message);
        break;
    case JobState::Done:
    case JobState::Failed:
    case JobState::Cancelled:
        cancel->hide();
        bar->setRange(0, 1);
        bar->setValue(state == JobState::Done ? 1 : 0);
        status->setText(state == JobState::Failed      ? tr("Stopped: %1").arg(message)
                        : state == JobState::Cancelled ? tr("Cancelled: %1. Run it again to resume.").arg(message)
                                                       : message);
        break;
    }
}

} // namespace trapline::ui
