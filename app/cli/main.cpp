// trapline-cli: the headless face of Trapline. Every command runs the same core code as the GUI.
#include "Command.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

// A local category until core/Logging.h declares the subsystems' own; --verbose shows it with them.
Q_LOGGING_CATEGORY(cliLog, "trapline.cli", QtInfoMsg)

// --verbose may stand anywhere: before the verb, or among the verb's own options.
bool takeVerbose(QStringList& args)
{
    return args.removeAll(QStringLiteral("--verbose")) > 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trapline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAPLINE_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    // Rules set here still yield to QT_LOGGING_RULES, so a user can pick single categories without --verbose.
    QLoggingCategory::setFilterRules(takeVerbose(args) ? QStringLiteral("trapline.*.debug=true")
                                                       : QStringLiteral("trapline.*.debug=false"));
    const QString usage = trapline::cli::usageText();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        std::fputs(qPrintable(usage), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        std::printf("trapline-cli %s\n", TRAPLINE_VERSION);
        return 0;
    }
    // "help VERB" is "VERB --help"; plain "help" is the command list.
    if (args.first() == u"help") {
        if (args.size() == 1) {
            std::fputs(qPrintable(usage), stdout);
            return 0;
        }
        args = QStringList{args.at(1), QStringLiteral("--help")};
    }
    const trapline::cli::Command* command = trapline::cli::findCommand(args.first());
    if (!command) {
        std::fprintf(stderr, "trapline-cli: unknown command '%s'\n\n%s", qPrintable(args.first()), qPrintable(usage));
        return 2;
    }
    qCDebug(cliLog) << "running" << command->name << "with" << args.mid(1);
    // QCommandLineParser expects the program name first; the command name stands in for it.
    const int rc = command->run(args);
    qCDebug(cliLog) << command->name << "exited with" << rc;
    return rc;
}
