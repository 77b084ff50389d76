#pragma once

#include "model/topology.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <cstdint>

namespace scalelab {

struct NodeRuntime;

/// One node on the canvas: a card with the type's icon, the node's id and its load.
/// Greyed with a red cross while down, amber while draining. Centred on its position.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = UserType + 1 };
    enum class State { Up, Down, Draining };

    static constexpr qreal kWidth = 150.0;
    static constexpr qreal kHeight = 52.0;

    NodeItem(int index, const NodeSpec &spec);

    int type() const override { return Type; }
    int index() const { return m_index; }
    QString id() const { return m_spec.id; }
    NodeType nodeType() const { return m_spec.type; }
    State state() const { return m_state; }
    int active() const { return m_active; }
    int waiting() const { return m_waiting; }
    std::uint64_t served() const { return m_served; }

    /// Copies what the card shows from the engine; repaints only when that changed.
    void setRuntime(const NodeRuntime &runtime);

    /// Where a link towards a node centred at `scenePoint` attaches (scene coordinates): on
    /// the facing side, spread along it by direction so that fans of links stay apart.
    QPointF anchorTowards(const QPointF &scenePoint) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF cardRect() const;
    QString caption() const;
    double load() const;
    void updateToolTip();

    int m_index = -1;
    NodeSpec m_spec;
    State m_state = State::Up;
    int m_active = 0;
    int m_waiting = 0;
    std::uint64_t m_served = 0;
    std::uint64_t m_errors = 0;
    std::uint64_t m_dropped = 0;
};

} // namespace scalelab
