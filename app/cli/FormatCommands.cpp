// trapline-cli import-labels and export.
#include "CliCommands.h"

#include "CliSupport.h"
#include "formats/MegaDetectorJson.h"
#include "project/Project.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

namespace trapline::cli {

int runImportLabels(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import labels made elsewhere into a project, matching images by relative path. The whole file is checked "
        "first; a file that fails changes nothing. Formats: megadetector (batch output JSON)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The labels file."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("The file's format: megadetector."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("min-confidence"), QStringLiteral("Skip detections below this confidence (default 0: all)."),
                      QStringLiteral("X"), QStringLiteral("0")});
    if (!parse(parser, args, 2, QStringLiteral("import-labels PROJECT --format megadetector FILE")))
        return 2;
    if (parser.value(QStringLiteral("format")) != u"megadetector") {
        printError(QStringLiteral("--format must be one of: megadetector"));
        return 2;
    }
    auto project = Project::open(parser.positionalArguments().at(0));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto summary = formats::importMegaDetectorJson(*project.value(), parser.positionalArguments().at(1),
                                                   parser.value(QStringLiteral("min-confidence")).toDouble());
    if (!summary) {
        printError(summary.error().message);
        return 1;
    }
    const auto& s = summary.value();
    std::fprintf(stderr, "Imported %lld detections for %lld of %lld images (%lld failures recorded); %lld images "
                         "have no media in the project%s\n",
                 static_cast<long long>(s.detections), static_cast<long long>(s.matched),
                 static_cast<long long>(s.imagesInFile), static_cast<long long>(s.failuresInFile),
                 static_cast<long long>(s.unmatched.size()),
                 s.unmatched.isEmpty() ? "" : qPrintable(QStringLiteral(", e.g. ") + s.unmatched.first()));
    return 0;
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export a project's results. Formats: megadetector (batch output "
                                                    "JSON of one detector's results)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("megadetector."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Id of the detector whose results to export (default: the "
                                                              "latest)."), QStringLiteral("ID")});
    if (!parse(parser, args, 1, QStringLiteral("export PROJECT --format megadetector --out PATH")))
        return 2;
    if (parser.value(QStringLiteral("format")) != u"megadetector" || parser.value(QStringLiteral("out")).isEmpty()) {
        printError(QStringLiteral("give --format megadetector and --out PATH"));
        return 2;
    }
    auto project = Project::open(parser.positionalArguments().at(0), Project::OpenMode::ReadOnly);
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto& db = project.value()->db();
    const auto modelId = parser.isSet(QStringLiteral("model"))
                             ? parser.value(QStringLiteral("model")).toLongLong()
                             : db.scalar("SELECT id FROM models WHERE kind = 'detector' ORDER BY id DESC LIMIT 1");
    // Paths relative to the image folder when the project has one, as MegaDetector writes them.
    const QString root = db.scalar("SELECT count(*) FROM image_roots") == 1 ? project.value()->imageRootPath(
                                                                                   db.scalar("SELECT id FROM image_roots"))
                                                                             : QString();
    auto json = formats::exportMegaDetectorJson(*project.value(), {modelId, root});
    if (!json) {
        printError(json.error().message);
        return 1;
    }
    if (Status written = formats::writeJsonFile(parser.value(QStringLiteral("out")), json.value()); !written) {
        printError(written.error().message);
        return 1;
    }
    return 0;
}

} // namespace trapline::cli
