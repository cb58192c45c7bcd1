#include "TrainingExport.h"

#include "Csv.h"
#include "imaging/Orientation.h"
#include "inference/Preprocess.h"
#include "project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <xxhash.h>

namespace trapline::formats {

namespace {

struct Example {
    std::int64_t observationId = 0;
    std::int64_t mediaId = 0;
    QString path;
    int orientation = 1;
    QString label;
    std::int64_t sequenceId = 0;
    std::int64_t deploymentId = 0;
    std::optional<inference::NormalisedBox> box;
};

// A stable number in [0, 1) from a key and the seed: the same split every time for the same options.
double unitHash(std::int64_t key, unsigned seed, std::uint64_t salt)
{
    const std::uint64_t data[2] = {static_cast<std::uint64_t>(key), salt};
    return static_cast<double>(XXH3_64bits_withSeed(data, sizeof data, seed) >> 11) / 9007199254740992.0;
}

QString folderName(const QString& label)
{
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 ._-]")), QStringLiteral("_"));
    return name.trimmed().isEmpty() ? QStringLiteral("unnamed") : name.trimmed();
}

std::vector<Example> collect(Project& project, const TrainingExportOptions& o)
{
    std::vector<Example> out;
    auto& st = project.db().cached(
        "SELECT o.id, m.id, r.path || '/' || m.rel_path, m.orientation,"
        " CASE WHEN o.observation_type = 'animal' THEN coalesce(t.scientific_name, 'animal')"
        "      WHEN o.observation_type = 'blank' THEN 'empty' ELSE o.observation_type END,"
        " coalesce(m.sequence_id, 0), m.deployment_id, d.x, d.y, d.w, d.h, m.frame_index"
        " FROM observations o JOIN media m ON m.id = o.media_id JOIN image_roots r ON r.id = m.root_id"
        " LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN detections d ON d.id = o.detection_id"
        " WHERE (NOT ?1 OR o.method = 'human') AND r.path != '' AND m.width IS NOT NULL"
        " AND (d.review IS NULL OR d.review != 'rejected')"
        " AND o.observation_type IN ('animal', 'blank', 'human', 'vehicle') ORDER BY m.id, o.id");
    st.bind(1, o.reviewedOnly ? 1 : 0);
    while (st.step()) {
        if (o.firstFramePerSequence && st.integer(11) != 0)
            continue;
        Example e{st.integer(0), st.integer(1), st.text(2), static_cast<int>(st.integer(3)), st.text(4),
                  st.integer(5), st.integer(6), std::nullopt};
        if (!st.isNull(7) && o.content == TrainingExportOptions::Content::Crops)
            e.box = inference::NormalisedBox{st.real(7), st.real(8), st.real(9), st.real(10)};
        if (e.label == u"empty" && unitHash(e.mediaId, o.seed, 7) >= o.keepEmptyShare)
            continue;
        out.push_back(std::move(e));
    }
    return out;
}

QString splitOf(const Example& e, const TrainingExportOptions& o)
{
    const std::int64_t group = o.splitBy == TrainingExportOptions::SplitBy::Deployment ? e.deploymentId : e.sequenceId;
    const double u = unitHash(group, o.seed, o.splitBy == TrainingExportOptions::SplitBy::Deployment ? 2 : 1);
    if (u < o.testShare)
        return QStringLiteral("test");
    if (u < o.testShare + o.validationShare)
        return QStringLiteral("val");
    return QStringLiteral("train");
}

bool writeExample(const Example& e, const QString& file, int maxSide)
{
    cv::Mat image = imaging::uprightImage(cv::imread(e.path.toStdString(), cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION),
                                          e.orientation);
    if (image.empty())
        return false;
    if (e.box)
        image = image(inference::cropRect(*e.box, image.cols, image.rows)).clone();
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
        return Error{QStringLiteral("The validation and test shares must be between 0 and 1 and leave room for training.")};
    std::vector<Example> examples;
    try {
        examples = collect(project, options);
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Cannot read the project: %1").arg(QString::fromStdString(e.what()))};
    }
    if (examples.empty())
        return Error{QStringLiteral("No labelled images to export%1.")
                         .arg(options.reviewedOnly ? QStringLiteral(" (only reviewed labels were asked for)") : QString())};
    TrainingExportSummary summary;
    std::map<QString, std::vector<QStringList>> lists;
    control.beginPhase(QStringLiteral("Writing the training set"), static_cast<std::int64_t>(examples.size()));
    const QDir out(folder);
    for (size_t i = 0; i < examples.size(); ++i) {
        if (control.cancelled()) {
            summary.cancelled = true;
            break;
        }
        const Example& e = examples[i];
        const QString split = splitOf(e, options);
        const QString relative = QStringLiteral("%1/%2/%3_%4.jpg").arg(split, folderName(e.label)).arg(e.mediaId).arg(e.observationId);
        if (!out.mkpath(QFileInfo(out.filePath(relative)).absolutePath()))
            return Error{QStringLiteral("Cannot create folders in %1.").arg(folder)};
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
