#pragma once

#include "InferenceJob.h"
#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace trapline::inference {

// Inference split over the tasks of a Slurm job array. The plan (PROJECT.slurm/plan.json) names the media of each
// shard relative to the project's image roots and the models with their content hashes; each task runs the same
// InferenceJob as a local run over its shard in a small project file of its own (shard-I.trapline, renamed into
// place only when finished), and collect imports the finished shards into the project, once each.

struct SlurmOptions {
    int shards = 4;
    QString partition; // --partition, when not empty
    QString gres;      // --gres, e.g. gpu:1
    QString time;      // --time, HH:MM:SS
    QString cli;       // the trapline-cli the tasks run (absolute path)
};

struct ShardPlanInfo {
    QString folder;     // PROJECT.slurm
    QString planPath;   // PROJECT.slurm/plan.json
    QString scriptPath; // PROJECT.slurm/job.sh
    QString script;     // its text
    QString planId;
    int shards = 0;
    std::int64_t media = 0;
    std::int64_t skipped = 0; // media on which a requested model has results already (left to a local run)
};

// The folder beside the project that holds a plan, its script, the shard files and the task logs.
QString slurmFolder(const QString& projectPath);

// Writes the plan and the job-array script for the project's media that none of the models has processed yet.
Result<ShardPlanInfo> writeShardPlan(const QString& projectPath, const InferenceOptions& models,
                                     const SlurmOptions& slurm);
// The plan that is in the project's folder, with its script.
Result<ShardPlanInfo> readShardPlan(const QString& projectPath);

// Submits the plan's script with sbatch (found on PATH): all tasks, or only `tasks`. Returns the job id.
Result<QString> submitShards(const ShardPlanInfo& plan, const std::vector<int>& tasks = {});

// Runs one shard of a plan (the task `index` of the array): refuses when a model's files differ from the plan's.
Result<InferenceSummary> runShard(const QString& planPath, int index, JobControl& control);

struct CollectReport {
    std::vector<int> imported;                   // by this call
    std::vector<int> importedBefore;             // by an earlier call
    std::vector<int> running;                    // pending or running according to squeue
    std::vector<int> missing;                    // no shard file and not running
    std::vector<std::pair<int, QString>> failed; // the task's state or Slurm says it failed, with why
    std::int64_t detections = 0;
    std::int64_t observations = 0;
    std::int64_t media = 0;
    std::int64_t framesFlagged = 0;
    bool slurmQueried = false; // squeue answered
    std::vector<int> toResubmit() const;
};

// Imports the finished shards of the project's plan, each in one transaction and once, then smooths the
// sequences they touched.
Result<CollectReport> collectShards(const QString& projectPath, JobControl& control);

} // namespace trapline::inference
