#include "linkitem.h"

#include "nodeitem.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace scalelab {

namespace {

constexpr qreal kArrowLength = 11.0;
constexpr qreal kArrowHalfWidth = 5.5;
const QColor kLinkColor(0x90A4AE);
const QColor kPartitionColor(0xE53935);

QFont labelFont()
{
    QFont font;
    font.setPixelSize(11);
    return font;
}

} // namespace

LinkItem::LinkItem(int index, NodeItem *from, NodeItem *to, double latencyMs)
    : m_index(index), m_from(from), m_to(to), m_latencyMs(latencyMs)
{
    setZValue(0.0);
    adjust();
}

void LinkItem::setPartitioned(bool partitioned)
{
    if (partitioned == m_partitioned)
        return;
    m_partitioned = partitioned;
    update();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    m_start = mapFromScene(m_from->borderPoint(m_to->scenePos()));
    m_end = mapFromScene(m_to->borderPoint(m_from->scenePos()));
}

QString LinkItem::label() const
{
    return QStringLiteral("%1 ms").arg(QLocale().toString(m_latencyMs, 'g', 4));
}

QRectF LinkItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const QSizeF size(metrics.horizontalAdvance(label()) + 10, metrics.height() + 2);
    const QPointF mid = (m_start + m_end) / 2;
    return QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_start, m_end).normalized().adjusted(-8, -8, 8, 8).united(labelRect().adjusted(-1, -1, 1, 1));
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_start);
    path.lineTo(m_end);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(path);
    result.addRect(labelRect());
    return result;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QLineF line(m_start, m_end);
    if (line.length() < kArrowLength)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_partitioned ? kPartitionColor : kLinkColor;

    // Stop the shaft where the arrow head starts so that the tip stays sharp.
    const QPointF unit = (m_end - m_start) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = m_end - unit * kArrowLength;
    painter->setPen(QPen(color, 2.0, m_partitioned ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(m_start, base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({m_end, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth}));

    // The latency label, skipped when zoomed out so far that it would only be noise.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.4)
        return;
    const QRectF rect = labelRect();
    if (line.length() < rect.width() + 2 * kArrowLength)
        return;
    painter->setPen(QPen(color, 1.0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(labelFont());
    painter->setPen(m_partitioned ? kPartitionColor : QColor(0x455A64));
    painter->drawText(rect, Qt::AlignCenter, label());
}

} // namespace scalelab
