// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/topologyview.h"

#include "canvas/topologyscene.h"
#include "settings/themecontroller.h"

#include <QGestureEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
// An endless sheet: room to pan and to drop nodes far from the topology.
constexpr qreal kSheetHalfSize = 50000.0;
constexpr qreal kKeyZoomStep = 1.25;
// Wheel notches are 120 eighths of a degree; one notch zooms by 1.2^(120/120).
constexpr qreal kWheelZoomBase = 1.2;

bool isLocalFile(const QMimeData *mime)
{
    return mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile();
}
} // namespace

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // No background brush of the view's own: it would hide the scene's grid and the halo of
    // selected links, both drawn in TopologyScene::drawBackground.
    setSceneRect(-kSheetHalfSize, -kSheetHalfSize, 2 * kSheetHalfSize, 2 * kSheetHalfSize);
    // The sheet is far larger than anything drawn: scroll bars would only say "somewhere".
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    // The scene's background is drawn from the theme, and the view may cache it.
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, [this] {
        resetCachedContent();
        if (QGraphicsScene *canvas = this->scene()) {
            canvas->invalidate(QRectF(), QGraphicsScene::AllLayers);
            canvas->update();
        }
    });
}

TopologyScene *TopologyView::topologyScene() const
{
    return static_cast<TopologyScene *>(scene());
}

QPointF TopologyView::visibleCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void TopologyView::fitScene()
{
    const QRectF rect = topologyScene()->contentRect();
    const QSize viewport = maximumViewportSize();
    if (rect.isEmpty() || viewport.isEmpty())
        return;
    // An empty canvas at natural size: the first node dropped should not arrive blown up.
    const qreal zoom = topologyScene()->nodeItemCount() == 0
                           ? 1.0
                           : std::min({viewport.width() / rect.width(), viewport.height() / rect.height(), kMaxZoom});
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(rect.center());
    m_fitting = true;
    emit zoomChanged(zoom);
}

void TopologyView::zoomBy(qreal factor, const QPointF &viewportPoint)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxUserZoom);
    if (target == zoom())
        return;
    // Keep the scene point under `viewportPoint` where it is.
    const QPointF anchor = mapToScene(viewportPoint.toPoint());
    setTransform(QTransform::fromScale(target, target));
    const QPointF moved = mapFromScene(anchor) - viewportPoint;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    m_fitting = false;
    emit zoomChanged(target);
}

void TopologyView::zoomBy(qreal factor)
{
    zoomBy(factor, QRectF(viewport()->rect()).center());
}

void TopologyView::zoomIn()
{
    zoomBy(kKeyZoomStep);
}

void TopologyView::zoomOut()
{
    zoomBy(1.0 / kKeyZoomStep);
}

void TopologyView::panBy(const QPointF &pixels)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(pixels.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(pixels.y()));
    m_fitting = false;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        fitScene();
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Touchpads send many small steps, mice 120 per notch: the same zoom per distance.
        const qreal steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(kWheelZoomBase, steps), event->position());
        event->accept();
        return;
    }
    QPointF pixels = event->pixelDelta().isNull() ? QPointF(event->angleDelta()) / 2.0 : QPointF(event->pixelDelta());
    if ((event->modifiers() & Qt::ShiftModifier) && pixels.x() == 0.0)
        pixels = QPointF(pixels.y(), 0.0);
    panBy(pixels);
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint at = event->position().toPoint();
        panBy(at - m_panFrom);
        m_panFrom = at;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -1; break;
    case Qt::Key_Right: dx = 1; break;
    case Qt::Key_Up: dy = -1; break;
    case Qt::Key_Down: dy = 1; break;
    default: break;
    }
    // Arrows move the selected nodes; with nothing selected they scroll the sheet.
    if ((dx != 0 || dy != 0) && !topologyScene()->selectedNodeIds().isEmpty()) {
        const int step = (event->modifiers() & Qt::ShiftModifier) ? 5 : 1;
        emit nudgeRequested(dx * step, dy * step);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::dragEnterEvent(QDragEnterEvent *event)
{
    // The view takes every drop under it, so files dropped here must be passed on.
    if (isLocalFile(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void TopologyView::dragMoveEvent(QDragMoveEvent *event)
{
    if (isLocalFile(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void TopologyView::dropEvent(QDropEvent *event)
{
    if (isLocalFile(event->mimeData())) {
        event->acceptProposedAction();
        emit fileDropped(event->mimeData()->urls().first().toLocalFile());
        return;
    }
    QGraphicsView::dropEvent(event);
    setFocus();   // Delete, Ctrl+D... act on the node just dropped
}

bool TopologyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch on macOS and Wayland.
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture)
        return gesture(static_cast<QGestureEvent *>(event));
    return QGraphicsView::viewportEvent(event);
}

bool TopologyView::gesture(QGestureEvent *event)
{
    // Touch screens: a pinch zooms about the fingers' centre.
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return QGraphicsView::viewportEvent(event);
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
        zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
    event->accept(pinch);
    return true;
}

} // namespace scalelab
