#pragma once

#include <QStringList>

namespace trapline::cli {

// Each command takes its own arguments (the command name first) and returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 wrong usage.
int runInit(const QStringList& args);
int runImport(const QStringList& args);
int runResume(const QStringList& args);
int runInfo(const QStringList& args);
int runProblems(const QStringList& args);
int runDemo(const QStringList& args);
int runInfer(const QStringList& args);
int runDetect(const QStringList& args);
int runInferShard(const QStringList& args);
int runCollect(const QStringList& args);
int runModelCheck(const QStringList& args);
int runImportLabels(const QStringList& args);
int runExport(const QStringList& args);
int runCheck(const QStringList& args);
int runBackup(const QStringList& args);
int runReidEval(const QStringList& args);
int runTrain(const QStringList& args);
int runModels(const QStringList& args);
// models catalogue|download|convert|installed|remove, else runModels.
int runModelLibrary(const QStringList& args);
int runTimes(const QStringList& args);
int runDeployments(const QStringList& args);
int runCheckSystem(const QStringList& args);
int runCheckout(const QStringList& args);
int runCheckin(const QStringList& args);

} // namespace trapline::cli
