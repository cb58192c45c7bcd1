#include "ProjectWatch.h"

#include <QFileInfo>
#include <QMultiHash>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <utility>

namespace trapline {

namespace {

// Every watch, by the file it watches. Connections on worker threads publish here, so it is locked.
struct Registry {
    QMutex mutex;
    QMultiHash<QString, ProjectWatch*> watches;
};

// How long changes from other threads are gathered before they are delivered.
constexpr int kQueuedDelayMs = 250;

Registry& registry()
{
    static Registry r;
    return r;
}

} // namespace

ProjectWatch::ProjectWatch(const QString& projectPath, QObject* parent) : QObject(parent), m_key(keyOf(projectPath))
{
    qRegisterMetaType<ProjectChange>();
    auto& r = registry();
    const QMutexLocker lock(&r.mutex);
    r.watches.insert(m_key, this);
}

ProjectWatch::~ProjectWatch()
{
    auto& r = registry();
    const QMutexLocker lock(&r.mutex);
    r.watches.remove(m_key, this);
}

QString ProjectWatch::keyOf(const QString& path)
{
    if (path.isEmpty() || path == QStringLiteral(":memory:"))
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void ProjectWatch::publish(const QString& key, const ProjectChange& change)
{
    if (key.isEmpty() || change.isEmpty())
        return;
    QList<QPointer<ProjectWatch>> here;
    {
        auto& r = registry();
        const QMutexLocker lock(&r.mutex);
        for (auto it = r.watches.constFind(key); it != r.watches.cend() && it.key() == key; ++it) {
            ProjectWatch* watch = it.value();
            if (watch->thread() == QThread::currentThread()) {
                here.append(watch);
            } else {
                watch->m_queued.merge(change);
                if (!watch->m_deliveryPosted) {
                    watch->m_deliveryPosted = true;
                    // Posted to the watch itself: dropped if it is gone before its thread gets to it.
                    QMetaObject::invokeMethod(
                        watch,
                        [watch] { QTimer::singleShot(kQueuedDelayMs, watch, [watch] { watch->deliverQueued(); }); },
                        Qt::QueuedConnection);
                }
            }
        }
    }
    // Outside the lock: a subscriber may open or close another watch.
    ProjectChange local = change;
    local.sameThread = true;
    for (const auto& watch : here)
        if (watch)
            Q_EMIT watch->changed(local);
}

void ProjectWatch::deliverQueued()
{
    ProjectChange change;
    {
        auto& r = registry();
        const QMutexLocker lock(&r.mutex);
        change = std::exchange(m_queued, ProjectChange{});
        m_deliveryPosted = false;
    }
    if (!change.isEmpty())
        Q_EMIT changed(change);
}

} // namespace trapline
