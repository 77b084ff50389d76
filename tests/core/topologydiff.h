// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Field-by-field comparison of two topologies, listing every difference in words so that a
// failing round trip says which field it lost.

#include "model/topology.h"

#include <QJsonDocument>
#include <QStringList>

namespace scalelab::testing {

inline QStringList topologyDifferences(const Topology &a, const Topology &b)
{
    QStringList d;
    auto check = [&d](const QString &what, const auto &x, const auto &y) {
        if (!(x == y))
            d << what;
    };
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    check(QStringLiteral("name"), a.name, b.name);
    check(QStringLiteral("seed"), a.seed, b.seed);
    check(QStringLiteral("extra"), json(a.extra), json(b.extra));
    check(QStringLiteral("nodes.size"), a.nodes.size(), b.nodes.size());
    for (int i = 0; i < std::min(a.nodes.size(), b.nodes.size()); ++i) {
        const NodeSpec &x = a.nodes[i];
        const NodeSpec &y = b.nodes[i];
        const QString p = QStringLiteral("nodes[%1].").arg(i);
        check(p + QStringLiteral("id"), x.id, y.id);
        check(p + QStringLiteral("type"), x.type, y.type);
        check(p + QStringLiteral("region"), x.region, y.region);
        check(p + QStringLiteral("rate_rps"), x.rateRps, y.rateRps);
        check(p + QStringLiteral("users"), x.users, y.users);
        check(p + QStringLiteral("mix.read"), x.mix.read, y.mix.read);
        check(p + QStringLiteral("mix.write"), x.mix.write, y.mix.write);
        check(p + QStringLiteral("mix.static"), x.mix.staticShare, y.mix.staticShare);
        check(p + QStringLiteral("keys"), x.keys, y.keys);
        check(p + QStringLiteral("zipf_s"), x.zipfS, y.zipfS);
        check(p + QStringLiteral("write_zipf_s"), x.writeZipfS, y.writeZipfS);
        check(p + QStringLiteral("reread_own_writes"), x.rereadOwnWrites, y.rereadOwnWrites);
        check(p + QStringLiteral("reread_after_ms"), x.rereadAfterMs, y.rereadAfterMs);
        check(p + QStringLiteral("trace"), x.trace, y.trace);
        check(p + QStringLiteral("timeout_ms"), x.timeoutMs, y.timeoutMs);
        check(p + QStringLiteral("algorithm"), x.algorithm, y.algorithm);
        check(p + QStringLiteral("health_check"), x.hasHealthCheck, y.hasHealthCheck);
        check(p + QStringLiteral("health_check.interval_ms"), x.healthCheck.intervalMs, y.healthCheck.intervalMs);
        check(p + QStringLiteral("health_check.rise"), x.healthCheck.rise, y.healthCheck.rise);
        check(p + QStringLiteral("health_check.fall"), x.healthCheck.fall, y.healthCheck.fall);
        check(p + QStringLiteral("weight"), x.weight, y.weight);
        check(p + QStringLiteral("concurrency"), x.concurrency, y.concurrency);
        check(p + QStringLiteral("service_ms"), x.serviceMs, y.serviceMs);
        check(p + QStringLiteral("queue"), x.queue, y.queue);
        check(p + QStringLiteral("sessions"), x.sessions, y.sessions);
        check(p + QStringLiteral("role"), x.role, y.role);
        check(p + QStringLiteral("capacity"), x.capacity, y.capacity);
        check(p + QStringLiteral("ttl_s"), x.ttlS, y.ttlS);
        check(p + QStringLiteral("eviction"), x.eviction, y.eviction);
        check(p + QStringLiteral("write_policy"), x.writePolicy, y.writePolicy);
        check(p + QStringLiteral("extra"), json(x.extra), json(y.extra));
    }
    check(QStringLiteral("links.size"), a.links.size(), b.links.size());
    for (int i = 0; i < std::min(a.links.size(), b.links.size()); ++i) {
        const QString p = QStringLiteral("links[%1].").arg(i);
        check(p + QStringLiteral("from"), a.links[i].from, b.links[i].from);
        check(p + QStringLiteral("to"), a.links[i].to, b.links[i].to);
        check(p + QStringLiteral("latency_ms"), a.links[i].latencyMs, b.links[i].latencyMs);
        check(p + QStringLiteral("extra"), json(a.links[i].extra), json(b.links[i].extra));
    }
    check(QStringLiteral("replication"), a.hasReplication, b.hasReplication);
    check(QStringLiteral("replication.mode"), a.replication.mode, b.replication.mode);
    check(QStringLiteral("replication.ship_delay_ms"), a.replication.shipDelayMs, b.replication.shipDelayMs);
    check(QStringLiteral("replication.recover_from_binlog"), a.replication.recoverFromBinlog, b.replication.recoverFromBinlog);
    check(QStringLiteral("replication.conflict_resolution"), a.replication.conflictResolution, b.replication.conflictResolution);
    check(QStringLiteral("replication.apply_delay_ms"), a.replication.applyDelayMs, b.replication.applyDelayMs);
    check(QStringLiteral("replication.extra"), json(a.replication.extra), json(b.replication.extra));
    check(QStringLiteral("events.size"), a.events.size(), b.events.size());
    for (int i = 0; i < std::min(a.events.size(), b.events.size()); ++i) {
        const QString p = QStringLiteral("events[%1].").arg(i);
        check(p + QStringLiteral("at_s"), a.events[i].atS, b.events[i].atS);
        check(p + QStringLiteral("action"), a.events[i].action, b.events[i].action);
        check(p + QStringLiteral("node"), a.events[i].node, b.events[i].node);
        check(p + QStringLiteral("from"), a.events[i].from, b.events[i].from);
        check(p + QStringLiteral("to"), a.events[i].to, b.events[i].to);
        check(p + QStringLiteral("extra"), json(a.events[i].extra), json(b.events[i].extra));
    }
    check(QStringLiteral("layout"), a.layout, b.layout);
    return d;
}

} // namespace scalelab::testing
