#include "Command.h"

#include "CliCommands.h"

namespace trapline::cli {

namespace {

// The description column of the command list, and the width the list is wrapped to.
constexpr int kDescriptionColumn = 36;
constexpr int kWidth = 116;

QString wrapped(const QString& text, int indent)
{
    QString out;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > kWidth) {
            out += line + QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {QStringLiteral("init"), QStringLiteral("PROJECT"), QStringLiteral("create an empty project file (*.trapline)"),
         runInit},
        {QStringLiteral("import"), QStringLiteral("PROJECT FOLDER... [--gap SECONDS] [--deployment NAME]"),
         QStringLiteral("import camera folders (run again to add new files or resume)"), runImport},
        {QStringLiteral("resume"), QStringLiteral("PROJECT"),
         QStringLiteral("resume the last cancelled or interrupted import"), runResume},
        {QStringLiteral("info"), QStringLiteral("PROJECT [--json]"),
         QStringLiteral("counts of media, sequences, deployments and problems"), runInfo},
        {QStringLiteral("problems"), QStringLiteral("PROJECT [--json]"),
         QStringLiteral("files imported with problems, and files skipped"), runProblems},
        {QStringLiteral("infer"),
         QStringLiteral(
             "PROJECT --model MANIFEST... [--device auto|cpu|cuda] [--batch N] [--retry-failed] [--threads N] "
             "[--slurm [--shards N] [--partition P] [--gres gpu:1] [--time HH:MM:SS] [--dry-run]]"),
         QStringLiteral("run detector, classifier and embedder models over a project, here or as a Slurm job array"),
         runInfer},
        {QStringLiteral("infer-shard"), QStringLiteral("PLAN INDEX"),
         QStringLiteral("run one shard of a Slurm plan (what each array task runs) into its own shard file"),
         runInferShard},
        {QStringLiteral("collect"), QStringLiteral("PROJECT [--resubmit]"),
         QStringLiteral("import the finished shards of a Slurm run once each; list missing and failed ones, and "
                        "resubmit them"),
         runCollect},
        {QStringLiteral("detect"), QStringLiteral("FOLDER --model MANIFEST --out results.json"),
         QStringLiteral("run a detector over a folder, write MegaDetector batch JSON"), runDetect},
        {QStringLiteral("import-labels"), QStringLiteral("PROJECT --format camtrap-dp|coco|megadetector|csv FILE"),
         QStringLiteral("import labels made elsewhere (all or nothing)"), runImportLabels},
        {QStringLiteral("export"), QStringLiteral("PROJECT --format FORMAT --out PATH [options]"),
         QStringLiteral("export a project (camtrap-dp, coco, megadetector, csv, crops)"), runExport},
        {QStringLiteral("model-check"), QStringLiteral("MANIFEST [--device auto|cpu|cuda]"),
         QStringLiteral("load a model and check it against its manifest"), runModelCheck},
        {QStringLiteral("check-system"), QStringLiteral("[--threads N] [--json]"),
         QStringLiteral("BLAS, threads and CUDA in use; warns when the slow reference BLAS is active"), runCheckSystem},
        {QStringLiteral("check"), QStringLiteral("PROJECT [--quick] [--json] [--relink OLD NEW]"),
         QStringLiteral("database integrity; images missing or changed since import; relink a moved card or disk"),
         runCheck},
        {QStringLiteral("deployments"), QStringLiteral("list|set|import PROJECT ..."),
         QStringLiteral("deployment position, clock (time zone), camera; set one, or import a CSV"), runDeployments},
        {QStringLiteral("backup"), QStringLiteral("PROJECT [--out FILE]"),
         QStringLiteral("a safe copy of the project, even while it is open"), runBackup},
        {QStringLiteral("reid-eval"),
         QStringLiteral("FOLDER [--matcher sift|hotspotter|embedding|both|LIST] [--model MANIFEST] [--json]"),
         QStringLiteral("re-identification figures (top-1, top-5, mAP, MAP@R) on known individuals"), runReidEval},
        {QStringLiteral("train"),
         QStringLiteral("PROJECT --kind classifier|embedder --base MANIFEST [--out DIR] [options]"),
         QStringLiteral("fine-tune on the confirmed labels (resumes after a crash or Ctrl-C)"), runTrain},
        {QStringLiteral("models"),
         QStringLiteral("catalogue|download ID|convert ID FILE|installed|remove ID|PROJECT [--activate ID]"),
         QStringLiteral("the model library: models to download (licence, size), fetch one (resumable, checked), "
                        "convert it to TorchScript, the installed ones; or the models trained in a project"),
         runModelLibrary},
        {QStringLiteral("times"),
         QStringLiteral("shift|set-from-name PROJECT --deployment NAME (--by [+|-]HH:MM:SS | --pattern PATTERN)"),
         QStringLiteral("correct a deployment's frame times (a wrong camera clock, times in file names) and regroup "
                        "its sequences, keeping labels"),
         runTimes},
        {QStringLiteral("checkout"),
         QStringLiteral("PROJECT (--deployments A,B | --sequences QUERY) --reviewer NAME --out PART.trapline"),
         QStringLiteral("a part of the project for one reviewer, recorded in the project"), runCheckout},
        {QStringLiteral("checkin"), QStringLiteral("PROJECT PART.trapline"),
         QStringLiteral("merge a reviewer's part back; sequences changed on both sides go to the Conflicts queue"),
         runCheckin},
        {QStringLiteral("demo"), QStringLiteral("FOLDER"),
         QStringLiteral("generate a synthetic camera-trap card and import it"), runDemo},
    };
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString usageLine(const QString& name)
{
    const Command* c = findCommand(name);
    if (!c)
        return name;
    return c->usage.isEmpty() ? c->name : c->name + QLatin1Char(' ') + c->usage;
}

QString usageText()
{
    QString text = QStringLiteral("Usage: trapline-cli [--verbose] COMMAND [options]\n\nCommands:\n");
    const QString indent(kDescriptionColumn, QLatin1Char(' '));
    for (const Command& c : commands()) {
        const QString head = QStringLiteral("  ") + usageLine(c.name);
        if (head.size() + 2 <= kDescriptionColumn)
            text += head.leftJustified(kDescriptionColumn, QLatin1Char(' '));
        else
            text += wrapped(head.mid(2), 4).prepend(QStringLiteral("  ")) + QLatin1Char('\n') + indent;
        text += wrapped(c.description, kDescriptionColumn) + QLatin1Char('\n');
    }
    text +=
        QStringLiteral("\nOptions:\n"
                       "  --verbose                         debug messages of every subsystem (trapline.*) on stderr\n"
                       "  --version                         the version of trapline-cli\n"
                       "\nRun 'trapline-cli COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace trapline::cli
