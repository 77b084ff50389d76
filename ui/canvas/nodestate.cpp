// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodestate.h"

#include "model/serversize.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

QString lagText(int ms)
{
    if (ms < 1000)
        return NodeState::tr("%1 ms").arg(ms);
    return NodeState::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

/// 1,234 stays exact; larger numbers get a suffix so that a card line stays short.
QString compactNumber(std::uint64_t n)
{
    const QLocale locale;
    if (n < 10'000)
        return locale.toString(static_cast<qulonglong>(n));
    if (n < 1'000'000)
        return NodeState::tr("%1k").arg(locale.toString(n / 1000.0, 'f', n < 100'000 ? 1 : 0));
    return NodeState::tr("%1M").arg(locale.toString(n / 1'000'000.0, 'f', n < 100'000'000 ? 1 : 0));
}

} // namespace

NodeState NodeState::fromSpec(const NodeSpec &spec)
{
    NodeState s;
    s.type = spec.type;
    s.concurrency = s.showsLoad() ? spec.concurrency : 0;
    s.rateRps = spec.rateRps;
    s.users = spec.users;
    s.traceReplay = !spec.trace.isEmpty();
    s.algorithm = spec.algorithm;
    s.size = spec.size;
    if (const auto size = ServerSizes::find(spec.size); spec.pricePerHour || size)
        s.pricePerHour = spec.pricePerHour ? *spec.pricePerHour : size->pricePerHour;
    if (spec.type == NodeType::Cache || spec.type == NodeType::CdnEdge || spec.type == NodeType::MessageQueue)
        s.capacity = static_cast<std::uint64_t>(std::max<qint64>(0, spec.capacity));
    if (spec.gutter)
        s.role = Role::Gutter;
    s.datacenter = spec.datacenter;
    if (spec.type == NodeType::Dns) {
        s.ttlS = spec.ttlS;
        s.checkIntervalMs = spec.hasHealthCheck ? spec.healthCheck.intervalMs : 0;
    }
    // A database's role shows once the engine says whether it is replicated at all.
    return s;
}


bool NodeState::showsLoad() const
{
    // Clients and balancers do no work of their own; an edge answers without workers; a
    // lookup at the dns takes no time.
    return type != NodeType::Clients && type != NodeType::LoadBalancer && type != NodeType::CdnEdge && type != NodeType::Dns;
}

double NodeState::load() const
{
    if (type == NodeType::MessageQueue)
        return capacity > 0 ? std::min(1.0, static_cast<double>(jobsHeld) / static_cast<double>(capacity)) : 0.0;
    return concurrency > 0 ? std::min(1.0, static_cast<double>(active) / concurrency) : 0.0;
}

double NodeState::hitRatio() const
{
    const std::uint64_t lookups = hits + misses;
    return lookups > 0 ? static_cast<double>(hits) / static_cast<double>(lookups) : -1.0;
}

QString NodeState::healthText() const
{
    if (!provisioning.isEmpty() && health != Health::Up)  // a live one catching up says so in its key figure
        return provisioning;
    if (launch == Launch::Booting)
        return tr("BOOTING");
    if (resizing)
        return tr("RESIZING");
    switch (health) {
    case Health::Up: return {};
    case Health::Down: return tr("DOWN");
    case Health::Draining: return tr("DRAINING");
    case Health::BeingDetected: return tr("DOWN · DETECTING");
    case Health::Undetected: return tr("DOWN · UNNOTICED");
    case Health::Ejected: return tr("EJECTED");
    case Health::OutOfPool: return tr("OUT OF POOL");
    }
    return {};
}

QString NodeState::shardText() const
{
    if (shard < 0)
        return tr("no shard yet");
    if (shardCopyPercent >= 0)
        return tr("shard %1 · copying %2 %").arg(shard).arg(shardCopyPercent);
    return role == Role::Replica ? tr("shard %1 · replica").arg(shard) : tr("shard %1 · primary").arg(shard);
}

QString NodeState::healthExplanation() const
{
    if (!provisioningExplanation.isEmpty())
        return provisioningExplanation;
    if (launch == Launch::Booting)
        return tr("booting: launched by its load balancer's autoscaling, it joins the pool when ready");
    if (launch == Launch::Retired)
        return tr("retired by its load balancer's autoscaling: finishes its requests, then is terminated");
    if (resizing)
        return tr("resizing: stopped while its machine size changes; it starts again with the new size's workers");
    switch (health) {
    case Health::Up: return tr("up");
    case Health::Down: return tr("down");
    case Health::Draining: return tr("draining: finishes its requests, gets no new ones");
    case Health::BeingDetected:
        return tr("down, but the load balancer still sends it requests until its checks fail it");
    case Health::Undetected:
        return tr("down, but its load balancer has no health checks: it keeps sending it requests");
    case Health::Ejected: return tr("up, but ejected from the pool by outlier detection for a while");
    case Health::OutOfPool: return tr("up, but the health checks still see it down: it rejoins after enough good checks");
    }
    return {};
}

QString NodeState::roleText() const
{
    if (launched())
        return tr("AUTOSCALED");
    switch (role) {
    case Role::None: return {};
    case Role::Primary: return newPrimary ? tr("NEW PRIMARY") : tr("PRIMARY");
    case Role::Replica: return tr("REPLICA");
    case Role::Master: return tr("MASTER");
    case Role::RingMember: return tr("RING");
    case Role::Standby: return tr("STANDBY");
    case Role::Gutter: return tr("GUTTER");
    }
    return {};
}

QString NodeState::loadText() const
{
    const QLocale locale;
    switch (type) {
    case NodeType::Clients:
        return traceReplay ? tr("trace replay") : tr("%1 req/s").arg(locale.toString(rateRps, 'g', 6));
    case NodeType::LoadBalancer:
        return QString(algorithm).replace(QLatin1Char('_'), QLatin1Char(' '));
    case NodeType::Dns:
        return ttlText();
    case NodeType::Cache:
    case NodeType::CdnEdge: {
        const double ratio = hitRatio();
        return ratio < 0 ? tr("no lookups yet") : tr("%1% hits").arg(locale.toString(ratio * 100, 'f', ratio < 0.995 ? 0 : 1));
    }
    case NodeType::MessageQueue:
        return tr("%1 / %2 jobs").arg(compactNumber(jobsHeld), compactNumber(capacity));
    default:
        return QStringLiteral("%1/%2").arg(active).arg(concurrency);
    }
}

QString NodeState::queueText(bool compact) const
{
    if (waiting <= 0 || down())
        return {};
    return tr("%1 queued").arg(compact ? compactNumber(static_cast<std::uint64_t>(waiting))
                                       : QLocale().toString(waiting));
}

QString NodeState::machineText() const
{
    if (pricePerHour < 0)
        return size;
    const QString price = tr("$%1/h").arg(QLocale().toString(pricePerHour, 'f', pricePerHour < 0.1 ? 3 : 2));
    return size.isEmpty() ? price : size + QStringLiteral(" · ") + price;
}

QString NodeState::dnsText() const
{
    if (dnsAnswer.isEmpty())
        return {};
    if (dnsMovedPercent >= 0)
        return tr("moving to %1: %2 %").arg(dnsAnswer).arg(dnsMovedPercent);
    return tr("sent to %1").arg(dnsAnswer);
}

QString NodeState::dnsShortText() const
{
    if (dnsAnswer.isEmpty())
        return {};
    return dnsMovedPercent >= 0 ? QStringLiteral("\u2192 %1 %2%").arg(dnsAnswer).arg(dnsMovedPercent)
                                : QStringLiteral("\u2192 %1").arg(dnsAnswer);
}

QString NodeState::ttlText() const
{
    return tr("TTL %1 s").arg(QLocale().toString(ttlS, 'g', 6));
}

QString NodeState::detail() const
{
    // The machine comes last: a card's own news (replication, connections) reads first.
    const QString own = ownDetail();
    const QString machine = machineText();
    return machine.isEmpty() ? own : own.isEmpty() ? machine : own + QStringLiteral(" · ") + machine;
}

QString NodeState::ownDetail() const
{
    const QLocale locale;
    switch (type) {
    case NodeType::Clients: {
        const QString people = traceReplay ? QString() : users == 1 ? tr("1 user") : tr("%Ln users", nullptr, users);
        // Where the dns sends them comes first: it is what changes. While they move, how far
        // they are is the whole line.
        if (dnsAnswer.isEmpty() || people.isEmpty() || dnsMovedPercent >= 0)
            return dnsAnswer.isEmpty() ? people : dnsText();
        return dnsText() + QStringLiteral(" · ") + people;
    }
    case NodeType::Dns:
        return dnsAnswers.isEmpty() ? tr("no clients look up here") : dnsAnswers.join(QStringLiteral(" · "));
    case NodeType::LoadBalancer: {
        if (scaledMax > 0 && poolHealthy == poolSize) {
            // Booting copies serve nothing yet: they are counted apart.
            QString text = tr("%1 of %2 servers").arg(scaledRunning - scaledBooting).arg(scaledMax);
            if (scaledBooting > 0)
                text += QStringLiteral(" · ") + tr("+%1 booting").arg(scaledBooting);
            return text;
        }
        if (poolSize == 0)
            return tr("no servers");
        QString text = tr("%1/%2 healthy").arg(poolHealthy).arg(poolSize);
        if (poolEjected > 0)
            text += QStringLiteral(" · ") + tr("%1 ejected").arg(poolEjected);
        return text;
    }
    case NodeType::WebServer:
        if (connections <= 0)
            return {};
        return connections == 1 ? tr("1 connection") : tr("%Ln connections", nullptr, connections);
    case NodeType::SessionStore:
        if (sessionServers <= 0)
            return {};
        return sessionServers == 1 ? tr("sessions of 1 server") : tr("sessions of %n servers", nullptr, sessionServers);
    case NodeType::Cache:
        return tr("%1 of %2 items").arg(compactNumber(items), compactNumber(capacity));
    case NodeType::CdnEdge:
        return tr("%1 of %2").arg(locale.formattedDataSize(static_cast<qint64>(bytes), 0, QLocale::DataSizeSIFormat),
                                         locale.formattedDataSize(static_cast<qint64>(capacity), 0, QLocale::DataSizeSIFormat));
    case NodeType::Database:
        if (sharded)
            return shardText();
        // A dead primary's card says what its death cost; once back it follows like any replica.
        if (lostWrites > 0 && down()) {
            const QString count = compactNumber(lostWrites) + (lostWritesTruncated ? QStringLiteral("+") : QString());
            return lostWrites == 1 && !lostWritesTruncated ? tr("1 write lost") : tr("%1 writes lost").arg(count);
        }
        if (role == Role::Replica) {
            if (writesBehind == 0)
                return tr("in sync");
            return tr("lag %1 · %2 behind").arg(lagText(lagMs), compactNumber(writesBehind));
        }
        if (role == Role::Primary) {
            if (recoveredWrites > 0)
                return recoveredWrites == 1 ? tr("1 write recovered") : tr("%1 writes recovered").arg(compactNumber(recoveredWrites));
            if (replicas > 0) {
                const QString mode = QString(replicationMode).replace(QLatin1Char('_'), QLatin1Char('-'));
                return replicas == 1 ? tr("%1 · 1 replica").arg(mode) : tr("%1 · %2 replicas").arg(mode).arg(replicas);
            }
        }
        return {};
    case NodeType::MessageQueue:
        // A dead queue keeps its jobs (it is durable) but hands none out: no lag to speak of.
        if (down())
            return {};
        if (queueFull())
            return tr("FULL: jobs refused");
        return consumerLagMs > 0 ? tr("next job waited %1").arg(lagText(consumerLagMs)) : QString();
    case NodeType::ObjectStorage:
    case NodeType::Worker:
        return {};
    }
    return {};
}

QString NodeState::glance() const
{
    switch (type) {
    case NodeType::LoadBalancer:
        if (scaledMax > 0 && poolHealthy == poolSize)
            return tr("%1 of %2 servers").arg(scaledRunning - scaledBooting).arg(scaledMax);
        return poolSize > 0 ? tr("%1/%2 healthy").arg(poolHealthy).arg(poolSize) : QString();
    case NodeType::Database:
        if (sharded)
            return shard < 0 ? tr("no shard yet") : shardCopyPercent >= 0 ? tr("copying %1 %").arg(shardCopyPercent)
                                                                          : tr("shard %1").arg(shard);
        if (lostWrites > 0 && down())
            return tr("%1 lost").arg(compactNumber(lostWrites));
        if (role == Role::Replica && !down())
            return writesBehind == 0 ? tr("in sync") : tr("lag %1").arg(lagText(lagMs));
        break;
    case NodeType::Clients:
        return dnsAnswer.isEmpty() ? loadText() : dnsShortText();
    case NodeType::Dns:
        return datacentersSeenDown.isEmpty() ? ttlText() : tr("%1 seen down").arg(datacentersSeenDown.join(QStringLiteral(", ")));
    case NodeType::Cache:
    case NodeType::CdnEdge:
        return loadText();
    case NodeType::MessageQueue:
        return queueFull() && !down() ? tr("FULL %1").arg(loadText()) : loadText();
    default:
        break;
    }
    if (waiting > 0 && !down())
        return tr("%1 +%2").arg(loadText(), compactNumber(static_cast<std::uint64_t>(waiting)));
    return loadText();
}

bool NodeState::glanceWarns() const
{
    if (type == NodeType::LoadBalancer)
        return poolHealthy < poolSize;
    if (type == NodeType::Database && ((lostWrites > 0 && down()) || stale))
        return true;
    if (queueFull() && !down())
        return true;
    if (type == NodeType::Dns)
        return !datacentersSeenDown.isEmpty();
    return waiting > 0 && !down() && type != NodeType::Clients;
}

QString NodeState::keyFigure() const
{
    // The tabs are too small to read this far out: the figure says the health instead.
    if (!provisioning.isEmpty())
        return provisioning;
    if (launch == Launch::Booting || resizing)
        return healthText();
    if (down())
        return tr("DOWN");
    if (health != Health::Up)
        return healthText();
    const QLocale locale;
    switch (type) {
    case NodeType::Clients:
        // A dns's clients: where they go is the news (the rate is the file's); how far the
        // move is would not fit at this size.
        if (!dnsAnswer.isEmpty())
            return QStringLiteral("\u2192 %1").arg(dnsAnswer);
        return traceReplay ? QString() : tr("%1/s").arg(compactNumber(static_cast<std::uint64_t>(std::max(0.0, rateRps))));
    case NodeType::Dns:
        return ttlText();
    case NodeType::LoadBalancer:
        return poolSize > 0 ? QStringLiteral("%1/%2").arg(poolHealthy).arg(poolSize) : QString();
    case NodeType::Cache:
    case NodeType::CdnEdge: {
        const double ratio = hitRatio();
        return ratio < 0 ? QString() : tr("%1% hits").arg(locale.toString(ratio * 100, 'f', 0));
    }
    case NodeType::Database:
        // A new shard's copy, as a new replica's: the class watches it fill.
        if (sharded && shardCopyPercent >= 0)
            return tr("COPY %1%").arg(shardCopyPercent);
        if (role == Role::Replica && !sharded)   // a shard's replicas are kept in step
            return writesBehind == 0 ? tr("in sync") : tr("lag %1").arg(lagText(lagMs));
        break;
    case NodeType::MessageQueue:
        return queueFull() ? tr("FULL") : tr("%1 jobs").arg(compactNumber(jobsHeld));
    default:
        break;
    }
    return showsLoad() && concurrency > 0 ? QStringLiteral("%1%").arg(qRound(load() * 100)) : QString();
}

} // namespace scalelab
