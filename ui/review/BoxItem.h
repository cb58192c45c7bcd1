#pragma once

#include <QGraphicsRectItem>

#include <cstdint>
#include <functional>

namespace trapline::ui {

// One detection box on the image: a person's (solid) or the machine's (dashed), with its label above it. It can be
// selected, moved and resized from its corners; the edit is reported once, when the mouse is released.
class BoxItem : public QGraphicsRectItem {
public:
    BoxItem(std::int64_t detectionId, const QRectF& rect, bool human, const QString& label);

    std::int64_t detectionId() const { return m_detectionId; }
    QRectF sceneBox() const { return mapRectToScene(rect()); }
    std::function<void(BoxItem*)> onEdited;

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QRectF boundingRect() const override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    enum Corner { None, TopLeft, TopRight, BottomLeft, BottomRight };
    Corner cornerAt(const QPointF& pos) const;
    qreal handleSize() const;

    std::int64_t m_detectionId;
    bool m_human;
    QString m_label;
    Corner m_resizing = None;
    bool m_changed = false;
};

} // namespace trapline::ui
