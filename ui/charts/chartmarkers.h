// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <QList>
#include <QObject>
#include <QString>

namespace scalelab {

class Simulation;
class SimulationController;

/// An event worth a vertical line on the charts.
struct ChartMarker
{
    double atS = 0.0;
    EngineEventKind kind{};
    QString label;   ///< short: "kill db1", "db2 promoted", "purge /img/*"
    int node = -1;
    QString detail;   ///< the event's detail; a purge's path alone
    int count = 1;    ///< scale_out, scale_in: copies launched or retired that second (node: the balancer)
};

/// Collects the engine's events that change the curves (kill, revive, promote, health down
/// and up, failover, CDN invalidation, partition and heal) as the run goes. Owned by the
/// controller, which keeps its observers for its lifetime; a new run repeats the events from
/// time zero, so the list is emptied when a run is about to be replaced. The timeline going
/// back keeps them (the controller tells each moment once).
class ChartMarkers : public QObject, public SimulationObserver
{
    Q_OBJECT

public:
    explicit ChartMarkers(SimulationController *controller);

    /// Markers up to the run's moment, oldest first; simultaneous duplicates (one per
    /// balancer or edge) merged.
    QList<ChartMarker> markers();
    /// Whether `event` gets a marker.
    static bool marks(const EngineEvent &event);

    void engineEvent(const EngineEvent &event) override;

private:
    /// Named once the run that made the event is the controller's (a replay is not yet).
    QString labelOf(const ChartMarker &marker, const Simulation &simulation) const;
    /// The rule's name in an alert event's detail ("alert=HighLatency metric=...").
    static QString alertName(const QString &detail);
    /// One `name=value` field of an event's detail ("shards" of a reshard).
    static QString detailField(const QString &detail, const char *name);
    /// The kills (revivals) of one data centre's machines at one instant as one marker.
    static QList<ChartMarker> mergedByDatacenter(const QList<ChartMarker> &markers, const Simulation &sim);

    SimulationController *m_controller = nullptr;
    QList<ChartMarker> m_markers;
    int m_labelled = 0;   ///< m_markers before this have their label
};

} // namespace scalelab
