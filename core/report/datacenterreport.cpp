// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/datacenterreport.h"

#include "sim/simulation.h"

#include <QJsonObject>

namespace scalelab {

QJsonArray datacentersJson(const Simulation &sim)
{
    const Datacenters &dcs = sim.datacenters();
    QJsonArray list;
    for (int dc = 0; dc < dcs.count(); ++dc) {
        const DatacenterCounters &c = dcs.counters(dc);
        list.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(dcs.name(dc))},
                                {QStringLiteral("requests"), static_cast<qint64>(c.requests)},
                                {QStringLiteral("stale_dns"), static_cast<qint64>(c.staleDns)},
                                {QStringLiteral("state"), sim.datacenterServing(dc) ? QStringLiteral("up") : QStringLiteral("down")}});
    }
    return list;
}

QString datacentersText(const Simulation &sim)
{
    const Datacenters &dcs = sim.datacenters();
    QString out;
    for (int dc = 0; dc < dcs.count(); ++dc) {
        const DatacenterCounters &c = dcs.counters(dc);
        out += QStringLiteral("%1%2 %3, %4 requests, %5 of them sent by a DNS answer already withdrawn\n")
                   .arg(dc == 0 ? QStringLiteral("datacenter ") : QStringLiteral("           "))
                   .arg(QString::fromStdString(dcs.name(dc)), -10)
                   .arg(sim.datacenterServing(dc) ? QStringLiteral("up  ") : QStringLiteral("down"))
                   .arg(c.requests).arg(c.staleDns);
    }
    if (dcs.answerChanges() > 0)
        out += QStringLiteral("           the dns sent clients to another data centre %1 time(s)\n").arg(dcs.answerChanges());
    return out;
}

} // namespace scalelab
