#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace trapline::cli {

// One verb of trapline-cli, declared once (KeePassXC's Command): the dispatcher, `trapline-cli --help`, the list
// shown after a wrong verb and each verb's own usage line are all generated from the table of these.
struct Command {
    QString name;
    QString usage;       // the arguments after the verb, as shown in the usage lines
    QString description; // one sentence for the command list
    // Takes the verb's arguments (the verb first) and returns the exit code: 0 success, 1 failure (message on
    // stderr), 2 wrong usage.
    int (*run)(const QStringList& args);
};

// Every verb, in the order the command list shows them.
const std::vector<Command>& commands();
// The verb called `name`, or nullptr.
const Command* findCommand(const QString& name);
// "VERB ARGUMENTS" of the verb called `name`, for its usage line.
QString usageLine(const QString& name);
// The whole usage text of trapline-cli: the global options and every verb with its arguments and description.
QString usageText();

} // namespace trapline::cli
