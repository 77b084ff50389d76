// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorfacts.h"

#include "canvas/nodestate.h"

#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace scalelab {

namespace {

QString percent(std::uint64_t part, std::uint64_t whole)
{
    if (whole == 0)
        return InspectorFacts::tr("no lookups yet");
    return InspectorFacts::tr("%1 %  (%L2 of %L3)").arg(100.0 * part / whole, 0, 'f', 1).arg(part).arg(whole);
}

QString bytesText(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

QString roleText(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::Primary: return InspectorFacts::tr("primary (takes the writes)");
    case DatabaseRole::Replica: return InspectorFacts::tr("replica (copies the primary)");
    case DatabaseRole::Master: return InspectorFacts::tr("master (takes writes, copies its peers)");
    case DatabaseRole::None: break;
    }
    return InspectorFacts::tr("standalone");
}

QString stateText(const Simulation &simulation, int index)
{
    const std::string state = simulation.nodeState(index);
    const std::string seen = simulation.balancing().healthSeen(index);
    QString text = state == "down"            ? InspectorFacts::tr("down")
                   : state == "draining"      ? InspectorFacts::tr("draining")
                   : state == "unprovisioned" ? InspectorFacts::tr("not provisioned: no data yet")
                   : state == "provisioning"  ? InspectorFacts::tr("provisioning: receiving a snapshot")
                   : state == "catching_up"   ? InspectorFacts::tr("catching up from the binlog: no reads yet")
                                              : InspectorFacts::tr("up");
    // What the balancers believe matters when it differs: a dead server still sent requests.
    if (!seen.empty() && seen != state) {
        if (seen == "up")
            text = InspectorFacts::tr("%1, balancers still think it is up").arg(text);
        else if (seen == "ejected")
            text = InspectorFacts::tr("%1, ejected by outlier detection").arg(text);
        else if (seen == "down")
            text = InspectorFacts::tr("%1, balancers still think it is down").arg(text);
    }
    return text;
}

} // namespace

InspectorFacts::InspectorFacts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box = new QGroupBox(this);
    m_form = new QFormLayout(m_box);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(4);
    m_absent = new QLabel(this);
    m_absent->setWordWrap(true);
    ThemeController::useMutedText(m_absent);
    layout->addWidget(m_box);
    layout->addWidget(m_absent);
}

QString InspectorFacts::text(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void InspectorFacts::setRow(const QString &key, const QString &label, const QString &value, const QString &help)
{
    QLabel *shown = m_values.value(key);
    if (!shown) {
        shown = new QLabel(m_box);
        shown->setObjectName(key);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        shown->setToolTip(help);
        m_form->addRow(label, shown);
        m_values.insert(key, shown);
    }
    if (shown->text() != value)
        shown->setText(value);
}

void InspectorFacts::clearRows()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_values.clear();
}

void InspectorFacts::refresh(const Simulation *simulation, const QString &id)
{
    const int index = simulation ? simulation->nodeIndex(id) : -1;
    if (index < 0) {
        clearRows();
        m_box->hide();
        m_absent->setText(simulation ? tr("%1 is not in the running simulation yet: it joins at the next replay "
                                          "(press Reset, or drag the timeline).").arg(id)
                                     : tr("Nothing is running: the topology cannot run yet."));
        m_absent->show();
        return;
    }
    m_absent->hide();
    m_box->show();
    m_box->setTitle(tr("Now, at %1 s").arg(simulation->now().us / 1e6, 0, 'f', 1));

    const NodeStatus node = simulation->nodeStatus(index);
    setRow(QStringLiteral("state"), tr("State"), stateText(*simulation, index));
    const bool serves = node.type != NodeType::Clients && node.type != NodeType::LoadBalancer && node.type != NodeType::Dns;
    if (serves) {
        setRow(QStringLiteral("load"), tr("Load"), tr("%L1 of %L2 workers busy").arg(node.active).arg(node.concurrency),
               tr("Requests in service now, of the node's concurrency"));
        // A worker is handed a job only when it has a free worker: nothing ever waits there.
        if ((node.queueLimit > 0 || node.waiting > 0) && node.type != NodeType::Worker)
            setRow(QStringLiteral("queue"), tr("Queue"),
                   tr("%L1 waiting (room for %L2)").arg(node.waiting).arg(node.queueLimit));
    }
    if (node.type != NodeType::Dns) {  // a lookup is no request: nothing to count
        setRow(QStringLiteral("served"), tr("Served"), QStringLiteral("%L1").arg(node.served));
        setRow(QStringLiteral("errors"), tr("Errors"),
               tr("%L1 failed, %L2 dropped (queue full)").arg(node.errors).arg(node.dropped));
    }

    switch (node.type) {
    case NodeType::Database:
        setDatabaseRows(*simulation, index);
        break;
    case NodeType::Cache:
        setCacheRows(*simulation, index);
        break;
    case NodeType::CdnEdge:
        setCdnRows(*simulation, index);
        break;
    case NodeType::MessageQueue:
        setQueueRows(*simulation, index);
        break;
    case NodeType::Clients: {
        // The rate in force: a flash crowd's `set` changes the file's.
        const NodeState card = NodeState::read(*simulation, index);
        if (!card.traceReplay)
            setRow(QStringLiteral("rate"), tr("Rate"), tr("%L1 req/s").arg(card.rateRps),
                   tr("Requests per second sent now, after any change during the run"));
        break;
    }
    case NodeType::LoadBalancer: {
        const NodeState card = NodeState::read(*simulation, index);
        if (card.scaledMax > 0) {
            double billed = 0;
            for (const AutoscaleGroup &group : simulation->autoscaling().groups())
                billed += group.lb == index ? group.counters.serverSeconds : 0.0;
            setRow(QStringLiteral("servers"), tr("Servers"),
                   tr("%L1 of %L2 running, %L3 booting; %L4 server-seconds so far")
                       .arg(card.scaledRunning).arg(card.scaledMax).arg(card.scaledBooting).arg(billed, 0, 'f', 0),
                   tr("Servers the autoscaling runs now (booting and draining ones cost too), and what a cloud bills"));
        }
        break;
    }
    case NodeType::WebServer:
        if (simulation->sessions().openConnections(index) > 0)
            setRow(QStringLiteral("connections"), tr("Connections"), QStringLiteral("%L1").arg(simulation->sessions().openConnections(index)));
        break;
    default:
        break;
    }
    setDatacenterRows(*simulation, index);
}

void InspectorFacts::setDatacenterRows(const Simulation &simulation, int index)
{
    const NodeState card = NodeState::read(simulation, index);
    const Datacenters &datacenters = simulation.datacenters();
    if (const int dc = datacenters.datacenterOf(index); dc >= 0)
        setRow(QStringLiteral("datacenter"), tr("Data centre"),
               simulation.datacenterServing(dc) ? tr("%1, serving").arg(card.datacenter) : tr("%1, DOWN: none of its entries can serve").arg(card.datacenter),
               tr("Whether a load balancer or web server of the data centre that clients are linked to can answer now"));
    if (!card.dnsAnswer.isEmpty())
        setRow(QStringLiteral("dns_answer"), tr("DNS answer"),
               card.dnsMovedPercent < 0 ? card.dnsAnswer
                                        : tr("%1; %2 % of the users have it, the others still go to %3").arg(card.dnsAnswer).arg(card.dnsMovedPercent).arg(card.dnsFrom),
               tr("Where the dns sends these clients now. Each user keeps the answer it got for the dns's TTL"));
    if (card.type == NodeType::Dns) {
        setRow(QStringLiteral("answers"), tr("Answers"), card.dnsAnswers.isEmpty() ? tr("no clients look up here") : card.dnsAnswers.join(QLatin1Char('\n')),
               tr("The data centre the dns sends each clients node to now: the nearest one its checks see up"));
        setRow(QStringLiteral("seen_down"), tr("Seen down"), card.datacentersSeenDown.isEmpty() ? tr("none") : card.datacentersSeenDown.join(QStringLiteral(", ")),
               tr("Data centres the dns's health checks see down: it sends no new answers there"));
    }
}

void InspectorFacts::setDatabaseRows(const Simulation &simulation, int index)
{
    // A failover changes the role the file gave: say so, it is the lesson.
    const DatabaseRuntime &db = simulation.database(index);
    QString role = roleText(db.role);
    const QString fileRole = simulation.topology().nodes[index].role;
    if (db.role == DatabaseRole::Primary && fileRole == QLatin1String("replica"))
        role = tr("primary, promoted by the failover (was a replica)");
    else if (db.role == DatabaseRole::Replica && fileRole == QLatin1String("primary"))
        role = tr("replica, demoted by the failover (was the primary)");
    setRow(QStringLiteral("role"), tr("Role now"), role);
    const int primary = simulation.primaryDatabase();
    setRow(QStringLiteral("keys"), tr("Keys held"), QStringLiteral("%L1").arg(db.ledger.keyCount()));
    if (simulation.replicationEnabled() && primary >= 0) {
        const Ledger &source = simulation.database(primary).ledger;
        setRow(QStringLiteral("binlog"), tr("Binlog position"),
               tr("#%1 (newest write on %2)").arg(source.lastApplied()).arg(QString::fromStdString(simulation.nodeName(primary))),
               tr("The id of the newest write the primary committed"));
        setRow(QStringLiteral("applied"), tr("Applied"),
               tr("#%1 (%L2 writes applied here)").arg(db.ledger.lastApplied()).arg(db.ledger.appliedCount()),
               tr("The newest write this node has applied"));
        if (index != primary) {
            const double lag = simulation.replicaLagMs(index);
            setRow(QStringLiteral("lag"), tr("Lag"),
                   tr("%L1 ms, %L2 writes behind").arg(lag, 0, 'f', 0).arg(simulation.writesBehind(index)),
                   tr("Age of the oldest write the primary has and this replica lacks"));
        }
    }
}

void InspectorFacts::setCacheRows(const Simulation &simulation, int index)
{
    const CacheTier &tier = simulation.cacheTier();
    setRow(QStringLiteral("hit_ratio"), tr("Hit ratio"), percent(tier.hits(index), tier.hits(index) + tier.misses(index)));
    if (const CacheStore *store = tier.store(index))
        setRow(QStringLiteral("items"), tr("Items"),
               tr("%L1 of %L2").arg(store->size()).arg(store->capacity()));
    else
        setRow(QStringLiteral("items"), tr("Items"), tr("holds sessions, caches nothing"));
    setRow(QStringLiteral("evictions"), tr("Evictions"),
           tr("%L1 (all caches)").arg(simulation.caches().evictions));
}

void InspectorFacts::setCdnRows(const Simulation &simulation, int index)
{
    const CdnEdgeRuntime &edge = simulation.cdnEdge(index);
    setRow(QStringLiteral("hit_ratio"), tr("Hit ratio"), percent(edge.hits, edge.hits + edge.misses));
    setRow(QStringLiteral("bytes"), tr("Stored"),
           tr("%1 of %2 (%L3 objects)").arg(bytesText(edge.store->bytes()), bytesText(edge.store->capacity()))
               .arg(edge.store->size()));
    setRow(QStringLiteral("sent"), tr("Sent to users"), tr("%1 (all edges)").arg(bytesText(simulation.cdn().bytesToUsers)));
}

void InspectorFacts::setQueueRows(const Simulation &simulation, int index)
{
    if (!simulation.queueing().isQueue(index))
        return;
    const MessageQueueRuntime &queue = simulation.queueing().queue(index);
    setRow(QStringLiteral("jobs"), tr("Jobs held"),
           tr("%L1 of %L2 (%L3 waiting for a worker)").arg(queue.held).arg(queue.capacity).arg(queue.visible.size()),
           tr("Jobs on the queue: waiting, or handed to a worker and not yet deleted"));
    setRow(QStringLiteral("consumer_lag"), tr("Consumer lag"),
           tr("%L1 ms").arg(simulation.queueing().oldestWaitMs(index, simulation.now()), 0, 'f', 0),
           tr("How long the next job out has waited on the queue"));
    const QueueCounters &c = queue.counters;
    setRow(QStringLiteral("processed"), tr("Jobs done"),
           tr("%L1 of %L2 taken; %L3 refused").arg(c.processed).arg(c.enqueued).arg(c.rejected),
           tr("Refused: the queue was full or down when a web server handed the job over"));
    setRow(QStringLiteral("redelivered"), tr("Handed out again"),
           tr("%L1 times; %L2 jobs done twice or more").arg(c.redelivered).arg(c.duplicates),
           tr("A job whose worker did not delete it within the visibility timeout is handed out again"));
}

} // namespace scalelab
