// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/comparison.h"

#include "io/topologywriter.h"
#include "report/report.h"
#include "model/topology.h"
#include "sim/simulation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>

namespace scalelab {

namespace {

std::optional<ComparedRun> runOne(const Topology &topology, std::uint64_t seed, SimTime duration, QString *error)
{
    auto sim = Simulation::create(topology, seed, error);
    if (!sim)
        return std::nullopt;
    QElapsedTimer wall;
    wall.start();
    sim->runToCompletion(duration);
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    return ComparedRun{Report::toJson(*sim, wallSeconds), Report::toText(*sim, wallSeconds)};
}

// Each clients node as written to a file, by id, with its trace resolved: the same relative
// trace name beside two different files is two different traces.
QMap<QString, QJsonObject> clientsById(const Topology &topology)
{
    QMap<QString, QJsonObject> clients;
    for (const QJsonValue &v : TopologyWriter::toJson(topology).value(QStringLiteral("nodes")).toArray()) {
        QJsonObject node = v.toObject();
        if (node.value(QStringLiteral("type")).toString() != nodeTypeName(NodeType::Clients))
            continue;
        if (node.contains(QStringLiteral("trace")))
            node.insert(QStringLiteral("trace"), QDir::cleanPath(QDir(topology.baseDirectory)
                                                                     .absoluteFilePath(node.value(QStringLiteral("trace")).toString())));
        clients.insert(node.value(QStringLiteral("id")).toString(), node);
    }
    return clients;
}

} // namespace

std::optional<Comparison> Comparison::run(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration,
                                          QString *error, ReportDifference::Side *failedSide)
{
    Comparison comparison;
    comparison.seed = seed;
    auto runA = runOne(a, seed, duration, error);
    if (!runA) {
        if (failedSide)
            *failedSide = ReportDifference::Side::A;
        return std::nullopt;
    }
    auto runB = runOne(b, seed, duration, error);
    if (!runB) {
        if (failedSide)
            *failedSide = ReportDifference::Side::B;
        return std::nullopt;
    }
    comparison.a = std::move(*runA);
    comparison.b = std::move(*runB);
    comparison.differences = compareReports(comparison.a.report, comparison.b.report);
    comparison.workloadNotes = workloadDifferences(a, b);
    return comparison;
}

QStringList Comparison::workloadDifferences(const Topology &a, const Topology &b)
{
    QStringList notes;
    const QMap<QString, QJsonObject> clientsA = clientsById(a), clientsB = clientsById(b);
    for (auto it = clientsA.cbegin(); it != clientsA.cend(); ++it) {
        if (!clientsB.contains(it.key())) {
            notes << QStringLiteral("clients %1 only in A").arg(it.key());
            continue;
        }
        const QJsonObject &other = clientsB[it.key()];
        QStringList keys = it.value().keys();
        for (const QString &k : other.keys()) {
            if (!it.value().contains(k))
                keys << k;
        }
        keys.sort();
        QStringList differing;
        for (const QString &k : keys) {
            if (it.value().value(k) != other.value(k))
                differing << k;
        }
        if (!differing.isEmpty())
            notes << QStringLiteral("clients %1: %2 differ%3").arg(it.key(), differing.join(QStringLiteral(", ")),
                                                                 differing.size() == 1 ? QStringLiteral("s") : QString());
    }
    for (auto it = clientsB.cbegin(); it != clientsB.cend(); ++it) {
        if (!clientsA.contains(it.key()))
            notes << QStringLiteral("clients %1 only in B").arg(it.key());
    }
    return notes;
}

} // namespace scalelab
