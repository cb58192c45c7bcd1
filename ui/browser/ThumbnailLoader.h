#pragma once

#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace trapline::ui {

// Loads thumbnails from the project's thumbnail cache on worker threads (each with its own read-only
// connection) and hands decoded images back to the GUI thread. Requests for the same media are coalesced.
class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    void setCachePath(const QString& path);
    // Thumbnails are scaled to fit this size on the worker thread, so the GUI thread only wraps them.
    void setTargetSize(const QSize& size) { m_targetSize = size; }
    void request(qint64 mediaId);

Q_SIGNALS:
    void loaded(qint64 mediaId, const QImage& image);

private:
    QString m_cachePath;
    QSize m_targetSize;
    QThreadPool m_pool;
    QSet<qint64> m_pending;
    int m_generation = 0;
};

} // namespace trapline::ui
