#include "ThumbnailCache.h"
#include "Tr.h"

#include <QFileInfo>

namespace trapline {

ThumbnailCache::ThumbnailCache(const QString& path, bool readOnly)
    : m_db(path, readOnly ? db::Database::Mode::ReadOnly : db::Database::Mode::ReadWriteCreate)
{
    if (!readOnly)
        m_db.exec("CREATE TABLE IF NOT EXISTS thumbnails (media_id INTEGER PRIMARY KEY, content_hash INTEGER NOT NULL,"
                  " jpeg BLOB, error TEXT)");
}

Result<std::unique_ptr<ThumbnailCache>> ThumbnailCache::open(const QString& path, bool readOnly)
{
    if (readOnly && !QFileInfo::exists(path))
        return Error{ProjectText::tr("No thumbnails have been made yet (%1 is missing).").arg(path)};
    try {
        return std::unique_ptr<ThumbnailCache>(new ThumbnailCache(path, readOnly));
    } catch (const db::DbError& e) {
        return Error{ProjectText::tr("Cannot open the thumbnail cache %1: %2. It can be deleted safely; it will be "
                                     "rebuilt.")
                         .arg(path, QString::fromStdString(e.what()))};
    }
}

void ThumbnailCache::put(const std::vector<Entry>& entries)
{
    db::Transaction tx(m_db);
    auto& st = m_db.cached("INSERT OR REPLACE INTO thumbnails(media_id, content_hash, jpeg, error) VALUES (?1,?2,?3,?4)");
    for (const Entry& e : entries) {
        st.bind(1, e.mediaId)
            .bind(2, static_cast<std::int64_t>(e.contentHash))
            .bind(3, e.jpeg)
            .bind(4, e.error)
            .run();
    }
    tx.commit();
}

QByteArray ThumbnailCache::get(std::int64_t mediaId)
{
    auto& st = m_db.cached("SELECT jpeg FROM thumbnails WHERE media_id = ?1");
    st.bind(1, mediaId);
    QByteArray jpeg = st.step() ? st.blob(0) : QByteArray();
    st.reset();
    return jpeg;
}

std::vector<std::int64_t> ThumbnailCache::knownMediaIds()
{
    std::vector<std::int64_t> ids;
    auto& st = m_db.cached("SELECT media_id FROM thumbnails ORDER BY media_id");
    while (st.step())
        ids.push_back(st.integer(0));
    return ids;
}

std::int64_t ThumbnailCache::count() { return m_db.scalar("SELECT count(*) FROM thumbnails"); }

} // namespace trapline
