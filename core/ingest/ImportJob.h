#pragma once

#include "DeploymentResolver.h"
#include "Result.h"
#include "jobs/JobControl.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>

namespace trapline::ingest {

struct ImportOptions {
    QStringList folders;
    std::int64_t gapSeconds = 60; // frames of one camera closer than this form one sequence
    DeploymentRule deploymentRule;
    bool makeThumbnails = true;
    int threads = 0;        // 0: one per core
    int batchSize = 256;    // rows per transaction; also the granularity of cancel and of a killed import's loss

    QJsonObject toJson() const;
    static ImportOptions fromJson(const QJsonObject& json);
};

struct ImportSummary {
    std::int64_t imagesFound = 0;
    std::int64_t alreadyImported = 0;
    std::int64_t added = 0;
    std::int64_t moved = 0;
    std::int64_t withErrors = 0;
    std::int64_t skippedFiles = 0;
    std::int64_t unreadableFolders = 0;
    std::int64_t deploymentsGrouped = 0;
    std::int64_t framesTimedByFile = 0;           // new frames whose only time is the file's modification time
    std::int64_t sequencesWithoutCameraTime = 0;  // in the deployments this import grouped
    std::int64_t thumbnailsMade = 0;
    std::int64_t thumbnailFailures = 0;
    double scanSeconds = 0;
    double metadataSeconds = 0;
    double groupingSeconds = 0;
    double thumbnailSeconds = 0;
    bool cancelled = false;
    QStringList folderErrors; // folders that could not be imported at all
};

// Imports camera folders into a project. Runs on the calling thread (wrap it in a job runner for the GUI) with
// its own database connection; reading and decoding fan out over a thread pool while one writer commits batches.
// Every batch is one transaction, so a cancelled or killed import leaves only complete rows, and running the
// same import again resumes it: known files are skipped, moved files (same content hash) are relinked.
class ImportJob {
public:
    ImportJob(QString projectPath, ImportOptions options);
    Result<ImportSummary> run(JobControl& control);

private:
    QString m_projectPath;
    ImportOptions m_options;
};

// The options of the most recent import that did not finish (cancelled, killed), if any.
Result<ImportOptions> lastUnfinishedImport(const QString& projectPath);

} // namespace trapline::ingest
