#include "Exchange.h"
#include "Tr.h"

#include "CamtrapDp.h"
#include "CocoCameraTraps.h"
#include "CsvExport.h"
#include "MegaDetectorJson.h"
#include "project/AtomicFile.h"
#include "project/Backup.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trapline::formats {

namespace {

const std::pair<const char*, ExchangeFormat> kFormats[] = {{"camtrap-dp", ExchangeFormat::CamtrapDp},
                                                           {"coco", ExchangeFormat::Coco},
                                                           {"megadetector", ExchangeFormat::MegaDetector},
                                                           {"csv", ExchangeFormat::Csv},
                                                           {"crops", ExchangeFormat::TrainingCrops}};

Result<QString> exportWith(Project& project, const ExportRequest& r, JobControl& control)
{
    switch (r.format) {
    case ExchangeFormat::CamtrapDp: {
        auto s = exportCamtrapDp(project, r.out, {r.includeMachine, {}});
        if (!s)
            return s.error();
        QString message = FormatsText::tr("%1 deployments, %2 media, %3 observations in %4 events")
                              .arg(s.value().deployments)
                              .arg(s.value().media)
                              .arg(s.value().observations)
                              .arg(s.value().events);
        if (!s.value().warnings.isEmpty())
            message += FormatsText::tr("\nWarnings:\n- ") + s.value().warnings.join(QStringLiteral("\n- "));
        return message;
    }
    case ExchangeFormat::Coco: {
        CocoExportOptions options;
        options.includeMachine = r.includeMachine;
        auto json = exportCocoCameraTraps(project, options);
        if (!json)
            return json.error();
        if (Status s = writeJsonFile(r.out, json.value()); !s)
            return s.error();
        return FormatsText::tr("%1 images, %2 annotations")
            .arg(json.value().object().value(QStringLiteral("images")).toArray().size())
            .arg(json.value().object().value(QStringLiteral("annotations")).toArray().size());
    }
    case ExchangeFormat::MegaDetector: {
        const auto modelId = r.detectorModelId.value_or(
            project.db().scalar("SELECT id FROM models WHERE kind = 'detector' ORDER BY id DESC LIMIT 1"));
        const QString root = project.db().scalar("SELECT count(*) FROM image_roots WHERE path != ''") == 1
                                 ? project.imageRootPath(project.db().scalar("SELECT id FROM image_roots WHERE path != ''"))
                                 : QString();
        auto json = exportMegaDetectorJson(project, {modelId, root});
        if (!json)
            return json.error();
        if (Status s = writeMegaDetectorJsonFile(r.out, json.value()); !s)
            return s.error();
        return FormatsText::tr("%1 images").arg(json.value().object().value(QStringLiteral("images")).toArray().size());
    }
    case ExchangeFormat::Csv: {
        CsvExportOptions options;
        options.reviewedOnly = !r.includeMachine;
        auto bytes = exportObservationsCsv(project, options);
        if (!bytes)
            return bytes.error();
        if (Status s = writeFileAtomically(r.out, bytes.value()); !s)
            return s.error();
        return FormatsText::tr("%1 rows").arg(bytes.value().count('\n') - 1);
    }
    case ExchangeFormat::TrainingCrops: {
        auto s = exportTrainingSet(project, r.out, r.training, control);
        if (!s)
            return s.error();
        return FormatsText::tr("%1 examples of %2 classes (train %3, validation %4, test %5)%6")
            .arg(s.value().examples)
            .arg(s.value().perClass.size())
            .arg(s.value().train)
            .arg(s.value().validation)
            .arg(s.value().test)
            .arg(s.value().skippedMissingFiles
                     ? FormatsText::tr("; %1 images could not be read").arg(s.value().skippedMissingFiles)
                     : QString());
    }
    }
    return Error{FormatsText::tr("Unknown export format.")};
}

} // namespace

std::optional<ExchangeFormat> parseExchangeFormat(const QString& name)
{
    for (const auto& [text, format] : kFormats)
        if (name == QLatin1String(text))
            return format;
    return std::nullopt;
}

QString exchangeFormatName(ExchangeFormat format)
{
    for (const auto& [text, f] : kFormats)
        if (f == format)
            return QString::fromLatin1(text);
    return {};
}

Result<QString> exportProject(const QString& projectPath, const ExportRequest& request, JobControl& control)
{
    auto project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return project.error();
    try {
        return exportWith(*project.value(), request, control);
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("The export stopped: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<QString> importLabels(const QString& projectPath, ExchangeFormat format, const QString& file)
{
    auto opened = Project::open(projectPath);
    if (!opened)
        return opened.error();
    Project& project = *opened.value();
    // Labels from elsewhere mix with the project's own: keep a copy of the project as it was.
    if (project.db().scalar("SELECT EXISTS (SELECT 1 FROM media)") != 0)
        if (auto backup = backupBeforeChange(project.db(), QStringLiteral("before-label-import")); !backup)
            return Error{FormatsText::tr("The labels were not imported: %1").arg(backup.error().message)};
    switch (format) {
    case ExchangeFormat::CamtrapDp: {
        auto s = importCamtrapDp(project, file);
        if (!s)
            return s.error();
        return FormatsText::tr("%1 deployments, %2 media, %3 observations, %4 events")
            .arg(s.value().deployments)
            .arg(s.value().media)
            .arg(s.value().observations)
            .arg(s.value().events);
    }
    case ExchangeFormat::Coco: {
        auto s = importCocoCameraTraps(project, file);
        if (!s)
            return s.error();
        return FormatsText::tr("%1 annotations (%2 boxes) for %3 of %4 images")
            .arg(s.value().annotations)
            .arg(s.value().boxes)
            .arg(s.value().matched)
            .arg(s.value().images);
    }
    case ExchangeFormat::MegaDetector: {
        auto s = importMegaDetectorJson(project, file);
        if (!s)
            return s.error();
        return FormatsText::tr("%1 detections for %2 of %3 images")
            .arg(s.value().detections)
            .arg(s.value().matched)
            .arg(s.value().imagesInFile);
    }
    case ExchangeFormat::Csv: {
        auto s = importSpeciesCsv(project, file);
        if (!s)
            return s.error();
        return FormatsText::tr("labels imported from %1").arg(file);
    }
    case ExchangeFormat::TrainingCrops:
        break;
    }
    return Error{FormatsText::tr("Labels cannot be imported from the %1 format.").arg(exchangeFormatName(format))};
}

} // namespace trapline::formats
