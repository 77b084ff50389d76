// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/shardframesitem.h"

#include "canvas/nodeitem.h"
#include "settings/linepalette.h"
#include "settings/theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace scalelab {

namespace {
constexpr qreal kRadius = 12.0;
constexpr qreal kLabelPad = 6.0;
} // namespace

ShardFramesItem::ShardFramesItem()
{
    // Behind the links (0) and the cards (1); clicks go through to the canvas.
    setZValue(-1.0);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QString ShardFramesItem::strategyText(const QString &strategy)
{
    if (strategy == QLatin1String("consistent"))
        return tr("consistent hashing");
    if (strategy == QLatin1String("range"))
        return tr("key ranges");
    return tr("hash mod N");
}

QString ShardFramesItem::label(int shard) const
{
    const QString name = tr("shard %1").arg(shard);
    return shard == 0 ? name + QLatin1Char('\n') + strategyText(m_strategy) : name;
}

QFont ShardFramesItem::labelFont(bool name) const
{
    // Large enough to read on a projector with the whole topology in view (zoom about 0.5).
    QFont font;
    font.setBold(name);
    font.setPixelSize(qRound(Theme::textPixels(name ? 17 : 13)));
    return font;
}

qreal ShardFramesItem::labelWidth(int shard) const
{
    const QStringList lines = label(shard).split(QLatin1Char('\n'));
    qreal width = 0;
    for (int i = 0; i < lines.size(); ++i)
        width = std::max(width, QFontMetricsF(labelFont(i == 0)).horizontalAdvance(lines[i]));
    return width;
}

void ShardFramesItem::setShards(const QList<QList<NodeItem *>> &shards, const QString &strategy)
{
    m_strategy = strategy;
    m_frames.clear();
    for (const QList<NodeItem *> &members : shards)
        m_frames.append({members, {}});
    follow();
    update();
}

void ShardFramesItem::follow()
{
    // One strip width for all: the frames of a column line up.
    qreal strip = 0;
    for (int s = 0; s < m_frames.size(); ++s)
        strip = std::max(strip, labelWidth(s));
    QRectF bounds;
    bool moved = false;
    for (int s = 0; s < m_frames.size(); ++s) {
        Frame &frame = m_frames[s];
        const QRectF cards = NodeItem::coveredBy(frame.members);
        if (cards.isNull()) {
            moved = moved || !frame.rect.isNull();
            frame.rect = {};
            continue;
        }
        // Room above for the cards' tabs; the label in a strip on the right, clear of the links
        // that come in from the left.
        const QRectF rect = cards.adjusted(-kMargin, -kMargin - 6, kMargin + strip + 2 * kLabelPad, kMargin);
        moved = moved || rect != frame.rect;
        frame.rect = rect;
        bounds |= rect;
    }
    bounds.adjust(-2, -2, 2, 2);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    // Called every frame of a run: repaint only when a card moved.
    if (moved)
        update();
}

QRectF ShardFramesItem::boundingRect() const
{
    return m_bounds;
}

void ShardFramesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Theme &theme = Theme::current();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int s = 0; s < m_frames.size(); ++s) {
        const QRectF &rect = m_frames[s].rect;
        if (rect.isNull())
            continue;
        // The chart's colour of the shard; dashed, so that frames never read as cards.
        const QColor colour = LinePalette::color(s);
        QColor fill = colour;
        fill.setAlpha(theme.dark ? 40 : 28);
        painter->setPen(QPen(colour, 2.0, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, kRadius, kRadius);
        // The label in the strip right of the cards, centred on the frame's height (the
        // request marks sit on the cards' top corners).
        painter->setPen(theme.dark ? colour.lighter(120) : colour.darker(140));
        const QStringList lines = label(s).split(QLatin1Char('\n'));
        const qreal width = labelWidth(s);
        qreal height = 0;
        for (int i = 0; i < lines.size(); ++i)
            height += QFontMetricsF(labelFont(i == 0)).height();
        qreal y = rect.center().y() - height / 2;
        for (int i = 0; i < lines.size(); ++i) {
            const QFont font = labelFont(i == 0);
            const qreal lineHeight = QFontMetricsF(font).height();
            painter->setFont(font);
            painter->drawText(QRectF(rect.right() - kLabelPad - width, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
            y += lineHeight;
        }
    }
}

} // namespace scalelab
