// SPDX-License-Identifier: GPL-3.0-or-later
// NodeState::read: what a card shows, read from the engine at its moment.
#include "canvas/nodestate.h"

#include "sim/simulation.h"

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

void readPool(const Simulation &simulation, int index, NodeState &s)
{
    for (const PoolMember &member : simulation.balancing().pool(index)) {
        if (member.removed)
            continue;
        ++s.poolSize;
        if (member.outlier.ejected())
            ++s.poolEjected;
        else if (member.health.up())
            ++s.poolHealthy;
    }
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

/// A sharded database: its shard, primary or replica in it, and the new shard's copy.
void readShard(const Simulation &simulation, int index, NodeState &s)
{
    const Sharding &sharding = simulation.sharding();
    s.sharded = true;
    s.shard = sharding.shardOfNode(index);
    if (s.shard < 0)
        return;
    const std::vector<int> &members = sharding.members(s.shard);
    // A tab only where the shard has replicas: a lone member's role says nothing new.
    if (members.size() > 1)
        s.role = members.front() == index ? NodeState::Role::Primary : NodeState::Role::Replica;
    if (sharding.copying() && s.shard == sharding.shardCount() - 1)
        s.shardCopyPercent = static_cast<int>(std::floor(sharding.copyProgress(simulation.now()) * 100));
}

void readDatabase(const Simulation &simulation, int index, NodeState &s)
{
    if (simulation.sharding().enabled()) {
        readShard(simulation, index, s);
        return;
    }
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

/// The web servers that keep their sessions in session store `index`.
int sessionServersOf(const Simulation &simulation, int index)
{
    int servers = 0;
    for (int i = 0; i < simulation.nodeCount(); ++i) {
        const int sessionLink = simulation.sessionStoreLink(i);
        if (sessionLink >= 0 && simulation.link(sessionLink).to == index)
            ++servers;
    }
    return servers;
}

QString datacenterName(const Simulation &simulation, int datacenter)
{
    return datacenter >= 0 ? QString::fromStdString(simulation.datacenters().name(datacenter)) : QString();
}

/// Clients that look their front door up at a dns: where it sends them now and, after its
/// answer changed, how many of their users' cached answers already point there.
void readResolver(const Simulation &simulation, int index, NodeState &s)
{
    const Datacenters &datacenters = simulation.datacenters();
    const Datacenters::Resolver *resolver = datacenters.resolver(index);
    if (!resolver || resolver->answers.empty() || resolver->answers.back().second < 0)
        return;
    const int now = resolver->answers.back().second;
    s.dnsAnswer = datacenterName(simulation, datacenters.datacenterOf(simulation.link(now).to));
    if (resolver->answers.size() < 2)
        return;
    // Each user refreshes at a phase of its own: count a spread of them (at most 400, so a
    // frame stays cheap), in whole percent so the card repaints only when the figure moves.
    const int users = std::max(1, simulation.topology().nodes[index].users);
    const int samples = std::min(users, 400);
    int moved = 0;
    for (int k = 0; k < samples; ++k) {
        const auto user = static_cast<std::uint32_t>(static_cast<std::int64_t>(k) * users / samples);
        moved += datacenters.entryFor(index, user, simulation.now()) == now ? 1 : 0;
    }
    if (moved < samples) {
        s.dnsMovedPercent = moved * 100 / samples;
        const int before = resolver->answers[resolver->answers.size() - 2].second;
        s.dnsFrom = before >= 0 ? datacenterName(simulation, datacenters.datacenterOf(simulation.link(before).to)) : QString();
    }
}

/// A dns: its TTL and checks, where it sends each of its clients, what its checks see down.
void readDns(const Simulation &simulation, int index, const NodeSpec &spec, NodeState &s)
{
    s.ttlS = spec.ttlS;
    s.checkIntervalMs = spec.hasHealthCheck ? spec.healthCheck.intervalMs : 0;
    const Datacenters &datacenters = simulation.datacenters();
    for (int i = 0; i < simulation.nodeCount(); ++i) {
        const Datacenters::Resolver *resolver = datacenters.resolver(i);
        if (!resolver || resolver->dns != index)
            continue;
        const int entry = resolver->answers.empty() ? -1 : resolver->answers.back().second;
        if (entry < 0)
            continue;
        s.dnsAnswers << QStringLiteral("%1 \u2192 %2").arg(QString::fromStdString(simulation.nodeName(i)),
                                                          datacenterName(simulation, datacenters.datacenterOf(simulation.link(entry).to)));
        s.dnsAnswerMoved << (!resolver->candidates.empty() && entry != resolver->candidates.front().link);
    }
    for (int dc = 0; dc < datacenters.count(); ++dc)
        if (!datacenters.healthy(index, dc))
            s.datacentersSeenDown << datacenterName(simulation, dc);
}

} // namespace

NodeState NodeState::read(const Simulation &simulation, int index)
{
    const NodeStatus node = simulation.nodeStatus(index);
    const NodeSpec &spec = simulation.topology().nodes[index];
    NodeState s;
    s.type = node.type;
    s.health = healthOf(simulation, index);
    readLaunch(simulation, index, s);
    if (const MachineBill &machine = simulation.sizing().machine(index); machine.priced || !machine.size.isEmpty()) {
        s.size = machine.size;
        s.pricePerHour = machine.priced ? machine.pricePerHour : -1;
    }
    s.resizing = node.resizing;
    s.datacenter = spec.datacenter;
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
        readResolver(simulation, index, s);
        break;
    case NodeType::Dns:
        readDns(simulation, index, spec, s);
        break;
    case NodeType::LoadBalancer:
        s.algorithm = currentAlgorithm(simulation, index, spec.algorithm);
        readPool(simulation, index, s);
        if (node.up && isStandbyBalancer(simulation, index))
            s.role = Role::Standby;
        break;
    case NodeType::WebServer:
        s.connections = simulation.sessions().openConnections(index);
        break;
    case NodeType::SessionStore:
        s.sessionServers = sessionServersOf(simulation, index);
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

} // namespace scalelab
