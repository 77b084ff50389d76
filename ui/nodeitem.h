#pragma once

#include "model/topology.h"
#include "nodestate.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <cstdint>

namespace scalelab {

class Simulation;

/// One node on the canvas: a card with the type's icon, the node's id, its load and what its
/// type makes worth seeing at a glance (role and lag of a database, hit ratio of a cache, pool
/// health of a balancer...). Tabs on the top edge carry the role (left) and the health
/// (right) in words, so that no state is told by colour alone. Centred on its position.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };
    enum class State { Up, Down, Draining };

    static constexpr qreal kWidth = 172.0;
    static constexpr qreal kHeight = 68.0;

    NodeItem(int index, const NodeSpec &spec);

    int type() const override { return Type; }
    int index() const { return m_index; }
    QString id() const { return m_spec.id; }
    NodeType nodeType() const { return m_spec.type; }
    /// Up, down (however the balancers see it) or draining.
    State state() const;
    int active() const { return m_card.active; }
    int waiting() const { return m_card.waiting; }
    std::uint64_t served() const { return m_served; }
    /// Everything the card shows.
    const NodeState &card() const { return m_card; }

    /// Copies what the card shows from the engine's node `engineIndex`; repaints only when
    /// that changed (and then returns true). Called every frame for every node.
    bool syncFrom(const Simulation &simulation, int engineIndex);

    /// The tooltip's text, with the counters as of the last sync (the tooltip itself is
    /// refreshed only when the pointer is over the card).
    QString toolTipText() const;

    /// Where a link towards a node centred at `scenePoint` attaches (scene coordinates): on
    /// the facing side, spread along it by direction so that fans of links stay apart.
    QPointF anchorTowards(const QPointF &scenePoint) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF cardRect() const;
    void refreshToolTip();
    void paintCard(QPainter *painter, const QRectF &card) const;
    void paintText(QPainter *painter, const QRectF &card, bool detailed) const;
    void paintTabs(QPainter *painter, const QRectF &card) const;

    int m_index = -1;
    NodeSpec m_spec;
    NodeState m_card;
    std::uint64_t m_served = 0;
    std::uint64_t m_errors = 0;
    std::uint64_t m_dropped = 0;
    bool m_toolTipDirty = false;
};

} // namespace scalelab
