#include "FrameStripModel.h"

#include "browser/ThumbnailLoader.h"

#include <QBrush>
#include <QColor>
#include <QPixmap>
#include <QPixmapCache>

namespace trapline::ui {

FrameStripModel::FrameStripModel(ThumbnailLoader* loader, QObject* parent) : QAbstractListModel(parent), m_loader(loader)
{
    m_loader->setTargetSize(m_thumbnailSize);
    connect(m_loader, &ThumbnailLoader::loaded, this, &FrameStripModel::onThumbnail);
}

void FrameStripModel::setSequence(const review::SequenceView& sequence)
{
    beginResetModel();
    m_sequence = sequence;
    endResetModel();
}

void FrameStripModel::clear() { setSequence({}); }

void FrameStripModel::setThumbnailSize(const QSize& size)
{
    if (size == m_thumbnailSize)
        return;
    m_thumbnailSize = size;
    m_loader->setTargetSize(size);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

QString FrameStripModel::pixmapKey(qint64 mediaId) const
{
    return QStringLiteral("trapline-strip-%1-%2x%3")
        .arg(mediaId)
        .arg(m_thumbnailSize.width())
        .arg(m_thumbnailSize.height());
}

int FrameStripModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sequence.frames.size());
}

QVariant FrameStripModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const review::FrameView& frame = m_sequence.frames[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1/%2").arg(index.row() + 1).arg(m_sequence.frames.size());
        if (frame.hasOwnLabel())
            text += QLatin1Char(' ') + frame.frameLabel->shortText();
        else if (!frame.boxes.empty())
            text += QStringLiteral(" \u25a1%1").arg(frame.boxes.size());
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = frame.media.relPath + QLatin1Char('\n') +
                      review::effectiveLabels(m_sequence, frame).join(QStringLiteral(", "));
        if (frame.hasOwnLabel())
            tip += QLatin1Char('\n') + tr("This frame has its own label: %1").arg(frame.frameLabel->text());
        if (!frame.reviewFlag.isEmpty())
            tip += QLatin1Char('\n') + tr("Check this frame: %1").arg(frame.reviewFlag);
        if (!frame.media.importError.isEmpty())
            tip += QLatin1Char('\n') + frame.media.importError;
        return tip;
    }
    case Qt::DecorationRole: {
        QPixmap pixmap;
        if (QPixmapCache::find(pixmapKey(frame.media.id), &pixmap))
            return pixmap;
        m_loader->request(frame.media.id);
        return {};
    }
    case Qt::ForegroundRole:
        if (!frame.reviewFlag.isEmpty())
            return QBrush(QColor(230, 120, 0));
        if (frame.hasOwnLabel())
            return QBrush(QColor(40, 150, 70));
        return {};
    case MediaIdRole: return QVariant::fromValue<qint64>(frame.media.id);
    case FlaggedRole: return !frame.reviewFlag.isEmpty();
    case OwnLabelRole: return frame.hasOwnLabel();
    default: return {};
    }
}

void FrameStripModel::onThumbnail(qint64 mediaId, const QImage& image)
{
    // A thumbnail asked for at an earlier size (the strip was resized meanwhile) is asked for again at this one.
    if (image.size().boundedTo(m_thumbnailSize) != image.size() ||
        (image.width() != m_thumbnailSize.width() && image.height() != m_thumbnailSize.height())) {
        m_loader->request(mediaId);
        return;
    }
    QPixmapCache::insert(pixmapKey(mediaId), QPixmap::fromImage(image));
    for (int row = 0; row < rowCount(); ++row)
        if (m_sequence.frames[static_cast<size_t>(row)].media.id == mediaId) {
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
        }
}

} // namespace trapline::ui
