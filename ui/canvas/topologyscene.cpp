// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/topologyscene.h"

#include "model/topologyvalidator.h"

#include "canvas/datacenterframesitem.h"
#include "canvas/layeredlayout.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/shardframesitem.h"
#include "io/topologywriter.h"
#include "settings/theme.h"
#include "sim/simulation.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsView>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace scalelab {

namespace {
constexpr qreal kSceneMargin = 40.0;
constexpr qreal kLinkTolerancePx = 6.0;
} // namespace

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // A handful of static items: a BSP index buys nothing and costs on every update().
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // Selected links are drawn as a halo in the background: repaint it when that changes.
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { update(); });
}

TopologyScene::~TopologyScene()
{
    // The items go before the lists that point to them are gone: no signals meanwhile.
    blockSignals(true);
    m_nodes.clear();
    m_links.clear();
    forgetCopies();
    m_shardFrames = nullptr;
    m_datacenterFrames = nullptr;
    m_overlays.clear();
    clear();
    blockSignals(false);
}

qreal TopologyScene::viewZoom(const QWidget *viewport)
{
    const auto *view = viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
    return view ? std::max<qreal>(0.05, view->transform().m11()) : 1.0;
}

void TopologyScene::setTopology(const Topology &topology)
{
    m_layoutScale = LayeredLayout::layoutScale(topology);
    // Nodes placed by the file stay where it says; the others are laid out in layers.
    QMap<QString, QPointF> positions = LayeredLayout::fileLayoutComplete(topology) ? QMap<QString, QPointF>()
                                                                                   : LayeredLayout::layered(topology);
    for (auto it = topology.layout.cbegin(); it != topology.layout.cend(); ++it)
        positions.insert(it.key(), toScene(it.value()));
    const bool hadSelection = !selectedItems().isEmpty();
    QSignalBlocker blocker(this);
    rebuild(topology, positions);
    blocker.unblock();
    setSceneRect(contentRect());
    if (hadSelection)
        emit selectionChanged();
    emit rebuilt();
}

void TopologyScene::updateTopology(const Topology &topology)
{
    QMap<QString, QPointF> positions;
    QMap<QString, QPointF> layered;
    for (const NodeSpec &node : topology.nodes) {
        if (topology.layout.contains(node.id)) {
            positions.insert(node.id, toScene(topology.layout.value(node.id)));
        } else if (const NodeItem *item = nodeItem(node.id)) {
            positions.insert(node.id, item->pos());
        } else {
            if (layered.isEmpty())
                layered = LayeredLayout::layered(topology);
            positions.insert(node.id, layered.value(node.id));
        }
    }
    if (sameItems(topology)) {
        // Only positions (or nothing the canvas draws) changed: keep the items, their
        // runtime state, hover and selection, and the request dots on their links.
        m_shown = topology;
        for (NodeItem *node : std::as_const(m_nodes))
            node->setPos(positions.value(node->id()));
        for (LinkItem *link : std::as_const(m_links))
            link->adjust();
        routeLinks();
        chooseLinkLabels();
        setSceneRect(contentRect());
        update();   // selected links' halo
        emit rebuilt();
        return;
    }
    const QStringList nodes = selectedNodeIds();
    const QList<QPair<QString, QString>> links = selectedLinks();
    // One selectionChanged for the whole rebuild, not one per deleted and reselected item.
    QSignalBlocker blocker(this);
    rebuild(topology, positions);
    for (const QString &id : nodes) {
        if (NodeItem *item = nodeItem(id))
            item->setSelected(true);
    }
    for (const auto &ends : links) {
        if (LinkItem *item = linkItem(ends.first, ends.second))
            item->setSelected(true);
    }
    blocker.unblock();
    setSceneRect(contentRect());
    if (!nodes.isEmpty() || !links.isEmpty())
        emit selectionChanged();
    emit rebuilt();
}

bool TopologyScene::sameItems(const Topology &topology) const
{
    if (topology.nodes.size() != m_shown.nodes.size() || topology.links.size() != m_shown.links.size()
        || m_nodes.size() != topology.nodes.size() || m_links.size() != topology.links.size())
        return false;
    for (int i = 0; i < topology.links.size(); ++i) {
        const LinkSpec &a = topology.links[i];
        const LinkSpec &b = m_shown.links[i];
        if (a.from != b.from || a.to != b.to || a.latencyMs != b.latencyMs)
            return false;
    }
    // A card shows its node's settings: compare them as the file would write them.
    const QJsonValue nodes = TopologyWriter::toJson(topology).value(QStringLiteral("nodes"));
    return nodes == TopologyWriter::toJson(m_shown).value(QStringLiteral("nodes"));
}

void TopologyScene::rebuild(const Topology &topology, const QMap<QString, QPointF> &positions)
{
    m_shown = topology;
    // clear() deletes every item, the request dots included (their layer makes them again);
    // the canvas's own overlays are kept out of it.
    for (QGraphicsItem *overlay : std::as_const(m_overlays))
        removeItem(overlay);
    clear();
    m_nodes.clear();
    m_links.clear();
    forgetCopies();   // made again from the engine at the next sync
    m_shardFrames = nullptr;   // likewise
    m_datacenterFrames = nullptr;
    m_framedShards.clear();
    for (QGraphicsItem *overlay : std::as_const(m_overlays))
        addItem(overlay);

    for (int i = 0; i < topology.nodes.size(); ++i) {
        auto *item = new NodeItem(i, topology.nodes[i]);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setPos(positions.value(topology.nodes[i].id));
        addItem(item);
        m_nodes.append(item);
    }
    for (int l = 0; l < topology.links.size(); ++l) {
        const LinkSpec &spec = topology.links[l];
        NodeItem *from = nodeItem(spec.from);
        NodeItem *to = nodeItem(spec.to);
        if (!from || !to)
            continue;   // the reader refuses such files; stay safe anyway
        auto *item = new LinkItem(l, from, to, spec.latencyMs);
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setUnusedReason(TopologyValidator::unusedLinkReason(topology, spec));
        addItem(item);
        m_links.append(item);
    }
    routeLinks();
    chooseLinkLabels();
}

QRectF TopologyScene::contentRect() const
{
    QRectF rect;
    for (const NodeItem *node : m_nodes)
        rect |= node->sceneBoundingRect();
    for (const LinkItem *link : m_links)
        rect |= link->sceneBoundingRect();
    for (const NodeItem *copy : m_copies)
        rect |= copy->sceneBoundingRect();
    if (m_shardFrames)
        rect |= m_shardFrames->sceneBoundingRect();
    if (m_datacenterFrames)
        rect |= m_datacenterFrames->sceneBoundingRect();
    if (rect.isNull())
        rect = QRectF(-NodeItem::kWidth / 2, -NodeItem::kHeight / 2, NodeItem::kWidth, NodeItem::kHeight);
    return rect.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
}

void TopologyScene::addOverlay(QGraphicsItem *item)
{
    m_overlays.append(item);
    addItem(item);
}

void TopologyScene::setExportMode(bool exporting)
{
    if (exporting == m_exporting)
        return;
    m_exporting = exporting;
    // Quietly: the inspector should not hear of a selection that is gone for one picture.
    QSignalBlocker blocker(this);
    if (exporting) {
        m_exportHidden.clear();
        for (QGraphicsItem *item : selectedItems()) {
            item->setSelected(false);
            m_exportHidden.append(item);
        }
        for (QGraphicsItem *overlay : std::as_const(m_overlays)) {
            if (overlay->isVisible()) {
                overlay->setVisible(false);
                m_exportHidden.append(overlay);
            }
        }
    } else {
        for (QGraphicsItem *item : std::as_const(m_exportHidden)) {
            if (m_overlays.contains(item))
                item->setVisible(true);
            else
                item->setSelected(true);
        }
        m_exportHidden.clear();
    }
    update();
}

QPointF TopologyScene::toScene(LayoutPoint point) const
{
    return QPointF(point.x, point.y) * m_layoutScale;
}

LayoutPoint TopologyScene::toLayout(const QPointF &scenePos) const
{
    // Rounded to a tenth: a file should not record 163.79999999 for a drag.
    auto round = [](double v) { return std::round(v * 10.0) / 10.0; };
    return LayoutPoint{round(scenePos.x() / m_layoutScale), round(scenePos.y() / m_layoutScale)};
}

void TopologyScene::setSnapToGrid(bool snap)
{
    m_snapToGrid = snap;
    update();
}

QPointF TopologyScene::snapped(const QPointF &scenePos) const
{
    if (!m_snapToGrid)
        return scenePos;
    const qreal step = kGridStep * m_layoutScale;
    return QPointF(std::round(scenePos.x() / step) * step, std::round(scenePos.y() / step) * step);
}

QStringList TopologyScene::selectedNodeIds() const
{
    QStringList ids;
    for (const NodeItem *node : m_nodes) {
        if (node->isSelected())
            ids << node->id();
    }
    return ids;
}

QList<QPair<QString, QString>> TopologyScene::selectedLinks() const
{
    QList<QPair<QString, QString>> ends;
    for (const LinkItem *link : m_links) {
        if (link->isSelected())
            ends.append({link->fromNode()->id(), link->toNode()->id()});
    }
    return ends;
}

void TopologyScene::selectNodes(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (NodeItem *node : std::as_const(m_nodes))
        node->setSelected(ids.contains(node->id()));
    blocker.unblock();
    emit selectionChanged();
}

void TopologyScene::selectAll()
{
    QSignalBlocker blocker(this);
    for (NodeItem *node : std::as_const(m_nodes))
        node->setSelected(true);
    for (LinkItem *link : std::as_const(m_links))
        link->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

void TopologyScene::routeLinks()
{
    // Straight unless that hides the link behind another card or on top of its reverse
    // link; then the smallest bend, either side, that keeps it clear.
    constexpr qreal kReverseBend = 16.0;
    static constexpr qreal kBends[] = {45.0, -45.0, 80.0, -80.0, 120.0, -120.0};
    for (LinkItem *link : std::as_const(m_links)) {
        const bool hasReverse = std::any_of(m_links.cbegin(), m_links.cend(), [link](const LinkItem *other) {
            return other->fromNode() == link->toNode() && other->toNode() == link->fromNode();
        });
        const qreal first = hasReverse ? kReverseBend : 0.0;
        if (!crossesOtherCards(LinkItem::route(link->fromNode(), link->toNode(), first), link)) {
            link->setBend(first);
            continue;
        }
        link->setBend(first);   // nothing clears: keep it predictable
        for (qreal bend : kBends) {
            if (!crossesOtherCards(LinkItem::route(link->fromNode(), link->toNode(), bend), link)) {
                link->setBend(bend);
                break;
            }
        }
    }
}

bool TopologyScene::crossesOtherCards(const QPainterPath &route, const LinkItem *link) const
{
    constexpr int kSamples = 48;
    constexpr qreal kClearance = 6.0;
    // pointAtPercent measures the whole curve each call: sample once, test every card.
    QList<QPointF> samples;
    // Padded: a level straight link has an empty rectangle, which intersects nothing.
    const QRectF bounds = route.controlPointRect().adjusted(-1, -1, 1, 1);
    for (const NodeItem *node : m_nodes) {
        if (node == link->fromNode() || node == link->toNode())
            continue;
        const QRectF card = QRectF(-NodeItem::kWidth / 2, -NodeItem::kHeight / 2, NodeItem::kWidth, NodeItem::kHeight)
                                .translated(node->scenePos())
                                .adjusted(-kClearance, -kClearance, kClearance, kClearance);
        if (!bounds.intersects(card))
            continue;
        if (samples.isEmpty()) {
            samples.reserve(kSamples + 1);
            for (int i = 0; i <= kSamples; ++i)
                samples << route.pointAtPercent(static_cast<qreal>(i) / kSamples);
        }
        for (const QPointF &point : std::as_const(samples))
            if (card.contains(point))
                return true;
    }
    return false;
}

void TopologyScene::chooseLinkLabels()
{
    // A fan is every link leaving (or entering) one node with one latency. Only its middle
    // link keeps a label: the one closest to the straight line the eye follows.
    QMap<std::tuple<bool, NodeItem *, double>, QList<LinkItem *>> fans;
    for (LinkItem *link : std::as_const(m_links)) {
        fans[{true, link->fromNode(), link->latencyMs()}].append(link);
        fans[{false, link->toNode(), link->latencyMs()}].append(link);
    }
    for (LinkItem *link : std::as_const(m_links))
        link->setLabelVisible(true);
    for (auto fan = fans.cbegin(); fan != fans.cend(); ++fan) {
        QList<LinkItem *> links = fan.value();
        if (links.size() <= 2)
            continue;
        const bool outgoing = std::get<0>(fan.key());
        std::stable_sort(links.begin(), links.end(), [outgoing](LinkItem *a, LinkItem *b) {
            const NodeItem *ea = outgoing ? a->toNode() : a->fromNode();
            const NodeItem *eb = outgoing ? b->toNode() : b->fromNode();
            return ea->scenePos().y() < eb->scenePos().y();
        });
        for (int i = 0; i < links.size(); ++i) {
            if (i != links.size() / 2)
                links[i]->setLabelVisible(false);
        }
    }
}

NodeItem *TopologyScene::nodeItem(const QString &id) const
{
    for (NodeItem *item : m_nodes) {
        if (item->id() == id)
            return item;
    }
    return nullptr;
}

LinkItem *TopologyScene::linkItem(const QString &from, const QString &to) const
{
    for (LinkItem *link : m_links) {
        if (link->fromNode()->id() == from && link->toNode()->id() == to)
            return link;
    }
    return nullptr;
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos) const
{
    // Topmost first: the last added card is drawn over the others.
    for (auto it = m_nodes.crbegin(); it != m_nodes.crend(); ++it) {
        if ((*it)->contains((*it)->mapFromScene(scenePos)))
            return *it;
    }
    return nullptr;
}

LinkItem *TopologyScene::linkAt(const QPointF &scenePos, qreal tolerance) const
{
    // Wider than the drawn stroke: a 2 px line is hard to hit on a projector's touchpad.
    QPainterPathStroker stroker;
    stroker.setWidth(2.0 * tolerance);
    for (LinkItem *link : m_links) {
        const QPainterPath line = link->mapToScene(link->centerLine());
        if (!line.controlPointRect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePos))
            continue;
        if (stroker.createStroke(line).contains(scenePos) || link->shape().contains(link->mapFromScene(scenePos)))
            return link;
    }
    return nullptr;
}

void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The menu acts on what it was opened on: select that, as a file manager does.
    auto selectOnly = [this](QGraphicsItem *item) {
        if (item->isSelected())
            return;
        clearSelection();
        item->setSelected(true);
    };
    event->accept();
    if (NodeItem *node = nodeAt(event->scenePos())) {
        selectOnly(node);
        emit nodeContextMenuRequested(node->index(), event->screenPos());
        return;
    }
    // A launched copy is not in the document: nothing to edit, and the canvas's menu (add a
    // node here) would be a surprise on a card.
    if (copyAt(event->scenePos()))
        return;
    if (LinkItem *link = linkAt(event->scenePos(), kLinkTolerancePx / viewZoom(event->widget()))) {
        selectOnly(link);
        emit linkContextMenuRequested(link->fromNode()->id(), link->toNode()->id(), event->screenPos());
        return;
    }
    emit canvasContextMenuRequested(event->scenePos(), event->screenPos());
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const Theme &theme = Theme::current();
    if (m_exporting) {
        painter->fillRect(rect, theme.canvasBackground);
        return;
    }
    // A faint dot grid, the one nodes snap to: it reads as "canvas" without competing with
    // the nodes. Darker while snapping is on.
    m_grid.draw(painter, rect, kGridStep * m_layoutScale, m_snapToGrid ? theme.gridDotSnapped : theme.gridDot,
                theme.canvasBackground);
    drawSelectedLinks(painter);
}

void TopologyScene::drawSelectedLinks(QPainter *painter) const
{
    // A halo under each selected link: the link itself keeps its colours (partitioned red).
    for (const LinkItem *link : m_links) {
        if (!link->isSelected())
            continue;
        QPen halo(Theme::current().selectionHalo, LinkItem::widthForFlow(link->flow()) + 10.0, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(link->mapToScene(link->centerLine()));
    }
}

} // namespace scalelab
