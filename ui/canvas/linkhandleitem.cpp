// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/linkhandleitem.h"

#include <QLineF>
#include <QPainter>

namespace scalelab {

namespace {
// A little more than drawn: the handle is small.
constexpr qreal kHitSlack = 4.0;
// Just outside the card's edge, clear of the links that leave from it.
constexpr qreal kOffset = LinkHandleItem::kRadius + 3.0;
}

LinkHandleItem::LinkHandleItem()
{
    setFlag(ItemIgnoresTransformations);
    setZValue(4.0);   // over the cards and the request dots
    setAcceptedMouseButtons(Qt::NoButton);   // the canvas's gestures handle the press
    setToolTip(tr("Drag to another node to link them (or Shift+drag from the card)"));
    setVisible(false);
}

void LinkHandleItem::attach(const QString &node, const QPointF &scenePos)
{
    m_node = node;
    setVisible(!node.isEmpty());
    if (!node.isEmpty())
        setPos(scenePos);
}

bool LinkHandleItem::hits(const QPointF &scenePos, qreal zoom) const
{
    return isVisible() && QLineF(scenePos, pos() + QPointF(kOffset / zoom, 0.0)).length() * zoom <= kRadius + kHitSlack;
}

QRectF LinkHandleItem::boundingRect() const
{
    return QRectF(kOffset - kRadius - 2, -kRadius - 2, 2 * kRadius + 4, 2 * kRadius + 4);
}

void LinkHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(kOffset, 0.0);
    const QColor blue(0x1E88E5);
    painter->setPen(QPen(blue, 2.0));
    painter->setBrush(Qt::white);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    // An arrow pointing out of the card: "a link starts here".
    painter->setPen(QPen(blue, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(QPointF(-4.5, 0), QPointF(4.5, 0));
    painter->drawPolyline(QPolygonF({QPointF(1.0, -3.5), QPointF(4.5, 0), QPointF(1.0, 3.5)}));
}

} // namespace scalelab
