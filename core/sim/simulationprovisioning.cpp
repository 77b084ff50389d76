// A new replica, MySQL style: a snapshot of a live copy is copied to a spare database (data
// size / copy bandwidth), which then replays the binary log from the snapshot's position and
// takes reads once it has caught up. Optionally a spare replaces a dead replica or a
// failed-over primary on its own.
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

QString Simulation::provision(int node, int from, int replacing)
{
    ReplicationState &r = m_replication;
    NodeRuntime &n = m_nodes[node];
    const QString id = QString::fromStdString(n.id);
    if (n.type != NodeType::Database)
        return QStringLiteral("\"%1\" is a %2; provision copies data only to a database").arg(id, nodeTypeName(n.type));
    if (from < 0)
        return QStringLiteral("provision needs \"from\" naming the database to copy");
    const NodeRuntime &source = m_nodes[from];
    const QString sourceId = QString::fromStdString(source.id);
    if (source.type != NodeType::Database)
        return QStringLiteral("\"%1\" is a %2; provision copies from a database").arg(sourceId, nodeTypeName(source.type));
    if (r.peerMode())
        return QStringLiteral("provision needs primary / replica replication, not multi-master or a ring");
    if (n.provisioning != Provisioning::Absent)
        return QStringLiteral("\"%1\" is %2; only a database without data can be provisioned")
            .arg(id, n.provisioning == Provisioning::Ready ? QStringLiteral("already provisioned") : QStringLiteral("being provisioned"));
    if (!source.up || source.provisioning != Provisioning::Ready)
        return QStringLiteral("\"%1\" is %2; provision copies a live database that has caught up")
            .arg(sourceId, QString::fromStdString(nodeState(from)));
    if (r.primary < 0)
        return QStringLiteral("no primary for \"%1\" to follow").arg(id);
    if (r.replicas.size() + r.copying.size() >= 64)
        return QStringLiteral("at most 64 replicas follow one primary");

    // The snapshot is consistent at the source's binlog position: every write it has applied.
    n.ledger = source.ledger;
    n.provisioning = Provisioning::Copying;
    n.copyFrom = from;
    n.replacing = replacing;
    n.copyStartedAt = m_now;
    n.copyDoneAt = m_now + r.copyTime;
    r.copying.push_back(node);
    r.enabled = true;  // a primary alone keeps no binlog window; from now on it must
    m_queue.push(n.copyDoneAt, kProvisionDone, static_cast<std::uint32_t>(node));
    std::string detail = "from=" + source.id + " position=" + std::to_string(n.ledger.lastApplied())
                         + " copy_ms=" + std::to_string(r.copyTime.us / 1000);
    if (replacing >= 0)
        detail += " replaces=" + m_nodes[replacing].id;
    announce(EngineEventKind::ProvisionStart, node, std::move(detail));
    return {};
}

void Simulation::provisionDone(int node)
{
    ReplicationState &r = m_replication;
    NodeRuntime &n = m_nodes[node];
    if (n.provisioning != Provisioning::Copying || n.copyDoneAt != m_now)
        return;  // aborted (and perhaps started again later)
    r.copying.erase(std::find(r.copying.begin(), r.copying.end(), node));
    n.provisioning = Provisioning::CatchingUp;
    n.up = true;
    n.roleSince = m_now;
    r.replicas.push_back(node);
    announce(EngineEventKind::ProvisionDone, node, "from=" + m_nodes[n.copyFrom].id + " position=" + std::to_string(n.ledger.lastApplied()));
    // START REPLICA: it asks the primary for the binlog from its snapshot's position.
    catchUp(node, r.primary);
}

void Simulation::caughtUp(int node)
{
    NodeRuntime &n = m_nodes[node];
    n.provisioning = Provisioning::Ready;
    ++m_replication.counters.provisions;
    announce(EngineEventKind::ProvisionReady, node, "applied=" + std::to_string(n.ledger.lastApplied())
                                          + " after_ms=" + std::to_string((m_now - n.copyStartedAt).us / 1000));
}

void Simulation::abortCopy(int node, const std::string &why)
{
    ReplicationState &r = m_replication;
    NodeRuntime &n = m_nodes[node];
    r.copying.erase(std::find(r.copying.begin(), r.copying.end(), node));
    n.provisioning = Provisioning::Absent;
    n.ledger = Ledger{};
    n.copyFrom = -1;
    n.replacing = -1;
    announce(EngineEventKind::ProvisionFailed, node, why);
    purgeWindow();  // the binlog no longer has to be kept for its snapshot
}

void Simulation::scheduleReplacement(int dead)
{
    ReplicationState &r = m_replication;
    if (!r.autoReplace)
        return;
    m_nodes[dead].replaceDueAt = m_now + r.replaceDelay;
    m_queue.push(m_nodes[dead].replaceDueAt, kAutoReplace, static_cast<std::uint32_t>(dead));
}

void Simulation::autoReplace(int dead)
{
    ReplicationState &r = m_replication;
    const NodeRuntime &gone = m_nodes[dead];
    if (gone.up || gone.replaceDueAt != m_now)
        return;  // back before its replacement started, or died again since (a later event replaces it)
    int spare = -1;
    for (int i = 0; i < nodeCount() && spare < 0; ++i)
        if (m_nodes[i].type == NodeType::Database && m_nodes[i].provisioning == Provisioning::Absent)
            spare = i;
    if (spare < 0) {
        announce(EngineEventKind::ProvisionFailed, dead, "no spare database (\"provisioned\": false) left to replace " + gone.id);
        return;
    }
    // Clone from the most advanced live replica, so the primary's clients do not pay for the copy.
    int donor = -1;
    for (int replica : r.replicas) {
        const NodeRuntime &candidate = m_nodes[replica];
        if (candidate.up && candidate.provisioning == Provisioning::Ready
            && (donor < 0 || candidate.ledger.lastApplied() > m_nodes[donor].ledger.lastApplied()))
            donor = replica;
    }
    if (donor < 0 && r.primary >= 0 && m_nodes[r.primary].up)
        donor = r.primary;
    if (donor < 0) {
        announce(EngineEventKind::ProvisionFailed, spare, "no live database to copy for replacing " + gone.id);
        return;
    }
    const QString error = provision(spare, donor, dead);
    if (!error.isEmpty())
        announce(EngineEventKind::ProvisionFailed, spare, error.toStdString());
}

} // namespace scalelab
