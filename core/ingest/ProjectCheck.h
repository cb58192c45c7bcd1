#pragma once

#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::ingest {

struct CheckOptions {
    bool compareHashes = true; // read every file and compare its content hash; off: size only (quick)
};

struct MediaProblem {
    enum class Kind { Missing, Changed };
    std::int64_t mediaId = 0;
    QString path; // absolute
    Kind kind = Kind::Missing;
    QString detail;
};

struct RootStatus {
    std::int64_t rootId = 0;
    QString path;
    std::int64_t media = 0;
    std::int64_t missing = 0;
    bool folderExists = false;
    // Every image of the root is missing and its folder is gone: the card or disk moved or is not mounted.
    bool looksMoved() const { return media > 0 && missing == media; }
};

struct CheckReport {
    QStringList integrityErrors; // from PRAGMA integrity_check; empty when the database is sound
    std::int64_t checked = 0;
    std::vector<MediaProblem> problems;
    std::vector<RootStatus> roots;
    bool cancelled = false;
    std::int64_t count(MediaProblem::Kind kind) const;
};

// Checks a project: the database's integrity, and every imported image against its file (missing; changed size
// or content since import). Media known only by URL are not checked. Reads only.
Result<CheckReport> checkProject(Project& project, const CheckOptions& options, JobControl& control);

// Points an image root at the folder it moved to, after checking that its images are there. An image is found the
// way the import recognises a moved file, by its content hash and size: at its old relative path, or under another
// name in the folder (its path is then updated). Refuses, changing nothing, when none are found. Returns how many of
// the root's images were found.
Result<std::int64_t> relinkImageRoot(Project& project, const QString& oldPath, const QString& newPath);

} // namespace trapline::ingest
