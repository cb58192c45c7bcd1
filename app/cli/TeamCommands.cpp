// trapline-cli checkout and checkin: a team reviewing one project, each reviewer in a part of it.
#include "CliCommands.h"

#include "CliSupport.h"
#include "Command.h"
#include "project/Project.h"
#include "review/Checkout.h"

namespace trapline::cli {

int runCheckout(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check out a part of a project for one reviewer: a project file of its own with the chosen sequences, their "
        "images (under the same folders), the machine's results, taxa, quick keys and individuals. The project "
        "records the check-out; 'trapline-cli checkin' brings the reviewer's labels back.\n"
        "QUERY: review queues separated by commas: not-reviewed, machine-labelled, below=CONFIDENCE, disagreeing, "
        "empty, conflicts, species=NAME, deployment=NAME (e.g. \"deployment=CAM01,not-reviewed\")."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("deployments"),
                      QStringLiteral("Every sequence of these deployments (names, "
                                     "separated by commas)."),
                      QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("sequences"), QStringLiteral("The sequences a review-queue query selects."),
                      QStringLiteral("QUERY")});
    parser.addOption({QStringLiteral("reviewer"), QStringLiteral("Who reviews the part."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The part's file (a new *.trapline)."), QStringLiteral("PART")});
    if (!parse(parser, args, 1))
        return 2;
    const bool byDeployment = parser.isSet(QStringLiteral("deployments"));
    const bool byQuery = parser.isSet(QStringLiteral("sequences"));
    if (byDeployment == byQuery || !parser.isSet(QStringLiteral("reviewer")) || !parser.isSet(QStringLiteral("out"))) {
        printError(QStringLiteral("Give --deployments or --sequences (one of them), --reviewer and --out.\nUsage: "
                                  "trapline-cli %1\n")
                       .arg(usageLine(QStringLiteral("checkout"))));
        return 2;
    }
    auto project = Project::open(parser.positionalArguments().at(0));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    review::CheckoutRequest request;
    request.reviewer = parser.value(QStringLiteral("reviewer"));
    request.partPath = parser.value(QStringLiteral("out"));
    if (byDeployment) {
        request.deployments = parser.value(QStringLiteral("deployments")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        request.scope = QStringLiteral("deployments=") + parser.value(QStringLiteral("deployments"));
    } else {
        auto ids = review::sequenceQuery(*project.value(), parser.value(QStringLiteral("sequences")));
        if (!ids) {
            printError(ids.error().message);
            return 1;
        }
        request.sequences = ids.value();
        request.scope = QStringLiteral("sequences=") + parser.value(QStringLiteral("sequences"));
    }
    auto report = review::checkOut(*project.value(), request);
    if (!report) {
        printError(report.error().message);
        return 1;
    }
    printOut(QStringLiteral("Checked out %1 sequences (%2 images) for %3 to %4 (check-out %5).\n")
                 .arg(report.value().sequences)
                 .arg(report.value().media)
                 .arg(request.reviewer, request.partPath)
                 .arg(report.value().checkoutId));
    return 0;
}

int runCheckin(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a reviewer's part back in. Sequences nobody else changed take the reviewer's labels (who and when "
        "kept); a sequence changed on both sides keeps the project's labels and goes to the Conflicts review "
        "queue with the reviewer's version beside it. New taxa and individuals are merged by name. Checking the "
        "same part in again brings only what changed since. All or nothing."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("part"), QStringLiteral("The part (made by 'trapline-cli checkout')."));
    if (!parse(parser, args, 2))
        return 2;
    auto project = Project::open(parser.positionalArguments().at(0));
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto report = review::checkIn(*project.value(), parser.positionalArguments().at(1));
    if (!report) {
        printError(report.error().message);
        return 1;
    }
    printOut(report.value().summary() + QLatin1Char('\n'));
    return 0;
}

} // namespace trapline::cli
