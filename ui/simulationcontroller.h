#pragma once

#include "engineeventlog.h"
#include "model/topology.h"
#include "sim/simtime.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace scalelab {

class Simulation;

/// Drives the engine from the GUI thread (Qtenv's "one thread, time slices"): a ~30 Hz
/// timer advances the simulation by the wall time elapsed times the speed, then emits one
/// advanced() for the views to pull from. Never a signal per engine event.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 100.0;
    static constexpr int kFrameIntervalMs = 33;

    explicit SimulationController(QObject *parent = nullptr);
    ~SimulationController() override;

    /// Starts a fresh, paused run of `topology`. On failure the current run is kept and
    /// `error` says why.
    bool setTopology(const Topology &topology, QString *error = nullptr);
    const Topology &topology() const { return m_topology; }
    /// Null until a topology was set.
    const Simulation *simulation() const { return m_simulation.get(); }
    SimTime now() const;

    bool isRunning() const;
    double speed() const { return m_speed; }
    /// Simulated seconds per wall second over the last frames: below speed() when the
    /// engine cannot keep up.
    double achievedSpeed() const { return m_achievedSpeed; }

    /// Applies a runtime action (kill, revive, drain...) now. Returns the engine's error.
    QString applyAction(const ScenarioEvent &action);
    /// State changes since the last call.
    std::vector<EngineEvent> takeEngineEvents() { return m_eventLog.take(); }

public slots:
    void run();
    void pause();
    void toggleRunning();
    /// Pauses, then advances by `by` of simulated time.
    void step(scalelab::SimTime by = SimTime::fromMs(100));
    /// Runs (paused, as fast as possible) to `until`; used by --screenshot and tests.
    void runTo(scalelab::SimTime until);
    /// Restarts the same topology from time zero, paused.
    void reset();
    void setSpeed(double speed);

signals:
    /// Simulated time moved or the engine's state changed: views should pull and redraw.
    void advanced();
    /// A new run replaced the old one (load or reset): views should start over.
    void simulationReplaced();
    void runningChanged(bool running);

private:
    void advanceFrame();
    /// Advances towards `target` in short slices, stopping once `budgetMs` of wall time is used.
    void advanceWithin(SimTime target, qint64 budgetMs);

    Topology m_topology;
    std::unique_ptr<Simulation> m_simulation;
    EngineEventLog m_eventLog;
    QTimer *m_frameTimer = nullptr;
    QElapsedTimer m_wallClock;
    double m_speed = 1.0;
    double m_achievedSpeed = 0.0;
};

} // namespace scalelab
