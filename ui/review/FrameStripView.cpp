#include "FrameStripView.h"

#include "FrameStripDelegate.h"

#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace trapline::ui {

FrameStripView::FrameStripView(QWidget* parent) : QListView(parent)
{
    setItemDelegate(new FrameStripDelegate(this));
    setFlow(QListView::LeftToRight);
    setViewMode(QListView::IconMode);
    setWrapping(false);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(4);
    setFixedHeight(kHeight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitItemsToHeight();
}

void FrameStripView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    if (event->size().height() != event->oldSize().height())
        fitItemsToHeight();
}

void FrameStripView::fitItemsToHeight()
{
    // Room for the horizontal scroll bar is kept whether it shows or not: otherwise its appearing would shrink the
    // items, which might hide it again, and so on.
    const int available = height() - 2 * frameWidth() - horizontalScrollBar()->sizeHint().height() - 2 * spacing();
    const int text = fontMetrics().height();
    const int iconHeight = std::max(16, available - text - 3 * FrameStripDelegate::kMargin);
    const QSize icon(static_cast<int>(std::lround(iconHeight * kAspect)), iconHeight);
    if (icon == iconSize())
        return;
    setIconSize(icon);
    Q_EMIT iconSizeFitted(icon);
}

} // namespace trapline::ui
