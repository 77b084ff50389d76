// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartmarkers.h"

#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

ChartMarkers::ChartMarkers(SimulationController *controller)
    : QObject(controller), m_controller(controller)
{
    controller->addHistoryObserver(this);
    connect(controller, &SimulationController::simulationAboutToBeReplaced, this, [this] {
        m_markers.clear();
        m_labelled = 0;
    });
    connect(controller, &SimulationController::historyDiscarded, this, [this](SimTime after) {
        while (!m_markers.isEmpty() && m_markers.constLast().atS > after.s())
            m_markers.removeLast();
        m_labelled = std::min(m_labelled, static_cast<int>(m_markers.size()));
    });
}

QList<ChartMarker> ChartMarkers::markers()
{
    if (const Simulation *sim = m_controller->simulation()) {
        for (; m_labelled < m_markers.size(); ++m_labelled)
            m_markers[m_labelled].label = labelOf(m_markers[m_labelled], *sim);
    }
    // After a jump back the markers of what comes later are kept, not shown.
    const double now = m_controller->now().s();
    const auto shown = std::partition_point(m_markers.cbegin(), m_markers.cend(), [now](const ChartMarker &m) { return m.atS <= now; });
    const QList<ChartMarker> list = shown == m_markers.cend() ? m_markers : m_markers.first(shown - m_markers.cbegin());
    const Simulation *sim = m_controller->simulation();
    return sim && sim->datacenters().active() ? mergedByDatacenter(list, *sim) : list;
}

QList<ChartMarker> ChartMarkers::mergedByDatacenter(const QList<ChartMarker> &markers, const Simulation &sim)
{
    // Taking a data centre down kills each of its machines at one instant: one line for all.
    const Datacenters &datacenters = sim.datacenters();
    QList<ChartMarker> merged;
    for (const ChartMarker &marker : markers) {
        const bool whole = marker.kind == EngineEventKind::Kill || marker.kind == EngineEventKind::Revive;
        const int dc = whole ? datacenters.datacenterOf(marker.node) : -1;
        ChartMarker *same = nullptr;
        for (auto it = merged.rbegin(); dc >= 0 && !same && it != merged.rend() && it->atS == marker.atS; ++it)
            if (it->kind == marker.kind && datacenters.datacenterOf(it->node) == dc)
                same = &*it;
        if (!same) {
            merged << marker;
            continue;
        }
        ++same->count;
        const QString name = QString::fromStdString(datacenters.name(dc));
        same->label = marker.kind == EngineEventKind::Kill ? tr("kill %1").arg(name) : tr("revive %1").arg(name);
    }
    return merged;
}

QString ChartMarkers::alertName(const QString &detail)
{
    const std::string text = detail.toStdString();
    const std::string_view name = EngineEvent::detailText(text, "alert");
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString ChartMarkers::detailField(const QString &detail, const char *name)
{
    const std::string text = detail.toStdString();
    const std::string_view value = EngineEvent::detailText(text, name);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

bool ChartMarkers::marks(const EngineEvent &event)
{
    switch (event.kind) {
    case EngineEventKind::Kill:
    case EngineEventKind::Revive:
    case EngineEventKind::Promote:
    case EngineEventKind::HealthDown:
    case EngineEventKind::HealthUp:
    case EngineEventKind::Failover:
    case EngineEventKind::Partition:
    case EngineEventKind::Heal:
    case EngineEventKind::Drain:
    case EngineEventKind::AlertFiring:
    case EngineEventKind::AlertResolved:
    case EngineEventKind::QueueFull:   // once per filling: the engine waits for room before saying it again
    case EngineEventKind::ScaleOut:
    case EngineEventKind::ScaleIn:
    case EngineEventKind::ReshardStart:
    case EngineEventKind::ReshardDone:
    case EngineEventKind::ResizeStart:
    case EngineEventKind::ResizeDone:
    case EngineEventKind::DatacenterDown:
    case EngineEventKind::DatacenterUp:
    case EngineEventKind::DnsAnswer:
        return true;
    case EngineEventKind::Invalidate:
        // A cache's per-key invalidations are every write; only a CDN purge (a path) is an event.
        return !event.text("path").empty();
    default:
        return false;
    }
}

void ChartMarkers::engineEvent(const EngineEvent &event)
{
    if (!marks(event))
        return;
    // A purge's marker names its path; the edge's object count differs from edge to edge.
    const std::string_view named = event.kind == EngineEventKind::Invalidate ? event.text("path") : std::string_view(event.detail);
    ChartMarker marker{event.at.s(), event.kind, {}, event.node, QString::fromUtf8(named.data(), static_cast<qsizetype>(named.size()))};
    if (marker.kind == EngineEventKind::ScaleOut || marker.kind == EngineEventKind::ScaleIn) {
        // One line per balancer and second, counting its copies: seven launches are one step.
        marker.node = event.other;
        marker.detail.clear();
        for (auto it = m_markers.rbegin(); it != m_markers.rend() && std::floor(it->atS) == std::floor(marker.atS); ++it) {
            if (it->kind == marker.kind && it->node == marker.node) {
                ++it->count;
                m_labelled = std::min(m_labelled, static_cast<int>(std::distance(it, m_markers.rend())) - 1);
                return;
            }
        }
        m_markers.append(marker);
        return;
    }
    // One purge reaches every edge, a dead server fails every balancer's checks: one line each.
    const bool perEdge = marker.kind == EngineEventKind::Invalidate;
    const bool perBalancer = marker.kind == EngineEventKind::HealthDown || marker.kind == EngineEventKind::HealthUp;
    for (auto it = m_markers.crbegin(); it != m_markers.crend() && std::abs(it->atS - marker.atS) < 1e-3; ++it) {
        if (it->kind != marker.kind)
            continue;
        if ((perEdge && it->detail == marker.detail)
            || (!perEdge && it->node == marker.node && (perBalancer || it->detail == marker.detail)))
            return;
    }
    m_markers.append(marker);
}

QString ChartMarkers::labelOf(const ChartMarker &event, const Simulation &sim) const
{
    const QString node = event.node >= 0 && event.node < sim.nodeCount() ? QString::fromStdString(sim.nodeName(event.node)) : QString();
    const QString &detail = event.detail;
    switch (event.kind) {
    case EngineEventKind::Kill:
        return tr("kill %1").arg(node);
    case EngineEventKind::Revive:
        return tr("revive %1").arg(node);
    case EngineEventKind::Promote:
        return tr("%1 promoted").arg(node);
    case EngineEventKind::HealthDown:
        return tr("%1 down").arg(node);
    case EngineEventKind::HealthUp:
        return tr("%1 up").arg(node);
    case EngineEventKind::Failover:
        return tr("failover to %1").arg(node);
    case EngineEventKind::Drain:
        return tr("drain %1").arg(node);
    case EngineEventKind::Partition:
        return tr("cut %1").arg(QString(detail).replace(QStringLiteral("<->"), QStringLiteral("\u2194")));
    case EngineEventKind::Heal:
        return tr("heal %1").arg(QString(detail).replace(QStringLiteral("<->"), QStringLiteral("\u2194")));
    case EngineEventKind::Invalidate:
        return tr("purge %1").arg(detail);
    case EngineEventKind::AlertFiring:
        return tr("alert %1").arg(alertName(detail));
    case EngineEventKind::AlertResolved:
        return tr("%1 resolved").arg(alertName(detail));
    case EngineEventKind::QueueFull:
        return tr("%1 full").arg(node);
    case EngineEventKind::ScaleOut:
        return tr("scale out +%1").arg(event.count);
    case EngineEventKind::ScaleIn:
        return tr("scale in -%1").arg(event.count);
    case EngineEventKind::ReshardStart:
        return tr("reshard \u2192 %1 shards").arg(detailField(detail, "shards"));
    case EngineEventKind::ReshardDone:
        return tr("reshard done");
    case EngineEventKind::ResizeStart:
        return tr("resize %1 \u2192 %2").arg(node, QString::fromStdString(std::string(EngineEvent::detailText(detail.toStdString(), "to"))));
    case EngineEventKind::ResizeDone:
        return tr("%1 back as %2").arg(node, QString::fromStdString(std::string(EngineEvent::detailText(detail.toStdString(), "size"))));
    case EngineEventKind::DatacenterDown:
        return tr("dns: %1 down").arg(detailField(detail, "datacenter"));
    case EngineEventKind::DatacenterUp:
        return tr("dns: %1 up").arg(detailField(detail, "datacenter"));
    case EngineEventKind::DnsAnswer:
        return tr("%1 \u2192 %2").arg(node, detailField(detail, "to"));
    default:
        return QString::fromUtf8(engineEventName(event.kind).data(), static_cast<qsizetype>(engineEventName(event.kind).size()));
    }
}

} // namespace scalelab
