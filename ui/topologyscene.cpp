#include "topologyscene.h"

#include "layeredlayout.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "sim/simulation.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace scalelab {

namespace {
constexpr qreal kGridStep = 25.0;
constexpr qreal kSceneMargin = 40.0;
}

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // A handful of static items: a BSP index buys nothing and costs on every update().
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void TopologyScene::setTopology(const Topology &topology)
{
    clear();
    m_nodes.clear();
    m_links.clear();

    const QMap<QString, QPointF> positions = LayeredLayout::positions(topology);
    for (int i = 0; i < topology.nodes.size(); ++i) {
        auto *item = new NodeItem(i, topology.nodes[i]);
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
        addItem(item);
        m_links.append(item);
    }
    routeLinks();
    chooseLinkLabels();
    setSceneRect(itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
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
    for (const NodeItem *node : m_nodes) {
        if (node == link->fromNode() || node == link->toNode())
            continue;
        const QRectF card = QRectF(-NodeItem::kWidth / 2, -NodeItem::kHeight / 2, NodeItem::kWidth, NodeItem::kHeight)
                                .translated(node->scenePos())
                                .adjusted(-kClearance, -kClearance, kClearance, kClearance);
        if (!route.controlPointRect().intersects(card))
            continue;
        for (int i = 0; i <= kSamples; ++i) {
            if (card.contains(route.pointAtPercent(static_cast<qreal>(i) / kSamples)))
                return true;
        }
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

void TopologyScene::syncFrom(const Simulation &simulation)
{
    // The canvas draws the document, which may be ahead of the run (a node just added while
    // the topology cannot run yet): match items to the engine by id, not by position.
    for (NodeItem *item : std::as_const(m_nodes)) {
        const int index = simulation.nodeIndex(item->id());
        if (index >= 0)
            item->syncFrom(simulation, index);
    }
    const QList<LinkSpec> &links = simulation.topology().links;
    for (LinkItem *link : std::as_const(m_links)) {
        int index = link->index();
        if (index >= links.size() || links[index].from != link->fromNode()->id() || links[index].to != link->toNode()->id()) {
            index = -1;
            for (int i = 0; i < links.size() && index < 0; ++i) {
                if (links[i].from == link->fromNode()->id() && links[i].to == link->toNode()->id())
                    index = i;
            }
        }
        if (index >= 0 && index < simulation.linkCount())
            link->setPartitioned(simulation.link(index).partitioned);
    }
}

void TopologyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
            event->accept();
            emit nodeContextMenuRequested(node->index(), event->screenPos());
            return;
        }
    }
    QGraphicsScene::contextMenuEvent(event);
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xF7F9FA));
    // A faint dot grid: it reads as "canvas" without competing with the nodes.
    const qreal left = std::floor(rect.left() / kGridStep) * kGridStep;
    const qreal top = std::floor(rect.top() / kGridStep) * kGridStep;
    QList<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += kGridStep) {
        for (qreal y = top; y < rect.bottom(); y += kGridStep)
            dots.append(QPointF(x, y));
    }
    painter->setPen(QPen(QColor(0xD5DDE2), 1.5));
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

} // namespace scalelab
