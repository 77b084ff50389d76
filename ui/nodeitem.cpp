#include "nodeitem.h"

#include "nodeicons.h"
#include "sim/noderuntime.h"

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
constexpr qreal kIconSize = 38.0;
constexpr qreal kPadding = 8.0;
// Below this zoom the caption is unreadable: draw the id larger and drop the caption.
constexpr qreal kDetailedZoom = 0.75;

const QColor kText(0x263238);
const QColor kMuted(0x607D8B);
const QColor kBorder(0xCFD8DC);
const QColor kDownRed(0xE53935);
const QColor kDrainAmber(0xFB8C00);

bool showsLoadBar(NodeType type)
{
    return type != NodeType::Clients && type != NodeType::LoadBalancer;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QColor loadColor(double load)
{
    if (load < 0.6)
        return QColor(0x43A047);
    if (load < 0.9)
        return QColor(0xFB8C00);
    return QColor(0xE53935);
}

} // namespace

NodeItem::NodeItem(int index, const NodeSpec &spec)
    : m_index(index), m_spec(spec)
{
    setAcceptHoverEvents(true);
    setZValue(1.0);   // above the links
    updateToolTip();
}

void NodeItem::setRuntime(const NodeRuntime &runtime)
{
    const State state = !runtime.up ? State::Down : runtime.draining ? State::Draining : State::Up;
    const int waiting = static_cast<int>(runtime.waiting.size());
    if (state == m_state && runtime.active == m_active && waiting == m_waiting && runtime.served == m_served
        && runtime.errors == m_errors && runtime.dropped == m_dropped)
        return;
    m_state = state;
    m_active = runtime.active;
    m_waiting = waiting;
    m_served = runtime.served;
    m_errors = runtime.errors;
    m_dropped = runtime.dropped;
    updateToolTip();
    update();
}

QRectF NodeItem::cardRect() const
{
    return QRectF(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the shadow below and the state badge sticking out above.
    return cardRect().adjusted(-2, -11, 2, 4);
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

double NodeItem::load() const
{
    return m_spec.concurrency > 0 ? std::min(1.0, static_cast<double>(m_active) / m_spec.concurrency) : 0.0;
}

QString NodeItem::caption() const
{
    switch (m_spec.type) {
    case NodeType::Clients:
        return m_spec.trace.isEmpty() ? tr("%1 req/s").arg(number(m_spec.rateRps)) : tr("trace replay");
    case NodeType::LoadBalancer:
        return QString(m_spec.algorithm).replace(QLatin1Char('_'), QLatin1Char(' '));
    default:
        return QStringLiteral("%1/%2").arg(m_active).arg(m_spec.concurrency);
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool detailed = zoom >= kDetailedZoom;
    const bool down = m_state == State::Down;
    const bool draining = m_state == State::Draining;
    const QRectF card = cardRect();
    painter->setRenderHint(QPainter::Antialiasing);

    // Card with a soft shadow.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 26));
    painter->drawRoundedRect(card.translated(0, 2.5), kRadius, kRadius);
    QPen border(down ? QColor(0xB0BEC5) : draining ? kDrainAmber : kBorder, draining ? 2.5 : 1.5);
    if (draining)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(down ? QColor(0xECEFF1) : QColor(Qt::white));
    painter->drawRoundedRect(card, kRadius, kRadius);

    // Icon, faded and crossed out while down.
    const QRectF icon(card.left() + kPadding, card.center().y() - kIconSize / 2, kIconSize, kIconSize);
    painter->setOpacity(down ? 0.3 : 1.0);
    NodeIcons::renderer(m_spec.type)->render(painter, icon);
    painter->setOpacity(1.0);
    if (down) {
        QPen cross(kDownRed, 4.5, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(cross);
        const QRectF c = icon.adjusted(5, 5, -5, -5);
        painter->drawLine(c.topLeft(), c.bottomRight());
        painter->drawLine(c.topRight(), c.bottomLeft());
    }

    // Id, load bar and caption.
    const qreal left = icon.right() + 9;
    const qreal width = card.right() - kPadding - left;
    QFont idFont = painter->font();
    idFont.setBold(true);
    idFont.setPixelSize(detailed ? 15 : 19);
    painter->setFont(idFont);
    painter->setPen(down ? kMuted : kText);
    const QRectF idRect(left, card.top() + (detailed ? 5 : 4), width, detailed ? 20 : 25);
    painter->drawText(idRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(idFont).elidedText(m_spec.id, Qt::ElideRight, width));

    const bool bar = showsLoadBar(m_spec.type);
    if (bar) {
        const QRectF track(left, detailed ? card.top() + 28 : card.bottom() - 15, width, detailed ? 6 : 8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xE3E8EB));
        painter->drawRoundedRect(track, track.height() / 2, track.height() / 2);
        if (!down && load() > 0.0) {
            QRectF fill = track;
            fill.setWidth(std::max(track.height(), track.width() * load()));
            painter->setBrush(loadColor(load()));
            painter->drawRoundedRect(fill, track.height() / 2, track.height() / 2);
        }
    }
    if (detailed) {
        QFont small = painter->font();
        small.setBold(false);
        small.setPixelSize(11);
        painter->setFont(small);
        const QRectF captionRect(left, bar ? card.top() + 35 : card.top() + 27, width, 14);
        painter->setPen(kMuted);
        painter->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, caption());
        if (bar && m_waiting > 0 && !down) {
            painter->setPen(kDrainAmber.darker(115));
            painter->drawText(captionRect, Qt::AlignRight | Qt::AlignVCenter, tr("+%1 queued").arg(m_waiting));
        }
    }

    // State badge on the top edge.
    if (down || draining) {
        QFont badgeFont = painter->font();
        badgeFont.setBold(true);
        badgeFont.setPixelSize(10);
        const QString text = down ? tr("DOWN") : tr("DRAINING");
        const qreal w = QFontMetricsF(badgeFont).horizontalAdvance(text) + 12;
        const QRectF badge(card.right() - w - 8, card.top() - 9, w, 17);
        painter->setPen(Qt::NoPen);
        painter->setBrush(down ? kDownRed : kDrainAmber);
        painter->drawRoundedRect(badge, 8.5, 8.5);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
}

void NodeItem::updateToolTip()
{
    const QLocale locale;
    QString typeName = nodeTypeName(m_spec.type).replace(QLatin1Char('_'), QLatin1Char(' '));
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
        settings << tr("algorithm: %1").arg(m_spec.algorithm);
        if (m_spec.hasHealthCheck)
            settings << tr("health check every %1 ms (rise %2, fall %3)")
                            .arg(m_spec.healthCheck.intervalMs).arg(m_spec.healthCheck.rise).arg(m_spec.healthCheck.fall);
        break;
    case NodeType::Cache:
    case NodeType::CdnEdge:
        settings << tr("capacity %1, TTL %2 s, eviction %3")
                        .arg(locale.toString(m_spec.capacity), number(m_spec.ttlS), m_spec.eviction);
        break;
    default:
        if (m_spec.type == NodeType::Database)
            settings << tr("role: %1").arg(m_spec.role);
        if (m_spec.type == NodeType::WebServer)
            settings << tr("sessions: %1, weight %2").arg(m_spec.sessions).arg(m_spec.weight);
        settings << tr("%1 workers, %2 ms per request, queue %3")
                        .arg(m_spec.concurrency).arg(number(m_spec.serviceMs)).arg(m_spec.queue);
        break;
    }

    const QString state = m_state == State::Down ? tr("<span style='color:#E53935'><b>down</b></span>")
                          : m_state == State::Draining ? tr("<span style='color:#FB8C00'><b>draining</b></span>")
                                                       : tr("up");
    for (QString &line : settings)
        line = line.toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b> &mdash; %2<br>%3")
                       .arg(m_spec.id.toHtmlEscaped(), typeName, settings.join(QStringLiteral("<br>")));
    text += QStringLiteral("<hr>") + tr("state: %1").arg(state);
    if (showsLoadBar(m_spec.type))
        text += QStringLiteral("<br>") + tr("busy %1 of %2, %3 queued").arg(m_active).arg(m_spec.concurrency).arg(m_waiting);
    text += QStringLiteral("<br>") + tr("served %1 &middot; errors %2 &middot; dropped %3")
                                         .arg(locale.toString(static_cast<qulonglong>(m_served)),
                                              locale.toString(static_cast<qulonglong>(m_errors)),
                                              locale.toString(static_cast<qulonglong>(m_dropped)));
    setToolTip(text);
}

} // namespace scalelab
