// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace scalelab {

/// The round "drag to link" handle shown beside the right edge of the card under the pointer:
/// what tells a new user that links are drawn by dragging from one node to another. Keeps
/// its size on screen whatever the zoom.
class LinkHandleItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LinkHandleItem)

public:
    enum { Type = CanvasItemType::LinkHandle };
    /// Radius on screen, in pixels.
    static constexpr qreal kRadius = 9.0;

    LinkHandleItem();

    int type() const override { return Type; }
    /// The node it belongs to (empty while hidden).
    QString node() const { return m_node; }
    /// Shows the handle on `node`, beside `scenePos` (the middle of its right edge); an empty
    /// id hides it.
    void attach(const QString &node, const QPointF &scenePos);
    /// Whether `scenePos` is on the handle for a view zoomed by `zoom`.
    bool hits(const QPointF &scenePos, qreal zoom) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_node;
};

} // namespace scalelab
