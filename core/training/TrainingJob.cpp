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

#include <cmath>
#include <functional>

namespace trapline::training {

QJsonObject TrainingRequest::toJson() const
{
    return {{QStringLiteral("fine_tune"), fineTune.toJson()},
            {QStringLiteral("data"), data.toJson()},
            {QStringLiteral("held_out_individuals"), heldOutIndividuals},
            {QStringLiteral("repeats"), repeats},
            {QStringLiteral("compare_with_previous"), compareWithPrevious},
            {QStringLiteral("make_active"), makeActive}};
}

TrainingRequest TrainingRequest::fromJson(const QJsonObject& j)
{
    TrainingRequest r;
    r.fineTune = FineTuneOptions::fromJson(j.value(QStringLiteral("fine_tune")).toObject());
    r.data = DatasetOptions::fromJson(j.value(QStringLiteral("data")).toObject());
    r.heldOutIndividuals = j.value(QStringLiteral("held_out_individuals")).toDouble(r.heldOutIndividuals);
    r.repeats = std::max(1, j.value(QStringLiteral("repeats")).toInt(1));
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

namespace {

// The dataset of a request as it will train: its classes and sides, images gone missing since import left out (and
// counted), and a classifier's class left with no training example refused (`settled`) or left out when allowed.
Result<Dataset> prepareDataset(Project& project, const TrainingRequest& r, JobControl& control, std::int64_t& missing, Status& settled)
{
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
    missing = 0;
    std::erase_if(dataset.value().examples, [&](const Example& e) {
        const bool gone = !QFileInfo::exists(e.path);
        missing += gone ? 1 : 0;
        return gone;
    });
    // Refused (or left out, when allowed) before the backup, so a refusal writes nothing. The split is not drawn
    // again without the missing images: it stays the one the dialog's preview showed.
    settled = r.fineTune.kind == TrainingKind::Classifier ? settleClassesWithoutTraining(dataset.value(), r.data.allowMissingClasses)
                                                          : okStatus();
    return dataset;
}

} // namespace

Spread spreadOf(const std::vector<double>& values)
{
    Spread s;
    s.n = static_cast<int>(values.size());
    if (values.empty())
        return s;
    for (double v : values)
        s.mean += v;
    s.mean /= static_cast<double>(values.size());
    if (values.size() > 1) {
        double squares = 0;
        for (double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
    }
    return s;
}

std::vector<RepeatedFigures> repeatedFigures(const std::vector<TrainingReport>& repeats)
{
    std::vector<RepeatedFigures> rows;
    if (repeats.empty())
        return rows;
    const auto add = [&](const QString& name, const std::function<double(const TrainingReport&)>& figure) {
        RepeatedFigures row{name, {}, {}};
        for (const TrainingReport& r : repeats)
            row.values.push_back(figure(r));
        row.spread = spreadOf(row.values);
        rows.push_back(row);
    };
    if (repeats.front().kind == TrainingKind::Classifier) {
        add(QStringLiteral("new model: accuracy"), [](const TrainingReport& r) { return r.after.accuracy; });
        add(QStringLiteral("new model: macro-F1"), [](const TrainingReport& r) { return r.after.macroF1; });
        add(QStringLiteral("nearest class mean: accuracy"), [](const TrainingReport& r) { return r.reference.accuracy; });
        add(QStringLiteral("nearest class mean: macro-F1"), [](const TrainingReport& r) { return r.reference.macroF1; });
        add(QStringLiteral("majority class: accuracy"), [](const TrainingReport& r) { return r.chanceAccuracy; });
    } else {
        add(QStringLiteral("fine-tuned: MAP@R"), [](const TrainingReport& r) { return r.retrievalAfter.mapAtR; });
        add(QStringLiteral("fine-tuned: top-1"), [](const TrainingReport& r) { return r.retrievalAfter.top1; });
        add(QStringLiteral("fine-tuned: top-5"), [](const TrainingReport& r) { return r.retrievalAfter.top5; });
        add(QStringLiteral("base features: MAP@R"), [](const TrainingReport& r) { return r.retrievalBefore.mapAtR; });
        add(QStringLiteral("base features: top-1"), [](const TrainingReport& r) { return r.retrievalBefore.top1; });
        add(QStringLiteral("base features: top-5"), [](const TrainingReport& r) { return r.retrievalBefore.top5; });
    }
    return rows;
}

QJsonObject repeatsJson(const std::vector<TrainingReport>& repeats)
{
    QJsonArray runs;
    for (const TrainingReport& r : repeats)
        runs.append(QJsonObject{{QStringLiteral("seed"), static_cast<qint64>(r.options.seed)},
                                {QStringLiteral("report"), r.reportPath},
                                {QStringLiteral("test_examples"), static_cast<qint64>(r.testExamples)}});
    QJsonObject figures;
    for (const RepeatedFigures& f : repeatedFigures(repeats)) {
        QJsonArray values;
        for (double v : f.values)
            values.append(v);
        figures.insert(f.name, QJsonObject{{QStringLiteral("values"), values},
                                           {QStringLiteral("mean"), f.spread.mean},
                                           {QStringLiteral("sd"), f.spread.sd}});
    }
    return {{QStringLiteral("split"), QStringLiteral("test")},
            {QStringLiteral("repeats"), runs},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("kept_model"), repeats.empty() ? QString() : repeats.front().manifestPath}};
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

    std::int64_t missing = 0;
    Status settled = okStatus();
    auto dataset = prepareDataset(project, r, control, missing, settled);
    if (!dataset)
        return dataset.error();
    outcome.missingFiles = missing;
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
                                                                           {QStringLiteral("test"), m.value().toJson()}});
            } else {
                json.insert(QStringLiteral("previous_version"), QJsonObject{{QStringLiteral("manifest"), previous},
                                                                           {QStringLiteral("error"), m.error().message}});
            }
        } else if (auto m = evaluateEmbedder(previous, dataset.value(), control, r.fineTune.device)) {
            outcome.previousRetrieval = m.value();
            json.insert(QStringLiteral("previous_version"), QJsonObject{{QStringLiteral("manifest"), previous},
                                                                       {QStringLiteral("test_individuals"), retrievalJson(m.value())}});
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

    // The other repeats: the same request on other seeded splits, for the spread of the test figures.
    outcome.repeats.push_back(outcome.report);
    for (int k = 1; k < r.repeats; ++k) {
        TrainingRequest again = r;
        again.data.seed = r.data.seed + static_cast<unsigned>(k);
        again.fineTune.seed = r.fineTune.seed + static_cast<unsigned>(k);
        again.fineTune.outputFolder = QDir(r.fineTune.outputFolder).filePath(QStringLiteral("repeat-%1").arg(k + 1));
        std::int64_t missingAgain = 0;
        Status settledAgain = okStatus();
        auto data = prepareDataset(project, again, control, missingAgain, settledAgain);
        if (!data)
            return data.error();
        if (onDataset)
            onDataset(data.value());
        if (!settledAgain)
            return settledAgain.error();
        auto repeated = fineTune(data.value(), again.fineTune, control, onEpoch);
        if (!repeated)
            return repeated.error();
        outcome.repeats.push_back(repeated.value());
    }
    if (r.repeats > 1) {
        outcome.repeatsPath = QDir(r.fineTune.outputFolder).filePath(QStringLiteral("repeats.json"));
        if (Status s = writeFileAtomically(outcome.repeatsPath, QJsonDocument(repeatsJson(outcome.repeats)).toJson()); !s)
            return s.error();
    }
    return outcome;
}

} // namespace trapline::training
