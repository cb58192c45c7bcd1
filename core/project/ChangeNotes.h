#pragma once

#include <cstdint>
#include <vector>

namespace trapline::db {

class Database;

// Names the sequences the current write on `db` touches (after its writes, before its commit), for the change
// ProjectWatch announces after the commit. Without it a change to labels or frames means "any sequence". Beside
// Database rather than in it: what a connection changed is kept in Database.cpp alone.
void noteSequences(Database& db, const std::vector<std::int64_t>& ids);
inline void noteSequence(Database& db, std::int64_t id)
{
    noteSequences(db, {id});
}

} // namespace trapline::db
