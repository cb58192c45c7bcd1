#pragma once

#include "Database.h"
#include "ProjectTypes.h"
#include "Result.h"

#include <memory>
#include <vector>

namespace trapline {

// The error a user reads when the database refuses: what was being done, and why (a full disk says so, and that
// nothing already saved was lost). Subsystems turn their db::DbError into this at their edge.
Error databaseFailure(const QString& what, const db::DbError& e);

// A Trapline project: one SQLite file (*.trapline). Each thread that touches a project opens its own Project.
class Project {
public:
    enum class OpenMode { Existing, CreateNew, ReadOnly };

    static Result<std::unique_ptr<Project>> open(const QString& path, OpenMode mode = OpenMode::Existing);
    static Result<std::unique_ptr<Project>> create(const QString& path) { return open(path, OpenMode::CreateNew); }

    const QString& path() const { return m_db.path(); }
    db::Database& db() { return m_db; }
    // Thumbnails live in a sidecar cache file beside the project: it can be deleted and rebuilt, and keeps the
    // project file small enough to back up.
    QString thumbnailCachePath() const { return path() + QStringLiteral("-thumbs"); }

    Result<ProjectCounts> counts();
    Result<std::vector<DeploymentSummary>> deployments();
    Result<DeploymentSummary> deployment(std::int64_t deploymentId);
    // Sequences in (deployment, start time, id) order, the page after `after` (the first page by default).
    Result<std::vector<SequenceSummary>> sequencePage(const SequenceFilter& filter, int limit,
                                                      const SequenceCursor& after = {});
    Result<SequenceSummary> sequence(std::int64_t sequenceId);
    Result<std::vector<MediaRecord>> mediaOfSequence(std::int64_t sequenceId);
    Result<MediaRecord> media(std::int64_t mediaId);
    Result<std::vector<ImportIssue>> importIssues(int limit = 1000);
    QString absoluteMediaPath(const MediaRecord& media);

    // Image roots are the folders given to import; media paths are relative to them so a moved card or disk
    // is relinked by changing one row.
    std::int64_t ensureImageRoot(const QString& absolutePath);
    QString imageRootPath(std::int64_t rootId);
    std::int64_t ensureDeployment(const QString& name, const QString& folder);

    // Appends to the audit log. Callers do this inside the transaction that makes the change.
    void audit(const AuditEntry& entry);

    static QString currentUser();

private:
    Project(const QString& path, db::Database::Mode mode);
    void initialiseNewProject();
    Status checkCompatible();

    db::Database m_db;
};

} // namespace trapline
