#pragma once

#include <QStyledItemDelegate>

namespace trapline::ui {

// Draws one frame of the filmstrip: its thumbnail at the strip's icon size with the frame number below. The size
// of an item is the icon size plus a line of text, whether or not the thumbnail has arrived: the view measures the
// first item once for all of them, often before any thumbnail is loaded.
class FrameStripDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kMargin = 3;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace trapline::ui
