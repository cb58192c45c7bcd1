#include "ThumbnailLoader.h"

#include "project/ThumbnailCache.h"

#include <QPointer>
#include <QThreadStorage>

#include <map>
#include <memory>

namespace trapline::ui {

namespace {

// One connection per worker thread and cache file.
ThumbnailCache* threadCache(const QString& path)
{
    static QThreadStorage<std::map<QString, std::unique_ptr<ThumbnailCache>>*> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new std::map<QString, std::unique_ptr<ThumbnailCache>>());
    auto& map = *storage.localData();
    auto it = map.find(path);
    if (it == map.end()) {
        auto cache = ThumbnailCache::open(path, true);
        if (!cache)
            return nullptr;
        it = map.emplace(path, std::move(cache).value()).first;
    }
    return it->second.get();
}

} // namespace

ThumbnailLoader::ThumbnailLoader(QObject* parent) : QObject(parent) { m_pool.setMaxThreadCount(2); }

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailLoader::setCachePath(const QString& path)
{
    m_pool.clear();
    m_pending.clear();
    m_cachePath = path;
    ++m_generation;
}

void ThumbnailLoader::request(qint64 mediaId)
{
    if (m_cachePath.isEmpty() || m_pending.contains(mediaId))
        return;
    m_pending.insert(mediaId);
    QPointer<ThumbnailLoader> self(this);
    const QString path = m_cachePath;
    const int generation = m_generation;
    const QSize target = m_targetSize;
    m_pool.start([self, path, mediaId, generation, target] {
        QImage image;
        if (ThumbnailCache* cache = threadCache(path)) {
            try {
                image.loadFromData(cache->get(mediaId), "JPEG");
            } catch (const std::exception&) {
                // A cache being rebuilt by an import may be locked briefly; the view asks again later.
            }
        }
        if (!image.isNull() && target.isValid())
            image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QMetaObject::invokeMethod(self, [self, mediaId, image, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->m_pending.remove(mediaId);
            if (!image.isNull())
                Q_EMIT self->loaded(mediaId, image);
        }, Qt::QueuedConnection);
    });
}

} // namespace trapline::ui
