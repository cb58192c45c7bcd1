// trapline-cli times: correct the frame times of a deployment (a camera clock set wrong, times only in file names).
#include "CliCommands.h"

#include "CliSupport.h"
#include "ingest/SequenceGrouper.h"
#include "ingest/TimeAdjustment.h"
#include "project/Deployments.h"
#include "project/Project.h"

namespace trapline::cli {

int runTimes(const QStringList& args)
{
    const QString usage = QStringLiteral(
        "times shift PROJECT --deployment NAME --by [+|-]HH:MM:SS\n"
        "       trapline-cli times set-from-name PROJECT --deployment NAME --pattern PATTERN");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Correct the frame times of one deployment, then regroup its sequences (labels are kept).\n"
        "  shift: the camera's clock was wrong; every frame moves by --by.\n"
        "  set-from-name: the times are in the file names (camtrapR renames files so); in the pattern YYYY MM DD hh mm ss "
        "(fff) stand for the time's parts and * for any text, for example '*__YYYY-MM-DD__hh-mm-ss*'.\n"
        "Each change is written to the audit log; the GUI's Deployments > Adjust Times can undo it."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("shift or set-from-name"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("deployment"), QStringLiteral("The deployment's name (see trapline-cli deployments list)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("The shift, [+|-]HH:MM:SS or seconds."), QStringLiteral("SHIFT")});
    parser.addOption({{QStringLiteral("pattern"), QStringLiteral("set-from-name")},
                      QStringLiteral("The file-name pattern that holds the time."), QStringLiteral("PATTERN")});
    parser.addOption({QStringLiteral("gap"), QStringLiteral("Regroup with this gap in seconds (default 60)."),
                      QStringLiteral("SECONDS"), QString::number(ingest::SequenceGrouper::kDefaultGapSeconds)});
    if (!parse(parser, args, 2, usage))
        return 2;
    const QString action = parser.positionalArguments().at(0);
    if (action != u"shift" && action != u"set-from-name") {
        printError(QStringLiteral("Unknown action '%1'. Usage: trapline-cli %2").arg(action, usage));
        return 2;
    }
    bool gapOk = false;
    const auto gapMs = parser.value(QStringLiteral("gap")).toLongLong(&gapOk) * 1000;
    if (!parser.isSet(QStringLiteral("deployment")) || !gapOk || gapMs < 0) {
        printError(QStringLiteral("Name the deployment with --deployment NAME (and --gap takes seconds). Usage: "
                                  "trapline-cli %1").arg(usage));
        return 2;
    }
    auto project = Project::open(parser.positionalArguments().at(1));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    const auto deploymentId = deploymentIdByName(*project.value(), parser.value(QStringLiteral("deployment")));
    if (!deploymentId) {
        printError(deploymentId.error().message);
        return 1;
    }
    Result<ingest::TimeAdjustment> result = Error{};
    if (action == u"shift") {
        const auto by = ingest::parseClockShift(parser.value(QStringLiteral("by")));
        if (!by) {
            printError(QStringLiteral("--by takes a shift like +01:00:00, -00:05:30 or 3600 (seconds)."));
            return 2;
        }
        result = ingest::shiftTimes(*project.value(), deploymentId.value(), *by, gapMs);
    } else {
        const QString text = parser.value(QStringLiteral("pattern"));
        auto pattern = ingest::NameTimePattern::parse(text);
        if (!pattern) {
            printError(pattern.error().message);
            return 2;
        }
        result = ingest::setTimesFromNames(*project.value(), deploymentId.value(), pattern.value(), text, gapMs);
    }
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    const auto& r = result.value();
    printOut(QStringLiteral("%1 frame times changed%2; the deployment now has %3 sequences.\n")
                 .arg(r.changed)
                 .arg(r.unmatched > 0 ? QStringLiteral(" (%1 file names did not match and kept their times)").arg(r.unmatched)
                                      : QString())
                 .arg(r.sequences));
    return 0;
}

} // namespace trapline::cli
