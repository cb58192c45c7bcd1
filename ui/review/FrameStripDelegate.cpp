#include "FrameStripDelegate.h"

namespace trapline::ui {

QSize FrameStripDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // option.decorationSize is the view's icon size here; initStyleOption would replace it by the pixmap's own.
    return {option.decorationSize.width() + 2 * kMargin,
            option.decorationSize.height() + option.fontMetrics.height() + 3 * kMargin};
}

void FrameStripDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    const QSize iconSize = option->decorationSize;
    QStyledItemDelegate::initStyleOption(option, index);
    // A thumbnail is scaled to fit the icon size already; the frame number must stay on one line below it.
    option->decorationSize = option->decorationSize.boundedTo(iconSize);
    option->textElideMode = Qt::ElideRight;
    option->features &= ~QStyleOptionViewItem::WrapText;
}

} // namespace trapline::ui
