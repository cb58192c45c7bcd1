// trapline-cli check and backup: the safety net for a project's files.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "ingest/ProjectCheck.h"
#include "project/Backup.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace trapline::cli {

namespace {

QString kindName(ingest::MediaProblem::Kind kind)
{
    return kind == ingest::MediaProblem::Kind::Missing ? QStringLiteral("missing") : QStringLiteral("changed");
}

QJsonObject reportJson(const ingest::CheckReport& r)
{
    QJsonArray problems, roots;
    for (const auto& p : r.problems)
        problems.append(QJsonObject{{QStringLiteral("media_id"), static_cast<qint64>(p.mediaId)},
                                    {QStringLiteral("path"), p.path}, {QStringLiteral("problem"), kindName(p.kind)},
                                    {QStringLiteral("detail"), p.detail}});
    for (const auto& root : r.roots)
        roots.append(QJsonObject{{QStringLiteral("path"), root.path}, {QStringLiteral("media"), static_cast<qint64>(root.media)},
                                 {QStringLiteral("missing"), static_cast<qint64>(root.missing)},
                                 {QStringLiteral("folder_exists"), root.folderExists}});
    return {{QStringLiteral("integrity"), r.integrityErrors.isEmpty() ? QStringLiteral("ok") : r.integrityErrors.join(u'\n')},
            {QStringLiteral("checked"), static_cast<qint64>(r.checked)},
            {QStringLiteral("missing"), static_cast<qint64>(r.count(ingest::MediaProblem::Kind::Missing))},
            {QStringLiteral("changed"), static_cast<qint64>(r.count(ingest::MediaProblem::Kind::Changed))},
            {QStringLiteral("problems"), problems}, {QStringLiteral("image_folders"), roots}};
}

void printReport(const QString& projectPath, const ingest::CheckReport& r)
{
    printOut(QStringLiteral("Database: %1\n").arg(r.integrityErrors.isEmpty() ? QStringLiteral("ok")
                                                                             : r.integrityErrors.join(QStringLiteral("; "))));
    printOut(QStringLiteral("Images checked: %1; missing: %2; changed since import: %3\n")
                 .arg(r.checked).arg(r.count(ingest::MediaProblem::Kind::Missing))
                 .arg(r.count(ingest::MediaProblem::Kind::Changed)));
    constexpr size_t kListed = 50;
    for (size_t i = 0; i < r.problems.size() && i < kListed; ++i)
        printOut(QStringLiteral("  %1: %2 (%3)\n").arg(kindName(r.problems[i].kind), r.problems[i].path, r.problems[i].detail));
    if (r.problems.size() > kListed)
        printOut(QStringLiteral("  ... and %1 more (--json lists all)\n").arg(r.problems.size() - kListed));
    for (const auto& root : r.roots)
        if (root.looksMoved())
            printOut(QStringLiteral("All %1 images under %2 are missing%3. If the card or disk is now somewhere else, "
                                    "relink it:\n  trapline-cli check %4 --relink %2 NEW_FOLDER\n")
                         .arg(root.media).arg(root.path, root.folderExists ? QString() : QStringLiteral(" and the folder is gone"),
                              projectPath));
}

} // namespace

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a project: the database's integrity, and every image against the file it was imported from "
        "(missing, or changed since). Exit code 0 when all is well, 1 when something is wrong."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Compare file sizes only, not contents (no file is read).")});
    parser.addOption({QStringLiteral("relink"), QStringLiteral("Point the image folder OLD at NEW (where the card or "
                                                               "disk is now), then check."),
                      QStringLiteral("OLD")});
    parser.addPositionalArgument(QStringLiteral("new-folder"), QStringLiteral("With --relink: the folder's new place."),
                                 QStringLiteral("[NEW]"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON only.")});
    if (!parse(parser, args, 1))
        return 2;
    const QString path = parser.positionalArguments().at(0);
    auto project = Project::open(path);
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("relink"))) {
        if (parser.positionalArguments().size() < 2) {
            printError(QStringLiteral("--relink needs the old and the new folder: check PROJECT --relink OLD NEW"));
            return 2;
        }
        auto found = ingest::relinkImageRoot(*project.value(), parser.value(QStringLiteral("relink")),
                                             parser.positionalArguments().at(1));
        if (!found) {
            printError(found.error().message);
            return 1;
        }
        std::fprintf(stderr, "Relinked %s to %s: %lld images found there.\n", qPrintable(parser.value(QStringLiteral("relink"))),
                     qPrintable(parser.positionalArguments().at(1)), static_cast<long long>(found.value()));
    }
    ingest::CheckOptions options;
    options.compareHashes = !parser.isSet(QStringLiteral("quick"));
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    auto report = [&] {
        InterruptGuard interrupt(control);
        return ingest::checkProject(*project.value(), options, control);
    }();
    printer.finish();
    if (!report) {
        printError(report.error().message);
        return 1;
    }
    const auto& r = report.value();
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented)));
    else
        printReport(path, r);
    if (r.cancelled) {
        printError(QStringLiteral("The check was interrupted; what it found so far is above."));
        return 1;
    }
    return r.integrityErrors.isEmpty() && r.problems.empty() ? 0 : 1;
}

int runBackup(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a project safely, even while it is open (SQLite online backup). Without --out the copy goes to the "
        "project's backup folder (PROJECT-backups beside it)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the copy."), QStringLiteral("FILE")});
    if (!parse(parser, args, 1))
        return 2;
    auto project = Project::open(parser.positionalArguments().at(0), Project::OpenMode::ReadOnly);
    if (!project) {
        printError(project.error().message);
        return 1;
    }
    auto backup = backupNow(project.value()->db(), parser.value(QStringLiteral("out")));
    if (!backup) {
        printError(backup.error().message);
        return 1;
    }
    printOut(backup.value() + QLatin1Char('\n'));
    return 0;
}

} // namespace trapline::cli
