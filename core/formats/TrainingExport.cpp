#include "TrainingExport.h"
#include "Tr.h"

#include "Csv.h"
#include "project/Project.h"
#include "training/TrainingImages.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace trapline::formats {

namespace {

QString folderName(const QString& label)
{
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 ._-]")), QStringLiteral("_"));
    return name.trimmed().isEmpty() ? QStringLiteral("unnamed") : name.trimmed();
}

training::DatasetOptions datasetOptions(const TrainingExportOptions& o)
{
    training::DatasetOptions d;
    d.splitBy = o.splitBy == TrainingExportOptions::SplitBy::Deployment ? training::DatasetOptions::SplitBy::Deployment
                                                                       : training::DatasetOptions::SplitBy::Sequence;
    d.validationShare = o.validationShare;
    d.testShare = o.testShare;
    d.reviewedOnly = o.reviewedOnly;
    d.crops = o.content == TrainingExportOptions::Content::Crops;
    d.firstFramePerSequence = o.firstFramePerSequence;
    if (o.keepEmptyShare < 1.0)
        d.classShare[QStringLiteral("empty")] = o.keepEmptyShare;
    d.seed = o.seed;
    return d;
}

QString splitName(training::Split split)
{
    switch (split) {
    case training::Split::Train: return QStringLiteral("train");
    case training::Split::Validation: return QStringLiteral("val");
    case training::Split::Test: return QStringLiteral("test");
    }
    return {};
}

bool writeExample(const training::Example& e, const QString& file, int maxSide)
{
    cv::Mat image = training::loadExampleImage(e, 0.0);
    if (image.empty())
        return false;
    if (maxSide > 0 && std::max(image.cols, image.rows) > maxSide) {
        const double s = static_cast<double>(maxSide) / std::max(image.cols, image.rows);
        cv::resize(image, image, cv::Size(), s, s, cv::INTER_AREA);
    }
    return cv::imwrite(file.toStdString(), image, {cv::IMWRITE_JPEG_QUALITY, 95});
}

} // namespace

Result<TrainingExportSummary> exportTrainingSet(Project& project, const QString& folder,
                                                const TrainingExportOptions& options, JobControl& control)
{
    if (options.validationShare < 0 || options.testShare < 0 || options.validationShare + options.testShare >= 1)
        return Error{
            FormatsText::tr("The validation and test shares must be between 0 and 1 and leave room for training.")};
    auto dataset = training::classifierDataset(project, datasetOptions(options));
    if (!dataset)
        return dataset.error();
    const std::vector<training::Example>& examples = dataset.value().examples;
    if (examples.empty())
        return Error{
            FormatsText::tr("No labelled images to export%1.")
                .arg(options.reviewedOnly ? FormatsText::tr(" (only reviewed labels were asked for)") : QString())};
    TrainingExportSummary summary;
    std::map<QString, std::vector<QStringList>> lists;
    control.beginPhase(FormatsText::tr("Writing the training set"), static_cast<std::int64_t>(examples.size()));
    const QDir out(folder);
    for (size_t i = 0; i < examples.size(); ++i) {
        if (control.cancelled()) {
            summary.cancelled = true;
            break;
        }
        const training::Example& e = examples[i];
        const QString split = splitName(e.split);
        const QString relative = QStringLiteral("%1/%2/%3_%4.jpg").arg(split, folderName(e.label)).arg(e.mediaId).arg(e.observationId);
        if (!out.mkpath(QFileInfo(out.filePath(relative)).absolutePath()))
            return Error{FormatsText::tr("Cannot create folders in %1.").arg(folder)};
        if (!writeExample(e, out.filePath(relative), options.maxSide)) {
            ++summary.skippedMissingFiles;
            continue;
        }
        lists[split].push_back({relative, e.label, QString::number(e.sequenceId), QString::number(e.deploymentId)});
        ++summary.examples;
        ++summary.perClass[e.label];
        (split == u"train" ? summary.train : split == u"val" ? summary.validation : summary.test) += 1;
        control.report(static_cast<std::int64_t>(i + 1));
    }
    for (const auto& [split, rows] : lists)
        if (Status s = writeFileAtomically(out.filePath(split + QStringLiteral(".csv")),
                                           writeCsv({QStringLiteral("file"), QStringLiteral("class"), QStringLiteral("sequence"),
                                                     QStringLiteral("deployment")}, rows));
            !s)
            return s.error();
    QStringList classes;
    for (const auto& [label, n] : summary.perClass)
        classes << label;
    if (Status s = writeFileAtomically(out.filePath(QStringLiteral("classes.txt")), classes.join(QLatin1Char('\n')).toUtf8() + '\n'); !s)
        return s.error();
    return summary;
}

} // namespace trapline::formats
