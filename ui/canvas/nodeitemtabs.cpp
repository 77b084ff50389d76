// SPDX-License-Identifier: GPL-3.0-or-later
// NodeItem: the tabs on the card's top edge, role on the left and health on the right.
#include "canvas/nodeitem.h"

#include "settings/theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace scalelab {

namespace {

// Tabs keep clear of the card's corners, where the request flow flashes its marks.
constexpr qreal kTabInset = 14.0;

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
    // Dashed like the copy's card: the balancer launched it, the document does not have it.
    if (card.launched())
        return {theme.cardFill, theme.cardMuted, theme.cardText, true};
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
        const TabStyle style = m_card.launch == NodeState::Launch::Booting
                                   ? outlined(Theme::current().draining, true)
                                   : healthTabStyle(m_card.health);
        drawTab(painter, tab, health, style);
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

} // namespace scalelab
