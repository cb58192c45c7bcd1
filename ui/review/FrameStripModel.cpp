#include "FrameStripModel.h"

#include "browser/ThumbnailLoader.h"

#include <QBrush>
#include <QColor>
#include <QPixmap>
#include <QPixmapCache>

namespace trapline::ui {

namespace {
QString stripKey(qint64 mediaId) { return QStringLiteral("trapline-strip-%1").arg(mediaId); }
} // namespace

FrameStripModel::FrameStripModel(ThumbnailLoader* loader, QObject* parent) : QAbstractListModel(parent), m_loader(loader)
{
    m_loader->setTargetSize(kIconSize);
    connect(m_loader, &ThumbnailLoader::loaded, this, &FrameStripModel::onThumbnail);
}

void FrameStripModel::setSequence(const review::SequenceView& sequence)
{
    beginResetModel();
    m_sequence = sequence;
    endResetModel();
}

void FrameStripModel::clear() { setSequence({}); }

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
        if (QPixmapCache::find(stripKey(frame.media.id), &pixmap))
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
    QPixmapCache::insert(stripKey(mediaId), QPixmap::fromImage(image));
    for (int row = 0; row < rowCount(); ++row)
        if (m_sequence.frames[static_cast<size_t>(row)].media.id == mediaId) {
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
        }
}

} // namespace trapline::ui
