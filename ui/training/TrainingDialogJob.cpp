#include "TrainingDialog.h"
#include "TrainingDialog_p.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>

// TrainingDialog's job: starting, resuming and following a training through the main window's job scheduler.

namespace trapline::ui {

void TrainingDialog::startTraining() { start(request()); }

void TrainingDialog::resumeTraining()
{
    if (!m_unfinished)
        return;
    setRequest(m_unfinished->request);
    start(m_unfinished->request);
}

void TrainingDialog::findUnfinished()
{
    m_unfinished = m_job ? std::nullopt : training::findUnfinishedTraining(m_projectPath);
    m_resume->setVisible(m_unfinished.has_value());
    if (m_unfinished) {
        m_resume->setText(tr("&Resume the unfinished training of %1 (%n epoch(s) done)", "", m_unfinished->epochsDone)
                              .arg(QLocale().toString(m_unfinished->lastChange, QLocale::ShortFormat)));
        m_resume->setToolTip(tr("Stopped before its model was saved; continues after its last finished epoch, in %1")
                                 .arg(m_unfinished->folder));
    }
}

void TrainingDialog::start(training::TrainingRequest r)
{
    if (m_job)
        return;
    if (r.fineTune.baseManifest.isEmpty() || !QFileInfo::exists(r.fineTune.baseManifest)) {
        QMessageBox::information(this, tr("Train Model"), tr("Choose the manifest of the model to start from (Browse...). "
                                                             "See the user guide, \"Fine-tuning\", for what it needs."));
        return;
    }
    prefs::trainingBase.set(r.fineTune.baseManifest);
    for (QLineSeries* s : {m_trainLoss, m_validationLoss, m_metricA, m_metricB})
        s->clear();
    m_results->clear();
    m_confusion->clear();
    m_makeActive->setEnabled(false);
    m_status->setText(tr("Backing up the project, reading the confirmed labels and computing features..."));
    m_outcome = std::make_shared<std::optional<training::TrainingOutcome>>();
    auto outcome = m_outcome;
    const QString path = m_projectPath;
    TrainingDialog* self = this; // lives as long as the main window, which waits for its jobs before it goes
    const QString key = QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    m_job = m_startJob(tr("Train %1").arg(m_kind->currentText().toLower()), [path, r, outcome, self](JobControl& control) -> Result<JobOutcome> {
        auto result = training::runTraining(path, r, control, [self](const training::EpochRecord& record) {
            QMetaObject::invokeMethod(self, [self, record] { self->addEpoch(record); }, Qt::QueuedConnection);
        });
        if (!result)
            return result.error();
        *outcome = result.value();
        const auto& rep = result.value().report;
        return JobOutcome{rep.kind == training::TrainingKind::Classifier
                              ? tr("New classifier: validation accuracy %1, macro-F1 %2").arg(share(rep.after.accuracy), share(rep.after.macroF1))
                              : tr("New embedder: held-out MAP@R %1, top-1 %2").arg(share(rep.retrievalAfter.mapAtR), share(rep.retrievalAfter.top1)),
                          false};
    }, key);
    if (!m_job)
        return;
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_resume->setVisible(false);
    m_kind->setEnabled(false); // the curves and figures follow the kind being trained
    // Another model job of the project may run first (one at a time per project).
    if (m_job->isQueued())
        m_status->setText(tr("Queued: the training starts when the project's running job ends."));
    connect(m_job, &Job::stateChanged, this, [this](JobState state) {
        if (state == JobState::Running)
            m_status->setText(tr("Backing up the project, reading the confirmed labels and computing features..."));
    });
    connect(m_job, &Job::progress, this, [this](const QString& phase, qint64 done, qint64 total, double) {
        m_status->setText(total > 0 ? tr("%1: %2 of %3").arg(phase).arg(done).arg(total) : phase);
    });
    connect(m_job, &Job::finished, this, [this](bool ok, bool, const QString& message) {
        m_job = nullptr;
        m_start->setEnabled(true);
        m_cancel->setEnabled(false);
        m_kind->setEnabled(true);
        if (ok && m_outcome && m_outcome->has_value())
            showOutcome(m_outcome->value());
        else
            m_status->setText(message);
        refreshVersions();
        findUnfinished();
        Q_EMIT trainingFinished(ok, message);
    });
}

} // namespace trapline::ui
