#include "CliSupport.h"

#include "Command.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace trapline::cli {

namespace {

JobControl* g_runningJob = nullptr;

extern "C" void onInterrupt(int)
{
    // Only an atomic store: safe in a signal handler. The job stops after its current batch.
    if (g_runningJob)
        g_runningJob->cancel();
}

} // namespace

void printError(const QString& message) { std::fprintf(stderr, "trapline-cli: %s\n", qPrintable(message)); }

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void addThreadsOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Threads for the forward pass (LibTorch and OpenCV); 0, the default, uses one "
                                     "per core."),
                      QStringLiteral("N"), QStringLiteral("0")});
}

Result<int> threadsOption(const QCommandLineParser& parser)
{
    bool ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 0)
        return Error{QStringLiteral("--threads takes a number of threads (0 for one per core)")};
    return threads;
}

bool parse(QCommandLineParser& parser, const QStringList& args, int minPositional, const QString& usage)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText() + QStringLiteral("\nUsage: trapline-cli ") + usage);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's own first line names the program's path but not the verb; the command's usage line names both.
        const QString text = parser.helpText();
        printOut(QStringLiteral("Usage: trapline-cli %1\n%2").arg(usage, text.mid(text.indexOf(QLatin1Char('\n')) + 1)));
        std::exit(0);
    }
    if (parser.positionalArguments().size() < minPositional) {
        printError(QStringLiteral("missing arguments.\nUsage: trapline-cli ") + usage);
        return false;
    }
    return true;
}

bool parse(QCommandLineParser& parser, const QStringList& args, int minPositional)
{
    return parse(parser, args, minPositional, usageLine(args.value(0)));
}

InterruptGuard::InterruptGuard(JobControl& control)
{
    g_runningJob = &control;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_runningJob = nullptr;
}

} // namespace trapline::cli
