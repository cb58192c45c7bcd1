// trapline-cli import-labels and export.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "formats/Exchange.h"

#include <QCommandLineParser>

#include <cstdio>

namespace trapline::cli {

namespace {

const char* const kFormats = "camtrap-dp, coco, megadetector, csv, crops";

bool readShare(const QCommandLineParser& parser, const QString& option, double& out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    out = parser.value(option).toDouble(&ok);
    if (!ok || out < 0 || out > 1) {
        printError(QStringLiteral("--%1 takes a share between 0 and 1, for example 0.2").arg(option));
        return false;
    }
    return true;
}

} // namespace

int runImportLabels(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import labels made elsewhere, matching images by relative path. The whole file is checked first; a file "
        "that fails changes nothing. Formats: camtrap-dp (package folder or datapackage.json), coco (COCO Camera "
        "Traps JSON), megadetector (batch output JSON), csv (one row per file with a species column)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The labels file or package."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("camtrap-dp, coco, megadetector or csv."), QStringLiteral("FORMAT")});
    if (!parse(parser, args, 2))
        return 2;
    const auto format = formats::parseExchangeFormat(parser.value(QStringLiteral("format")));
    if (!format || *format == formats::ExchangeFormat::TrainingCrops) {
        printError(QStringLiteral("--format must be one of: camtrap-dp, coco, megadetector, csv"));
        return 2;
    }
    auto result = formats::importLabels(parser.positionalArguments().at(0), *format, parser.positionalArguments().at(1));
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    std::fprintf(stderr, "Imported %s\n", qPrintable(result.value()));
    return 0;
}

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a project: camtrap-dp (a Camtrap DP 1.0 package folder), coco (COCO Camera Traps JSON), megadetector "
        "(batch output JSON of a detector's results), csv (one row per observation), crops (a training set in class "
        "folders with split lists)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("format"), QString::fromLatin1(kFormats), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file or folder to write."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("reviewed-only"), QStringLiteral("Only labels a person made or confirmed (default for crops).")});
    parser.addOption({QStringLiteral("include-machine"), QStringLiteral("Machine labels too (default for the other formats).")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("megadetector: id of the detector whose results to export."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("whole-frames"), QStringLiteral("crops: whole frames instead of box crops.")});
    parser.addOption({QStringLiteral("first-frame-only"), QStringLiteral("crops: only the first frame of each sequence.")});
    parser.addOption({QStringLiteral("keep-empty"), QStringLiteral("crops: share of empty images kept (0 drops them, 0.1 keeps one in ten)."),
                      QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("split-by"), QStringLiteral("crops: sequence (default) or deployment; a group never straddles splits."),
                      QStringLiteral("WHAT"), QStringLiteral("sequence")});
    parser.addOption({QStringLiteral("val"), QStringLiteral("crops: validation share (default 0.2)."), QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("test"), QStringLiteral("crops: test share (default 0)."), QStringLiteral("SHARE")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("crops: seed of the split (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("max-side"), QStringLiteral("crops: shrink larger images to this long side."), QStringLiteral("PIXELS")});
    if (!parse(parser, args, 1))
        return 2;
    const auto format = formats::parseExchangeFormat(parser.value(QStringLiteral("format")));
    if (!format || parser.value(QStringLiteral("out")).isEmpty()) {
        printError(QStringLiteral("give --format (%1) and --out PATH").arg(QString::fromLatin1(kFormats)));
        return 2;
    }
    formats::ExportRequest request;
    request.format = *format;
    request.out = parser.value(QStringLiteral("out"));
    const bool crops = *format == formats::ExchangeFormat::TrainingCrops;
    request.includeMachine = crops ? parser.isSet(QStringLiteral("include-machine")) : !parser.isSet(QStringLiteral("reviewed-only"));
    request.training.reviewedOnly = !request.includeMachine;
    if (parser.isSet(QStringLiteral("model")))
        request.detectorModelId = parser.value(QStringLiteral("model")).toLongLong();
    auto& t = request.training;
    t.content = parser.isSet(QStringLiteral("whole-frames")) ? formats::TrainingExportOptions::Content::WholeFrames
                                                             : formats::TrainingExportOptions::Content::Crops;
    t.firstFramePerSequence = parser.isSet(QStringLiteral("first-frame-only"));
    if (!readShare(parser, QStringLiteral("keep-empty"), t.keepEmptyShare) || !readShare(parser, QStringLiteral("val"), t.validationShare) ||
        !readShare(parser, QStringLiteral("test"), t.testShare))
        return 2;
    const QString splitBy = parser.value(QStringLiteral("split-by"));
    if (splitBy != u"sequence" && splitBy != u"deployment") {
        printError(QStringLiteral("--split-by must be sequence or deployment"));
        return 2;
    }
    t.splitBy = splitBy == u"deployment" ? formats::TrainingExportOptions::SplitBy::Deployment
                                         : formats::TrainingExportOptions::SplitBy::Sequence;
    t.seed = parser.value(QStringLiteral("seed")).toUInt();
    t.maxSide = parser.value(QStringLiteral("max-side")).toInt();
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto result = formats::exportProject(parser.positionalArguments().at(0), request, control);
    printer.finish();
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    std::fprintf(stderr, "Exported %s to %s\n", qPrintable(result.value()), qPrintable(request.out));
    return 0;
}

} // namespace trapline::cli
