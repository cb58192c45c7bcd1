#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace trapline::cli {

namespace {

QJsonObject countsJson(const ProjectCounts& c)
{
    return {{QStringLiteral("media"), static_cast<qint64>(c.media)},
            {QStringLiteral("sequences"), static_cast<qint64>(c.sequences)},
            {QStringLiteral("deployments"), static_cast<qint64>(c.deployments)},
            {QStringLiteral("errors"), static_cast<qint64>(c.mediaWithErrors)},
            {QStringLiteral("skipped_files"), static_cast<qint64>(c.skippedFiles)},
            {QStringLiteral("media_without_camera_time"), static_cast<qint64>(c.mediaWithoutCameraTime)},
            {QStringLiteral("media_timed_by_file"), static_cast<qint64>(c.mediaTimedByFile)},
            {QStringLiteral("sequences_without_camera_time"), static_cast<qint64>(c.sequencesWithoutCameraTime)},
            {QStringLiteral("ungrouped_media"), static_cast<qint64>(c.ungroupedMedia)}};
}

void printSummary(const ingest::ImportSummary& s)
{
    std::fprintf(stderr,
                 "%s: %lld images found, %lld new, %lld already imported, %lld moved, %lld with problems, "
                 "%lld other files skipped, %lld thumbnails made\n"
                 "time: scan %.1f s, metadata %.1f s, grouping %.1f s, thumbnails %.1f s\n",
                 s.cancelled ? "Import cancelled (run it again to resume)" : "Import finished",
                 static_cast<long long>(s.imagesFound), static_cast<long long>(s.added),
                 static_cast<long long>(s.alreadyImported), static_cast<long long>(s.moved),
                 static_cast<long long>(s.withErrors), static_cast<long long>(s.skippedFiles),
                 static_cast<long long>(s.thumbnailsMade), s.scanSeconds, s.metadataSeconds, s.groupingSeconds,
                 s.thumbnailSeconds);
    if (s.framesTimedByFile > 0)
        std::fprintf(stderr,
                     "%lld new frames have no camera time and are timed by their files; %lld sequences were formed "
                     "without camera times (frames are grouped only where file names run consecutively). If the "
                     "file names hold the times, or a camera clock was wrong: trapline-cli times --help\n",
                     static_cast<long long>(s.framesTimedByFile), static_cast<long long>(s.sequencesWithoutCameraTime));
    for (const QString& e : s.folderErrors)
        printError(e);
    if (s.withErrors > 0 || s.thumbnailFailures > 0)
        std::fprintf(stderr, "See the problems with: trapline-cli problems PROJECT\n");
}

int runImportJob(const QString& projectPath, const ingest::ImportOptions& options)
{
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    auto result = [&] {
        InterruptGuard interrupt(control);
        return ingest::ImportJob(projectPath, options).run(control);
    }();
    printer.finish();
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    printSummary(result.value());
    if (!result.value().folderErrors.isEmpty() && result.value().imagesFound == 0)
        return 1;
    return result.value().cancelled ? 1 : 0;
}

} // namespace

int runInit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty project file."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file to create (*.trapline)."));
    if (!parse(parser, args, 1))
        return 2;
    auto project = Project::create(parser.positionalArguments().at(0));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    std::fprintf(stderr, "Created %s\n", qPrintable(project.value()->path()));
    return 0;
}

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import camera folders into a project. Running it again adds only new files and resumes an import that was "
        "cancelled or killed."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("folders"), QStringLiteral("Folders to import."), QStringLiteral("FOLDER..."));
    parser.addOption({QStringLiteral("gap"), QStringLiteral("Frames of one camera less than SECONDS apart form one "
                                                            "sequence (default 60). Camera burst markers win."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("deployment"), QStringLiteral("Put every file in the deployment NAME instead "
                                                                   "of one per folder."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("deployment-levels-up"),
                      QStringLiteral("Name deployments after the folder N levels above the one holding the images "
                                     "(DCIM-style camera folders are skipped first). Default 0."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("no-thumbnails"), QStringLiteral("Skip making thumbnails.")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Worker threads (default: one per core)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Files per transaction (default 256)."),
                      QStringLiteral("N"), QStringLiteral("256")});
    if (!parse(parser, args, 2))
        return 2;
    ingest::ImportOptions options;
    const QStringList positional = parser.positionalArguments();
    options.folders = positional.mid(1);
    bool ok = true;
    options.gapSeconds = parser.value(QStringLiteral("gap")).toLongLong(&ok);
    if (!ok || options.gapSeconds < 0) {
        printError(QStringLiteral("--gap takes a number of seconds, for example --gap 60"));
        return 2;
    }
    options.deploymentRule.fixedName = parser.value(QStringLiteral("deployment"));
    options.deploymentRule.levelsUp = parser.value(QStringLiteral("deployment-levels-up")).toInt();
    options.makeThumbnails = !parser.isSet(QStringLiteral("no-thumbnails"));
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.batchSize = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    return runImportJob(positional.at(0), options);
}

int runResume(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Resume the last import that was cancelled or interrupted."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    if (!parse(parser, args, 1))
        return 2;
    const QString projectPath = parser.positionalArguments().at(0);
    auto options = ingest::lastUnfinishedImport(projectPath);
    if (!options) {
        printError(options.error().message);
        return 1;
    }
    return runImportJob(projectPath, options.value());
}

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print what a project holds."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON only (for scripts).")});
    if (!parse(parser, args, 1))
        return 2;
    auto project = Project::open(parser.positionalArguments().at(0), Project::OpenMode::ReadOnly);
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto counts = project.value()->counts();
    if (!counts) {
        printError(counts.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(countsJson(counts.value())).toJson(QJsonDocument::Indented)));
        return 0;
    }
    const ProjectCounts& c = counts.value();
    printOut(QStringLiteral("%1\n  %2 media in %3 sequences from %4 deployments\n  %5 media with problems, %6 without "
                            "a camera time (%7 timed by their files), %8 other files skipped\n"
                            "  %9 sequences formed without camera times\n")
                 .arg(project.value()->path())
                 .arg(c.media).arg(c.sequences).arg(c.deployments)
                 .arg(c.mediaWithErrors).arg(c.mediaWithoutCameraTime).arg(c.mediaTimedByFile).arg(c.skippedFiles)
                 .arg(c.sequencesWithoutCameraTime));
    if (auto deployments = project.value()->deployments())
        for (const auto& d : deployments.value())
            printOut(QStringLiteral("  %1: %2 media, %3 sequences\n").arg(d.name).arg(d.mediaCount).arg(d.sequenceCount));
    return 0;
}

int runProblems(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List files that were imported with problems or skipped."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, args, 1))
        return 2;
    auto project = Project::open(parser.positionalArguments().at(0), Project::OpenMode::ReadOnly);
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto issues = project.value()->importIssues(100000);
    if (!issues) {
        printError(issues.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& i : issues.value())
            array.append(QJsonObject{{QStringLiteral("path"), i.path},
                                     {QStringLiteral("problem"), i.message},
                                     {QStringLiteral("imported"), !i.skipped}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const auto& i : issues.value())
        printOut(QStringLiteral("%1 %2: %3\n").arg(i.skipped ? QStringLiteral("skipped ") : QStringLiteral("imported"),
                                                    i.path, i.message));
    return 0;
}

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generate a synthetic camera-trap card (several cameras, bursts, a few broken files) and import it into "
        "FOLDER/demo.trapline."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write the images and project."));
    parser.addOption({QStringLiteral("cameras"), QStringLiteral("Number of cameras (default 4)."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Trigger events per camera (default 12)."),
                      QStringLiteral("N"), QStringLiteral("12")});
    if (!parse(parser, args, 1))
        return 2;
    const QString folder = QDir::cleanPath(QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath());
    const QString images = folder + QStringLiteral("/card");
    const QString projectPath = folder + QStringLiteral("/demo.trapline");
    demo::SyntheticOptions options;
    options.cameras = parser.value(QStringLiteral("cameras")).toInt();
    options.eventsPerCamera = parser.value(QStringLiteral("events")).toInt();
    options.oddFiles = true;
    if (!QFileInfo::exists(images)) {
        std::fprintf(stderr, "Generating synthetic camera-trap images in %s\n", qPrintable(images));
        auto generated = demo::generateCameraTrapTree(images, options);
        if (!generated) {
            printError(generated.error().message);
            return 1;
        }
    }
    if (!QFileInfo::exists(projectPath)) {
        auto created = Project::create(projectPath);
        if (!created) {
            printError(created.error().message);
            return 1;
        }
    }
    ingest::ImportOptions importOptions;
    importOptions.folders = {images};
    if (const int rc = runImportJob(projectPath, importOptions); rc != 0)
        return rc;
    return runInfo({QStringLiteral("info"), projectPath});
}

} // namespace trapline::cli
