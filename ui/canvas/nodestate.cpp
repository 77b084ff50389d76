// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodestate.h"

#include "sim/simulation.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

/// Lag as the card prints it: 10 ms steps below a second, 100 ms steps above, so that the
/// card does not repaint for every millisecond the number moves.
int roundedLag(double ms)
{
    if (ms <= 0.0)
        return 0;
    const int step = ms < 1000.0 ? 10 : 100;
    return std::max(step, static_cast<int>(std::lround(ms / step)) * step);
}

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

NodeState::Health healthOf(const Simulation &simulation, int index)
{
    const NodeStatus node = simulation.nodeStatus(index);
    const std::string seen = simulation.balancing().healthSeen(index);
    if (!node.up) {
        if (seen != "up")
            return NodeState::Health::Down;   // in no pool, or every balancer has failed it
        // Can any balancer that has it in its pool ever notice?
        for (int i = 0; i < simulation.nodeCount(); ++i) {
            if (!simulation.balancing().checksHealth(i))
                continue;
            for (const PoolMember &member : simulation.balancing().pool(i))
                if (member.node == index && !member.removed)
                    return NodeState::Health::BeingDetected;
        }
        return NodeState::Health::Undetected;
    }
    if (node.draining)
        return NodeState::Health::Draining;
    if (seen == "ejected")
        return NodeState::Health::Ejected;
    if (seen == "down")
        return NodeState::Health::OutOfPool;
    return NodeState::Health::Up;
}

/// A balancer some clients could fail over to but none uses now.
bool isStandbyBalancer(const Simulation &simulation, int index)
{
    bool listed = false;
    for (int i = 0; i < simulation.nodeCount(); ++i) {
        if (simulation.nodeStatus(i).type != NodeType::Clients)
            continue;
        for (int link : simulation.frontDoorLinks(i)) {
            if (simulation.link(link).to != index)
                continue;
            if (link == simulation.frontDoorLink(i))
                return false;
            listed = true;
        }
    }
    return listed;
}

QString currentAlgorithm(const Simulation &simulation, int index, const QString &fromFile)
{
    // A "set algorithm" action changes it at run time; the last one applied wins.
    const QString &id = simulation.topology().nodes[index].id;
    const QList<ScenarioEvent> &actions = simulation.appliedActions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if (it->action == QLatin1String("set") && it->key == QLatin1String("algorithm") && it->node == id)
            return it->value.toString();
    }
    return fromFile;
}

double currentRate(const Simulation &simulation, int index, double fromFile)
{
    // A flash crowd is a "set rate_rps" action: the card shows the rate in force, not the file's.
    const QString &id = simulation.topology().nodes[index].id;
    const QList<ScenarioEvent> &actions = simulation.appliedActions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if (it->action == QLatin1String("set") && it->key == QLatin1String("rate_rps") && it->node == id)
            return it->value.toDouble();
    }
    return fromFile;
}

void readLaunch(const Simulation &simulation, int index, NodeState &s)
{
    const CopyState *copy = simulation.autoscaling().copyState(index);
    if (!copy)
        return;
    switch (*copy) {
    case CopyState::Absent: s.launch = NodeState::Launch::Absent; break;
    case CopyState::Launching: s.launch = NodeState::Launch::Booting; break;
    case CopyState::InService: s.launch = NodeState::Launch::InService; break;
    case CopyState::Draining: s.launch = NodeState::Launch::Retired; break;
    }
    // The engine keeps an absent or booting copy down and out of every pool; on the card it
    // is neither failed nor unnoticed, it is not there yet.
    if (s.launch == NodeState::Launch::Absent || s.launch == NodeState::Launch::Booting)
        s.health = NodeState::Health::Up;
    else if (s.launch == NodeState::Launch::Retired && s.health == NodeState::Health::Up)
        s.health = NodeState::Health::Draining;
}

void readAutoscaledPool(const Simulation &simulation, int index, NodeState &s)
{
    for (const AutoscaleGroup &group : simulation.autoscaling().groups()) {
        if (group.lb != index)
            continue;
        s.scaledMax = group.maxServers;
        // The file's servers of the pool run all the time; copies count while not absent.
        for (const PoolMember &member : simulation.balancing().pool(index)) {
            if (!simulation.autoscaling().copyState(member.node))
                ++s.scaledRunning;
        }
        for (CopyState state : group.states) {
            if (state == CopyState::Absent)
                continue;
            ++s.scaledRunning;
            if (state == CopyState::Launching)
                ++s.scaledBooting;
        }
    }
}

void readDatabase(const Simulation &simulation, int index, NodeState &s)
{
    // A lone database plays no role worth a tab.
    if (!simulation.replicationEnabled())
        return;
    const NodeStatus node = simulation.nodeStatus(index);
    const DatabaseRuntime &db = simulation.database(index);
    const bool ring = simulation.topology().replication.mode == QLatin1String("circular");
    switch (db.role) {
    case DatabaseRole::Primary: s.role = NodeState::Role::Primary; break;
    case DatabaseRole::Replica: s.role = NodeState::Role::Replica; break;
    case DatabaseRole::Master: s.role = ring ? NodeState::Role::RingMember : NodeState::Role::Master; break;
    case DatabaseRole::None: break;
    }

    // From the engine, not from comparing frames: after a jump back in time the node that
    // is primary again at that moment was never promoted.
    const ReplicationState &replication = simulation.replicationState();
    if (replication.lastPromoted == index && s.role == NodeState::Role::Primary)
        s.promotedAtUs = replication.lastPromotedAt.us;
    s.newPrimary = s.promotedAtUs >= 0 && simulation.now().us - s.promotedAtUs < NodeState::kPromotionHighlightUs;

    // Lost writes belong to the primary that committed them and died before shipping them.
    for (const LostWrite &lost : simulation.lostWrites())
        if (lost.origin == index)
            ++s.lostWrites;
    s.lostWritesTruncated = s.lostWrites > 0 && simulation.replication().lostWrites > simulation.lostWrites().size();

    switch (db.provisioning) {
    case Provisioning::Ready: break;
    case Provisioning::Absent:
        s.provisioning = NodeState::tr("NO DATA");
        s.provisioningExplanation = NodeState::tr("a spare replica without data: takes nothing until it is provisioned");
        break;
    case Provisioning::Copying: {
        // Whole tens of percent: the card repaints only when the text changes.
        const std::int64_t total = std::max<std::int64_t>(1, (db.copyDoneAt - db.copyStartedAt).us);
        const std::int64_t tens = 10 * ((simulation.now() - db.copyStartedAt).us * 10 / total);
        s.provisioning = NodeState::tr("COPY %1%").arg(std::clamp<std::int64_t>(tens, 0, 100));
        s.provisioningExplanation = NodeState::tr("receiving a snapshot of %1: takes nothing until it has caught up")
                                        .arg(QString::fromStdString(simulation.nodeName(db.copyFrom)));
        break;
    }
    case Provisioning::CatchingUp:
        if (node.up) {
            s.provisioning = NodeState::tr("REPLAYING");
            s.provisioningExplanation = NodeState::tr("replaying the binlog from its snapshot's position: takes no reads until it has caught up");
        }
        break;
    }
    if (s.role == NodeState::Role::Replica) {
        s.lagMs = roundedLag(simulation.replicaLagMs(index));
        s.writesBehind = simulation.writesBehind(index);
        // Only a live replica serves (stale) reads; a dead one just has catching up to do.
        s.stale = node.up && db.provisioning == Provisioning::Ready && s.writesBehind > 0 && s.lagMs >= NodeState::kStaleLagMs;
    } else if (s.role == NodeState::Role::Primary) {
        const ReplicationCounters &counters = simulation.replication();
        if (counters.promotions > 0)
            s.recoveredWrites = counters.recoveredWrites;
        s.replicationMode = simulation.topology().replication.mode;
        for (int i = 0; i < simulation.nodeCount(); ++i)
            if (simulation.database(i).role == DatabaseRole::Replica && simulation.nodeStatus(i).up)
                ++s.replicas;
    }
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
    if (spec.type == NodeType::Cache || spec.type == NodeType::CdnEdge || spec.type == NodeType::MessageQueue)
        s.capacity = static_cast<std::uint64_t>(std::max<qint64>(0, spec.capacity));
    if (spec.gutter)
        s.role = Role::Gutter;
    // A database's role shows once the engine says whether it is replicated at all.
    return s;
}

NodeState NodeState::read(const Simulation &simulation, int index)
{
    const NodeStatus node = simulation.nodeStatus(index);
    const NodeSpec &spec = simulation.topology().nodes[index];
    NodeState s;
    s.type = node.type;
    s.health = healthOf(simulation, index);
    readLaunch(simulation, index, s);
    if (s.showsLoad()) {
        s.active = node.active;
        s.concurrency = node.concurrency;
        s.waiting = static_cast<int>(node.waiting);
    }

    switch (node.type) {
    case NodeType::Clients:
        s.rateRps = currentRate(simulation, index, spec.rateRps);
        s.users = spec.users;
        s.traceReplay = !spec.trace.isEmpty();
        break;
    case NodeType::LoadBalancer:
        s.algorithm = currentAlgorithm(simulation, index, spec.algorithm);
        for (const PoolMember &member : simulation.balancing().pool(index)) {
            if (member.removed)
                continue;
            ++s.poolSize;
            if (member.outlier.ejected())
                ++s.poolEjected;
            else if (member.health.up())
                ++s.poolHealthy;
        }
        readAutoscaledPool(simulation, index, s);
        if (node.up && isStandbyBalancer(simulation, index))
            s.role = Role::Standby;
        break;
    case NodeType::WebServer:
        s.connections = simulation.sessions().openConnections(index);
        break;
    case NodeType::SessionStore:
        for (int i = 0; i < simulation.nodeCount(); ++i) {
            const int sessionLink = simulation.sessionStoreLink(i);
            if (sessionLink >= 0 && simulation.link(sessionLink).to == index)
                ++s.sessionServers;
        }
        break;
    case NodeType::Database:
        readDatabase(simulation, index, s);
        break;
    case NodeType::CdnEdge: {
        const CdnEdgeRuntime &edge = simulation.cdnEdge(index);
        s.hits = edge.hits;
        s.misses = edge.misses;
        s.items = edge.store->size();
        s.bytes = edge.store->bytes();
        s.capacity = edge.store->capacity();
        break;
    }
    case NodeType::Cache:
        s.hits = simulation.cacheTier().hits(index);
        s.misses = simulation.cacheTier().misses(index);
        if (const CacheStore *store = simulation.cacheTier().store(index)) {
            s.items = store->size();
            s.bytes = store->bytes();
            s.capacity = store->capacity();
        }
        if (spec.gutter)
            s.role = Role::Gutter;
        break;
    case NodeType::MessageQueue:
        if (simulation.queueing().isQueue(index)) {
            const MessageQueueRuntime &queue = simulation.queueing().queue(index);
            s.jobsHeld = queue.held;
            s.capacity = queue.capacity;
            s.consumerLagMs = roundedLag(simulation.queueing().oldestWaitMs(index, simulation.now()));
        }
        break;
    case NodeType::ObjectStorage:
    case NodeType::Worker:
        break;
    }
    return s;
}

bool NodeState::showsLoad() const
{
    // Clients and balancers do no work of their own; an edge answers without workers.
    return type != NodeType::Clients && type != NodeType::LoadBalancer && type != NodeType::CdnEdge;
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

QString NodeState::healthExplanation() const
{
    if (!provisioningExplanation.isEmpty())
        return provisioningExplanation;
    if (launch == Launch::Booting)
        return tr("booting: launched by its load balancer's autoscaling, it joins the pool when ready");
    if (launch == Launch::Retired)
        return tr("retired by its load balancer's autoscaling: finishes its requests, then is terminated");
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

QString NodeState::detail() const
{
    const QLocale locale;
    switch (type) {
    case NodeType::Clients:
        return traceReplay ? QString() : users == 1 ? tr("1 user") : tr("%Ln users", nullptr, users);
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
        if (lostWrites > 0 && down())
            return tr("%1 lost").arg(compactNumber(lostWrites));
        if (role == Role::Replica && !down())
            return writesBehind == 0 ? tr("in sync") : tr("lag %1").arg(lagText(lagMs));
        break;
    case NodeType::Clients:
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
    return waiting > 0 && !down() && type != NodeType::Clients;
}

QString NodeState::keyFigure() const
{
    // The tabs are too small to read this far out: the figure says the health instead.
    if (!provisioning.isEmpty())
        return provisioning;
    if (launch == Launch::Booting)
        return healthText();
    if (down())
        return tr("DOWN");
    if (health != Health::Up)
        return healthText();
    const QLocale locale;
    switch (type) {
    case NodeType::Clients:
        return traceReplay ? QString() : tr("%1/s").arg(compactNumber(static_cast<std::uint64_t>(std::max(0.0, rateRps))));
    case NodeType::LoadBalancer:
        return poolSize > 0 ? QStringLiteral("%1/%2").arg(poolHealthy).arg(poolSize) : QString();
    case NodeType::Cache:
    case NodeType::CdnEdge: {
        const double ratio = hitRatio();
        return ratio < 0 ? QString() : tr("%1% hits").arg(locale.toString(ratio * 100, 'f', 0));
    }
    case NodeType::Database:
        if (role == Role::Replica)
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
