#pragma once

#include "review/Label.h"

#include <QGraphicsView>
#include <QImage>

#include <cstdint>
#include <optional>
#include <vector>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace trapline::ui {

class BoxItem;

// The large image of the current frame with its boxes: zoom (wheel, +/-), pan (drag), fit, a magnifier, and
// brightness/contrast for night shots. Boxes can be drawn (draw mode, or Ctrl+drag), selected, moved and resized;
// every edit is reported as a signal in normalised coordinates, and the caller stores it.
class ImageView : public QGraphicsView {
    Q_OBJECT
public:
    struct BoxSpec {
        std::int64_t detectionId = 0;
        review::Box box;
        bool human = false;
        QString label;
    };

    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QString& placeholder = {});
    void setBoxes(const std::vector<BoxSpec>& boxes);
    bool hasImage() const { return !m_original.isNull(); }
    QSize imageSize() const { return m_original.size(); }
    std::optional<std::int64_t> selectedBox() const;
    void selectBox(std::int64_t detectionId);
    int boxCount() const;

    // -100..100 each; 0 shows the image as it is.
    void setAdjustments(int brightness, int contrast);
    void setDrawMode(bool on);
    bool drawMode() const { return m_drawMode; }
    void setMagnifier(bool on);
    bool magnifier() const { return m_magnifier; }
    // Maps a point in normalised image coordinates to viewport pixels (for tests and tooltips).
    QPoint viewportPoint(const QPointF& normalised) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    void boxDrawn(const trapline::review::Box& box);
    void boxEdited(qint64 detectionId, const trapline::review::Box& box);
    void boxSelectionChanged();
    void drawModeChanged(bool on);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refreshPixmap();
    review::Box normalised(const QRectF& sceneRect) const;
    void scaleBy(double factor);

    QImage m_original;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsRectItem* m_rubberBand = nullptr;
    QPointF m_drawOrigin;
    std::vector<BoxItem*> m_boxes;
    int m_brightness = 0;
    int m_contrast = 0;
    bool m_drawMode = false;
    bool m_drawing = false;
    bool m_magnifier = false;
    bool m_fitted = true;
    QPoint m_cursor{-1, -1};
    QString m_placeholder;
};

} // namespace trapline::ui
