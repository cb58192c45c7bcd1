#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace trapline::ingest {

struct ScannedFile {
    QString relPath; // '/'-separated, relative to the scanned root
    std::int64_t size = 0;
};

struct ScanResult {
    std::vector<ScannedFile> images;    // by extension: what the metadata pass will read
    std::vector<ScannedFile> skipped;   // other files (videos, sidecars, notes)
    std::vector<QString> skipReasons;   // parallel to `skipped`
    std::vector<QString> unreadableFolders;
};

// Walks a folder tree (hidden files and folders excluded), sorting entries so imports are reproducible. Symbolic
// links are followed; a link that is broken, loops back to a folder above it, or points inside the tree (its target
// is read under its own name) is listed in `skipped` with the reason. `keepGoing` is polled to allow cancelling a scan
// of a huge card.
ScanResult scanFolder(const QString& root, const std::function<bool(std::int64_t found)>& keepGoing = {});

bool hasImageExtension(const QString& fileName);

} // namespace trapline::ingest
