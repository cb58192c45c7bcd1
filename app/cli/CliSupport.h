#pragma once

#include "Result.h"
#include "jobs/JobControl.h"

#include <QCommandLineParser>
#include <QString>

namespace trapline::cli {

void printError(const QString& message);
void printOut(const QString& text);

// Parses a command's arguments; --help prints the command's help and exits 0. On wrong usage prints the problem
// and the usage line and returns false.
bool parse(QCommandLineParser& parser, const QStringList& args, int minPositional, const QString& usage);
// The same, with the usage line of the verb args.first() from the command table (Command.h).
bool parse(QCommandLineParser& parser, const QStringList& args, int minPositional);

// --threads N: the threads of the forward pass (LibTorch and OpenCV); 0, the default, is one per core.
void addThreadsOption(QCommandLineParser& parser);
Result<int> threadsOption(const QCommandLineParser& parser);

// While alive, Ctrl-C and SIGTERM cancel `control` cooperatively instead of killing the process mid-batch.
class InterruptGuard {
public:
    explicit InterruptGuard(JobControl& control);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
};

} // namespace trapline::cli
