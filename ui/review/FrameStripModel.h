#pragma once

#include "review/SequenceView.h"

#include <QAbstractListModel>
#include <QSize>

namespace trapline::ui {

class ThumbnailLoader;

// The frames of the sequence under review, for the filmstrip: thumbnail, position, and what the frame shows.
// Frames with a label of their own and frames the machine flagged stand out.
class FrameStripModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { MediaIdRole = Qt::UserRole + 1, FlaggedRole, OwnLabelRole };

    FrameStripModel(ThumbnailLoader* loader, QObject* parent = nullptr);
    void setSequence(const review::SequenceView& sequence);
    // The size thumbnails are scaled to fit: the strip's icon size. Thumbnails of another size are asked for again.
    void setThumbnailSize(const QSize& size);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void onThumbnail(qint64 mediaId, const QImage& image);

    QString pixmapKey(qint64 mediaId) const;

    ThumbnailLoader* m_loader;
    review::SequenceView m_sequence;
    QSize m_thumbnailSize{128, 96};
};

} // namespace trapline::ui
