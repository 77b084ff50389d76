// SPDX-License-Identifier: GPL-3.0-or-later
// A new replica, MySQL style: a snapshot of a live copy is copied to a spare database (data
// size / copy bandwidth), which then replays the binary log from the snapshot's position and
// takes reads once it has caught up. Optionally a spare replaces a dead replica or a
// failed-over primary on its own.
#include "replication/replication.h"

#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

const char *Replication::provisioningState(const NodeRuntime &node, int index) const
{
    switch (m_databases[static_cast<std::size_t>(index)].provisioning) {
    case Provisioning::Absent: return "unprovisioned";
    case Provisioning::Copying: return "provisioning";
    case Provisioning::CatchingUp:
        if (node.up)
            return "catching_up";
        break;
    case Provisioning::Ready: break;
    }
    return "";
}

QString Replication::provision(EngineContext &ctx, int node, int from, int replacing)
{
    ReplicationState &r = m_state;
    NodeRuntime &n = ctx.nodes[node];
    DatabaseRuntime &db = m_databases[node];
    const QString id = QString::fromStdString(n.id);
    if (n.type != NodeType::Database)
        return QStringLiteral("\"%1\" is a %2; provision copies data only to a database").arg(id, nodeTypeName(n.type));
    if (from < 0)
        return QStringLiteral("provision needs \"from\" naming the database to copy");
    const NodeRuntime &source = ctx.nodes[from];
    const QString sourceId = QString::fromStdString(source.id);
    if (source.type != NodeType::Database)
        return QStringLiteral("\"%1\" is a %2; provision copies from a database").arg(sourceId, nodeTypeName(source.type));
    if (r.peerMode())
        return QStringLiteral("provision needs primary / replica replication, not multi-master or a ring");
    if (db.provisioning != Provisioning::Absent)
        return QStringLiteral("\"%1\" is %2; only a database without data can be provisioned")
            .arg(id, db.provisioning == Provisioning::Ready ? QStringLiteral("already provisioned") : QStringLiteral("being provisioned"));
    if (!source.up || m_databases[from].provisioning != Provisioning::Ready) {
        // The words Simulation::nodeState() uses for it.
        const char *state = provisioningState(source, from);
        return QStringLiteral("\"%1\" is %2; provision copies a live database that has caught up")
            .arg(sourceId, QLatin1String(*state ? state : source.up ? (source.draining ? "draining" : "up") : "down"));
    }
    if (r.primary < 0)
        return QStringLiteral("no primary for \"%1\" to follow").arg(id);
    if (r.replicas.size() + r.copying.size() >= 64)
        return QStringLiteral("at most 64 replicas follow one primary");

    // The snapshot is consistent at the source's binlog position: every write it has applied.
    db.ledger = m_databases[from].ledger;
    db.provisioning = Provisioning::Copying;
    db.copyFrom = from;
    db.replacing = replacing;
    db.copyStartedAt = ctx.now;
    db.copyDoneAt = ctx.now + r.copyTime;
    r.copying.push_back(node);
    r.enabled = true;  // a primary alone keeps no binlog window; from now on it must
    ctx.queue.push(db.copyDoneAt, kProvisionDone, static_cast<std::uint32_t>(node));
    std::string detail = "from=" + source.id + " position=" + std::to_string(db.ledger.lastApplied())
                         + " copy_ms=" + std::to_string(r.copyTime.us / 1000);
    if (replacing >= 0)
        detail += " replaces=" + ctx.nodes[replacing].id;
    ctx.announce(EngineEventKind::ProvisionStart, node, std::move(detail));
    return {};
}

void Replication::provisionDone(EngineContext &ctx, int node)
{
    ReplicationState &r = m_state;
    DatabaseRuntime &db = m_databases[node];
    if (db.provisioning != Provisioning::Copying || db.copyDoneAt != ctx.now)
        return;  // aborted (and perhaps started again later)
    r.copying.erase(std::find(r.copying.begin(), r.copying.end(), node));
    db.provisioning = Provisioning::CatchingUp;
    ctx.nodes[node].up = true;
    db.roleSince = ctx.now;
    r.replicas.push_back(node);
    ctx.announce(EngineEventKind::ProvisionDone, node, "from=" + ctx.nodes[db.copyFrom].id + " position=" + std::to_string(db.ledger.lastApplied()));
    // START REPLICA: it asks the primary for the binlog from its snapshot's position.
    catchUp(ctx, node, r.primary);
}

void Replication::caughtUp(EngineContext &ctx, int node)
{
    DatabaseRuntime &db = m_databases[node];
    db.provisioning = Provisioning::Ready;
    ++m_state.counters.provisions;
    ctx.announce(EngineEventKind::ProvisionReady, node, "applied=" + std::to_string(db.ledger.lastApplied())
                                              + " after_ms=" + std::to_string((ctx.now - db.copyStartedAt).us / 1000));
}

void Replication::abortCopy(EngineContext &ctx, int node, const std::string &why)
{
    ReplicationState &r = m_state;
    DatabaseRuntime &db = m_databases[node];
    r.copying.erase(std::find(r.copying.begin(), r.copying.end(), node));
    db.provisioning = Provisioning::Absent;
    db.ledger = Ledger{};
    db.copyFrom = -1;
    db.replacing = -1;
    ctx.announce(EngineEventKind::ProvisionFailed, node, why);
    purgeWindow();  // the binlog no longer has to be kept for its snapshot
}

void Replication::scheduleReplacement(EngineContext &ctx, int dead)
{
    ReplicationState &r = m_state;
    if (!r.autoReplace)
        return;
    m_databases[dead].replaceDueAt = ctx.now + r.replaceDelay;
    ctx.queue.push(m_databases[dead].replaceDueAt, kAutoReplace, static_cast<std::uint32_t>(dead));
}

void Replication::autoReplace(EngineContext &ctx, int dead)
{
    ReplicationState &r = m_state;
    const NodeRuntime &gone = ctx.nodes[dead];
    if (gone.up || m_databases[dead].replaceDueAt != ctx.now)
        return;  // back before its replacement started, or died again since (a later event replaces it)
    int spare = -1;
    for (int i = 0; i < static_cast<int>(ctx.nodes.size()) && spare < 0; ++i)
        if (ctx.nodes[i].type == NodeType::Database && m_databases[i].provisioning == Provisioning::Absent)
            spare = i;
    if (spare < 0) {
        ctx.announce(EngineEventKind::ProvisionFailed, dead, "no spare database (\"provisioned\": false) left to replace " + gone.id);
        return;
    }
    // Clone from the most advanced live replica, so the primary's clients do not pay for the copy.
    int donor = -1;
    for (int replica : r.replicas) {
        const NodeRuntime &candidate = ctx.nodes[replica];
        if (candidate.up && m_databases[replica].provisioning == Provisioning::Ready
            && (donor < 0 || m_databases[replica].ledger.lastApplied() > m_databases[donor].ledger.lastApplied()))
            donor = replica;
    }
    if (donor < 0 && r.primary >= 0 && ctx.nodes[r.primary].up)
        donor = r.primary;
    if (donor < 0) {
        ctx.announce(EngineEventKind::ProvisionFailed, spare, "no live database to copy for replacing " + gone.id);
        return;
    }
    const QString error = provision(ctx, spare, donor, dead);
    if (!error.isEmpty())
        ctx.announce(EngineEventKind::ProvisionFailed, spare, error.toStdString());
}

} // namespace scalelab
