// SPDX-License-Identifier: GPL-3.0-or-later
// NodeItem: the tooltip, what the card does not have room for (settings, live counters).
#include "canvas/nodeitem.h"

#include "model/serversize.h"
#include "settings/theme.h"

#include <QLocale>

namespace scalelab {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

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
    QStringList settings = toolTipSettings();
    for (QString &line : settings)
        line = line.toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b> &mdash; %2<br>%3")
                       .arg(m_spec.id.toHtmlEscaped(), typeName, settings.join(QStringLiteral("<br>")));
    text += QStringLiteral("<hr>") + toolTipLive().join(QStringLiteral("<br>"));
    text += QStringLiteral("<br>") + tr("served %1 &middot; errors %2 &middot; dropped %3")
                                         .arg(locale.toString(static_cast<qulonglong>(m_served)),
                                              locale.toString(static_cast<qulonglong>(m_errors)),
                                              locale.toString(static_cast<qulonglong>(m_dropped)));
    return text;
}

QStringList NodeItem::toolTipSettings() const
{
    const QLocale locale;
    QStringList settings;
    switch (m_spec.type) {
    case NodeType::Clients:
        if (m_spec.trace.isEmpty()) {
            settings << tr("%1 req/s from %2 users").arg(number(m_spec.rateRps), locale.toString(m_spec.users));
            if (m_spec.mix.job > 0)
                settings << tr("mix: %1% read, %2% write, %3% static, %4% job")
                                .arg(number(m_spec.mix.read * 100), number(m_spec.mix.write * 100),
                                     number(m_spec.mix.staticShare * 100), number(m_spec.mix.job * 100));
            else
                settings << tr("mix: %1% read, %2% write, %3% static")
                                .arg(number(m_spec.mix.read * 100), number(m_spec.mix.write * 100),
                                     number(m_spec.mix.staticShare * 100));
            settings
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
    case NodeType::Worker:
        settings << tr("%1 workers, %2 ms per job").arg(m_spec.concurrency).arg(number(m_spec.serviceMs));
        break;
    case NodeType::Dns:
        settings << tr("resolvers keep its answer for %1 s (TTL)").arg(number(m_spec.ttlS));
        if (m_spec.hasHealthCheck)
            settings << tr("checks each data centre every %1 ms: down after %2 failed checks, up after %3 good ones")
                            .arg(m_spec.healthCheck.intervalMs).arg(m_spec.healthCheck.fall).arg(m_spec.healthCheck.rise);
        else
            settings << tr("no health checks: it keeps sending users to a data centre that is down");
        break;
    case NodeType::MessageQueue:
        settings << tr("holds %1 jobs at most; a job handed out and not deleted within %2 ms is handed out again")
                        .arg(locale.toString(m_spec.capacity), number(m_spec.visibilityTimeoutMs));
        Q_FALLTHROUGH();
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
    if (!m_spec.datacenter.isEmpty())
        settings << tr("in data centre %1").arg(m_spec.datacenter);
    if (const auto size = ServerSizes::find(m_card.size))
        settings << tr("machine: %1, %2 vCPUs, $%3 per hour; a resize stops it for %4 s")
                        .arg(size->name).arg(size->vcpus).arg(locale.toString(m_card.pricePerHour, 'f', 3)).arg(number(m_spec.resizeDowntimeS));
    else if (m_card.pricePerHour >= 0)
        settings << tr("custom machine at $%1 per hour").arg(locale.toString(m_card.pricePerHour, 'f', 3));
    return settings;
}

QStringList NodeItem::toolTipLive() const
{
    const QLocale locale;
    QStringList live;
    QString health = m_card.healthExplanation().toHtmlEscaped();
    if (m_card.down())
        health = QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(Theme::current().down.name(), health);
    else if (m_card.health != NodeState::Health::Up)
        health = QStringLiteral("<b>%1</b>").arg(health);
    live << tr("state: %1").arg(health);
    if (!m_card.roleText().isEmpty())
        live << tr("role: %1").arg(m_card.roleText().toLower()).toHtmlEscaped();
    if (m_card.type == NodeType::Clients && !m_card.traceReplay && m_card.rateRps != m_spec.rateRps)
        live << tr("sending %1 req/s now (set during the run)").arg(number(m_card.rateRps));
    if (m_card.scaledMax > 0)
        live << tr("autoscaling: %1 of %2 servers running, %3 booting")
                    .arg(m_card.scaledRunning).arg(m_card.scaledMax).arg(m_card.scaledBooting);
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
    if (m_card.type == NodeType::MessageQueue)
        live << tr("%1 of %2 jobs held, the next one out waited %3 ms")
                    .arg(locale.toString(static_cast<qulonglong>(m_card.jobsHeld)),
                         locale.toString(static_cast<qulonglong>(m_card.capacity)))
                    .arg(m_card.consumerLagMs);
    if (m_card.sharded)
        live << m_card.shardText().toHtmlEscaped();
    if (m_card.role == NodeState::Role::Replica && !m_card.sharded)   // a shard's replicas are kept in step
        live << tr("replication lag %1 ms, %2 writes behind")
                    .arg(m_card.lagMs).arg(locale.toString(static_cast<qulonglong>(m_card.writesBehind)));
    if (m_card.lostWrites > 0)
        live << tr("acknowledged writes it committed that a failover lost: %1%2")
                    .arg(locale.toString(static_cast<qulonglong>(m_card.lostWrites)),
                         m_card.lostWritesTruncated ? tr(" (or more: only the latest are kept)") : QString());
    if (m_card.recoveredWrites > 0)
        live << tr("writes recovered from the dead primary's binlog: %1")
                    .arg(locale.toString(static_cast<qulonglong>(m_card.recoveredWrites)));
    // A dns's clients: the detail line below says where the dns sends them.
    if (!m_card.dnsAnswer.isEmpty() && m_card.dnsMovedPercent >= 0)
        live << tr("%1 % of its users have the dns's new answer; the others still go to %2 until their cached answer expires")
                    .arg(m_card.dnsMovedPercent).arg(m_card.dnsFrom).toHtmlEscaped();
    if (m_card.type == NodeType::Dns) {
        for (const QString &answer : m_card.dnsAnswers)
            live << tr("answers %1").arg(answer).toHtmlEscaped();
        if (!m_card.datacentersSeenDown.isEmpty())
            live << tr("its health checks see %1 down").arg(m_card.datacentersSeenDown.join(QStringLiteral(", "))).toHtmlEscaped();
    }
    if (m_card.type == NodeType::LoadBalancer)
        live << tr("pool as its checks see it: %1 healthy, %2 ejected, %3 in all")
                    .arg(m_card.poolHealthy).arg(m_card.poolEjected).arg(m_card.poolSize);
    if (m_card.type == NodeType::Clients || m_card.type == NodeType::WebServer || m_card.type == NodeType::SessionStore) {
        if (!m_card.detail().isEmpty())
            live << m_card.detail().toHtmlEscaped();
    }

    return live;
}

} // namespace scalelab
