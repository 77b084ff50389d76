// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/linkitem.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "settings/theme.h"

#include <QCoreApplication>
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
constexpr qreal kBaseWidth = 2.0;
constexpr qreal kMaxWidth = 12.0;
// Antialiasing a thick line costs most of a frame once there are hundreds (bench_canvas: 25 of
// 41 ms with 405 links); in such a hairball the smooth edge is not what a student reads.
constexpr int kAntialiasedLinkLimit = 150;
// Repainting every link every frame for a tenth of a pixel is not worth it.
constexpr qreal kWidthStep = 0.2;

// Below this zoom the label is drawn larger so that it stays readable (as NodeItem does).
constexpr qreal kDetailedZoom = 0.75;

QFont labelFont(bool zoomedOut)
{
    QFont font;
    font.setPixelSize(zoomedOut ? 16 : 11);
    return font;
}

} // namespace

LinkItem::LinkItem(int index, NodeItem *from, NodeItem *to, double latencyMs)
    : m_index(index), m_from(from), m_to(to), m_latencyMs(latencyMs)
{
    setZValue(0.0);
    for (const bool zoomedOut : {false, true}) {
        const QFontMetricsF metrics(labelFont(zoomedOut));
        m_labelSize[zoomedOut] = QSizeF(metrics.horizontalAdvance(label()) + (zoomedOut ? 14 : 10), metrics.height() + 2);
    }
    adjust();
}

void LinkItem::setUnusedReason(const QString &reason)
{
    if (reason == m_unusedReason)
        return;
    m_unusedReason = reason;
    setToolTip(reason.isEmpty() ? QString() : QCoreApplication::translate("LinkItem", "Unused link: %1").arg(reason));
    update();
}

void LinkItem::setPartitioned(bool partitioned)
{
    if (partitioned == m_partitioned)
        return;
    m_partitioned = partitioned;
    update();
}

qreal LinkItem::widthForFlow(double requestsPerSecond)
{
    if (!(requestsPerSecond > 0.0))
        return kBaseWidth;
    return std::min(kMaxWidth, kBaseWidth + 2.0 * std::log10(1.0 + requestsPerSecond / 10.0));
}

void LinkItem::setFlow(double requestsPerSecond)
{
    m_flow = requestsPerSecond;
    const qreal width = widthForFlow(requestsPerSecond);
    if (std::abs(width - m_width) < kWidthStep && (width == kBaseWidth) == (m_width == kBaseWidth))
        return;
    prepareGeometryChange();
    m_width = width;
}

void LinkItem::setLabelVisible(bool visible)
{
    if (visible == m_labelVisible)
        return;
    prepareGeometryChange();
    m_labelVisible = visible;
}

void LinkItem::setBend(qreal bend)
{
    if (bend == m_bend)
        return;
    m_bend = bend;
    adjust();
}

QPainterPath LinkItem::route(const NodeItem *from, const NodeItem *to, qreal bend)
{
    const QPointF a = from->scenePos();
    const QPointF b = to->scenePos();
    const QLineF chord(a, b);
    const QPointF normal = chord.length() > 0 ? QPointF(chord.dy(), -chord.dx()) / chord.length() : QPointF();
    // A quadratic curve passes through half of its control point's offset at its middle.
    const QPointF control = (a + b) / 2 + normal * (2 * bend);
    const QPointF start = from->anchorTowards(bend == 0.0 ? b : control);
    const QPointF end = to->anchorTowards(bend == 0.0 ? a : control);
    QPainterPath path(start);
    if (bend == 0.0)
        path.lineTo(end);
    else
        path.quadTo(control, end);
    return path;
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    m_path = mapFromScene(route(m_from, m_to, m_bend));
    m_length = m_path.length();
    m_middle = m_path.pointAtPercent(0.5);
    ++m_geometryRevision;
}

QPointF LinkItem::tip() const
{
    return m_path.currentPosition();
}

QPointF LinkItem::tipDirection() const
{
    const int n = m_path.elementCount();
    if (n < 2)
        return {};
    const QPointF before = m_path.elementAt(n - 2);
    const QLineF last(before, tip());
    return last.length() > 0 ? (tip() - before) / last.length() : QPointF();
}

qreal LinkItem::arrowLength() const
{
    return kArrowLength + (m_width - kBaseWidth) * 0.8;
}

qreal LinkItem::arrowHalfWidth() const
{
    return kArrowHalfWidth + (m_width - kBaseWidth) * 0.6;
}

QString LinkItem::label() const
{
    return QStringLiteral("%1 ms").arg(QLocale().toString(m_latencyMs, 'g', 4));
}

QRectF LinkItem::labelRect(bool zoomedOut) const
{
    const QSizeF size = m_labelSize[zoomedOut];
    return QRectF(m_middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF LinkItem::labelAbove(const QRectF &pill) const
{
    return pill.translated(0, -(pill.height() / 2 + 4));
}

QRectF LinkItem::boundingRect() const
{
    const qreal margin = std::max<qreal>(8.0, arrowHalfWidth() + 2.0);
    const QRectF line = m_path.controlPointRect().adjusted(-margin, -margin, margin, margin);
    if (!m_labelVisible)
        return line;
    const QRectF label = labelRect(true);
    return line.united(label.adjusted(-1, -1, 1, 1)).united(labelAbove(label));
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(m_path);
    if (m_labelVisible)
        result.addRect(labelRect(false));
    return result;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal length = m_length;
    const qreal arrow = arrowLength();
    if (length < arrow)
        return;
    const auto *topology = qobject_cast<const TopologyScene *>(scene());
    painter->setRenderHint(QPainter::Antialiasing, !topology || topology->linkItemCount() <= kAntialiasedLinkLimit);
    // From the theme at every paint: a change of theme repaints the scene, nothing to store.
    const Theme &theme = Theme::current();
    const bool unused = !m_unusedReason.isEmpty() && !m_partitioned;
    QColor color = m_partitioned ? theme.linkPartitioned : theme.link;
    if (unused)
        color.setAlphaF(0.45);  // faint: nothing will ever travel here

    // Stop the shaft where the arrow head starts so that the tip stays sharp.
    const QPointF unit = tipDirection();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip() - unit * arrow;
    QPainterPath shaft = m_path;
    if (m_bend == 0.0) {
        shaft = QPainterPath(m_path.elementAt(0));
        shaft.lineTo(base);
    }
    painter->setPen(QPen(color, m_width, m_partitioned ? Qt::DashLine : unused ? Qt::DotLine : Qt::SolidLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(shaft);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip(), base + normal * arrowHalfWidth(), base - normal * arrowHalfWidth()}));

    if (!m_labelVisible)
        return;
    const bool zoomedOut = option->levelOfDetailFromTransform(painter->worldTransform()) < kDetailedZoom;
    QRectF rect = labelRect(zoomedOut);
    if (length >= rect.width() + 2 * arrow) {
        painter->setPen(QPen(color, 1.0));
        painter->setBrush(theme.linkLabelFill);
        painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    } else {
        // Too short for a pill between the cards: write the latency just above the line.
        rect = labelAbove(rect);
    }
    painter->setFont(labelFont(zoomedOut));
    painter->setPen(m_partitioned ? theme.linkPartitioned : theme.linkLabel);
    painter->drawText(rect, Qt::AlignCenter, label());
}

} // namespace scalelab
