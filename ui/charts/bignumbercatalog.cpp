// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/bignumbercatalog.h"

#include "lessons/checkpoint.h"
#include "sim/nodestatus.h"
#include "sim/simulation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace scalelab {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("BigNumberCatalog", text); }

struct Entry
{
    const char *key;
    const char *caption;
};

// QT_TRANSLATE_NOOP: the captions are translated where they are shown.
const Entry kEntries[] = {
    {"requests.ok", QT_TRANSLATE_NOOP("BigNumberCatalog", "requests ok")},
    {"requests.error", QT_TRANSLATE_NOOP("BigNumberCatalog", "errors")},
    {"requests.timeout", QT_TRANSLATE_NOOP("BigNumberCatalog", "timeouts")},
    {"requests.dropped", QT_TRANSLATE_NOOP("BigNumberCatalog", "dropped")},
    {"latency_ms.p50", QT_TRANSLATE_NOOP("BigNumberCatalog", "p50 latency")},
    {"latency_ms.p95", QT_TRANSLATE_NOOP("BigNumberCatalog", "p95 latency")},
    {"latency_ms.p99", QT_TRANSLATE_NOOP("BigNumberCatalog", "p99 latency")},
    {"cache.hit_ratio", QT_TRANSLATE_NOOP("BigNumberCatalog", "cache hit ratio")},
    {"cache.stale_hits", QT_TRANSLATE_NOOP("BigNumberCatalog", "stale cache hits")},
    {"cache.evictions", QT_TRANSLATE_NOOP("BigNumberCatalog", "cache evictions")},
    {"cache.write_back_lost", QT_TRANSLATE_NOOP("BigNumberCatalog", "write-back writes lost")},
    {"replication.stale_reads", QT_TRANSLATE_NOOP("BigNumberCatalog", "stale reads")},
    {"replication.lost_writes", QT_TRANSLATE_NOOP("BigNumberCatalog", "lost writes")},
    {"replication.max_lag_ms", QT_TRANSLATE_NOOP("BigNumberCatalog", "max replication lag")},
    {"replication.conflicts", QT_TRANSLATE_NOOP("BigNumberCatalog", "write conflicts")},
    {"sessions.lost", QT_TRANSLATE_NOOP("BigNumberCatalog", "sessions lost")},
    {"cdn.offload", QT_TRANSLATE_NOOP("BigNumberCatalog", "CDN offload")},
    {"cdn.cost_usd", QT_TRANSLATE_NOOP("BigNumberCatalog", "CDN cost")},
    {"cdn.cost_without_cdn_usd", QT_TRANSLATE_NOOP("BigNumberCatalog", "cost without a CDN")},
    {"queue.processed", QT_TRANSLATE_NOOP("BigNumberCatalog", "jobs done")},
    {"queue.duplicates", QT_TRANSLATE_NOOP("BigNumberCatalog", "jobs done twice")},
    {"queue.rejected", QT_TRANSLATE_NOOP("BigNumberCatalog", "jobs refused")},
    {"queue.max_depth", QT_TRANSLATE_NOOP("BigNumberCatalog", "deepest queue")},
    {"sharding.max_shard_share", QT_TRANSLATE_NOOP("BigNumberCatalog", "busiest shard's share")},
    {"sharding.moved_keys", QT_TRANSLATE_NOOP("BigNumberCatalog", "keys moved")},
    {"cost.dollars", QT_TRANSLATE_NOOP("BigNumberCatalog", "server cost")},
    {"cost.dollars_per_hour", QT_TRANSLATE_NOOP("BigNumberCatalog", "server cost per hour")},
    {"datacenters.stale_dns", QT_TRANSLATE_NOOP("BigNumberCatalog", "sent on stale DNS answers")},
};

/// A figure of the report: `datacenters.stale_dns` (no data centre named) is the sum over all
/// of them, as a class wants it; anything else as the lessons' checkpoints read it.
std::optional<double> valueOf(const QJsonObject &report, const QString &key)
{
    const QString prefix = QStringLiteral("datacenters.");
    if (!key.startsWith(prefix) || key.contains(QLatin1Char('[')))
        return reportValue(report, key);
    if (!report.value(QStringLiteral("datacenters")).isArray())
        return std::nullopt;
    double sum = 0;
    for (const QJsonValue &dc : report.value(QStringLiteral("datacenters")).toArray())
        sum += dc.toObject().value(key.mid(prefix.size())).toDouble();
    return sum;
}

bool hasType(const Simulation &sim, NodeType type)
{
    for (int i = 0; i < sim.nodeCount(); ++i)
        if (sim.nodeStatus(i).type == type)
            return true;
    return false;
}
} // namespace

QStringList BigNumberCatalog::keys()
{
    QStringList list;
    for (const Entry &entry : kEntries)
        list << QLatin1String(entry.key);
    return list;
}

QString BigNumberCatalog::caption(const QString &key)
{
    for (const Entry &entry : kEntries)
        if (key == QLatin1String(entry.key))
            return tr(entry.caption);
    // "nodes[web2].served" -> "web2 served", "cache.lease_waits" -> "lease waits".
    static const QRegularExpression node(QStringLiteral("^nodes\\[([^\\]]+)\\]\\.(.+)$"));
    const QRegularExpressionMatch match = node.match(key);
    QString text = match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : key.section(QLatin1Char('.'), -1);
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString BigNumberCatalog::format(const QString &key, const QJsonObject &report)
{
    const std::optional<double> value = valueOf(report, key);
    // Percentiles are of successful requests: with none yet there is no latency, not 0 ms.
    const bool noLatency = key.startsWith(QLatin1String("latency_ms.")) && reportValue(report, QStringLiteral("requests.ok")).value_or(0.0) <= 0.0;
    if (!value || noLatency)
        return QStringLiteral("\u2013");
    const QLocale locale;
    if (key.endsWith(QLatin1String("ratio")) || key.endsWith(QLatin1String("offload")) || key.endsWith(QLatin1String("_share")))
        return locale.toString(100.0 * *value, 'f', 1) + QStringLiteral(" %");
    if (key.endsWith(QLatin1String("_usd")) || key == QLatin1String("cost.dollars"))
        return QStringLiteral("$") + locale.toString(*value, 'f', *value < 1.0 ? 4 : 2);
    if (key == QLatin1String("cost.dollars_per_hour"))
        return tr("$%1/h").arg(locale.toString(*value, 'f', *value < 1.0 ? 3 : 2));
    if (key.endsWith(QLatin1String("_ms")) || key.startsWith(QLatin1String("latency_ms.")))
        return locale.toString(*value, 'f', *value < 10.0 ? 1 : 0) + QStringLiteral(" ms");
    if (*value == static_cast<double>(static_cast<qint64>(*value)))
        return locale.toString(static_cast<qint64>(*value));
    return locale.toString(*value, 'f', 2);
}

QStringList BigNumberCatalog::automaticKeys(const Simulation &sim)
{
    QStringList list{QStringLiteral("latency_ms.p95"), QStringLiteral("requests.error")};
    if (hasType(sim, NodeType::Cache))
        list << QStringLiteral("cache.hit_ratio");
    for (const NodeSpec &node : sim.topology().nodes)
        if (node.type == NodeType::Cache && node.writePolicy == QLatin1String("write_back")) {
            list << QStringLiteral("cache.write_back_lost");
            break;
        }
    if (sim.replicationEnabled())
        list << QStringLiteral("replication.stale_reads") << QStringLiteral("replication.lost_writes");
    if (hasType(sim, NodeType::CdnEdge))
        list << QStringLiteral("cdn.offload") << QStringLiteral("cdn.cost_usd");
    if (sim.queueing().active())
        list << QStringLiteral("queue.duplicates") << QStringLiteral("queue.rejected");
    if (sim.sharding().enabled()) {
        list << QStringLiteral("sharding.max_shard_share");
        // Keys move only when a shard joins: without an add_shard the tile would say 0 all along.
        if (std::any_of(sim.topology().events.cbegin(), sim.topology().events.cend(),
                        [](const ScenarioEvent &e) { return e.action == QLatin1String("add_shard"); }))
            list << QStringLiteral("sharding.moved_keys");
    }
    if (sim.sizing().active())
        list << QStringLiteral("cost.dollars_per_hour");
    // Requests that cached DNS answers sent to a dead data centre: the figure of a failover
    // between data centres, before any other the topology has.
    if (sim.datacenters().active())
        list.insert(2, QStringLiteral("datacenters.stale_dns"));
    for (int i = 0; i < sim.nodeCount(); ++i) {
        if (sim.sessions().keepsLocal(i)) {
            list << QStringLiteral("sessions.lost");
            break;
        }
    }
    // The topology's own figures matter more than errors when there are many.
    while (list.size() > 4)
        list.removeAt(1);
    return list;
}

} // namespace scalelab
