#include "chartmarkers.h"

#include "sim/simulation.h"
#include "simulationcontroller.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
/// The value of `name=` in an event's detail ("lb=lb1 failed_checks=3").
QString detailValue(const QString &text, const char *name)
{
    const QString prefix = QLatin1String(name) + QLatin1Char('=');
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (part.startsWith(prefix))
            return part.mid(prefix.size());
    return {};
}
} // namespace

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
    return shown == m_markers.cend() ? m_markers : m_markers.first(shown - m_markers.cbegin());
}

bool ChartMarkers::marks(const EngineEvent &event)
{
    static const char *const kinds[] = {"kill", "revive", "promote", "health_down", "health_up",
                                        "failover", "partition", "heal", "drain"};
    for (const char *kind : kinds)
        if (event.kind == kind)
            return true;
    // A cache's per-key invalidations are every write; only a CDN purge (a path) is an event.
    return event.kind == "invalidate" && event.detail.rfind("path=", 0) == 0;
}

void ChartMarkers::engineEvent(const EngineEvent &event)
{
    if (!marks(event))
        return;
    ChartMarker marker{event.at.s(), QString::fromStdString(event.kind), {}, event.node, QString::fromStdString(event.detail)};
    // One purge reaches every edge, a dead server fails every balancer's checks: one line each.
    const bool perEdge = marker.kind == QLatin1String("invalidate");
    const bool perBalancer = marker.kind.startsWith(QLatin1String("health_"));
    for (auto it = m_markers.crbegin(); it != m_markers.crend() && std::abs(it->atS - marker.atS) < 1e-3; ++it) {
        if (it->kind != marker.kind)
            continue;
        if ((perEdge && detailValue(it->detail, "path") == detailValue(marker.detail, "path"))
            || (!perEdge && it->node == marker.node && (perBalancer || it->detail == marker.detail)))
            return;
    }
    m_markers.append(marker);
}

QString ChartMarkers::labelOf(const ChartMarker &event, const Simulation &sim) const
{
    const QString node = event.node >= 0 && event.node < sim.nodeCount() ? QString::fromStdString(sim.nodeName(event.node)) : QString();
    const QString &detail = event.detail;
    if (event.kind == QLatin1String("kill"))
        return tr("kill %1").arg(node);
    if (event.kind == QLatin1String("revive"))
        return tr("revive %1").arg(node);
    if (event.kind == QLatin1String("promote"))
        return tr("%1 promoted").arg(node);
    if (event.kind == QLatin1String("health_down"))
        return tr("%1 down").arg(node);
    if (event.kind == QLatin1String("health_up"))
        return tr("%1 up").arg(node);
    if (event.kind == QLatin1String("failover"))
        return tr("failover to %1").arg(node);
    if (event.kind == QLatin1String("drain"))
        return tr("drain %1").arg(node);
    if (event.kind == QLatin1String("partition"))
        return tr("cut %1").arg(QString(detail).replace(QStringLiteral("<->"), QStringLiteral("\u2194")));
    if (event.kind == QLatin1String("heal"))
        return tr("heal %1").arg(QString(detail).replace(QStringLiteral("<->"), QStringLiteral("\u2194")));
    if (event.kind == QLatin1String("invalidate"))
        return tr("purge %1").arg(detailValue(event.detail, "path"));
    return event.kind;
}

} // namespace scalelab
