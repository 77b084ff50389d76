// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodeitem.h"

#include "canvas/nodeicons.h"
#include "settings/theme.h"
#include "sim/simulation.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr qreal kRadius = 9.0;
constexpr qreal kIconSize = 36.0;
constexpr qreal kPadding = 8.0;
constexpr qreal kTabHeight = 17.0;
// Tabs keep clear of the card's corners, where the request flow flashes its marks.
constexpr qreal kTabInset = 14.0;
// The Figure level: a small icon beside a large id, the figure under them across the card.
constexpr qreal kFarIconSize = 26.0;
constexpr int kFarIdPixels = 26;
constexpr int kFigureMinPixels = 22;   ///< a long figure shrinks to this, then is elided
// The Icon level: one large icon in the middle of the card.
constexpr qreal kLoneIconSize = 56.0;

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QColor loadColor(double load)
{
    const Theme &theme = Theme::current();
    if (load < 0.6)
        return theme.loadLow;
    if (load < 0.9)
        return theme.loadMedium;
    return theme.loadHigh;
}

/// How a tab on the card's top edge looks: filled or outlined, round or square, solid or
/// dashed. The shape differs between states as well as the colour.
struct TabStyle
{
    QColor fill;
    QColor border;   ///< invalid: none
    QColor text;
    bool dashed = false;
    bool square = false;
};

// A filled tab: its text is whichever of near-black and white reads better on the fill.
TabStyle filled(const QColor &fill, bool square = false)
{
    return {fill, {}, Theme::textOn(fill), false, square};
}

// An outlined tab on the card's colour, in `accent`.
TabStyle outlined(const QColor &accent, bool dashed = false, bool square = false)
{
    const Theme &theme = Theme::current();
    return {theme.cardFill, accent, theme.dark ? accent : accent.darker(125), dashed, square};
}

TabStyle healthTabStyle(NodeState::Health health)
{
    const Theme &theme = Theme::current();
    switch (health) {
    case NodeState::Health::Down: return filled(theme.down);
    case NodeState::Health::Draining: return filled(theme.draining);
    case NodeState::Health::BeingDetected: return outlined(theme.down, true);
    case NodeState::Health::Undetected: return outlined(theme.down);
    case NodeState::Health::Ejected: return filled(theme.ejected, true);
    case NodeState::Health::OutOfPool: return {theme.cardFill, theme.cardMuted, theme.cardText, true};
    case NodeState::Health::Up: break;
    }
    return {};
}

TabStyle roleTabStyle(const NodeState &card)
{
    const Theme &theme = Theme::current();
    switch (card.role) {
    case NodeState::Role::Primary:
        return card.newPrimary ? TabStyle{theme.promotion, theme.promotion.darker(140), Theme::textOn(theme.promotion)}
                               : filled(theme.primary);
    case NodeState::Role::Replica:
        return card.stale ? TabStyle{theme.staleTabFill, theme.staleText, theme.staleText} : outlined(theme.primary);
    case NodeState::Role::Master: return filled(theme.master);
    case NodeState::Role::RingMember: return outlined(theme.master);
    case NodeState::Role::Standby: return {theme.cardFill, theme.cardMuted, theme.cardText, true};
    case NodeState::Role::Gutter: return {theme.cardFill, theme.cardMuted, theme.cardText, false, true};
    case NodeState::Role::None: break;
    }
    return {};
}

QString roleTabText(const NodeState &card)
{
    if (card.role == NodeState::Role::Replica && card.stale)
        return NodeItem::tr("STALE REPLICA");
    return card.roleText();
}

QFont tabFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPixelSize(qRound(Theme::textPixels(10)));
    return font;
}

qreal tabWidth(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text) + 14;
}

void drawTab(QPainter *painter, const QRectF &rect, const QString &text, const TabStyle &style)
{
    const qreal radius = style.square ? 2.0 : rect.height() / 2;
    if (style.border.isValid()) {
        QPen pen(style.border, 1.5);
        if (style.dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
    } else {
        painter->setPen(Qt::NoPen);
    }
    painter->setBrush(style.fill);
    painter->drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    painter->setPen(style.text);
    painter->drawText(rect, Qt::AlignCenter, QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight, rect.width() - 8));
}

} // namespace

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
        c.warns = m_card.glanceWarns();
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
    l.stale = m_card.stale;
    l.newPrimary = m_card.newPrimary;
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

namespace {

/// Where the rows beside the icon go: id, load bar, one line. A detail line, when there is
/// one, runs under them across the card; without it the block is centred.
struct Rows
{
    QRectF icon;
    qreal top = 0.0;
    qreal left = 0.0;
    qreal width = 0.0;
};

Rows rowsOf(const QRectF &card, bool centred, bool bar)
{
    const qreal blockHeight = bar ? 46.0 : 40.0;
    Rows r;
    r.top = centred ? card.center().y() - blockHeight / 2 : card.top() + 5;
    r.icon = QRectF(card.left() + kPadding, centred ? card.center().y() - kIconSize / 2 : r.top + 3, kIconSize, kIconSize);
    r.left = r.icon.right() + 9;
    r.width = card.right() - kPadding - r.left;
    return r;
}

QRectF loadTrack(const Rows &rows, const QRectF &card, bool detailed)
{
    return detailed ? QRectF(rows.left, rows.top + 23, rows.width, 6) : QRectF(rows.left, card.top() + 32, rows.width, 8);
}

} // namespace

QColor NodeItem::stateFill() const
{
    const Theme &theme = Theme::current();
    if (m_card.down())
        return theme.down;
    switch (m_card.health) {
    case NodeState::Health::Draining: return theme.draining;
    case NodeState::Health::Ejected: return theme.ejected;
    case NodeState::Health::OutOfPool: return theme.cardMuted;
    default: break;
    }
    if (m_card.stale)
        return theme.staleTabFill;
    return m_card.showsLoad() ? loadColor(m_card.load()) : theme.cardFill;
}

void NodeItem::paintFrame(QPainter *painter, const Look &look) const
{
    if (look.detail == Detail::Figure || look.detail == Detail::Icon) {
        paintFar(painter, look);
        return;
    }
    const QRectF card = cardRect();
    paintCard(painter, card);
    paintIconAndId(painter, card, look);
    paintTabs(painter, card);
}

void NodeItem::paintFar(QPainter *painter, const Look &look) const
{
    // Small lines would be specks this far out: the state is in the figure and the tabs'
    // shapes (Figure), or the card's colour, its border and the icon's cross (Icon).
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    const bool down = m_card.down();
    const bool lone = look.detail == Detail::Icon;
    paintCard(painter, card, lone ? QColor::fromRgba(look.stateFill) : QColor());
    const qreal size = lone ? kLoneIconSize : kFarIconSize;
    const QRectF icon = lone ? QRectF(card.center().x() - size / 2, card.center().y() - size / 2, size, size)
                             : QRectF(card.left() + kPadding, card.top() + 8, size, size);
    painter->setOpacity(down && !lone ? 0.3 : 1.0);
    NodeIcons::renderer(m_spec.type)->render(painter, icon);
    painter->setOpacity(1.0);
    if (down) {
        painter->setPen(QPen(lone ? theme.cardText : theme.down, lone ? 8.0 : 5.0, Qt::SolidLine, Qt::RoundCap));
        const QRectF c = icon.adjusted(size / 8, size / 8, -size / 8, -size / 8);
        painter->drawLine(c.topLeft(), c.bottomRight());
        painter->drawLine(c.topRight(), c.bottomLeft());
    }
    if (lone)
        return;
    QFont idFont = painter->font();
    idFont.setBold(true);
    idFont.setPixelSize(qRound(Theme::textPixels(kFarIdPixels)));
    painter->setFont(idFont);
    painter->setPen(down ? theme.cardMuted : theme.cardText);
    const QRectF idRect(icon.right() + 6, card.top() + 6, card.right() - kPadding - icon.right() - 6, 28);
    painter->drawText(idRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(idFont).elidedText(m_spec.id, Qt::ElideRight, idRect.width()));
    // Their words are too small to read here, but their shapes still tell primary from replica.
    paintTabs(painter, card);
}

void NodeItem::paintFigure(QPainter *painter, const Content &content) const
{
    if (content.line.isEmpty())
        return;
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    const QRectF rect(card.left() + kPadding, card.bottom() - 38, card.width() - 2 * kPadding, 36);
    QFont font = painter->font();
    font.setBold(true);
    // As large as fits the card's width, down to a floor; past it the figure is elided.
    int pixels = qRound(Theme::textPixels(kFigurePixels));
    const int floor = qRound(Theme::textPixels(kFigureMinPixels));
    font.setPixelSize(pixels);
    while (pixels > floor && QFontMetricsF(font).horizontalAdvance(content.line) > rect.width())
        font.setPixelSize(--pixels);
    painter->setFont(font);
    painter->setPen(content.down                      ? theme.down
                    : content.stale || content.queued ? theme.queueText
                    : content.warns                   ? theme.alarmText
                                                      : theme.cardText);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(font).elidedText(content.line, Qt::ElideRight, rect.width()));
}

void NodeItem::paintCard(QPainter *painter, const QRectF &card, const QColor &stateFill) const
{
    const bool down = m_card.down();
    const NodeState::Health health = m_card.health;

    const Theme &theme = Theme::current();
    if (m_card.newPrimary) {
        // A just-promoted primary glows for a few seconds: the eye finds where writes go now.
        QColor glow = theme.promotion;
        glow.setAlpha(150);
        painter->setPen(QPen(glow, 6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-1, -1, 1, 1), kRadius + 1, kRadius + 1);
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.cardShadow);
    painter->drawRoundedRect(card.translated(0, 2.5), kRadius, kRadius);

    QPen border(theme.cardBorder, 1.5);
    QColor fill = theme.cardFill;
    if (down) {
        border.setColor(theme.cardDownBorder);
        fill = theme.cardDownFill;
    } else if (health == NodeState::Health::Draining) {
        border = QPen(theme.draining, 2.5, Qt::DashLine);
    } else if (health == NodeState::Health::Ejected) {
        border = QPen(theme.ejected, 2.5, Qt::DotLine);
    } else if (health == NodeState::Health::OutOfPool) {
        border = QPen(theme.cardMuted, 2.0, Qt::DashLine);
    } else if (m_card.stale) {
        border = QPen(theme.draining, 2.0);
        fill = theme.staleFill;
    } else if (m_card.newPrimary) {
        border = QPen(theme.promotion.darker(120), 2.0);
    }
    if (stateFill.isValid()) {
        // Icon level: a thicker border, so that the state's shape (dashes, dots) still shows.
        fill = stateFill;
        border.setWidthF(border.widthF() * 3);
    }
    if (isSelected())
        border = QPen(theme.selection, stateFill.isValid() ? 7.5 : 2.5);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(card, kRadius, kRadius);
}

void NodeItem::paintIconAndId(QPainter *painter, const QRectF &card, const Look &look) const
{
    const Theme &theme = Theme::current();
    const bool down = m_card.down();
    const bool bar = m_card.showsLoad();
    const Rows rows = rowsOf(card, look.centred, bar);

    painter->setOpacity(down ? 0.3 : 1.0);
    NodeIcons::renderer(m_spec.type)->render(painter, rows.icon);
    painter->setOpacity(1.0);
    if (down) {
        QPen cross(theme.down, 4.5, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(cross);
        const QRectF c = rows.icon.adjusted(5, 5, -5, -5);
        painter->drawLine(c.topLeft(), c.bottomRight());
        painter->drawLine(c.topRight(), c.bottomLeft());
    }

    QFont idFont = painter->font();
    idFont.setBold(true);
    idFont.setPixelSize(qRound(Theme::textPixels(look.detail == Detail::Full ? 15 : 21)));
    painter->setFont(idFont);
    painter->setPen(down ? theme.cardMuted : theme.cardText);
    // Zoomed out: a larger id, the bar and one larger line (NodeState::glance()).
    const QRectF idRect = look.detail == Detail::Full ? QRectF(rows.left, rows.top, rows.width, 20)
                                        : QRectF(rows.left, card.top() + 4, rows.width, 26);
    painter->drawText(idRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(idFont).elidedText(m_spec.id, Qt::ElideRight, rows.width));

    if (bar) {
        const QRectF track = loadTrack(rows, card, look.detail == Detail::Full);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.loadTrack);
        painter->drawRoundedRect(track, track.height() / 2, track.height() / 2);
    }
}

void NodeItem::paintContent(QPainter *painter, const Look &look, const Content &content) const
{
    if (look.detail == Detail::Icon)
        return;
    if (look.detail == Detail::Figure) {
        paintFigure(painter, content);
        return;
    }
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    const bool down = content.down;
    const bool bar = m_card.showsLoad();
    const Rows rows = rowsOf(card, look.centred, bar);
    const qreal left = rows.left;
    const qreal width = rows.width;
    const qreal top = rows.top;

    if (bar && !down && content.load > 0.0) {
        const QRectF track = loadTrack(rows, card, look.detail == Detail::Full);
        QRectF fill = track;
        fill.setWidth(std::max(track.height(), track.width() * content.load));
        painter->setPen(Qt::NoPen);
        painter->setBrush(loadColor(content.load));
        painter->drawRoundedRect(fill, track.height() / 2, track.height() / 2);
    }

    QFont base = painter->font();
    base.setBold(true);
    if (look.detail == Detail::Glance) {
        if (content.line.isEmpty())
            return;
        QFont font = base;
        font.setPixelSize(qRound(Theme::textPixels(16)));
        font.setBold(content.warns);
        painter->setFont(font);
        painter->setPen(content.stale || content.queued ? theme.queueText
                        : content.warns                 ? theme.alarmText
                                                        : theme.cardMuted);
        const QRectF line(left, card.bottom() - 25, width, 21);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(content.line, Qt::ElideRight, width));
        return;
    }

    QFont small = base;
    small.setBold(false);
    small.setPixelSize(qRound(Theme::textPixels(12)));
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetricsF fm(small);
    const QFontMetricsF fmBold(smallBold);

    // The line: load (or hit ratio, rate, algorithm), then the queue in amber when any.
    const QRectF lineRect(left, bar ? top + 31 : top + 21, width, 15);
    const QString &loadText = content.line;
    QString queue = content.queue;
    const QString separator = QStringLiteral(" · ");
    if (!queue.isEmpty() && fm.horizontalAdvance(loadText + separator) + fmBold.horizontalAdvance(queue) > width)
        queue = m_card.queueText(true);
    const qreal queueWidth = queue.isEmpty() ? 0.0 : fm.horizontalAdvance(separator) + fmBold.horizontalAdvance(queue);
    painter->setFont(small);
    painter->setPen(theme.cardMuted);
    const QString shownLoad = fm.elidedText(loadText, Qt::ElideRight, std::max(width - queueWidth, width / 3));
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, shownLoad);
    if (!queue.isEmpty()) {
        const qreal x = left + fm.horizontalAdvance(shownLoad);
        const QRectF rest(x, lineRect.top(), card.right() - kPadding - x, lineRect.height());
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, separator);
        painter->setFont(smallBold);
        painter->setPen(theme.queueText);
        const QRectF queueRect = rest.adjusted(fm.horizontalAdvance(separator), 0, 0, 0);
        painter->drawText(queueRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fmBold.elidedText(queue, Qt::ElideRight, queueRect.width()));
    }

    if (!content.detail.isEmpty()) {
        const bool warn = content.stale || content.lostWrites || content.poolShort;
        QFont font = warn ? smallBold : small;
        painter->setFont(font);
        const bool alarm = content.lostWrites || (warn && !down);
        painter->setPen(content.stale ? theme.staleText : alarm ? theme.alarmText : theme.cardMuted);
        const QRectF detailRect(card.left() + kPadding + 2, card.bottom() - 20, card.width() - 2 * kPadding - 4, 15);
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(content.detail, Qt::ElideRight, detailRect.width()));
    }
}

void NodeItem::paintTabs(QPainter *painter, const QRectF &card) const
{
    const QFont font = tabFont(painter->font());
    painter->setFont(font);
    const qreal y = card.top() - kTabHeight / 2;
    qreal healthLeft = card.right() - kTabInset;
    const QString health = m_card.healthText();
    if (!health.isEmpty()) {
        const qreal w = std::min(tabWidth(font, health), card.width() - 2 * kTabInset);
        const QRectF tab(card.right() - w - kTabInset, y, w, kTabHeight);
        drawTab(painter, tab, health, healthTabStyle(m_card.health));
        healthLeft = tab.left();
    }
    const QString role = roleTabText(m_card);
    if (!role.isEmpty()) {
        // Never over the health tab: the role gives way (elided) if both do not fit.
        const qreal room = healthLeft - 6 - (card.left() + kTabInset);
        const qreal w = std::min(tabWidth(font, role), room);
        if (w > 30)
            drawTab(painter, QRectF(card.left() + kTabInset, y, w, kTabHeight), role, roleTabStyle(m_card));
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_toolTipDirty)
        refreshToolTip();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_toolTipDirty)
        refreshToolTip();
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::refreshToolTip()
{
    setToolTip(toolTipText());
    m_toolTipDirty = false;
}

QString NodeItem::toolTipText() const
{
    const QLocale locale;
    const QString typeName = nodeTypeName(m_spec.type).replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList settings;
    switch (m_spec.type) {
    case NodeType::Clients:
        if (m_spec.trace.isEmpty()) {
            settings << tr("%1 req/s from %2 users").arg(number(m_spec.rateRps), locale.toString(m_spec.users))
                     << tr("mix: %1% read, %2% write, %3% static")
                            .arg(number(m_spec.mix.read * 100), number(m_spec.mix.write * 100),
                                 number(m_spec.mix.staticShare * 100))
                     << tr("%1 keys, zipf s = %2").arg(locale.toString(m_spec.keys), number(m_spec.zipfS));
        } else {
            settings << tr("replays %1").arg(m_spec.trace);
        }
        settings << tr("gives up after %1 ms").arg(number(m_spec.timeoutMs));
        break;
    case NodeType::LoadBalancer:
        settings << tr("algorithm: %1").arg(m_card.algorithm);
        if (m_spec.hasHealthCheck)
            settings << tr("health check every %1 ms (rise %2, fall %3)")
                            .arg(m_spec.healthCheck.intervalMs).arg(m_spec.healthCheck.rise).arg(m_spec.healthCheck.fall);
        if (m_spec.hasOutlierDetection)
            settings << tr("outlier detection: eject after %1 errors in a row")
                            .arg(m_spec.outlierDetection.consecutiveErrors);
        break;
    case NodeType::Cache:
    case NodeType::CdnEdge:
        settings << tr("capacity %1, TTL %2 s, eviction %3")
                        .arg(locale.toString(m_spec.capacity), number(m_spec.ttlS), m_spec.eviction);
        break;
    default:
        if (m_spec.type == NodeType::Database)
            settings << tr("role in the file: %1").arg(m_spec.role);
        if (m_spec.type == NodeType::WebServer)
            settings << tr("sessions: %1, weight %2").arg(m_spec.sessions).arg(m_spec.weight);
        settings << tr("%1 workers, %2 ms per request, queue %3")
                        .arg(m_card.concurrency > 0 ? m_card.concurrency : m_spec.concurrency)
                        .arg(number(m_spec.serviceMs)).arg(m_spec.queue);
        break;
    }

    QStringList live;
    QString health = m_card.healthExplanation().toHtmlEscaped();
    if (m_card.down())
        health = QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(Theme::current().down.name(), health);
    else if (m_card.health != NodeState::Health::Up)
        health = QStringLiteral("<b>%1</b>").arg(health);
    live << tr("state: %1").arg(health);
    if (!m_card.roleText().isEmpty())
        live << tr("role: %1").arg(m_card.roleText().toLower()).toHtmlEscaped();
    if (m_card.showsLoad())
        live << tr("busy %1 of %2, %3 queued").arg(m_card.active).arg(m_card.concurrency).arg(m_card.waiting);
    if (m_card.type == NodeType::Cache || m_card.type == NodeType::CdnEdge) {
        live << tr("%1 hits, %2 misses").arg(locale.toString(static_cast<qulonglong>(m_card.hits)),
                                            locale.toString(static_cast<qulonglong>(m_card.misses)));
        if (m_card.type == NodeType::Cache)
            live << tr("%1 of %2 items").arg(locale.toString(static_cast<qulonglong>(m_card.items)),
                                             locale.toString(static_cast<qulonglong>(m_card.capacity)));
        else
            live << tr("%1 objects, %2 of %3 bytes")
                        .arg(locale.toString(static_cast<qulonglong>(m_card.items)),
                             locale.toString(static_cast<qulonglong>(m_card.bytes)),
                             locale.toString(static_cast<qulonglong>(m_card.capacity)));
    }
    if (m_card.role == NodeState::Role::Replica)
        live << tr("replication lag %1 ms, %2 writes behind")
                    .arg(m_card.lagMs).arg(locale.toString(static_cast<qulonglong>(m_card.writesBehind)));
    if (m_card.lostWrites > 0)
        live << tr("acknowledged writes it committed that a failover lost: %1%2")
                    .arg(locale.toString(static_cast<qulonglong>(m_card.lostWrites)),
                         m_card.lostWritesTruncated ? tr(" (or more: only the latest are kept)") : QString());
    if (m_card.recoveredWrites > 0)
        live << tr("writes recovered from the dead primary's binlog: %1")
                    .arg(locale.toString(static_cast<qulonglong>(m_card.recoveredWrites)));
    if (m_card.type == NodeType::LoadBalancer)
        live << tr("pool as its checks see it: %1 healthy, %2 ejected, %3 in all")
                    .arg(m_card.poolHealthy).arg(m_card.poolEjected).arg(m_card.poolSize);
    if (m_card.type == NodeType::Clients || m_card.type == NodeType::WebServer || m_card.type == NodeType::SessionStore) {
        if (!m_card.detail().isEmpty())
            live << m_card.detail().toHtmlEscaped();
    }

    for (QString &line : settings)
        line = line.toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b> &mdash; %2<br>%3")
                       .arg(m_spec.id.toHtmlEscaped(), typeName, settings.join(QStringLiteral("<br>")));
    text += QStringLiteral("<hr>") + live.join(QStringLiteral("<br>"));
    text += QStringLiteral("<br>") + tr("served %1 &middot; errors %2 &middot; dropped %3")
                                         .arg(locale.toString(static_cast<qulonglong>(m_served)),
                                              locale.toString(static_cast<qulonglong>(m_errors)),
                                              locale.toString(static_cast<qulonglong>(m_dropped)));
    return text;
}

} // namespace scalelab
