// SPDX-License-Identifier: GPL-3.0-or-later
// The checks only a whole topology with data centres allows: clients that look their front
// door up at a dns need an entry in a data centre to be sent to; kill / revive of a whole
// data centre must name one that exists.
#include "model/topologyvalidator.h"

#include "model/diagnostic.h"
#include "model/topology.h"

#include <QHash>
#include <QSet>

namespace scalelab {

namespace {
QString nodePath(int i) { return QStringLiteral("nodes[%1]").arg(i); }

bool isEntry(NodeType type) { return type == NodeType::LoadBalancer || type == NodeType::WebServer; }
} // namespace

void TopologyValidator::checkDatacenters()
{
    for (int i = 0; i < m_topology.nodes.size(); ++i) {
        const NodeSpec &clients = m_topology.nodes[i];
        if (clients.type != NodeType::Clients)
            continue;
        QStringList dnsNodes;
        QList<const NodeSpec *> entries;
        for (const LinkSpec &link : m_topology.links) {
            const NodeSpec *to = link.from == clients.id ? m_topology.node(link.to) : nullptr;
            if (to && to->type == NodeType::Dns)
                dnsNodes << to->id;
            else if (to && isEntry(to->type))
                entries << to;
        }
        if (dnsNodes.isEmpty())
            continue;
        if (dnsNodes.size() > 1) {
            m_diagnostics.error(nodePath(i), QStringLiteral("clients \"%1\" are linked to %2 dns nodes (%3); a clients node looks its "
                                                            "front door up at one")
                                                 .arg(clients.id).arg(dnsNodes.size()).arg(dnsNodes.join(QStringLiteral(", "))));
            continue;
        }
        if (entries.isEmpty()) {
            m_diagnostics.error(nodePath(i), QStringLiteral("clients \"%1\" look their front door up at dns \"%2\" but are linked to no "
                                                            "load balancer or web server; link them to each data centre's entry")
                                                 .arg(clients.id, dnsNodes.first()));
            continue;
        }
        QHash<QString, QString> entryOf;  // data centre -> its entry for these clients (the first linked)
        for (const NodeSpec *entry : entries) {
            if (entry->datacenter.isEmpty()) {
                m_diagnostics.error(nodePath(i), QStringLiteral("clients \"%1\" look their front door up at dns \"%2\", so each entry they "
                                                                "are linked to needs a \"datacenter\"; \"%3\" has none")
                                                     .arg(clients.id, dnsNodes.first(), entry->id));
            } else if (entryOf.contains(entry->datacenter)) {
                m_diagnostics.warning(nodePath(i), QStringLiteral("clients \"%1\" are linked to two entries in data centre \"%2\" (\"%3\" and "
                                                                  "\"%4\"); the dns answers with the first, \"%3\"")
                                                       .arg(clients.id, entry->datacenter, entryOf.value(entry->datacenter), entry->id));
            } else {
                entryOf.insert(entry->datacenter, entry->id);
            }
        }
    }
}

void TopologyValidator::checkDatacenterEvent(int i, const ScenarioEvent &event)
{
    const QString at = QStringLiteral("events[%1]").arg(i);
    if (!event.node.isEmpty()) {
        m_diagnostics.error(at, QStringLiteral("%1 takes \"node\" or \"datacenter\", not both").arg(event.action));
        return;
    }
    QSet<QString> known;
    for (const NodeSpec &node : m_topology.nodes)
        if (!node.datacenter.isEmpty())
            known.insert(node.datacenter);
    if (!known.contains(event.datacenter)) {
        QStringList names(known.begin(), known.end());
        names.sort();
        m_diagnostics.error(at + QStringLiteral(".datacenter"),
                            QStringLiteral("no node is in data centre \"%1\"%2").arg(event.datacenter,
                                names.isEmpty() ? QStringLiteral("; give nodes a \"datacenter\" first")
                                                : QStringLiteral("; expected %1").arg(names.join(QStringLiteral(", ")))));
    }
}

} // namespace scalelab
