#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <vector>

namespace trapline {

// The sidecar file of small JPEG thumbnails beside a project (PROJECT.trapline-thumbs). It is a cache: deleting
// it loses nothing, the next import or review rebuilds what is missing.
class ThumbnailCache {
public:
    static Result<std::unique_ptr<ThumbnailCache>> open(const QString& path, bool readOnly = false);

    struct Entry {
        std::int64_t mediaId = 0;
        std::uint64_t contentHash = 0;
        QByteArray jpeg;  // empty when the image could not be decoded
        QString error;
    };
    // Stores a batch in one transaction.
    void put(const std::vector<Entry>& entries);
    // The JPEG bytes, or empty when absent or undecodable.
    QByteArray get(std::int64_t mediaId);
    // Sorted ids of media that have an entry (thumbnail or recorded failure).
    std::vector<std::int64_t> knownMediaIds();
    std::int64_t count();

private:
    explicit ThumbnailCache(const QString& path, bool readOnly);
    db::Database m_db;
};

} // namespace trapline
