// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/dotgrid.h"
#include "model/topology.h"

#include <QGraphicsScene>
#include <QList>
#include <QPair>
#include <QStringList>

class QPainterPath;

namespace scalelab {

class DatacenterFramesItem;
class LinkItem;
class NodeItem;
class ShardFramesItem;
class Simulation;

/// The topology as graphics items: one NodeItem per node at its layout position, one
/// LinkItem per link. Items mirror the engine's state through syncFrom(), called once per
/// frame; the scene itself never touches the engine, nor edits the topology (the canvas's
/// gestures call the document, whose change comes back here through updateTopology()).
///
/// Scene coordinates are the file's layout coordinates times layoutScale(): 1, unless the
/// file's layout was too tight for the cards when it was opened (see LayeredLayout).
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// The snap grid, in layout units.
    static constexpr qreal kGridStep = 20.0;

    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    /// Replaces every item with those of `topology` (a file was opened): positions from its
    /// layout, or laid out in layers where it has none; nothing selected.
    void setTopology(const Topology &topology);
    /// Shows `topology` after an edit: the same scale, the selection kept by id, nodes that
    /// the layout does not place left where they were.
    void updateTopology(const Topology &topology);
    /// Copies node states, loads and link partitions from the engine.
    void syncFrom(const Simulation &simulation);

    int nodeItemCount() const { return static_cast<int>(m_nodes.size()); }
    int linkItemCount() const { return static_cast<int>(m_links.size()); }
    NodeItem *nodeItem(int index) const { return m_nodes.value(index); }
    NodeItem *nodeItem(const QString &id) const;
    LinkItem *linkItem(int index) const { return m_links.value(index); }
    LinkItem *linkItem(const QString &from, const QString &to) const;
    /// Cards of the servers the balancers' autoscaling may launch (the engine's copies of a
    /// template, never in the document): shown only while launched, never selectable.
    int copyItemCount() const { return static_cast<int>(m_copies.size()); }
    NodeItem *copyItem(int index) const { return m_copies.value(index); }
    NodeItem *copyItem(const QString &id) const;
    int copyLinkItemCount() const { return static_cast<int>(m_copyLinks.size()); }
    LinkItem *copyLinkItem(int index) const { return m_copyLinks.value(index); }
    /// The frames behind each shard's databases (null without sharding or before a sync).
    ShardFramesItem *shardFrames() const { return m_shardFrames; }
    /// The frames around each data centre's nodes (null without data centres or before a sync).
    DatacenterFramesItem *datacenterFrames() const { return m_datacenterFrames; }
    /// Moves the shard and data centre frames with their cards (during a drag).
    void followShardFrames();
    /// The card under `scenePos`, or null.
    NodeItem *nodeAt(const QPointF &scenePos) const;
    /// The link passing within `tolerance` (scene units) of `scenePos`, or null.
    LinkItem *linkAt(const QPointF &scenePos, qreal tolerance) const;

    /// The zoom of the view showing `viewport` (an event's widget), 1 without one.
    static qreal viewZoom(const QWidget *viewport);

    qreal layoutScale() const { return m_layoutScale; }
    QPointF toScene(LayoutPoint point) const;
    LayoutPoint toLayout(const QPointF &scenePos) const;
    bool snapsToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    /// `scenePos` moved to the nearest grid point while snapping is on.
    QPointF snapped(const QPointF &scenePos) const;

    QStringList selectedNodeIds() const;
    QList<QPair<QString, QString>> selectedLinks() const;
    /// Selects exactly the nodes `ids` (and no link).
    void selectNodes(const QStringList &ids);
    void selectAll();
    /// What the topology covers: cards, links and their labels, plus a margin.
    QRectF contentRect() const;

    /// An item of the canvas's own (the link being drawn) that stays across rebuilds.
    void addOverlay(QGraphicsItem *item);
    /// Drawn for an image file: no grid, no selection, no overlays.
    void setExportMode(bool exporting);
    /// The background's dot grid (tests look at its picture).
    const DotGrid &dotGrid() const { return m_grid; }

signals:
    /// The user asked for a node's menu (right click) at `screenPos`.
    void nodeContextMenuRequested(int node, const QPoint &screenPos);
    /// ... for the link `from` -> `to`'s menu.
    void linkContextMenuRequested(const QString &from, const QString &to, const QPoint &screenPos);
    /// ... for the menu of the empty canvas at `scenePos`.
    void canvasContextMenuRequested(const QPointF &scenePos, const QPoint &screenPos);
    /// The items were made again from a topology (after a load or an edit).
    void rebuilt();

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild(const Topology &topology, const QMap<QString, QPointF> &positions);
    /// Whether the items drawn for m_shown draw `topology` too, but for positions.
    bool sameItems(const Topology &topology) const;
    /// Makes the copies' cards when the engine's copies differ from those drawn, and shows
    /// those launched now.
    void syncCopies(const Simulation &simulation);
    /// Forgets the copies' items, which the scene's clear() deleted.
    void forgetCopies();
    /// Frames the shards' cards as the engine groups them now (topologyscenesync.cpp).
    void syncShards(const Simulation &simulation);
    /// Frames each data centre's cards, with its state now (topologyscenesync.cpp).
    void syncDatacenters(const Simulation &simulation);
    /// A shown copy's card under `scenePos`, or null.
    NodeItem *copyAt(const QPointF &scenePos) const;
    void chooseLinkLabels();
    void routeLinks();
    bool crossesOtherCards(const QPainterPath &route, const LinkItem *link) const;
    void drawSelectedLinks(QPainter *painter) const;

    Topology m_shown;   ///< what the items were made from
    QList<NodeItem *> m_nodes;
    QList<LinkItem *> m_links;
    QList<NodeItem *> m_copies;        ///< autoscaled copies, apart from m_nodes: no edit reaches them
    QList<LinkItem *> m_copyLinks;     ///< their links
    QStringList m_copyIds;             ///< the engine's copies the items were made for
    const Simulation *m_copiesOf = nullptr;   ///< ... and the run they were made from (compared, never used)
    ShardFramesItem *m_shardFrames = nullptr;   ///< deleted by clear() like the cards
    QList<QList<int>> m_framedShards;          ///< the document's node indices it frames, by shard
    QString m_framedStrategy;
    DatacenterFramesItem *m_datacenterFrames = nullptr;   ///< deleted by clear() like the cards
    QList<QGraphicsItem *> m_overlays;
    QList<QGraphicsItem *> m_exportHidden;   ///< selected items and overlays hidden while exporting
    qreal m_layoutScale = 1.0;
    bool m_snapToGrid = true;
    bool m_exporting = false;
    DotGrid m_grid;   ///< the background and its dots, kept as a picture
};

} // namespace scalelab
