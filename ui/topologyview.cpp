#include "topologyview.h"

#include <algorithm>

namespace scalelab {

TopologyView::TopologyView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignCenter);
    setBackgroundBrush(QColor(0xF7F9FA));
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &TopologyView::fitScene);
}

void TopologyView::fitScene()
{
    const QRectF rect = sceneRect();
    const QSize viewport = maximumViewportSize();
    if (rect.isEmpty() || viewport.isEmpty())
        return;
    const qreal zoom = std::min({viewport.width() / rect.width(), viewport.height() / rect.height(), kMaxZoom});
    setTransform(QTransform::fromScale(zoom, zoom));
    centerOn(rect.center());
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

} // namespace scalelab
