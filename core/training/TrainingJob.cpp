#include "TrainingJob.h"
#include "Tr.h"

#include "project/AtomicFile.h"
#include "project/Backup.h"
#include "project/Project.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace trapline::training {

QJsonObject TrainingRequest::toJson() const
{
    return {{QStringLiteral("fine_tune"), fineTune.toJson()},
            {QStringLiteral("data"), data.toJson()},
            {QStringLiteral("held_out_individuals"), heldOutIndividuals},
            {QStringLiteral("compare_with_previous"), compareWithPrevious},
            {QStringLiteral("make_active"), makeActive}};
}

TrainingRequest TrainingRequest::fromJson(const QJsonObject& j)
{
    TrainingRequest r;
    r.fineTune = FineTuneOptions::fromJson(j.value(QStringLiteral("fine_tune")).toObject());
    r.data = DatasetOptions::fromJson(j.value(QStringLiteral("data")).toObject());
    r.heldOutIndividuals = j.value(QStringLiteral("held_out_individuals")).toDouble(r.heldOutIndividuals);
    r.compareWithPrevious = j.value(QStringLiteral("compare_with_previous")).toBool(true);
    r.makeActive = j.value(QStringLiteral("make_active")).toBool(false);
    return r;
}

std::optional<UnfinishedTraining> findUnfinishedTraining(const QString& projectPath)
{
    const QFileInfo info(projectPath);
    const QDir models(info.absoluteDir().filePath(info.fileName() + QStringLiteral(".trapline-models")));
    std::optional<UnfinishedTraining> newest;
    for (const QFileInfo& folder : models.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(folder.absoluteFilePath());
        QFile request(dir.filePath(QStringLiteral("request.json")));
        if (QFileInfo::exists(dir.filePath(QStringLiteral("model.json"))) || !request.open(QIODevice::ReadOnly))
            continue;
        QFile stateFile(dir.filePath(QStringLiteral("state.json")));
        QJsonObject state;
        if (stateFile.open(QIODevice::ReadOnly))
            state = QJsonDocument::fromJson(stateFile.readAll()).object();
        if (state.value(QStringLiteral("finished")).toBool())
            continue;
        UnfinishedTraining u;
        u.folder = dir.path();
        u.request = TrainingRequest::fromJson(QJsonDocument::fromJson(request.readAll()).object());
        u.request.fineTune.outputFolder = u.folder;
        u.epochsDone = state.value(QStringLiteral("epoch")).toInt();
        u.lastChange = QFileInfo(stateFile.exists() ? stateFile.fileName() : request.fileName()).lastModified();
        if (!newest || u.lastChange > newest->lastChange)
            newest = u;
    }
    return newest;
}

QString defaultTrainingFolder(const QString& projectPath, TrainingKind kind)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".trapline-models/") + trainingKindName(kind) +
                                       QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Result<TrainingOutcome> runTraining(const QString& projectPath, const TrainingRequest& request, JobControl& control,
                                    const EpochCallback& onEpoch, const DatasetCallback& onDataset)
{
    auto opened = Project::open(projectPath);
    if (!opened)
        return opened.error();
    Project& project = *opened.value();
    TrainingOutcome outcome;
    TrainingRequest r = request;
    if (r.fineTune.outputFolder.isEmpty()) {
        // The same request as a training that stopped before its end resumes that training.
        auto withoutFolder = [](TrainingRequest x) {
            x.fineTune.outputFolder.clear();
            return x.toJson();
        };
        const auto unfinished = findUnfinishedTraining(projectPath);
        r.fineTune.outputFolder = unfinished && withoutFolder(unfinished->request) == withoutFolder(r)
            ? unfinished->folder
            : defaultTrainingFolder(projectPath, r.fineTune.kind);
    }

    control.beginPhase(TrainingText::tr("Reading the confirmed labels"), 0);
    auto dataset = r.fineTune.kind == TrainingKind::Classifier ? classifierDataset(project, r.data)
                                                               : individualsDataset(project, r.data, r.heldOutIndividuals);
    if (!dataset)
        return dataset.error();
    if (dataset.value().examples.empty())
        return Error{
            r.fineTune.kind == TrainingKind::Classifier
                ? TrainingText::tr("The project has no confirmed labels to train on. Review some sequences first.")
                : TrainingText::tr(
                      "The project has no individuals with two or more sightings. Confirm some matches first.")};

    // Images moved or deleted since import are left out and counted, not a reason to stop (Check Project finds them).
    std::erase_if(dataset.value().examples, [&](const Example& e) {
        const bool missing = !QFileInfo::exists(e.path);
        outcome.missingFiles += missing ? 1 : 0;
        return missing;
    });
    // Refused (or left out, when allowed) before the backup, so a refusal writes nothing. The split is not drawn
    // again without the missing images: it stays the one the dialog's preview showed.
    const Status settled = r.fineTune.kind == TrainingKind::Classifier
        ? settleClassesWithoutTraining(dataset.value(), r.data.allowMissingClasses)
        : okStatus();
    if (onDataset)
        onDataset(dataset.value());
    if (!settled)
        return settled.error();

    // A backup first, as before every change that is hard to take back.
    auto backup = backupBeforeChange(project.db(), QStringLiteral("training"));
    if (!backup)
        return backup.error();
    outcome.backupPath = backup.value();

    // The version to compare with: the active one, else the newest of the kind.
    auto active = activeModel(project, r.fineTune.kind);
    if (!active)
        return active.error();
    QString previous = active.value();
    std::optional<std::int64_t> parentId;
    auto versions = listModelVersions(project, r.fineTune.kind);
    if (!versions)
        return versions.error();
    for (const ModelVersion& v : versions.value())
        if (v.active)
            parentId = v.id;
    if (!parentId && !versions.value().empty() && (previous.isEmpty() || previous == versions.value().front().manifestPath)) {
        parentId = versions.value().front().id;
        previous = versions.value().front().manifestPath;
    }

    // The request beside the checkpoints, so a training stopped by a crash can be found and resumed.
    if (!QDir().mkpath(r.fineTune.outputFolder))
        return Error{TrainingText::tr("Cannot create the folder %1.").arg(r.fineTune.outputFolder)};
    if (Status s = writeFileAtomically(QDir(r.fineTune.outputFolder).filePath(QStringLiteral("request.json")), QJsonDocument(r.toJson()).toJson()); !s)
        return s.error();

    auto report = fineTune(dataset.value(), r.fineTune, control, onEpoch);
    if (!report)
        return report.error();
    outcome.report = report.value();
    QJsonObject json = outcome.report.toJson();
    json.insert(QStringLiteral("missing_files_left_out"), static_cast<qint64>(outcome.missingFiles));

    if (r.compareWithPrevious && !previous.isEmpty() && QFileInfo::exists(previous)) {
        outcome.previousManifest = previous;
        if (r.fineTune.kind == TrainingKind::Classifier) {
            if (auto m = evaluateClassifier(previous, dataset.value(), control, r.fineTune.device)) {
                outcome.previous = m.value();
                json.insert(QStringLiteral("previous_version"), QJsonObject{{QStringLiteral("manifest"), previous},
                                                                           {QStringLiteral("validation"), m.value().toJson()}});
            } else {
                json.insert(QStringLiteral("previous_version"), QJsonObject{{QStringLiteral("manifest"), previous},
                                                                           {QStringLiteral("error"), m.error().message}});
            }
        } else if (auto m = evaluateEmbedder(previous, dataset.value(), control, r.fineTune.device)) {
            outcome.previousRetrieval = m.value();
            json.insert(QStringLiteral("previous_version"), QJsonObject{{QStringLiteral("manifest"), previous},
                                                                       {QStringLiteral("held_out"), retrievalJson(m.value())}});
        }
    }
    // The report on disk says what the project's record says.
    if (Status s = writeFileAtomically(outcome.report.reportPath, QJsonDocument(json).toJson()); !s)
        return s.error();

    auto id = registerModelVersion(project, outcome.report, json, parentId);
    if (!id)
        return id.error();
    outcome.versionId = id.value();
    if (r.makeActive)
        if (Status s = setActiveModel(project, r.fineTune.kind, outcome.report.manifestPath); !s)
            return s.error();
    return outcome;
}

} // namespace trapline::training
