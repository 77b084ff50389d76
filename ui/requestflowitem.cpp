#include "requestflowitem.h"

#include "linkitem.h"
#include "nodeitem.h"
#include "requestflow.h"
#include "requestflowstyle.h"
#include "topologyscene.h"

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

RequestFlowItem::RequestFlowItem(const RequestFlow *flow, TopologyScene *scene)
    : m_flow(flow), m_scene(scene)
{
    setZValue(2.0);   // marks sit on the cards (1), dots above the links (0)
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
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

const RequestFlowItem::Route *RequestFlowItem::routeFor(int from, int to, bool response, bool *reversed)
{
    // A response travels back along the link its request came by.
    const quint64 forward = response ? endsKey(to, from) : endsKey(from, to);
    const quint64 backward = response ? endsKey(from, to) : endsKey(to, from);
    if (LinkItem *link = m_linkByEnds.value(forward)) {
        *reversed = response;
        return &linkRoute(link);
    }
    if (LinkItem *link = m_linkByEnds.value(backward)) {
        *reversed = !response;
        return &linkRoute(link);
    }
    // No link of its own (a CDN edge reached over the network's shortest path): straight.
    const NodeItem *a = m_scene->nodeItem(from);
    const NodeItem *b = m_scene->nodeItem(to);
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

void RequestFlowItem::sync(SimTime now)
{
    m_now = now;
    const QRectF bounds = m_scene->sceneRect();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    m_linkByEnds.clear();
    m_straightRoutes.clear();   // nodes may have moved; these are cheap to redo
    for (int i = 0; i < m_scene->linkItemCount(); ++i) {
        LinkItem *link = m_scene->linkItem(i);
        m_linkByEnds.insert(endsKey(link->fromNode()->index(), link->toNode()->index()), link);
    }
    placeDots();
    placeMarks();
    update();
}

void RequestFlowItem::placeDots()
{
    m_dots.clear();
    QHash<LinkItem *, double> flows;
    for (int i = 0; i < m_scene->linkItemCount(); ++i)
        flows.insert(m_scene->linkItem(i), 0.0);

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
        if (LinkItem *link = m_linkByEnds.value(reversed ? endsKey(lane.to, lane.from) : endsKey(lane.from, lane.to)))
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

    // Over the frame's budget every lane keeps the same share, so busy links stay busy.
    const int every = total > kMaxDots ? (total + kMaxDots - 1) / kMaxDots : 1;
    auto place = [this, every](const RequestFlow::Lane &lane, const Route &route, bool reversed, int inFlight) {
        const int perLane = std::max(4, static_cast<int>(route.length() / kMinDotSpacing));
        const int step = std::max(every, (inFlight + perLane - 1) / std::max(1, perLane));
        int seen = 0;
        for (int i = 0; i < lane.count; ++i) {
            const Hop &hop = lane.at(i);
            if (hop.departs > m_now || m_now >= hop.arrives)
                continue;
            if (seen++ % step != 0)
                continue;
            const qreal span = static_cast<qreal>((hop.arrives - hop.departs).us);
            const qreal progress = span > 0 ? static_cast<qreal>((m_now - hop.departs).us) / span : 1.0;
            m_dots.push_back({pointAlong(route.points, route.lengths, reversed ? 1.0 - progress : progress), hop.op, hop.request});
        }
    };
    for (const Visible &v : visible)
        place(*v.lane, *v.route, v.reversed, v.inFlight);
}

void RequestFlowItem::placeMarks()
{
    m_marks.clear();
    const int nodes = std::min(m_scene->nodeItemCount(), m_flow->markedNodeCount());
    for (int n = 0; n < nodes; ++n) {
        NodeMark mark;
        mark.node = n;
        mark.hit = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::CacheHit));
        mark.stale = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::Stale));
        mark.error = fade(m_now, m_flow->lastMark(n, RequestFlow::Mark::Error));
        if (mark.hit <= 0.0 && mark.stale <= 0.0 && mark.error <= 0.0)
            continue;
        mark.centre = m_scene->nodeItem(n)->scenePos();
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
    paintMarks(painter, zoom);
}

void RequestFlowItem::paintDots(QPainter *painter, qreal zoom)
{
    if (m_dots.empty())
        return;
    const int pixels = std::clamp(qRound(kDotSize * zoom), kMinDotPixels, kMaxDotPixels);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (pixels != m_spritePixels || ratio != m_spriteRatio) {
        for (Op op : {Op::Read, Op::Write, Op::Static})
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
    const QLocale locale;
    // Marks are at least readable when the view is zoomed far out.
    const qreal size = std::max(kMarkSize, 12.0 / std::max(zoom, 0.01));
    QFont countFont = painter->font();
    countFont.setPixelSize(std::max(1, qRound(size * 0.7)));
    countFont.setBold(true);
    for (const NodeMark &mark : m_marks) {
        const QRectF card(mark.centre.x() - NodeItem::kWidth / 2, mark.centre.y() - NodeItem::kHeight / 2,
                          NodeItem::kWidth, NodeItem::kHeight);
        if (mark.hit > 0.0) {
            // A ring that widens and fades: a flash, not a state.
            const qreal grow = 3.0 + 7.0 * (1.0 - mark.hit);
            QColor ring = RequestFlowStyle::cacheHitColor();
            ring.setAlphaF(static_cast<float>(0.25 + 0.75 * mark.hit));
            painter->setPen(QPen(ring, 2.0 + 3.0 * mark.hit));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(card.adjusted(-grow, -grow, grow, grow), 9.0 + grow, 9.0 + grow);
        }
        painter->save();
        if (mark.stale > 0.0) {
            painter->setOpacity(0.35 + 0.65 * mark.stale);
            const QPointF at = card.topLeft() + QPointF(2, 2);
            RequestFlowStyle::paintStaleBadge(painter, at, size);
            if (mark.stalePerSecond > 1) {
                painter->setFont(countFont);
                painter->setPen(QColor(0x8A5A00));
                painter->drawText(QRectF(at.x() + size * 0.6, at.y() - size * 1.2, size * 4, size),
                                  Qt::AlignLeft | Qt::AlignBottom, locale.toString(mark.stalePerSecond));
            }
        }
        if (mark.error > 0.0) {
            painter->setOpacity(0.35 + 0.65 * mark.error);
            const QPointF at = card.topRight() + QPointF(-2, 2);
            RequestFlowStyle::paintErrorCross(painter, at, size);
            if (mark.errorsPerSecond > 1) {
                painter->setFont(countFont);
                painter->setPen(RequestFlowStyle::errorColor());
                painter->drawText(QRectF(at.x() + size * 0.6, at.y() - size * 1.2, size * 4, size),
                                  Qt::AlignLeft | Qt::AlignBottom, locale.toString(mark.errorsPerSecond));
            }
        }
        painter->restore();
    }
}

} // namespace scalelab
