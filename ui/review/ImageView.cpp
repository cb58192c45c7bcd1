#include "ImageView.h"

#include "BoxItem.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace trapline::ui {

ImageView::ImageView(QWidget* parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("imageView"));
    setScene(new QGraphicsScene(this));
    setBackgroundBrush(QColor(24, 24, 24));
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setDragMode(ScrollHandDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_pixmap = scene()->addPixmap({});
    m_pixmap->setZValue(-1);
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &ImageView::boxSelectionChanged);
    setToolTip(tr("Wheel: zoom, drag: pan, B or Ctrl+drag: draw a box, F: fit, M: magnifier"));
}

void ImageView::setImage(const QImage& image, const QString& placeholder)
{
    m_original = image;
    m_placeholder = placeholder;
    refreshPixmap();
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(image.size())));
    fitToWindow();
    viewport()->update();
}

void ImageView::refreshPixmap()
{
    if (m_original.isNull()) {
        m_pixmap->setPixmap({});
        return;
    }
    if (m_brightness == 0 && m_contrast == 0) {
        m_pixmap->setPixmap(QPixmap::fromImage(m_original));
        return;
    }
    // One lookup table for all three channels: contrast around mid-grey, then brightness.
    const double c = (100.0 + m_contrast) / 100.0;
    const double gain = c * c;
    std::array<uchar, 256> lut{};
    for (int v = 0; v < 256; ++v)
        lut[static_cast<size_t>(v)] = static_cast<uchar>(std::clamp((v - 128.0) * gain + 128.0 + m_brightness * 1.28, 0.0, 255.0));
    QImage adjusted = m_original.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < adjusted.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(adjusted.scanLine(y));
        for (int x = 0; x < adjusted.width(); ++x) {
            const QRgb p = line[x];
            line[x] = qRgb(lut[static_cast<size_t>(qRed(p))], lut[static_cast<size_t>(qGreen(p))],
                           lut[static_cast<size_t>(qBlue(p))]);
        }
    }
    m_pixmap->setPixmap(QPixmap::fromImage(adjusted));
}

void ImageView::setAdjustments(int brightness, int contrast)
{
    m_brightness = std::clamp(brightness, -100, 100);
    m_contrast = std::clamp(contrast, -100, 100);
    refreshPixmap();
}

void ImageView::setBoxes(const std::vector<BoxSpec>& boxes)
{
    // Removing a selected box announces a selection change: m_boxes must no longer list it by then.
    std::vector<BoxItem*> old;
    old.swap(m_boxes);
    for (BoxItem* item : old) {
        scene()->removeItem(item);
        delete item;
    }
    const QSizeF size(m_original.size());
    for (const BoxSpec& spec : boxes) {
        const QRectF rect(spec.box.x * size.width(), spec.box.y * size.height(), spec.box.w * size.width(),
                          spec.box.h * size.height());
        auto* item = new BoxItem(spec.detectionId, rect, spec.human, spec.label);
        item->onEdited = [this](BoxItem* edited) {
            // Queued: storing the edit rebuilds the boxes, and this one is still inside its mouse handler.
            const qint64 id = edited->detectionId();
            const review::Box box = normalised(edited->sceneBox());
            QMetaObject::invokeMethod(this, [this, id, box] { Q_EMIT boxEdited(id, box); }, Qt::QueuedConnection);
        };
        scene()->addItem(item);
        m_boxes.push_back(item);
    }
}

std::optional<std::int64_t> ImageView::selectedBox() const
{
    for (BoxItem* item : m_boxes)
        if (item->isSelected())
            return item->detectionId();
    return std::nullopt;
}

void ImageView::selectBox(std::int64_t detectionId)
{
    for (BoxItem* item : m_boxes)
        item->setSelected(item->detectionId() == detectionId);
}

int ImageView::boxCount() const { return static_cast<int>(m_boxes.size()); }

review::Box ImageView::normalised(const QRectF& r) const
{
    const QSizeF size(m_original.size());
    if (size.isEmpty())
        return {};
    return review::Box{r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height()}
        .clamped();
}

QPoint ImageView::viewportPoint(const QPointF& n) const
{
    return mapFromScene(QPointF(n.x() * m_original.width(), n.y() * m_original.height()));
}

void ImageView::setDrawMode(bool on)
{
    if (m_drawMode == on)
        return;
    m_drawMode = on;
    setDragMode(on ? NoDrag : ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
    Q_EMIT drawModeChanged(on);
}

void ImageView::setMagnifier(bool on)
{
    m_magnifier = on;
    viewport()->update();
}

void ImageView::zoomIn() { scaleBy(1.25); }
void ImageView::zoomOut() { scaleBy(0.8); }

void ImageView::scaleBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.02, 32.0);
    scale(next / current, next / current);
    m_fitted = false;
}

void ImageView::fitToWindow()
{
    resetTransform();
    if (!m_original.isNull())
        fitInView(m_pixmap, Qt::KeepAspectRatio);
    m_fitted = true;
}

void ImageView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToWindow();
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    scaleBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    const bool wantsDraw = m_drawMode || (event->modifiers() & Qt::ControlModifier);
    if (event->button() == Qt::LeftButton && wantsDraw && hasImage()) {
        m_drawing = true;
        m_drawOrigin = mapToScene(event->position().toPoint());
        m_rubberBand = scene()->addRect(QRectF(m_drawOrigin, QSizeF(0, 0)), QPen(QColor(80, 170, 255), 0, Qt::DashLine));
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    m_cursor = event->position().toPoint();
    if (m_drawing && m_rubberBand) {
        m_rubberBand->setRect(QRectF(m_drawOrigin, mapToScene(m_cursor)).normalized());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
    if (m_magnifier)
        viewport()->update();
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drawing) {
        m_drawing = false;
        const QRectF rect = m_rubberBand ? m_rubberBand->rect() : QRectF();
        delete m_rubberBand;
        m_rubberBand = nullptr;
        const review::Box box = normalised(rect.intersected(scene()->sceneRect()));
        setDrawMode(false);
        if (box.isUsable())
            Q_EMIT boxDrawn(box);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && (m_drawMode || m_drawing)) {
        if (m_rubberBand) {
            delete m_rubberBand;
            m_rubberBand = nullptr;
        }
        m_drawing = false;
        setDrawMode(false);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ImageView::leaveEvent(QEvent* event)
{
    m_cursor = QPoint(-1, -1);
    viewport()->update();
    QGraphicsView::leaveEvent(event);
}

void ImageView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!hasImage() && !m_placeholder.isEmpty()) {
        painter->save();
        painter->resetTransform();
        painter->setPen(QColor(200, 200, 200));
        painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        painter->restore();
        return;
    }
    if (!m_magnifier || !hasImage() || !viewport()->rect().contains(m_cursor))
        return;
    // A round loupe at the cursor showing the image at four times the current zoom.
    constexpr int radius = 90;
    const QPointF centre = mapToScene(m_cursor);
    const double zoom = 4.0;
    const double sourceRadius = radius / (transform().m11() * zoom);
    const QRectF source(centre.x() - sourceRadius, centre.y() - sourceRadius, 2 * sourceRadius, 2 * sourceRadius);
    painter->save();
    painter->resetTransform();
    const QRectF target(m_cursor.x() - radius, m_cursor.y() - radius, 2 * radius, 2 * radius);
    QPainterPath circle;
    circle.addEllipse(target);
    painter->setClipPath(circle);
    painter->fillRect(target, Qt::black);
    painter->drawPixmap(target, m_pixmap->pixmap(), source);
    painter->setClipping(false);
    painter->setPen(QPen(Qt::white, 2));
    painter->drawEllipse(target);
    painter->restore();
}

} // namespace trapline::ui
