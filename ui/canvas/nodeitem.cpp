// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodeitem.h"

#include "settings/theme.h"
#include "sim/simulation.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace scalelab {

NodeItem::NodeItem(int index, const NodeSpec &spec)
    : m_index(index), m_spec(spec), m_card(NodeState::fromSpec(spec))
{
    setAcceptHoverEvents(true);
    setZValue(1.0);   // above the links
    refreshToolTip();
}

NodeItem::State NodeItem::state() const
{
    if (m_card.down())
        return State::Down;
    return m_card.health == NodeState::Health::Draining ? State::Draining : State::Up;
}

bool NodeItem::syncFrom(const Simulation &simulation, int engineIndex)
{
    const NodeStatus runtime = simulation.nodeStatus(engineIndex);
    if (runtime.served != m_served || runtime.errors != m_errors || runtime.dropped != m_dropped) {
        // Counters only show in the tooltip: rebuild it when someone looks, never repaint.
        m_served = runtime.served;
        m_errors = runtime.errors;
        m_dropped = runtime.dropped;
        m_toolTipDirty = true;
    }
    NodeState card = NodeState::read(simulation, engineIndex);
    if (card == m_card)
        return false;
    // Load and lag move every frame: rebuild the tooltip for those only when someone looks;
    // a change of health or role is rare and worth having in it at once.
    const bool stateChanged = card.health != m_card.health || card.role != m_card.role;
    m_card = std::move(card);
    m_toolTipDirty = true;
    if (stateChanged || isUnderMouse())
        refreshToolTip();
    update();
    return true;
}

QRectF NodeItem::cardRect() const
{
    return QRectF(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the promotion glow, the shadow below and the tabs sticking out above.
    return cardRect().adjusted(-5, -kTabHeight / 2 - 3, 5, 6);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), kRadius, kRadius);
    return path;
}

QPointF NodeItem::anchorTowards(const QPointF &scenePoint) const
{
    constexpr qreal kGap = 3.0;
    constexpr qreal kCornerClearance = 12.0;
    const QPointF centre = scenePos();
    const QPointF d = scenePoint - centre;
    // Side by side (the usual left-to-right flow): leave from the facing left or right side.
    if (std::abs(d.x()) >= kWidth * 0.75) {
        const qreal slope = std::clamp(d.y() / std::abs(d.x()), -1.0, 1.0);
        return centre + QPointF(std::copysign(kWidth / 2 + kGap, d.x()), slope * (kHeight / 2 - kCornerClearance));
    }
    if (d.y() == 0.0)
        return centre;
    const qreal slope = std::clamp(d.x() / std::abs(d.y()), -1.0, 1.0);
    return centre + QPointF(slope * (kWidth / 2 - kCornerClearance), std::copysign(kHeight / 2 + kGap, d.y()));
}

NodeItem::Detail NodeItem::detailAt(qreal zoom)
{
    if (zoom >= kGlanceZoom)
        return Detail::Full;
    if (zoom >= kFigureZoom)
        return Detail::Glance;
    return zoom >= kIconZoom ? Detail::Figure : Detail::Icon;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Detail detail = detailAt(option->levelOfDetailFromTransform(painter->worldTransform()));
    m_paintedDetail = detail;
    const Content shown = content(detail);
    const Look style = look(detail, shown);
    if (!DevicePicture::suits(painter, boundingRect())) {
        // An SVG or PDF export, printing, or zoomed far in: paint directly.
        painter->setRenderHint(QPainter::Antialiasing);
        paintFrame(painter, style);
        paintContent(painter, style, shown);
        return;
    }
    const bool frameFits = m_framePicture.fits(painter) && style == m_pictureLook;
    if (!frameFits) {
        m_framePicture.render(painter, boundingRect(), [&](QPainter *p) {
            p->setRenderHint(QPainter::Antialiasing);
            paintFrame(p, style);
        });
        ++m_frameRenders;
    }
    if (!frameFits || !m_picture.fits(painter) || shown != m_pictureContent) {
        // The frame's picture, then what changes more often on a copy of it.
        m_picture = m_framePicture;
        m_picture.paintOver([&](QPainter *p) {
            p->setRenderHint(QPainter::Antialiasing);
            paintContent(p, style, shown);
        });
        m_pictureLook = style;
        m_pictureContent = shown;
        ++m_pictureRenders;
    }
    m_picture.draw(painter);
}

NodeItem::Content NodeItem::content(Detail detail) const
{
    Content c;
    switch (detail) {
    case Detail::Full:
        c.line = m_card.loadText();
        c.queue = m_card.queueText();
        c.detail = m_card.detail();
        break;
    case Detail::Glance:
        c.line = m_card.glance();
        c.warns = m_card.glanceWarns();
        break;
    case Detail::Figure:
        c.line = m_card.keyFigure();
        // A dns's figure is its TTL, no alarm; what its checks see down is on the frames.
        c.warns = m_card.glanceWarns() && m_card.type != NodeType::Dns;
        break;
    case Detail::Icon:
        return c;   // all it shows is in its Look: the picture changes only with the state's colour
    }
    // The Figure level has no load bar: its figure says the load.
    c.load = m_card.showsLoad() && detail != Detail::Figure ? m_card.load() : 0.0;
    c.down = m_card.down();
    c.stale = m_card.stale;
    c.queued = m_card.waiting > 0;
    c.lostWrites = m_card.lostWrites > 0;
    c.poolShort = m_card.poolHealthy < m_card.poolSize;
    c.queueFull = m_card.queueFull() && !c.down;
    c.copyPercent = m_card.shardCopyPercent;
    return c;
}

NodeItem::Look NodeItem::look(Detail detail, const Content &content) const
{
    Look l;
    l.detail = detail;
    if (detail == Detail::Icon)
        l.stateFill = stateFill().rgba();
    l.centred = content.detail.isEmpty();
    l.selected = isSelected();
    l.health = m_card.health;
    l.role = m_card.role;
    l.launch = m_card.launch;
    l.stale = m_card.stale;
    l.queueFull = m_card.queueFull() && !m_card.down();
    l.newPrimary = m_card.newPrimary;
    l.shard = m_card.sharded ? m_card.shard : -1;
    l.textScale = Theme::current().canvasTextScale;
    // Every colour the card paints with: a change of theme repaints it.
    const Theme &t = Theme::current();
    const QColor colours[] = {t.cardFill, t.cardBorder, t.cardShadow, t.cardText, t.cardMuted, t.cardDownFill,
                              t.cardDownBorder, t.loadTrack, t.staleFill, t.staleTabFill, t.staleText, t.queueText,
                              t.alarmText, t.down, t.draining, t.ejected, t.primary, t.master, t.promotion,
                              t.selection, t.loadLow, t.loadMedium, t.loadHigh};
    static_assert(std::size(colours) + 1 == kColours);
    for (std::size_t i = 0; i < std::size(colours); ++i)
        l.colours[i] = colours[i].rgba();
    l.colours[kColours - 1] = t.dark ? 1 : 0;
    return l;
}

QRectF NodeItem::coveredBy(const QList<NodeItem *> &cards)
{
    QRectF covered;
    for (const NodeItem *card : cards)
        covered |= QRectF(card->pos() - QPointF(kWidth / 2, kHeight / 2), QSizeF(kWidth, kHeight));
    return covered;
}

} // namespace scalelab
