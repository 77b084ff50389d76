// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace scalelab {

class NodeItem;

/// A link between two nodes: an arrow in the direction requests travel, labelled with its
/// latency, thicker the more requests cross it. Red and dashed while partitioned; faint and
/// dotted when no request can use it (the validator's warning, in its tooltip).
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = CanvasItemType::Link };

    LinkItem(int index, NodeItem *from, NodeItem *to, double latencyMs);

    int type() const override { return Type; }
    int index() const { return m_index; }
    NodeItem *fromNode() const { return m_from; }
    NodeItem *toNode() const { return m_to; }
    double latencyMs() const { return m_latencyMs; }
    bool isPartitioned() const { return m_partitioned; }
    void setPartitioned(bool partitioned);
    /// Why no request can travel this link (TopologyValidator::unusedLinkReason), or empty.
    QString unusedReason() const { return m_unusedReason; }
    void setUnusedReason(const QString &reason);
    /// Hidden for all but one link of a fan of equal latencies: twenty "1 ms" say nothing more.
    bool isLabelVisible() const { return m_labelVisible; }
    void setLabelVisible(bool visible);

    /// Sideways offset of the curve's middle from the straight line, to the left of the
    /// direction of travel (0: straight). Used to route around cards and reverse links.
    qreal bend() const { return m_bend; }
    void setBend(qreal bend);
    /// The link's centre line from `from` to `to` for a given bend, in scene coordinates.
    static QPainterPath route(const NodeItem *from, const NodeItem *to, qreal bend);

    /// Recomputes the end points after a node moved.
    void adjust();
    /// The centre line requests travel along, from anchor to anchor, in item coordinates
    /// (links sit at the scene's origin, so these are scene coordinates too).
    const QPainterPath &centerLine() const { return m_path; }
    /// Changes whenever centerLine() does, so that a cached copy knows when to refresh.
    int geometryRevision() const { return m_geometryRevision; }

    /// Requests per simulated second crossing the link (both directions); sets its width.
    double flow() const { return m_flow; }
    void setFlow(double requestsPerSecond);
    /// Pen width for a flow: logarithmic, so 10 and 100 000 requests/s both read at a glance.
    static qreal widthForFlow(double requestsPerSecond);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString label() const;
    /// The label's pill; `zoomedOut` uses the larger font drawn when the view is zoomed out.
    QRectF labelRect(bool zoomedOut) const;
    /// The arrow head's tip and the unit vector of its direction.
    QPointF tip() const;
    QPointF tipDirection() const;
    /// The arrow head grows with the width so that it stays wider than a thick shaft.
    qreal arrowLength() const;
    qreal arrowHalfWidth() const;
    /// Where the label goes when the link is too short for the pill.
    QRectF labelAbove(const QRectF &pill) const;

    int m_index = -1;
    NodeItem *m_from = nullptr;
    NodeItem *m_to = nullptr;
    double m_latencyMs = 0.0;
    bool m_partitioned = false;
    QString m_unusedReason;
    bool m_labelVisible = true;
    qreal m_bend = 0.0;
    double m_flow = 0.0;
    qreal m_width = 2.0;
    int m_geometryRevision = 0;
    // Measured once per geometry: boundingRect() and paint() run every frame for every link,
    // and a curve's length is costly.
    qreal m_length = 0.0;
    QPointF m_middle;
    QSizeF m_labelSize[2];   ///< normal, zoomed out
    QPainterPath m_path;   ///< from anchor to anchor, ending where the arrow head starts
};

} // namespace scalelab
