// SPDX-License-Identifier: GPL-3.0-or-later
// The event log's sentences: what each engine event and each request's cause says in words.
// Part of EventLogModel (its translation context); the model itself is eventlogmodel.cpp.
#include "eventlog/eventlogmodel.h"

#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
QString field(const std::string &detail, std::string_view name)
{
    const std::string_view value = EngineEvent::detailText(detail, name);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}
} // namespace

QString EventLogModel::describeRequest(const Entry &e) const
{
    // What befell one request (a stale read, a miss, a failure), with the reason in words.
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    const QString request = field(d, "request"), key = field(d, "key"), reason = field(d, "reason");
    const std::string &k = e.incident;
    if (k == "stale_read")
        return tr("Request %1 read key %2 from %3 before it had write %4").arg(request, key, node, field(d, "missing"));
    if (k == "stale_cache_hit")
        return tr("Request %1 got an old key %2 from %3 (write %4 was newer)").arg(request, key, node, field(d, "missing"));
    if (k == "cache_miss") {
        static const QHash<QString, const char *> why = {
            {QStringLiteral("cold"), QT_TR_NOOP("never cached")},
            {QStringLiteral("restarted"), QT_TR_NOOP("lost when the cache restarted")},
            {QStringLiteral("evicted"), QT_TR_NOOP("evicted")},
            {QStringLiteral("expired"), QT_TR_NOOP("expired")},
            {QStringLiteral("invalidated"), QT_TR_NOOP("invalidated by a write")},
        };
        return tr("Request %1 missed key %2 in %3: %4").arg(request, key, node, tr(why.value(reason, "")));
    }
    static const QHash<QString, const char *> failure = {
        {QStringLiteral("node_down"), QT_TR_NOOP("it was down")},
        {QStringLiteral("partitioned"), QT_TR_NOOP("a link was cut")},
        {QStringLiteral("queue_full"), QT_TR_NOOP("its queue was full")},
        {QStringLiteral("client_timeout"), QT_TR_NOOP("the client gave up waiting")},
        {QStringLiteral("no_route"), QT_TR_NOOP("there was nowhere to send it")},
    };
    return tr("Request %1 failed at %2: %3").arg(request, node, tr(failure.value(reason, "")));
}

QString EventLogModel::describeAlert(const Entry &e) const
{
    const std::string &d = e.detail;
    const bool above = !field(d, "above").isEmpty();
    const QString threshold = above ? field(d, "above") : field(d, "below");
    // A host rule (busy, queued) names the node whose figure it watches.
    const QString node = field(d, "node");
    if (!node.isEmpty()) {
        if (e.kind == EngineEventKind::AlertResolved)
            return tr("Alert %1 resolved: %2 of %3 is %4 again").arg(field(d, "alert"), field(d, "metric"), node, field(d, "value"));
        return above ? tr("Alert %1 is firing: %2 of %3 was above %4 for %5 s (now %6)")
                           .arg(field(d, "alert"), field(d, "metric"), node, threshold, field(d, "for_s"), field(d, "value"))
                     : tr("Alert %1 is firing: %2 of %3 was below %4 for %5 s (now %6)")
                           .arg(field(d, "alert"), field(d, "metric"), node, threshold, field(d, "for_s"), field(d, "value"));
    }
    if (e.kind == EngineEventKind::AlertResolved)
        return tr("Alert %1 resolved: %2 is %3 again").arg(field(d, "alert"), field(d, "metric"), field(d, "value"));
    return above ? tr("Alert %1 is firing: %2 was above %3 for %4 s (now %5)")
                       .arg(field(d, "alert"), field(d, "metric"), threshold, field(d, "for_s"), field(d, "value"))
                 : tr("Alert %1 is firing: %2 was below %3 for %4 s (now %5)")
                       .arg(field(d, "alert"), field(d, "metric"), threshold, field(d, "for_s"), field(d, "value"));
}

// Message queues, autoscaling and resizing: the parts of the chapter beyond the seed.
QString EventLogModel::describeQueueOrScaling(const Entry &e) const
{
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    const QString busy = QString::number(std::lround(field(d, "utilization").toDouble() * 100));
    switch (e.kind) {
    case EngineEventKind::QueueFull:
        return tr("Queue %1 is full (%2 jobs): new jobs are refused").arg(node, field(d, "capacity"));
    case EngineEventKind::JobRedelivered:
        return tr("Job %1 is visible again on %2: %3 did not delete it within the visibility timeout")
            .arg(field(d, "job"), node, e.other != kNoNode ? nodeId(e.other) : field(d, "worker"));
    case EngineEventKind::ScaleOut:
        return tr("%1 launches %2: its %3 servers are %4 % busy and it wants %5; the new one boots first")
            .arg(nodeId(e.other), node, field(d, "servers"), busy, field(d, "wanted"));
    case EngineEventKind::ScaleIn:
        return tr("%1 retires %2: its %3 servers are %4 % busy and it wants %5")
            .arg(nodeId(e.other), node, field(d, "servers"), busy, field(d, "wanted"));
    case EngineEventKind::ResizeStart:
        return tr("%1 stops to change its machine from %2 to %3: every request it holds or gets fails until it is back")
            .arg(node, field(d, "from"), field(d, "to"));
    case EngineEventKind::ResizeDone:
        return tr("%1 is back up as %2: %3 workers at $%4 an hour").arg(node, field(d, "size"), field(d, "workers"), field(d, "price_per_hour"));
    default:
        return node;
    }
}

// Sharding: a shard joins (add_shard) and the copy of the keys that move to it.
QString EventLogModel::describeSharding(const Entry &e) const
{
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    const QLocale locale;
    const auto number = [&](const QString &text) { return locale.toString(text.toLongLong()); };
    const QString moved = number(field(d, "moved_keys"));
    if (e.kind == EngineEventKind::ReshardDone) {
        if (d.find("cut_short") != std::string::npos)
            return tr("The copy to %1 is cut short by the next add_shard: its %2 moving keys switch shard at once")
                .arg(node, moved);
        return tr("The copy to %1 is done: %2 keys now live on their new shards (%3 shards)")
            .arg(node, moved, field(d, "shards"));
    }
    // "moved_keys=7939 of 10000": the key space follows the moved count.
    const std::size_t of = d.find(" of ");
    const QString keys = of == std::string::npos ? QString() : number(QString::fromStdString(d.substr(of + 4, d.find(' ', of + 4) - of - 4)));
    static const char *const ordinals[] = {QT_TR_NOOP("A second shard"), QT_TR_NOOP("A third shard"), QT_TR_NOOP("A fourth shard"),
                                           QT_TR_NOOP("A fifth shard"), QT_TR_NOOP("A sixth shard"), QT_TR_NOOP("A seventh shard"),
                                           QT_TR_NOOP("An eighth shard"), QT_TR_NOOP("A ninth shard"), QT_TR_NOOP("A tenth shard")};
    const int shards = field(d, "shards").toInt();
    const QString who = shards >= 2 && shards <= 10 ? tr(ordinals[shards - 2]) : tr("Shard number %1").arg(shards);
    const QString copy = locale.toString(field(d, "copy_s").toDouble(), 'f', field(d, "copy_s").toDouble() < 10 ? 1 : 0);
    return tr("%1 (%2) joins: %3 of %4 keys move; copying them takes %5 s").arg(who, node, moved, keys, copy);
}

QStringList EventLogModel::answersAt(const Entry &e) const
{
    // The dns's new answers come at the same instant, right after its checks' verdict.
    const auto first = std::partition_point(m_rows.begin(), m_rows.end(), [&](const Entry &row) { return row.at < e.at; });
    const QString dns = nodeId(e.node);
    QStringList answers;
    for (auto it = first; it != m_rows.end() && it->at == e.at; ++it) {
        if (it->kind == EngineEventKind::DnsAnswer && it->request == 0 && field(it->detail, "dns") == dns)
            answers << tr("%1 to %2").arg(nodeId(it->node), field(it->detail, "to"));
    }
    return answers;
}

double EventLogModel::ttlOf(const QString &id) const
{
    const Simulation *sim = m_controller->simulation();
    const NodeSpec *node = sim ? sim->topology().node(id) : nullptr;
    return node && node->type == NodeType::Dns ? node->ttlS : -1.0;
}

// Data centres: what the dns's health checks see, and where it sends each group of users.
QString EventLogModel::describeDatacenters(const Entry &e) const
{
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    const QString datacenter = field(d, "datacenter");
    const QLocale locale;
    if (e.kind == EngineEventKind::DnsAnswer) {
        const QString dns = field(d, "dns");
        const double ttl = ttlOf(dns);
        const QString entry = e.other != kNoNode ? nodeId(e.other) : field(d, "to");
        return ttl < 0 ? tr("%1 answers %2 with %3 (%4) instead of %5").arg(dns, node, entry, field(d, "to"), field(d, "from"))
                       : tr("%1 answers %2 with %3 (%4) instead of %5: each of its users switches when its cached answer "
                            "expires, within %6 s").arg(dns, node, entry, field(d, "to"), field(d, "from"), locale.toString(ttl));
    }
    const QStringList answers = answersAt(e);
    const bool down = e.kind == EngineEventKind::DatacenterDown;
    const QString verdict = down ? tr("%1's health checks now see %2 as down after %3 failed checks in a row")
                                       .arg(node, datacenter, field(d, "failed_checks"))
                                 : tr("%1's health checks see %2 up again after %3 good checks in a row")
                                       .arg(node, datacenter, field(d, "good_checks"));
    if (answers.isEmpty())
        return tr("%1; none of its answers changes.").arg(verdict);
    const double ttl = ttlOf(node);
    const QString sends = tr("%1; it sends %2 from now on.").arg(verdict, answers.join(QStringLiteral(", ")));
    if (ttl < 0)
        return sends;
    return down ? tr("%1 Users move as their cached answer expires (TTL %2 s).").arg(sends, locale.toString(ttl))
                : tr("%1 Users return as their cached answer expires (TTL %2 s).").arg(sends, locale.toString(ttl));
}

// Replication: commits, applies, failovers, rings and new replicas.
QString EventLogModel::describeReplication(const Entry &e) const
{
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    switch (e.kind) {
    case EngineEventKind::Promote:
        return tr("%1 is the new primary (it replaces %2)").arg(node, nodeId(e.other));
    case EngineEventKind::PromoteFailed:
        return tr("No replica of %1 is up: writes fail until it returns").arg(node);
    case EngineEventKind::LostWrite:
        return tr("Write %1 of key %2, acknowledged by %3, never reached the new primary").arg(field(d, "write"), field(d, "key"), field(d, "origin"));
    case EngineEventKind::Commit:
        return tr("%1 committed write %2 of key %3").arg(node, field(d, "write"), field(d, "key"));
    case EngineEventKind::ReplicateApply:
        return tr("%1 applied write %2 of key %3 from %4").arg(node, field(d, "write"), field(d, "key"), field(d, "origin"));
    case EngineEventKind::RelayLog:
        return tr("%1 received write %2 of key %3 from %4 in its relay log; it still serves the old value until it applies it")
            .arg(node, field(d, "write"), field(d, "key"), field(d, "origin"));
    case EngineEventKind::RingBypass:
        return tr("%1 now sends on to %2, round the dead %3").arg(node, field(d, "next"), field(d, "skips"));
    case EngineEventKind::RingRepoint:
        return tr("%1 re-pointed to %2, which sends it the %3 writes it lacks").arg(node, field(d, "source"), field(d, "missing"));
    case EngineEventKind::RingLostWrite:
        return tr("Write %1 of key %2 never left %3 before it died: no other node has it").arg(field(d, "write"), field(d, "key"), node);
    case EngineEventKind::ProvisionStart:
        return tr("%1 receives a snapshot of %2 (it takes %3 ms), then replays the binlog from its position").arg(node, field(d, "from"), field(d, "copy_ms"));
    case EngineEventKind::ProvisionDone:
        return tr("%1 has the snapshot of %2: it replays the binlog from write %3 and takes no reads yet").arg(node, field(d, "from"), field(d, "position"));
    case EngineEventKind::ProvisionReady:
        return tr("%1 has caught up (write %2, %3 ms after the copy began): it takes reads").arg(node, field(d, "applied"), field(d, "after_ms"));
    case EngineEventKind::ProvisionFailed:
        return tr("%1 was not provisioned: %2").arg(node, QString::fromStdString(d));
    case EngineEventKind::ReadYourWritesViolation:
        return tr("User %1 read key %2 from %3 without their own write %4").arg(field(d, "user"), field(d, "key"), node, field(d, "write"));
    default:
        return node;
    }
}

QString EventLogModel::describe(const Entry &e) const
{
    const QString node = nodeId(e.node);
    const std::string &d = e.detail;
    if (e.request != 0)
        return describeRequest(e);
    switch (e.kind) {
    case EngineEventKind::AlertFiring:
    case EngineEventKind::AlertResolved:
        return describeAlert(e);
    case EngineEventKind::Kill:
        return tr("%1 was killed").arg(node);
    case EngineEventKind::Revive:
        return tr("%1 is back up").arg(node);
    case EngineEventKind::Drain:
        return tr("%1 is draining: no new requests").arg(node);
    case EngineEventKind::Undrain:
        return tr("%1 takes new requests again").arg(node);
    case EngineEventKind::HealthDown:
        return tr("%1 failed %2 health checks in a row: %3 stops sending it requests").arg(node, field(d, "failed_checks"), nodeId(e.other));
    case EngineEventKind::HealthUp:
        return tr("%1 passed %2 health checks: %3 sends it requests again").arg(node, field(d, "good_checks"), nodeId(e.other));
    case EngineEventKind::Eject:
        return tr("%1 ejected %2 after consecutive errors").arg(nodeId(e.other), node);
    case EngineEventKind::Uneject:
        return tr("%1 takes %2 back after its ejection").arg(nodeId(e.other), node);
    case EngineEventKind::WriteBackLost:
        return tr("%1 died with %2 acknowledged writes it had not sent to the database: they are lost").arg(node, field(d, "writes"));
    case EngineEventKind::Partition:
        return tr("Network cut: %1").arg(QString::fromStdString(d));
    case EngineEventKind::Heal:
        return tr("Partition healed: %1").arg(QString::fromStdString(d));
    case EngineEventKind::Evict:
        return tr("%1 evicted key %2 to make room").arg(node, field(d, "key"));
    case EngineEventKind::Expire:
        return d.find("key=") != std::string::npos ? tr("Key %1 expired in %2").arg(field(d, "key"), node)
                                                   : tr("%1 expired in %2").arg(field(d, "path"), node);
    case EngineEventKind::Invalidate:
        return d.find("key=") != std::string::npos ? tr("A write deleted key %1 from %2").arg(field(d, "key"), node)
                                                   : tr("%1 invalidated %2").arg(node, field(d, "path"));
    case EngineEventKind::SessionLost:
        return tr("User %1 lost their session on %2").arg(field(d, "user"), node);
    case EngineEventKind::Failover:
        return tr("%1 took over from %2").arg(node, nodeId(e.other));
    case EngineEventKind::Promote:
    case EngineEventKind::PromoteFailed:
    case EngineEventKind::LostWrite:
    case EngineEventKind::Commit:
    case EngineEventKind::ReplicateApply:
    case EngineEventKind::RelayLog:
    case EngineEventKind::RingBypass:
    case EngineEventKind::RingRepoint:
    case EngineEventKind::RingLostWrite:
    case EngineEventKind::ProvisionStart:
    case EngineEventKind::ProvisionDone:
    case EngineEventKind::ProvisionReady:
    case EngineEventKind::ProvisionFailed:
    case EngineEventKind::ReadYourWritesViolation:
        return describeReplication(e);
    case EngineEventKind::QueueFull:
    case EngineEventKind::JobRedelivered:
    case EngineEventKind::ScaleOut:
    case EngineEventKind::ScaleIn:
    case EngineEventKind::ResizeStart:
    case EngineEventKind::ResizeDone:
        return describeQueueOrScaling(e);
    case EngineEventKind::ReshardStart:
    case EngineEventKind::ReshardDone:
        return describeSharding(e);
    case EngineEventKind::DatacenterDown:
    case EngineEventKind::DatacenterUp:
    case EngineEventKind::DnsAnswer:
        return describeDatacenters(e);
    default:
        break;
    }
    if (d.empty())
        return node;
    return node.isEmpty() ? QString::fromStdString(d) : tr("%1: %2").arg(node, QString::fromStdString(d));
}

} // namespace scalelab
