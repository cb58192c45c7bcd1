// trapline-cli: the headless face of Trapline. Every command runs the same core code as the GUI.
#include "CliCommands.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

namespace {

const char* const kUsage =
    "Usage: trapline-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  init PROJECT                      create an empty project file (*.trapline)\n"
    "  import PROJECT FOLDER... [--gap SECONDS] [--deployment NAME]\n"
    "                                    import camera folders (run again to add new files or resume)\n"
    "  resume PROJECT                    resume the last cancelled or interrupted import\n"
    "  info PROJECT [--json]             counts of media, sequences, deployments and problems\n"
    "  problems PROJECT [--json]         files imported with problems, and files skipped\n"
    "  infer PROJECT --model MANIFEST... [--device auto|cpu|cuda] [--batch N] [--threads N]\n"
    "                                    run detector, classifier and embedder models over a project\n"
    "  detect FOLDER --model MANIFEST --out results.json\n"
    "                                    run a detector over a folder, write MegaDetector batch JSON\n"
    "  import-labels PROJECT --format megadetector FILE\n"
    "                                    import detections made elsewhere (all or nothing)\n"
    "  export PROJECT --format megadetector --out PATH\n"
    "                                    export a detector's results\n"
    "  model-check MANIFEST              load a model and check it against its manifest\n"
    "  check-system [--threads N]        BLAS, threads and CUDA in use; warns when the slow reference BLAS is\n"
    "                                    active\n"
    "  check PROJECT [--quick] [--relink OLD NEW]\n"
    "                                    database integrity; images missing or changed since import; relink a\n"
    "                                    moved card or disk\n"
    "  deployments list|set|import PROJECT ...\n"
    "                                    deployment position, clock (time zone), camera; set one, or import a CSV\n"
    "  backup PROJECT [--out FILE]       a safe copy of the project, even while it is open\n"
    "  reid-eval FOLDER [--matcher sift|embedding|both] [--model MANIFEST] [--json]\n"
    "                                    re-identification figures (top-1, top-5, mAP, MAP@R) on known individuals\n"
    "  train PROJECT --kind classifier|embedder --base MANIFEST [--out DIR] [options]\n"
    "                                    fine-tune on the confirmed labels (resumes after a crash or Ctrl-C)\n"
    "  models PROJECT [--activate ID]    the models trained in the project; choose the active one\n"
    "  times shift|set-from-name PROJECT --deployment NAME (--by [+|-]HH:MM:SS | --pattern PATTERN)\n"
    "                                    correct a deployment's frame times (a wrong camera clock, times in file\n"
    "                                    names) and regroup its sequences, keeping labels\n"
    "  demo FOLDER                       generate a synthetic camera-trap card and import it\n"
    "\n"
    "Run 'trapline-cli COMMAND --help' for a command's options.\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trapline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAPLINE_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        std::printf("trapline-cli %s\n", TRAPLINE_VERSION);
        return 0;
    }
    using Command = int (*)(const QStringList&);
    const std::map<QString, Command> commands{
        {QStringLiteral("init"), trapline::cli::runInit},
        {QStringLiteral("import"), trapline::cli::runImport},
        {QStringLiteral("resume"), trapline::cli::runResume},
        {QStringLiteral("info"), trapline::cli::runInfo},
        {QStringLiteral("problems"), trapline::cli::runProblems},
        {QStringLiteral("demo"), trapline::cli::runDemo},
        {QStringLiteral("infer"), trapline::cli::runInfer},
        {QStringLiteral("detect"), trapline::cli::runDetect},
        {QStringLiteral("model-check"), trapline::cli::runModelCheck},
        {QStringLiteral("import-labels"), trapline::cli::runImportLabels},
        {QStringLiteral("export"), trapline::cli::runExport},
        {QStringLiteral("check"), trapline::cli::runCheck},
        {QStringLiteral("backup"), trapline::cli::runBackup},
        {QStringLiteral("reid-eval"), trapline::cli::runReidEval},
        {QStringLiteral("train"), trapline::cli::runTrain},
        {QStringLiteral("models"), trapline::cli::runModels},
        {QStringLiteral("times"), trapline::cli::runTimes},
        {QStringLiteral("deployments"), trapline::cli::runDeployments},
        {QStringLiteral("check-system"), trapline::cli::runCheckSystem},
    };
    const auto it = commands.find(args.first());
    if (it == commands.end()) {
        std::fprintf(stderr, "trapline-cli: unknown command '%s'\n\n%s", qPrintable(args.first()), kUsage);
        return 2;
    }
    // QCommandLineParser expects the program name first; the command name stands in for it.
    return it->second(args);
}
