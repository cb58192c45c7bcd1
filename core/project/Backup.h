#pragma once

#include "Result.h"

#include <QString>

namespace trapline {

namespace db {
class Database;
}

// Copies a live project with SQLite's online backup API: the copy is consistent even while the project is open
// and written elsewhere. Writes to a temporary file beside `destination` and renames it, so a full disk or a
// crash never leaves a half-written backup under the final name.
Status backupDatabase(db::Database& source, const QString& destination);

// Where a project's backups go: a folder beside it, "<name>.trapline-backups".
QString backupFolder(const QString& projectPath);

// The automatic backup made before a change that is hard to take back (a schema upgrade, an import, a label
// import, a training): <backups>/<yyyy-MM-dd_HH-mm-ss>-<reason>.trapline. The newest `keep` automatic backups of
// the project are kept; backups made by hand are never deleted. Returns the backup's path.
Result<QString> backupBeforeChange(db::Database& project, const QString& reason, int keep = 5);

// A backup made by hand (File > Back Up Project, trapline-cli backup): to `destination`, or into the backups
// folder when it is empty. Returns the backup's path.
Result<QString> backupNow(db::Database& project, const QString& destination = {});

} // namespace trapline
