// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/flow/requestflowitem.h"

#include "canvas/flow/requestflow.h"
#include "canvas/flow/requestflowstyle.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "model/topology.h"

#include <QLocale>
#include <QPainter>
#include <QPaintDevice>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr int kRouteSamples = 24;       // a curved link as a polyline: smooth enough at any zoom
constexpr qreal kDotSize = 10.0;        // scene units
constexpr int kMinDotPixels = 7;        // still a readable shape when zoomed far out
constexpr int kMaxDotPixels = 18;
constexpr qreal kMarkSize = 16.0;
constexpr qreal kCountsZoom = 0.45;

quint64 endsKey(int from, int to)
{
    return (static_cast<quint64>(static_cast<quint32>(from)) << 32) | static_cast<quint32>(to);
}

qreal fade(SimTime now, SimTime last)
{
    if (last.us < 0)
        return 0.0;
    // Marks are stamped with the engine's clock, which runs a little ahead of the drawing.
    const qreal age = static_cast<qreal>(std::max<std::int64_t>(0, (now - last).us)) / RequestFlow::kMarkHold.us;
    return age >= 1.0 ? 0.0 : 1.0 - age;
}

} // namespace

/// The marks of a RequestFlowItem, above the cards.
class RequestFlowMarks : public QGraphicsObject
{
public:
    enum { Type = CanvasItemType::RequestMarks };

    explicit RequestFlowMarks(RequestFlowItem *flowItem) : m_flowItem(flowItem)
    {
        setZValue(2.0);   // on the cards (1)
        setAcceptedMouseButtons(Qt::NoButton);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_flowItem ? m_flowItem->boundingRect() : QRectF(); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_flowItem)
            m_flowItem->paintMarks(painter, option->levelOfDetailFromTransform(painter->worldTransform()));
    }
    void geometryWillChange() { prepareGeometryChange(); }

    QPointer<RequestFlowItem> m_flowItem;
};

RequestFlowItem::RequestFlowItem(const RequestFlow *flow, TopologyScene *scene)
    : m_flow(flow), m_scene(scene)
{
    setZValue(0.5);   // dots above the links (0), under the cards (1)
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    auto *marks = new RequestFlowMarks(this);
    m_marksItem = marks;
    scene->addItem(marks);
}

RequestFlowItem::~RequestFlowItem()
{
    delete m_marksItem.data();   // unless the scene, clearing, got to it first
}

QPointF RequestFlowItem::pointAlong(const QPolygonF &line, const std::vector<qreal> &lengths, qreal fraction)
{
    if (line.isEmpty())
        return {};
    const qreal total = lengths.back();
    if (line.size() == 1 || total <= 0.0)
        return line.front();
    const qreal target = std::clamp(fraction, 0.0, 1.0) * total;
    const auto after = std::lower_bound(lengths.begin() + 1, lengths.end(), target);
    const auto i = static_cast<int>(std::min<std::ptrdiff_t>(after - lengths.begin(), line.size() - 1));
    const qreal segment = lengths[i] - lengths[i - 1];
    const qreal t = segment > 0.0 ? (target - lengths[i - 1]) / segment : 0.0;
    return line[i - 1] + (line[i] - line[i - 1]) * t;
}

const RequestFlowItem::Route &RequestFlowItem::linkRoute(const LinkItem *link)
{
    Route &route = m_linkRoutes[link];
    if (route.revision == link->geometryRevision())
        return route;
    const QPainterPath &path = link->centerLine();
    route.revision = link->geometryRevision();
    route.points.clear();
    route.lengths.clear();
    const bool straight = path.elementCount() == 2;
    const int samples = straight ? 1 : kRouteSamples;
    qreal running = 0.0;
    for (int i = 0; i <= samples; ++i) {
        const QPointF p = link->mapToScene(path.pointAtPercent(static_cast<qreal>(i) / samples));
        if (i > 0)
            running += QLineF(route.points.back(), p).length();
        route.points.append(p);
        route.lengths.push_back(running);
    }
    return route;
}

NodeItem *RequestFlowItem::card(int engineNode) const
{
    return engineNode >= 0 && static_cast<std::size_t>(engineNode) < m_cards.size() ? m_cards[engineNode] : nullptr;
}

LinkItem *RequestFlowItem::linkBetween(int from, int to) const
{
    const NodeItem *a = card(from);
    const NodeItem *b = card(to);
    return a && b ? m_linkByEnds.value({a, b}) : nullptr;
}

const RequestFlowItem::Route *RequestFlowItem::routeFor(int from, int to, bool response, bool *reversed)
{
    // A response travels back along the link its request came by.
    if (LinkItem *link = response ? linkBetween(to, from) : linkBetween(from, to)) {
        *reversed = response;
        return &linkRoute(link);
    }
    if (LinkItem *link = response ? linkBetween(from, to) : linkBetween(to, from)) {
        *reversed = !response;
        return &linkRoute(link);
    }
    // No link of its own (a CDN edge reached over the network's shortest path): straight.
    const NodeItem *a = card(from);
    const NodeItem *b = card(to);
    if (!a || !b)
        return nullptr;
    *reversed = false;
    Route &route = m_straightRoutes[endsKey(from, to)];
    if (route.points.isEmpty()) {
        const QPainterPath path = LinkItem::route(a, b, 0.0);
        route.points = QPolygonF({path.elementAt(0), path.currentPosition()});
        route.lengths = {0.0, QLineF(route.points[0], route.points[1]).length()};
    }
    return &route;
}

void RequestFlowItem::sync(SimTime now, const Topology &engine)
{
    m_now = now;
    const QRectF bounds = m_scene->sceneRect();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        if (m_marksItem)
            static_cast<RequestFlowMarks *>(m_marksItem.data())->geometryWillChange();
        m_bounds = bounds;
    }
    QHash<QString, NodeItem *> byId;
    for (int i = 0; i < m_scene->nodeItemCount(); ++i)
        byId.insert(m_scene->nodeItem(i)->id(), m_scene->nodeItem(i));
    // The copies the balancers launched carry requests too, while they are shown.
    for (int i = 0; i < m_scene->copyItemCount(); ++i) {
        if (m_scene->copyItem(i)->isVisible())
            byId.insert(m_scene->copyItem(i)->id(), m_scene->copyItem(i));
    }
    m_cards.assign(static_cast<std::size_t>(engine.nodes.size()), nullptr);
    for (int i = 0; i < engine.nodes.size(); ++i)
        m_cards[static_cast<std::size_t>(i)] = byId.value(engine.nodes[i].id);
    m_linkByEnds.clear();
    for (int i = 0; i < m_scene->linkItemCount(); ++i) {
        LinkItem *link = m_scene->linkItem(i);
        m_linkByEnds.insert({link->fromNode(), link->toNode()}, link);
    }
    for (int i = 0; i < m_scene->copyLinkItemCount(); ++i) {
        LinkItem *link = m_scene->copyLinkItem(i);
        if (link->isVisible())
            m_linkByEnds.insert({link->fromNode(), link->toNode()}, link);
    }
    m_straightRoutes.clear();   // nodes may have moved; these are cheap to redo
    placeDots();
    placeMarks();
    update();
    if (m_marksItem)
        m_marksItem->update();
}

void RequestFlowItem::placeDots()
{
    m_dots.clear();
    QHash<LinkItem *, double> flows;
    for (int i = 0; i < m_scene->linkItemCount(); ++i)
        flows.insert(m_scene->linkItem(i), 0.0);
    for (int i = 0; i < m_scene->copyLinkItemCount(); ++i)
        flows.insert(m_scene->copyLinkItem(i), 0.0);

    struct Visible
    {
        const RequestFlow::Lane *lane;
        const Route *route;
        bool reversed;
        int inFlight;
    };
    std::vector<Visible> visible;
    int total = 0;
    for (const RequestFlow::Lane &lane : m_flow->lanes()) {
        bool reversed = false;
        const Route *route = routeFor(lane.from, lane.to, lane.response, &reversed);
        if (!route)
            continue;
        // Requests sent over the link; their answers coming back are not counted twice.
        LinkItem *link = reversed ? linkBetween(lane.to, lane.from) : linkBetween(lane.from, lane.to);
        if (link && !lane.response)
            flows[link] += RequestFlow::flowRate(lane, m_now);
        int inFlight = 0;
        for (int i = 0; i < lane.count; ++i) {
            const Hop &hop = lane.at(i);
            inFlight += hop.departs <= m_now && m_now < hop.arrives;
        }
        visible.push_back({&lane, route, reversed, inFlight});
        total += inFlight;
    }
    for (auto it = flows.cbegin(); it != flows.cend(); ++it)
        it.key()->setFlow(it.value());

    // Over the frame's budget every lane keeps its share, so busy links stay busy; on any
    // link the dots are at least kMinDotSpacing apart on average.
    for (const Visible &v : visible) {
        if (v.inFlight == 0)
            continue;
        int allowance = std::max(4, static_cast<int>(v.route->length() / kMinDotSpacing));
        if (total > kMaxDots)
            allowance = std::min(allowance, std::max(1, static_cast<int>(static_cast<qint64>(kMaxDots) * v.inFlight / total)));
        const int step = (v.inFlight + allowance - 1) / allowance;
        int seen = 0;
        for (int i = 0; i < v.lane->count && m_dots.size() < std::size_t(kMaxDots); ++i) {
            const Hop &hop = v.lane->at(i);
            if (hop.departs > m_now || m_now >= hop.arrives || seen++ % step != 0)
                continue;
            const qreal span = static_cast<qreal>((hop.arrives - hop.departs).us);
            const qreal progress = span > 0 ? static_cast<qreal>((m_now - hop.departs).us) / span : 1.0;
            m_dots.push_back({pointAlong(v.route->points, v.route->lengths, v.reversed ? 1.0 - progress : progress),
                              hop.op, hop.request});
        }
    }
}

void RequestFlowItem::placeMarks()
{
    m_marks.clear();
    const int nodes = std::min(static_cast<int>(m_cards.size()), m_flow->markedNodeCount());
    for (int n = 0; n < nodes; ++n) {
        if (!card(n))
            continue;
        NodeMark mark;
        mark.node = n;
        mark.hit = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::CacheHit));
        mark.stale = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::Stale));
        mark.error = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::Error));
        if (mark.hit <= 0.0 && mark.stale <= 0.0 && mark.error <= 0.0)
            continue;
        mark.centre = card(n)->scenePos();
        mark.errorsPerSecond = qRound(m_flow->markRate(n, RequestFlow::Mark::Error, m_now));
        mark.stalePerSecond = qRound(m_flow->markRate(n, RequestFlow::Mark::Stale, m_now));
        m_marks.push_back(mark);
    }
}

QRectF RequestFlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RequestFlowItem::shape() const
{
    return {};
}

void RequestFlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    paintDots(painter, zoom);
}

void RequestFlowItem::paintDots(QPainter *painter, qreal zoom)
{
    if (m_dots.empty())
        return;
    const int pixels = std::clamp(qRound(kDotSize * zoom), kMinDotPixels, kMaxDotPixels);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (pixels != m_spritePixels || ratio != m_spriteRatio) {
        for (Op op : {Op::Read, Op::Write, Op::Static, Op::Job})
            m_sprites[static_cast<std::size_t>(op)] = RequestFlowStyle::dotSprite(op, pixels, ratio);
        m_spritePixels = pixels;
        m_spriteRatio = ratio;
    }
    // Sprites go on in device pixels, unscaled: crisp at every zoom and a plain blit each.
    const QTransform transform = painter->worldTransform();
    const qreal half = (pixels + 4) / 2.0;
    painter->save();
    painter->resetTransform();
    for (const Dot &dot : m_dots) {
        const QPointF at = transform.map(dot.pos);
        painter->drawPixmap(QPointF(std::round(at.x() - half), std::round(at.y() - half)),
                            m_sprites[static_cast<std::size_t>(dot.op)]);
    }
    painter->restore();
}

void RequestFlowItem::paintMarks(QPainter *painter, qreal zoom)
{
    if (m_marks.empty())
        return;
    for (const NodeMark &mark : m_marks) {
        if (mark.hit <= 0.0)
            continue;
        // A ring that widens and fades: a flash, not a state.
        const QRectF card(mark.centre.x() - NodeItem::kWidth / 2, mark.centre.y() - NodeItem::kHeight / 2,
                          NodeItem::kWidth, NodeItem::kHeight);
        const qreal grow = 3.0 + 7.0 * (1.0 - mark.hit);
        QColor ring = RequestFlowStyle::cacheHitColor();
        ring.setAlphaF(static_cast<float>(0.25 + 0.75 * mark.hit));
        painter->setPen(QPen(ring, 2.0 + 3.0 * mark.hit));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-grow, -grow, grow, grow), 9.0 + grow, 9.0 + grow);
    }

    // The cross and the badge sit on the card's top corners, in device pixels like the dots.
    const int pixels = std::clamp(qRound(kMarkSize * zoom), 14, 28);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (pixels != m_markPixels || ratio != m_markRatio) {
        m_errorSprite = RequestFlowStyle::errorSprite(pixels, ratio);
        m_staleSprite = RequestFlowStyle::staleSprite(pixels, ratio);
        m_markPixels = pixels;
        m_markRatio = ratio;
    }
    const QTransform transform = painter->worldTransform();
    const qreal half = (pixels + 4) / 2.0;
    const QLocale locale;
    // Zoomed far out the cards' own text is gone; a count per card would only collide.
    const bool showCounts = zoom >= kCountsZoom;
    QFont countFont = painter->font();
    countFont.setPixelSize(std::max(9, pixels * 3 / 4));
    countFont.setBold(true);
    painter->save();
    painter->resetTransform();
    painter->setFont(countFont);
    auto paintMark = [&](const QPixmap &sprite, const QPointF &scenePoint, qreal strength, int perSecond, const QColor &color) {
        const QPointF at = transform.map(scenePoint);
        painter->setOpacity(0.35 + 0.65 * strength);
        painter->drawPixmap(QPointF(std::round(at.x() - half), std::round(at.y() - half)), sprite);
        if (perSecond > 1 && showCounts) {
            // How many per second: one cross looks the same for 1 error and for 10,000.
            painter->setPen(color);
            painter->drawText(QRectF(at.x() + half, at.y() - pixels * 1.3, pixels * 5, pixels), Qt::AlignLeft | Qt::AlignBottom,
                              tr("%1/s").arg(locale.toString(perSecond)));
        }
    };
    for (const NodeMark &mark : m_marks) {
        const QPointF topLeft = mark.centre + QPointF(-NodeItem::kWidth / 2 + 2, -NodeItem::kHeight / 2 + 2);
        const QPointF topRight = mark.centre + QPointF(NodeItem::kWidth / 2 - 2, -NodeItem::kHeight / 2 + 2);
        if (mark.stale > 0.0)
            paintMark(m_staleSprite, topLeft, mark.stale, mark.stalePerSecond, QColor(0x8A5A00));
        if (mark.error > 0.0)
            paintMark(m_errorSprite, topRight, mark.error, mark.errorsPerSecond, RequestFlowStyle::errorColor());
    }
    painter->restore();
}

} // namespace scalelab
