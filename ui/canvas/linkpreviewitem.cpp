// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/linkpreviewitem.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <cmath>

namespace scalelab {

namespace {

constexpr qreal kArrowLength = 12.0;
constexpr qreal kArrowHalfWidth = 6.0;
constexpr qreal kLabelWidth = 300.0;
constexpr qreal kLabelPadding = 6.0;
const QColor kDrawing(0x1E88E5);
const QColor kRefused(0xD32F2F);

QFont labelFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}

// The reason a link is refused, in a pill that ignores the zoom.
class ReasonLabel : public QGraphicsItem
{
public:
    enum { Type = CanvasItemType::LinkRefusal };

    explicit ReasonLabel(QGraphicsItem *parent) : QGraphicsItem(parent)
    {
        setFlag(ItemIgnoresTransformations);
    }

    int type() const override { return Type; }

    void setText(const QString &text)
    {
        prepareGeometryChange();
        m_text = text;
        const QFontMetricsF metrics(labelFont());
        m_textRect = metrics.boundingRect(QRectF(0, 0, kLabelWidth, 1000), Qt::TextWordWrap, m_text);
        m_rect = m_textRect.adjusted(-kLabelPadding, -kLabelPadding / 1.5, kLabelPadding, kLabelPadding / 1.5)
                     .translated(kLabelPadding + 14.0, kLabelPadding + 14.0);   // below right of the pointer
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_text.isEmpty())
            return;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(kRefused, 1.0));
        painter->setBrush(QColor(0xFFEBEE));
        painter->drawRoundedRect(m_rect, 5, 5);
        painter->setFont(labelFont());
        painter->setPen(QColor(0x5D1010));
        painter->drawText(m_rect.adjusted(kLabelPadding, kLabelPadding / 1.5, -kLabelPadding, -kLabelPadding / 1.5),
                          Qt::TextWordWrap, m_text);
    }

private:
    QString m_text;
    QRectF m_textRect;
    QRectF m_rect;
};

} // namespace

LinkPreviewItem::LinkPreviewItem()
    : m_label(new ReasonLabel(this))
{
    setZValue(5.0);   // over cards and request dots
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void LinkPreviewItem::setEnds(const QPointF &start, const QPointF &end)
{
    if (start == m_start && end == m_end)
        return;
    prepareGeometryChange();
    m_start = start;
    m_end = end;
    m_label->setPos(end);
}

void LinkPreviewItem::setVerdict(Verdict verdict, const QString &reason)
{
    const QString shown = verdict == Verdict::Refused ? reason : QString();
    if (verdict == m_verdict && shown == m_reason)
        return;
    m_verdict = verdict;
    m_reason = shown;
    static_cast<ReasonLabel *>(m_label)->setText(shown);
    update();
}

QColor LinkPreviewItem::color() const
{
    return m_verdict == Verdict::Refused ? kRefused : kDrawing;
}

QRectF LinkPreviewItem::boundingRect() const
{
    const qreal margin = kArrowLength + 4.0;
    return QRectF(m_start, m_end).normalized().adjusted(-margin, -margin, margin, margin);
}

void LinkPreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QLineF line(m_start, m_end);
    if (line.length() < 1.0)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF direction = (m_end - m_start) / line.length();
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = m_end - direction * kArrowLength;

    QPen pen(color(), 2.5, m_verdict == Verdict::Allowed ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(m_start, line.length() > kArrowLength ? base : m_end);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color());
    painter->drawPolygon(QPolygonF({m_end, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth}));
    // The end it starts from, so that it reads as "from this card".
    painter->drawEllipse(m_start, 4.0, 4.0);
}

} // namespace scalelab
