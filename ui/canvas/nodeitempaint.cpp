// SPDX-License-Identifier: GPL-3.0-or-later
// NodeItem: painting the card (frame, icon and id, the lines and the load bar, the far levels).
#include "canvas/nodeitem.h"

#include "canvas/nodeicons.h"
#include "settings/linepalette.h"
#include "settings/theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>

namespace scalelab {

namespace {

constexpr qreal kIconSize = 36.0;
constexpr qreal kPadding = 8.0;
// The Figure level: a small icon beside a large id, the figure under them across the card.
constexpr qreal kFarIconSize = 26.0;
constexpr int kFarIdPixels = 26;
constexpr int kFigureMinPixels = 22;   ///< a long figure shrinks to this, then is elided
// The Icon level: one large icon in the middle of the card.
constexpr qreal kLoneIconSize = 56.0;
// A dns close up: a small icon in the id's row, its answers on the lines under it.
constexpr qreal kDnsIconSize = 24.0;

QColor loadColor(double load)
{
    const Theme &theme = Theme::current();
    if (load < 0.6)
        return theme.loadLow;
    if (load < 0.9)
        return theme.loadMedium;
    return theme.loadHigh;
}

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

// The bar's filled part: at least a round dot, coloured by how loaded the node is.
void paintLoadFill(QPainter *painter, const QRectF &track, double load)
{
    QRectF fill = track;
    fill.setWidth(std::max(track.height(), track.width() * load));
    painter->setPen(Qt::NoPen);
    painter->setBrush(loadColor(load));
    painter->drawRoundedRect(fill, track.height() / 2, track.height() / 2);
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
    paintShardBand(painter, card, look.shard);
    paintIconAndId(painter, card, look);
    paintTabs(painter, card);
}

void NodeItem::paintShardBand(QPainter *painter, const QRectF &card, int shard) const
{
    if (shard < 0)
        return;
    // The chart's line colour of the same shard: the card and its line are found together.
    QPainterPath band;
    band.addRoundedRect(card, kRadius, kRadius);
    QPainterPath strip;
    strip.addRect(QRectF(card.left(), card.top(), 6.0, card.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(LinePalette::color(shard));
    painter->drawPath(band.intersected(strip));
}

void NodeItem::paintCopyProgress(QPainter *painter, const Content &content) const
{
    if (content.copyPercent < 0)
        return;
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    const QRectF track(card.left() + kPadding + 2, card.bottom() - 5, card.width() - 2 * kPadding - 4, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.loadTrack);
    painter->drawRect(track);
    painter->setBrush(LinePalette::color(m_card.shard));
    painter->drawRect(QRectF(track.topLeft(), QSizeF(track.width() * content.copyPercent / 100.0, track.height())));
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
    paintShardBand(painter, card, look.shard);
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
    } else if (m_card.stale || m_card.queueFull()) {
        // A stale replica and a full queue alike: a warning, not (yet) a failure.
        border = QPen(theme.draining, 2.0);
        fill = theme.staleFill;
    } else if (m_card.newPrimary) {
        border = QPen(theme.promotion.darker(120), 2.0);
    }
    if (m_card.launched()) {
        // A copy its balancer launched: dashed, it comes and goes with the load.
        border.setStyle(Qt::DashLine);
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
    if (m_spec.type == NodeType::Dns && look.detail == Detail::Full) {
        paintDnsIcon(painter, card);
        return;
    }
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
    const QRectF card = cardRect();
    const bool bar = m_card.showsLoad();
    const Rows rows = rowsOf(card, look.centred, bar);

    if (bar && !content.down && content.load > 0.0)
        paintLoadFill(painter, loadTrack(rows, card, look.detail == Detail::Full), content.load);

    QFont base = painter->font();
    base.setBold(true);
    if (look.detail == Detail::Glance) {
        paintGlanceLine(painter, base, QRectF(rows.left, card.bottom() - 25, rows.width, 21), content);
        return;
    }

    QFont small = base;
    small.setBold(false);
    small.setPixelSize(qRound(Theme::textPixels(12)));
    QFont smallBold = small;
    smallBold.setBold(true);
    if (m_spec.type == NodeType::Dns) {
        paintDnsAnswers(painter, small, smallBold, content);
        return;
    }
    paintLoadLine(painter, QRectF(rows.left, bar ? rows.top + 31 : rows.top + 21, rows.width, 15), small, smallBold, content);
    if (!content.detail.isEmpty())
        paintDetailLine(painter, small, smallBold, content);
    paintCopyProgress(painter, content);
}

void NodeItem::paintGlanceLine(QPainter *painter, const QFont &base, const QRectF &line, const Content &content)
{
    if (content.line.isEmpty())
        return;
    const Theme &theme = Theme::current();
    QFont font = base;
    font.setPixelSize(qRound(Theme::textPixels(16)));
    font.setBold(content.warns);
    painter->setFont(font);
    painter->setPen(content.stale || content.queued ? theme.queueText
                    : content.warns                 ? theme.alarmText
                                                    : theme.cardMuted);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(content.line, Qt::ElideRight, line.width()));
}

void NodeItem::paintLoadLine(QPainter *painter, const QRectF &line, const QFont &small, const QFont &smallBold,
                             const Content &content) const
{
    // The line: load (or hit ratio, rate, algorithm), then the queue in amber when any.
    const Theme &theme = Theme::current();
    const QFontMetricsF fm(small);
    const QFontMetricsF fmBold(smallBold);
    const qreal width = line.width();
    const QString &loadText = content.line;
    QString queue = content.queue;
    const QString separator = QStringLiteral(" · ");
    if (!queue.isEmpty() && fm.horizontalAdvance(loadText + separator) + fmBold.horizontalAdvance(queue) > width)
        queue = m_card.queueText(true);
    const qreal queueWidth = queue.isEmpty() ? 0.0 : fm.horizontalAdvance(separator) + fmBold.horizontalAdvance(queue);
    painter->setFont(small);
    painter->setPen(theme.cardMuted);
    const QString shownLoad = fm.elidedText(loadText, Qt::ElideRight, std::max(width - queueWidth, width / 3));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, shownLoad);
    if (queue.isEmpty())
        return;
    const qreal x = line.left() + fm.horizontalAdvance(shownLoad);
    const QRectF rest(x, line.top(), cardRect().right() - kPadding - x, line.height());
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, separator);
    painter->setFont(smallBold);
    painter->setPen(theme.queueText);
    const QRectF queueRect = rest.adjusted(fm.horizontalAdvance(separator), 0, 0, 0);
    painter->drawText(queueRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(queue, Qt::ElideRight, queueRect.width()));
}

void NodeItem::paintDetailLine(QPainter *painter, const QFont &small, const QFont &smallBold, const Content &content) const
{
    // The line across the card: in bold when it warns (stale, lost writes, a short pool).
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    const bool warn = content.stale || content.lostWrites || content.poolShort || content.queueFull;
    const QFont &font = warn ? smallBold : small;
    painter->setFont(font);
    const bool alarm = content.lostWrites || (warn && !content.down);
    painter->setPen(content.stale || content.queueFull ? theme.staleText : alarm ? theme.alarmText : theme.cardMuted);
    const QRectF detailRect(card.left() + kPadding + 2, card.bottom() - 20, card.width() - 2 * kPadding - 4, 15);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(content.detail, Qt::ElideRight, detailRect.width()));
}

void NodeItem::paintDnsIcon(QPainter *painter, const QRectF &card) const
{
    NodeIcons::renderer(m_spec.type)->render(painter, QRectF(card.left() + kPadding, card.top() + 5, kDnsIconSize, kDnsIconSize));
}

void NodeItem::paintDnsAnswers(QPainter *painter, const QFont &small, const QFont &smallBold, const Content &content) const
{
    const Theme &theme = Theme::current();
    const QRectF card = cardRect();
    // The id, and its TTL at the end of the row (content.line).
    const QRectF row(card.left() + kPadding + kDnsIconSize + 7, card.top() + 5, card.width() - 2 * kPadding - kDnsIconSize - 7, kDnsIconSize);
    const qreal ttlWidth = QFontMetricsF(small).horizontalAdvance(content.line);
    painter->setFont(small);
    painter->setPen(theme.cardMuted);
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, content.line);
    QFont idFont = small;
    idFont.setBold(true);
    idFont.setPixelSize(qRound(Theme::textPixels(15)));
    painter->setFont(idFont);
    painter->setPen(theme.cardText);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(idFont).elidedText(m_spec.id, Qt::ElideRight, std::max(0.0, row.width() - ttlWidth - 6)));
    // One line per clients node, the failed-over ones in amber and bold; the third and later
    // are counted on the second line (the tooltip lists them all).
    QStringList lines = m_card.dnsAnswers.isEmpty() ? QStringList{content.detail} : m_card.dnsAnswers;
    if (lines.size() > 2) {
        lines[1] = tr("%1 · +%2 more").arg(lines[1]).arg(lines.size() - 2);
        lines = lines.mid(0, 2);
    }
    for (int i = 0; i < lines.size(); ++i) {
        const bool moved = m_card.dnsAnswerMoved.value(i);
        const QFont &font = moved ? smallBold : small;
        const QRectF line(card.left() + kPadding + 2, card.top() + 31 + i * 16, card.width() - 2 * kPadding - 4, 15);
        painter->setFont(font);
        painter->setPen(moved ? theme.staleText : theme.cardMuted);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(font).elidedText(lines[i], Qt::ElideRight, line.width()));
    }
}

} // namespace scalelab
