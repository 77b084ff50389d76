// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/datacenterframesitem.h"

#include "canvas/nodeitem.h"
#include "settings/linepalette.h"
#include "settings/theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace scalelab {

namespace {
constexpr qreal kRadius = 16.0;
constexpr qreal kLabelPad = 8.0;
} // namespace

DatacenterFramesItem::DatacenterFramesItem()
{
    // Behind the shard frames (-1), the links (0) and the cards (1); clicks go through.
    setZValue(-2.0);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QString DatacenterFramesItem::title(int frame) const
{
    const Frame f = m_frames.value(frame);
    return f.serving ? f.name : tr("%1 · DOWN").arg(f.name);
}

QString DatacenterFramesItem::stateLine(int frame) const
{
    const Frame f = m_frames.value(frame);
    if (!f.serving && f.seenDown)
        return tr("the dns sends users elsewhere");
    if (!f.serving && f.hasDns)
        return tr("the dns has not noticed: users still come");
    if (f.serving && f.seenDown)
        return tr("back up, but the dns still sees it down");
    return {};
}

QFont DatacenterFramesItem::titleFont() const
{
    // Readable on a projector with the whole topology in view (zoom about 0.5): larger than
    // a shard's, the outer frame is the building.
    QFont font;
    font.setBold(true);
    font.setPixelSize(qRound(Theme::textPixels(24)));
    return font;
}

QFont DatacenterFramesItem::stateFont() const
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(qRound(Theme::textPixels(18)));
    return font;
}

qreal DatacenterFramesItem::labelHeight() const
{
    // Room for both lines whatever the state: frames do not jump when a data centre fails.
    return QFontMetricsF(titleFont()).height() + QFontMetricsF(stateFont()).height() + 2;
}

void DatacenterFramesItem::setFrames(const QList<Frame> &frames)
{
    m_frames = frames;
    for (Frame &frame : m_frames)
        frame.rect = {};
    follow();
    update();
}

void DatacenterFramesItem::follow()
{
    const qreal label = labelHeight();
    QRectF bounds;
    bool moved = false;
    for (Frame &frame : m_frames) {
        const QRectF cards = NodeItem::coveredBy(frame.members);
        // The label strip above the cards, clear of their tabs.
        const QRectF rect = cards.isNull() ? QRectF() : cards.adjusted(-kMargin, -kMargin - label - 4, kMargin, kMargin);
        moved = moved || rect != frame.rect;
        frame.rect = rect;
        bounds |= rect;
    }
    bounds.adjust(-3, -3, 3, 3);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    // Called every frame of a run: repaint only when a card moved.
    if (moved)
        update();
}

QRectF DatacenterFramesItem::boundingRect() const
{
    return m_bounds;
}

void DatacenterFramesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Theme &theme = Theme::current();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_frames.size(); ++i) {
        const Frame &frame = m_frames[i];
        if (frame.rect.isNull())
            continue;
        const QColor colour = LinePalette::color(frame.colour);
        QColor fill = frame.serving ? colour : theme.down;
        fill.setAlpha(theme.dark ? 30 : 20);
        // Solid and thicker than a shard's dashed frame: the outer box is the building.
        painter->setPen(QPen(frame.serving ? colour : theme.down, frame.serving ? 2.5 : 4.0));
        painter->setBrush(fill);
        painter->drawRoundedRect(frame.rect, kRadius, kRadius);
        if (!frame.serving) {
            // Hatched as well as red: DOWN does not depend on telling colours apart.
            QColor hatch = theme.down;
            hatch.setAlpha(theme.dark ? 70 : 55);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawRoundedRect(frame.rect, kRadius, kRadius);
        }
        const QRectF strip(frame.rect.left() + kLabelPad + 4, frame.rect.top() + 4, frame.rect.width() - 2 * kLabelPad - 8,
                           QFontMetricsF(titleFont()).height());
        painter->setFont(titleFont());
        painter->setPen(!frame.serving ? theme.down : theme.dark ? colour.lighter(120) : colour.darker(140));
        painter->drawText(strip, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(titleFont()).elidedText(title(i), Qt::ElideRight, strip.width()));
        const QString state = stateLine(i);
        if (state.isEmpty())
            continue;
        const QRectF line(strip.left(), strip.bottom() + 1, strip.width(), QFontMetricsF(stateFont()).height());
        painter->setFont(stateFont());
        painter->setPen(frame.seenDown && frame.serving ? theme.queueText : theme.alarmText);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(stateFont()).elidedText(state, Qt::ElideRight, line.width()));
    }
}

} // namespace scalelab
