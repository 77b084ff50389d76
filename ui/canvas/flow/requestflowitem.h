// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/request.h"
#include "base/simtime.h"
#include "canvas/canvasitemtypes.h"

#include <QGraphicsObject>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QPolygonF>

#include <array>
#include <unordered_map>
#include <vector>

namespace scalelab {

class LinkItem;
class NodeItem;
class RequestFlow;
class TopologyScene;
struct Topology;

/// Every request in flight as a dot on its link, plus the marks of what just happened at
/// the nodes (a cache hit's ring, a stale read's "!", an error's cross) — all in ONE item
/// that paints from RequestFlow, never an item per dot. sync() places the dots for the
/// current simulated time once per frame and sets each link's width from its flow.
///
/// The dots go between the links and the cards (a dot never hides a card's text); the marks
/// are painted by a companion item above the cards, made and removed with this one.
///
/// A QGraphicsObject so that its owner notices (QPointer) when the scene is cleared.
class RequestFlowItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = CanvasItemType::RequestFlow };
    /// Dots drawn at most in one frame, over all links: beyond this the picture is a blur
    /// anyway, and the link width tells the volume.
    static constexpr int kMaxDots = 1500;
    /// Dots on one link are at least this far apart on average (scene units).
    static constexpr qreal kMinDotSpacing = 6.0;

    struct Dot
    {
        QPointF pos;
        Op op = Op::Read;
        std::uint64_t request = 0;
    };

    struct NodeMark
    {
        int node = -1;
        QPointF centre;
        qreal hit = 0.0;    ///< 1 just after a cache hit, fading to 0
        qreal stale = 0.0;
        qreal error = 0.0;
        int errorsPerSecond = 0;
        int stalePerSecond = 0;
    };

    RequestFlowItem(const RequestFlow *flow, TopologyScene *scene);
    ~RequestFlowItem() override;

    int type() const override { return Type; }

    /// Places the dots and marks for `now` and sets the links' widths. Call after
    /// RequestFlow::prune(now), once per frame. `engine` is the topology the engine runs:
    /// hops name its node indices, matched to the cards by id (the canvas may show an edit
    /// the engine has not taken yet).
    void sync(SimTime now, const Topology &engine);
    SimTime now() const { return m_now; }
    const std::vector<Dot> &dots() const { return m_dots; }
    const std::vector<NodeMark> &marks() const { return m_marks; }

    /// The point `fraction` (0..1) of the way along a polyline, by length.
    static QPointF pointAlong(const QPolygonF &line, const std::vector<qreal> &lengths, qreal fraction);

    QRectF boundingRect() const override;
    /// Empty: the layer never takes clicks, hovers or tooltips from the nodes under it.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// A route sampled as a polyline, with the running length at each point.
    struct Route
    {
        int revision = -1;
        QPolygonF points;
        std::vector<qreal> lengths;
        qreal length() const { return lengths.empty() ? 0.0 : lengths.back(); }
    };

    NodeItem *card(int engineNode) const;
    LinkItem *linkBetween(int from, int to) const;
    /// The route a lane's dots follow and whether they go along it backwards.
    const Route *routeFor(int from, int to, bool response, bool *reversed);
    const Route &linkRoute(const LinkItem *link);
    void placeDots();
    void placeMarks();
    friend class RequestFlowMarks;
    void paintMarks(QPainter *painter, qreal zoom);
    void paintDots(QPainter *painter, qreal zoom);

    const RequestFlow *m_flow = nullptr;
    QPointer<QGraphicsObject> m_marksItem;
    TopologyScene *m_scene = nullptr;
    SimTime m_now;
    QRectF m_bounds;
    std::vector<NodeItem *> m_cards;            ///< engine node index -> its card, or null
    QHash<QPair<const NodeItem *, const NodeItem *>, LinkItem *> m_linkByEnds;   ///< in that direction
    std::unordered_map<const LinkItem *, Route> m_linkRoutes;   ///< node-based: pointers to routes stay valid
    /// Hops with no link of their own, by engine (from << 32 | to); node-based so pointers stay valid.
    std::unordered_map<quint64, Route> m_straightRoutes;
    std::vector<Dot> m_dots;
    std::vector<NodeMark> m_marks;
    std::array<QPixmap, 4> m_sprites;   ///< by Op
    int m_spritePixels = 0;
    qreal m_spriteRatio = 0.0;
    QPixmap m_errorSprite;
    QPixmap m_staleSprite;
    int m_markPixels = 0;
    qreal m_markRatio = 0.0;
};

} // namespace scalelab
