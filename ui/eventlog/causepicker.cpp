// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/causepicker.h"

#include "canvas/flow/requestflowlayer.h"
#include "canvas/nodeitem.h"

#include <QGraphicsView>
#include <QLineF>
#include <QMouseEvent>

namespace scalelab {

CausePicker::CausePicker(QGraphicsView *view, const RequestFlowLayer *layer, QObject *parent)
    : QObject(parent), m_view(view), m_layer(layer)
{
    view->viewport()->installEventFilter(this);
}

int CausePicker::markAt(const QPoint &viewportPos, QStringList *kinds) const
{
    const RequestFlowItem *item = m_layer ? m_layer->item() : nullptr;
    if (!item)
        return -1;
    for (const RequestFlowItem::NodeMark &mark : item->marks()) {
        // Where RequestFlowItem paints them: the card's top corners.
        const QPointF staleAt = mark.centre + QPointF(-NodeItem::kWidth / 2 + 2, -NodeItem::kHeight / 2 + 2);
        const QPointF errorAt = mark.centre + QPointF(NodeItem::kWidth / 2 - 2, -NodeItem::kHeight / 2 + 2);
        if (mark.stale > 0.0 && QLineF(m_view->mapFromScene(staleAt), viewportPos).length() <= kReach) {
            *kinds = {QStringLiteral("stale_read"), QStringLiteral("stale_cache_hit")};
            return mark.node;
        }
        if (mark.error > 0.0 && QLineF(m_view->mapFromScene(errorAt), viewportPos).length() <= kReach) {
            *kinds = {QStringLiteral("error"), QStringLiteral("timeout"), QStringLiteral("dropped")};
            return mark.node;
        }
    }
    return -1;
}

bool CausePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStringList kinds;
        const int node = mouse->button() == Qt::LeftButton ? markAt(mouse->position().toPoint(), &kinds) : -1;
        if (node >= 0)
            emit markClicked(node, kinds);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab
