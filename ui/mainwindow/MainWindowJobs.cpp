#include "MainWindow.h"

#include "browser/DeploymentListModel.h"
#include "browser/ReviewQueuePanel.h"
#include "browser/SequenceListModel.h"
#include "browser/ThumbnailLoader.h"
#include "deployments/AdjustTimesDialog.h"
#include "deployments/DeploymentPropertiesDialog.h"
#include "export/ExportDialog.h"
#include "formats/Exchange.h"
#include "individuals/IndividualsDialog.h"
#include "individuals/MatchReviewDialog.h"
#include "inference/ComputeThreads.h"
#include "inference/SystemCheck.h"
#include "ingest/ImportJob.h"
#include "ingest/SequenceGrouper.h"
#include "ingest/TimeAdjustment.h"
#include "jobs/JobScheduler.h"
#include "jobs/JobsPanel.h"
#include "models/ModelLibraryDialog.h"
#include "models/RunModelsDialog.h"
#include "models/SlurmRunDialog.h"
#include "project/Backup.h"
#include "project/Project.h"
#include "reid/MatchProposals.h"
#include "review/ImageView.h"
#include "review/ReviewPane.h"
#include "review/ShortcutHelp.h"
#include "review/Taxa.h"
#include "settings/SettingsDialog.h"
#include "training/TrainingDialog.h"
#include "undo/SnapshotCommand.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmapCache>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

// MainWindow's job launchers: import, models, training, export, matching, backup, labels, deployments.

namespace trapline::ui {

void MainWindow::importFolderDialog()
{
    if (!m_project)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a camera folder"));
    if (!folder.isEmpty())
        importFolders({folder});
}

Job* MainWindow::startJob(const QString& projectPath, JobKind kind, const QString& title, Job::Work work,
                          const QString& key, JobEffect effect)
{
    if (Job* same = m_scheduler->find(projectPath, kind, key)) {
        statusBar()->showMessage(same->isQueued() ? tr("%1 is already queued.").arg(same->title())
                                                  : tr("%1 is already running.").arg(same->title()),
                                 10000);
        return same;
    }
    Job* job = m_scheduler->submit(projectPath, kind, title, std::move(work), key);
    connect(job, &Job::finished, this, [this, job, title, effect](bool ok, bool, const QString& message) {
        if (job->hasStarted())
            onJobFinished(ok, title, message, effect);
    });
    if (job->isQueued())
        statusBar()->showMessage(tr("%1 is queued: it starts when the job before it ends.").arg(title), 10000);
    return job;
}

Job* MainWindow::importFolders(const QStringList& folders)
{
    if (!m_project)
        return nullptr;
    ingest::ImportOptions options;
    options.folders = folders;
    const QString path = m_project->path();
    return startJob(path, JobKind::Import, tr("Import %1").arg(folders.join(QStringLiteral(", "))),
                    [path, options](JobControl& control) -> Result<JobOutcome> {
        auto result = ingest::ImportJob(path, options).run(control);
        if (!result)
            return result.error();
        const auto& s = result.value();
        QString message = tr("%n new image(s), %1 with problems, %2 already imported", "", int(s.added))
                              .arg(s.withErrors).arg(s.alreadyImported);
        if (s.framesTimedByFile > 0)
            message += QLatin1Char('\n')
                + tr("%n frame(s) have no camera time: they are timed by their files and grouped only where their "
                     "names run consecutively (%1 sequences). Deployments > Adjust Times can read times from the "
                     "file names or correct a camera clock.", "", int(s.framesTimedByFile))
                      .arg(s.sequencesWithoutCameraTime);
        if (!s.folderErrors.isEmpty())
            message += QLatin1Char('\n') + s.folderErrors.join(QLatin1Char('\n'));
        return JobOutcome{message, s.cancelled};
    }, folders.join(QLatin1Char('\n')));
}

Job* MainWindow::runModels(const inference::InferenceOptions& options)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    inference::InferenceOptions withThreads = options;
    if (withThreads.threads == 0)
        withThreads.threads = SettingsDialog::computeThreads();
    // The same models over the same media are the same request, whatever the device or batch size.
    QStringList key{options.detector, options.classifier, options.embedder,
                    options.retryFailed ? QStringLiteral("retry") : QString()};
    if (options.onlyMedia)
        for (std::int64_t id : *options.onlyMedia)
            key << QString::number(id);
    return startJob(path, JobKind::Inference, tr("Run models"), [path, withThreads](JobControl& control) -> Result<JobOutcome> {
        auto result = inference::InferenceJob(path, withThreads).run(control);
        if (!result)
            return result.error();
        const auto& s = result.value();
        QString message = tr("%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed")
                              .arg(s.processed).arg(s.device).arg(s.detections).arg(s.framesFlagged).arg(s.failed);
        if (s.failedBefore > 0)
            message += QLatin1Char('\n') + tr("%n image(s) where a model failed before were skipped: tick \"Retry media "
                                               "where a model failed before\" in Run Models to try them again.", "",
                                               int(s.failedBefore));
        return JobOutcome{message, s.cancelled};
    }, key.join(QLatin1Char('\n')));
}

TrainingDialog* MainWindow::trainingDialog()
{
    if (!m_project)
        return nullptr;
    // One dialog per project; it stays alive (hidden) while its training runs.
    if (m_training && m_training->property("projectPath").toString() != m_project->path() && !m_training->isTraining()) {
        delete m_training;
        m_training = nullptr;
    }
    if (!m_training) {
        const QString path = m_project->path();
        m_training = new TrainingDialog(path, [this, path](const QString& title, Job::Work work, const QString& key) {
            return startJob(path, JobKind::Training, title, std::move(work), key);
        }, this);
        m_training->setProperty("projectPath", m_project->path());
    }
    m_training->refreshVersions();
    m_training->show();
    m_training->raise();
    return m_training;
}

ModelLibraryDialog* MainWindow::modelLibraryDialog()
{
    // One window, kept while the main window lives: it stays usable while its downloads run.
    if (!m_modelLibrary)
        m_modelLibrary = new ModelLibraryDialog(m_scheduler, this);
    else
        m_modelLibrary->reload();
    m_modelLibrary->show();
    m_modelLibrary->raise();
    return m_modelLibrary;
}

void MainWindow::runModelsDialog()
{
    if (!m_project)
        return;
    RunModelsDialog dialog(this);
    const auto classifier = training::activeModel(*m_project, training::TrainingKind::Classifier);
    const auto embedder = training::activeModel(*m_project, training::TrainingKind::Embedder);
    dialog.useActiveModels(classifier ? classifier.value() : QString(), embedder ? embedder.value() : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.onSlurm()) {
        runModels(dialog.options());
        return;
    }
    const QString path = m_project->path();
    SlurmRunDialog slurm(
        path, dialog.options(),
        [this, path](const QString& title, Job::Work work, const QString& key) {
            return startJob(path, JobKind::Inference, title, std::move(work), key);
        },
        this);
    slurm.exec();
}

Job* MainWindow::exportProject(const formats::ExportRequest& request)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(path, JobKind::Export, tr("Export %1").arg(formats::exchangeFormatName(request.format)),
                    [path, request](JobControl& control) -> Result<JobOutcome> {
                        auto result = formats::exportProject(path, request, control);
                        if (!result)
                            return result.error();
                        return JobOutcome{result.value(), control.cancelled()};
                    }, QString::number(int(request.format)) + QLatin1Char('\n') + request.out, JobEffect::ReadsOnly);
}

void MainWindow::exportDialog()
{
    if (!m_project)
        return;
    ExportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        exportProject(dialog.request());
}

Job* MainWindow::proposeMatches(bool verifyWithLocalFeatures)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(path, JobKind::MatchProposals, tr("Propose individual matches"), [path, verifyWithLocalFeatures](JobControl& control) -> Result<JobOutcome> {
        auto project = Project::open(path);
        if (!project)
            return project.error();
        reid::ProposalOptions options;
        options.verifyWithLocalFeatures = verifyWithLocalFeatures;
        auto summary = reid::computeProposals(*project.value(), options, control);
        if (!summary)
            return summary.error();
        const auto& s = summary.value();
        return JobOutcome{tr("%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals")
                              .arg(s.proposals).arg(s.queries).arg(s.gallery).arg(s.individuals),
                          control.cancelled()};
    }, verifyWithLocalFeatures ? QStringLiteral("verify") : QString(), JobEffect::ReadsOnly);
}

void MainWindow::matchIndividualsDialog()
{
    if (!m_project)
        return;
    // The views follow its edits, and their undo after it is closed, through ProjectWatch.
    MatchReviewDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(), this);
    dialog.exec();
}

Job* MainWindow::backupProject()
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(path, JobKind::Backup, tr("Back up %1").arg(QFileInfo(path).fileName()), [path](JobControl&) -> Result<JobOutcome> {
        // Its own connection: the online backup copies while the window goes on reading and writing.
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        if (!project)
            return project.error();
        auto copy = backupNow(project.value()->db());
        if (!copy)
            return copy.error();
        return JobOutcome{tr("saved to %1").arg(copy.value()), false};
    }, {}, JobEffect::ReadsOnly);
}

Job* MainWindow::importLabelsDialog()
{
    if (!m_project)
        return nullptr;
    // The filters are translated: the chosen one is mapped back to its format by its place in the list, never by
    // its text.
    const QStringList filters =
        tr("Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)")
            .split(QStringLiteral(";;"));
    constexpr formats::ExchangeFormat kFormats[] = {formats::ExchangeFormat::CamtrapDp, formats::ExchangeFormat::Coco,
                                                    formats::ExchangeFormat::MegaDetector,
                                                    formats::ExchangeFormat::Csv};
    static_assert(std::size(kFormats) == 4);
    QFileDialog dialog(this, tr("Import labels"));
    dialog.setObjectName(QStringLiteral("importLabelsFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(filters);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return nullptr;
    const QString file = dialog.selectedFiles().constFirst();
    const QString filter = dialog.selectedNameFilter();
    const qsizetype chosen = filters.indexOf(filter);
    if (filters.size() != static_cast<qsizetype>(std::size(kFormats)) || chosen < 0) {
        QMessageBox::warning(
            this, tr("Import Labels"),
            tr("The format of %1 is not known. Choose one of the formats in the file dialog's list.").arg(file));
        return nullptr;
    }
    const auto format = kFormats[chosen];
    const QString path = m_project->path();
    return startJob(path, JobKind::LabelImport, tr("Import labels"), [path, format, file](JobControl&) -> Result<JobOutcome> {
        auto result = formats::importLabels(path, format, file);
        if (!result)
            return result.error();
        return JobOutcome{result.value(), false};
    }, QString::number(int(format)) + QLatin1Char('\n') + file);
}

Job* MainWindow::checkOutForReview(const review::CheckoutRequest& request)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(
        path, JobKind::CheckOut, tr("Check out for %1").arg(request.reviewer),
        [path, request](JobControl&) -> Result<JobOutcome> {
            // Its own connection, as every job: the window goes on reading while the part is written.
            auto project = Project::open(path);
            if (!project)
                return project.error();
            auto report = review::checkOut(*project.value(), request);
            if (!report)
                return report.error();
            return JobOutcome{tr("%1 sequences (%2 images) checked out to %3")
                                  .arg(report.value().sequences)
                                  .arg(report.value().media)
                                  .arg(request.partPath),
                              false};
        },
        request.partPath);
}

Job* MainWindow::checkIn(const QString& partPath)
{
    if (!m_project)
        return nullptr;
    const QString path = m_project->path();
    return startJob(
        path, JobKind::CheckIn, tr("Check in %1").arg(QFileInfo(partPath).fileName()),
        [path, partPath](JobControl&) -> Result<JobOutcome> {
            auto project = Project::open(path);
            if (!project)
                return project.error();
            auto report = review::checkIn(*project.value(), partPath);
            if (!report)
                return report.error();
            return JobOutcome{report.value().summary(), false};
        },
        QFileInfo(partPath).absoluteFilePath());
}

void MainWindow::checkOutDialog()
{
    if (!m_project)
        return;
    bool ok = false;
    const QString reviewer = QInputDialog::getText(this, tr("Check Out for Review"),
                                                   tr("The sequences the list shows go to one reviewer.\nReviewer:"),
                                                   QLineEdit::Normal, {}, &ok)
                                 .trimmed();
    if (!ok || reviewer.isEmpty())
        return;
    const QString out =
        QFileDialog::getSaveFileName(this, tr("Check Out for Review"), {}, tr("Trapline projects (*.trapline)"));
    if (out.isEmpty())
        return;
    const QVariant id = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    const SequenceFilter filter =
        m_queues->filter(id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt);
    review::CheckoutRequest request;
    request.reviewer = reviewer;
    request.partPath = out;
    request.scope = tr("the review list");
    SequenceCursor after;
    for (;;) {
        auto page = m_project->sequencePage(filter, 1000, after);
        if (!page) {
            QMessageBox::warning(this, tr("Check Out for Review"), page.error().message);
            return;
        }
        for (const auto& s : page.value())
            request.sequences.push_back(s.id);
        if (page.value().size() < 1000)
            break;
        after = page.value().back().cursor();
    }
    checkOutForReview(request);
}

void MainWindow::checkInDialog()
{
    if (!m_project)
        return;
    const QString part = QFileDialog::getOpenFileName(this, tr("Check In"), {}, tr("Trapline projects (*.trapline)"));
    if (part.isEmpty())
        return;
    if (Job* job = checkIn(part))
        connect(job, &Job::finished, this, [this](bool ok, bool, const QString& message) {
            if (ok)
                QMessageBox::information(this, tr("Check In"), message);
        });
}

void MainWindow::onJobFinished(bool ok, const QString& title, const QString& message, JobEffect effect)
{
    if (effect == JobEffect::ReadsOnly) {
        if (!ok)
            QMessageBox::warning(this, tr("%1 stopped").arg(title), message);
        else
            statusBar()->showMessage(tr("%1 finished: %2").arg(title, message), 15000);
        return;
    }
    const auto current = m_review->currentSequence();
    m_sequences->reload();
    if (current)
        selectSequence(*current);
    m_review->reloadVocabulary();
    // Labels imported by a job cannot be undone with the edits made before it.
    m_undo->clear();
    refreshSummary();
    if (!ok)
        QMessageBox::warning(this, tr("%1 stopped").arg(title), message);
    else
        statusBar()->showMessage(tr("%1 finished: %2").arg(title, message), 15000);
}

void MainWindow::adjustTimesDialog()
{
    if (!m_project)
        return;
    auto deployments = m_project->deployments();
    if (!deployments) {
        QMessageBox::warning(this, tr("Adjust Times"), deployments.error().message);
        return;
    }
    const QVariant current = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    AdjustTimesDialog dialog(m_project.get(), deployments.value(),
                             current.isValid() ? std::optional<std::int64_t>(current.toLongLong()) : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = adjustTimes(dialog.request()); !s)
        QMessageBox::warning(this, tr("Adjust Times"), s.error().message);
}

Status MainWindow::adjustTimes(const TimeAdjustRequest& request)
{
    if (!m_project)
        return Error{tr("Open a project first.")};
    const std::int64_t gapMs = ingest::SequenceGrouper::kDefaultGapSeconds * 1000;
    const QString actor = SettingsDialog::reviewerName();
    Result<ingest::TimeAdjustment> result = Error{};
    QString text;
    if (request.shiftMs) {
        result = ingest::shiftTimes(*m_project, request.deploymentId, *request.shiftMs, gapMs, actor);
        text = UndoText::tr("Shift times by %1 s").arg(*request.shiftMs / 1000);
    } else {
        auto pattern = ingest::NameTimePattern::parse(request.pattern);
        if (!pattern)
            return pattern.error();
        result = ingest::setTimesFromNames(*m_project, request.deploymentId, pattern.value(), request.pattern, gapMs, actor);
        text = UndoText::tr("Times from file names");
    }
    if (!result)
        return result.error();
    // The list and the counts follow through ProjectWatch, now and after undo or redo.
    const auto changed = result.value().changed;
    m_undo->push(SnapshotCommand::timeAdjustment(m_project.get(), actor, result.value().before, result.value().after,
                                                 gapMs, text));
    statusBar()->showMessage(tr("%n frame time(s) changed", "", int(changed)), 10000);
    return okStatus();
}

void MainWindow::deploymentPropertiesDialog()
{
    if (!m_project)
        return;
    const QVariant id = m_deploymentView->currentIndex().data(DeploymentListModel::DeploymentIdRole);
    DeploymentPropertiesDialog dialog(m_project.get(), m_undo, SettingsDialog::reviewerName(),
                                      id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt, this);
    dialog.exec();
}

} // namespace trapline::ui
