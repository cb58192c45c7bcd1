#pragma once

#include "Database.h"

namespace trapline::schema {

// The schema version this build writes. Each step i (1-based) upgrades version i-1 to i.
int currentVersion();

enum class UpgradeOutcome { UpToDate, Upgraded };

// Creates or upgrades the schema inside one transaction. Throws DbError; a file from a newer Trapline is
// refused by the caller before this runs.
UpgradeOutcome migrate(db::Database& db);

// Runs the migrations only up to `version` (tests use it to build databases of every older version).
void migrateTo(db::Database& db, int version);

} // namespace trapline::schema
