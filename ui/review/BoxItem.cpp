#include "BoxItem.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace trapline::ui {

namespace {
const QColor kHuman(60, 220, 90);
const QColor kMachine(255, 170, 0);
const QColor kSelected(80, 170, 255);
} // namespace

BoxItem::BoxItem(std::int64_t detectionId, const QRectF& rect, bool human, const QString& label)
    : QGraphicsRectItem(rect), m_detectionId(detectionId), m_human(human), m_label(label)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setToolTip(label);
}

qreal BoxItem::handleSize() const
{
    // Handles keep their size on screen whatever the zoom.
    const auto views = scene() ? scene()->views() : QList<QGraphicsView*>{};
    const qreal scale = views.isEmpty() ? 1.0 : views.first()->transform().m11();
    return 10.0 / (scale > 0 ? scale : 1.0);
}

QRectF BoxItem::boundingRect() const
{
    const qreal h = handleSize();
    // Room for the label above the box.
    return rect().adjusted(-h, -h * 3, h, h);
}

void BoxItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const qreal px = handleSize() / 10.0; // one screen pixel in scene units
    QColor colour = isSelected() ? kSelected : m_human ? kHuman : kMachine;
    QPen pen(colour, 2.5 * px, m_human ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect());
    if (!m_label.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(10.0 * px);
        font.setBold(true);
        painter->setFont(font);
        const QFontMetricsF metrics(font);
        const QRectF text(rect().left(), rect().top() - metrics.height() - 2 * px,
                          metrics.horizontalAdvance(m_label) + 8 * px, metrics.height() + 2 * px);
        painter->fillRect(text, QColor(colour.red(), colour.green(), colour.blue(), 210));
        painter->setPen(Qt::black);
        painter->drawText(text, Qt::AlignCenter, m_label);
    }
    if (isSelected()) {
        const qreal h = handleSize();
        painter->setPen(QPen(Qt::white, px));
        painter->setBrush(kSelected);
        for (const QPointF& c : {rect().topLeft(), rect().topRight(), rect().bottomLeft(), rect().bottomRight()})
            painter->drawRect(QRectF(c - QPointF(h / 2, h / 2), QSizeF(h, h)));
    }
}

BoxItem::Corner BoxItem::cornerAt(const QPointF& pos) const
{
    const qreal h = handleSize();
    auto near = [&](const QPointF& c) { return qAbs(pos.x() - c.x()) <= h && qAbs(pos.y() - c.y()) <= h; };
    if (near(rect().bottomRight()))
        return BottomRight;
    if (near(rect().topLeft()))
        return TopLeft;
    if (near(rect().topRight()))
        return TopRight;
    if (near(rect().bottomLeft()))
        return BottomLeft;
    return None;
}

void BoxItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const Corner c = cornerAt(event->pos());
    setCursor(c == TopLeft || c == BottomRight   ? Qt::SizeFDiagCursor
              : c == TopRight || c == BottomLeft ? Qt::SizeBDiagCursor
                                                 : Qt::SizeAllCursor);
    QGraphicsRectItem::hoverMoveEvent(event);
}

void BoxItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_changed = false;
    m_resizing = cornerAt(event->pos());
    QGraphicsRectItem::mousePressEvent(event);
}

void BoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    m_changed = true;
    if (m_resizing == None) {
        QGraphicsRectItem::mouseMoveEvent(event);
        return;
    }
    prepareGeometryChange();
    QRectF r = rect();
    const QPointF p = event->pos();
    switch (m_resizing) {
    case TopLeft: r.setTopLeft(p); break;
    case TopRight: r.setTopRight(p); break;
    case BottomLeft: r.setBottomLeft(p); break;
    case BottomRight: r.setBottomRight(p); break;
    case None: break;
    }
    setRect(r.normalized());
}

void BoxItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsRectItem::mouseReleaseEvent(event);
    m_resizing = None;
    if (m_changed && onEdited)
        onEdited(this);
    m_changed = false;
}

} // namespace trapline::ui
