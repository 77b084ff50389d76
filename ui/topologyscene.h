#pragma once

#include <QGraphicsScene>
#include <QList>

class QPainterPath;

namespace scalelab {

class LinkItem;
class NodeItem;
class Simulation;
struct Topology;

/// The topology as graphics items: one NodeItem per node at its layout position, one
/// LinkItem per link. Items mirror the engine's state through syncFrom(), called once per
/// frame; the scene itself never touches the engine.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(QObject *parent = nullptr);

    /// Replaces every item with those of `topology`.
    void setTopology(const Topology &topology);
    /// Copies node states, loads and link partitions from the engine.
    void syncFrom(const Simulation &simulation);

    int nodeItemCount() const { return static_cast<int>(m_nodes.size()); }
    int linkItemCount() const { return static_cast<int>(m_links.size()); }
    NodeItem *nodeItem(int index) const { return m_nodes.value(index); }
    NodeItem *nodeItem(const QString &id) const;
    LinkItem *linkItem(int index) const { return m_links.value(index); }

signals:
    /// The user asked for a node's menu (right click) at `screenPos`.
    void nodeContextMenuRequested(int node, const QPoint &screenPos);

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void chooseLinkLabels();
    void routeLinks();
    bool crossesOtherCards(const QPainterPath &route, const LinkItem *link) const;

    QList<NodeItem *> m_nodes;
    QList<LinkItem *> m_links;
};

} // namespace scalelab
