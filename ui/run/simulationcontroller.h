// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "run/engineeventlog.h"
#include "model/topology.h"
#include "run/timelineobservers.h"
#include "sim/snapshottimeline.h"

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
///
/// The run is the topology (with its scenario events) plus the live actions the user applied
/// while it ran (a kill from the canvas, a weight changed in the inspector). The engine is
/// deterministic and copyable: as the run reaches new ground the controller keeps copies of it
/// (a SnapshotTimeline), and the timeline goes back by copying the nearest earlier one and
/// running on from it, quietly, to the moment asked for.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 1000.0;
    static constexpr int kFrameIntervalMs = 33;

    explicit SimulationController(QObject *parent = nullptr);
    ~SimulationController() override;

    /// Starts a fresh, paused run of `topology`. On failure the current run is kept and
    /// `error` says why.
    bool setTopology(const Topology &topology, QString *error = nullptr);
    /// Replaces the topology of the current run and replays it, with the live actions that
    /// still name existing nodes, to the moment the run was at: an edit the engine cannot
    /// apply live (a new node, a new eviction policy) takes effect without losing the place.
    /// With `runUntil` earlier than now, the replay stops there (the live actions after it
    /// are applied as the run goes on): a caller with a long run to replay goes on with
    /// runTo() in slices.
    bool replaceTopologyKeepingTime(const Topology &topology, QString *error = nullptr,
                                    SimTime runUntil = SimTime::max());
    /// Drops the run: the views show nothing ran (a new, empty document; a file that cannot run).
    void clear();
    const Topology &topology() const { return m_topology; }
    /// Null until a topology was set.
    const Simulation *simulation() const { return m_simulation.get(); }
    SimTime now() const;
    /// The latest simulated time this run has reached (the end of the timeline).
    SimTime furthest() const { return m_furthest; }

    bool isRunning() const;
    double speed() const { return m_speed; }
    /// Simulated seconds per wall second over the last frames: below speed() when the
    /// engine cannot keep up.
    double achievedSpeed() const { return m_achievedSpeed; }

    /// Applies a runtime action (kill, revive, drain, set...) now and keeps it for replays.
    /// Returns the engine's error; a refused action is not kept.
    QString applyAction(const ScenarioEvent &action);
    /// When an action applied now takes effect: 1 µs ahead, where a scenario event would.
    SimTime nextActionTime() const;
    /// Applies `event`, just added to the document's scenario for nextActionTime(), live, and
    /// makes it part of this run's scenario (a replay repeats it from the scenario).
    QString applyScenarioAction(const ScenarioEvent &event);
    /// The actions applied live so far, stamped with their time (event.atS), oldest first.
    QList<ScenarioEvent> liveActions() const;

    /// The run as another ScaleLab repeats it exactly (a class following the teacher): the
    /// topology the engine started from and every action applied while it ran (live ones,
    /// and scenario events added while it ran), each stamped with its moment, oldest first.
    struct RunRecord
    {
        Topology topology;
        QList<ScenarioEvent> actions;
    };
    RunRecord runRecord() const;
    /// Makes another run's recorded actions part of this run, which must be the same
    /// topology's and not yet past the first of them (just set): they happen as it plays on,
    /// exactly where they happened there. False, changing nothing, when it is past one.
    bool addRecordedActions(const QList<ScenarioEvent> &actions);
    /// State changes since the last call.
    std::vector<EngineEvent> takeEngineEvents() { return m_eventLog.take(); }

    /// Observers that keep the run's past (event log, markers, causes): told each moment of
    /// the run once, however often the timeline goes over it (they show what they kept up to
    /// now()); told again from time zero by a new run (simulationAboutToBeReplaced). Kept
    /// across loads. They must be cheap and must not call back into the simulation.
    void addHistoryObserver(SimulationObserver *observer);
    /// Observers of what the run does now (moving dots): told whatever the engine plays,
    /// nothing of the ground skipped by a jump (timeJumped).
    void addLiveObserver(SimulationObserver *observer);
    /// The engine copies kept for the timeline.
    const SnapshotTimeline &snapshots() const { return m_snapshots; }
    /// How much the timeline may keep (the default suits a classroom laptop); forgets the
    /// snapshots beyond it at once.
    void setSnapshotBudget(const SnapshotTimeline::Budget &budget) { m_snapshots.setBudget(budget); }

public slots:
    void run();
    void pause();
    void toggleRunning();
    /// Pauses, then advances by `by` of simulated time.
    void step(scalelab::SimTime by = SimTime::fromMs(100));
    /// Pauses, then processes exactly one engine event.
    void stepOneEvent();
    /// Runs (paused, as fast as possible) to `until`; used by --screenshot and tests.
    void runTo(scalelab::SimTime until);
    /// Moves the run to `at`: from the nearest snapshot before it (or from where the run is,
    /// when that is nearer), running quietly over ground already seen.
    void seek(scalelab::SimTime at);
    /// Restarts the same topology from time zero, paused, forgetting the live actions.
    void reset();
    void setSpeed(double speed);

signals:
    /// A new engine is about to run from time zero (load, reset, replay): observers that
    /// keep history should forget the old run's now, since the replay repeats it to them.
    void simulationAboutToBeReplaced();
    /// Simulated time moved or the engine's state changed: views should pull and redraw.
    void advanced();
    /// A new run replaced the old one (load, reset, an edit replayed, or a snapshot restored
    /// for the timeline): views should start over from what the engine has now.
    void simulationReplaced();
    /// The run moved to another moment without playing the time between (a seek): what is
    /// in flight starts over. History observers keep their past and show it up to now().
    void timeJumped();
    /// What the run did after `after` no longer happened (a live action in the past of a
    /// rewound run): history observers drop what they kept after it.
    void historyDiscarded(scalelab::SimTime after);
    void runningChanged(bool running);
    /// An action was applied while the run plays (applyAction, applyScenarioAction).
    void actionApplied();

private:
    void advanceFrame();
    /// Advances towards `target` in short slices, stopping once `budgetMs` of wall time is used.
    void advanceWithin(SimTime target, qint64 budgetMs);
    struct LiveAction
    {
        SimTime at;
        ScenarioEvent event;
    };

    /// A new engine for `topology` that repeats the live actions exactly as they happened
    /// (run to their moment, apply) and then runs to `at`.
    std::unique_ptr<Simulation> replay(const Topology &topology, const std::vector<LiveAction> &live,
                                       SimTime at, QString *error, SimTime runUntil = SimTime::max());
    void adopt(std::unique_ptr<Simulation> simulation);
    /// After the engine moved forward: the end of the timeline, what history observers have
    /// seen, and a snapshot when the run is far enough past the latest one.
    enum class SnapshotPace { Throttled, Always };
    /// `Throttled`: while playing, not more often than a few times a wall second.
    void noteProgress(SnapshotPace pace = SnapshotPace::Throttled);
    /// Runs the current engine to `until`, applying on the way the actions of the run it has
    /// not had yet (an engine restored from a snapshot taken before them).
    void runEngineTo(SimTime until);
    /// runEngineTo() a snapshot spacing at a time, noting progress after each (runTo, seek).
    void runOnInStretches(SimTime until);
    /// The earliest such action due by `until`, or nullptr.
    const LiveAction *nextPendingAction(SimTime until) const;
    /// Runs the engine to `until` telling nobody but the history observers (a new run's replay).
    void runQuietly(Simulation &simulation, SimTime until);
    /// Before an action at `at` changes the run: when the run had gone further, that future
    /// did not happen.
    void discardFutureFrom(SimTime at);

    Topology m_topology;
    std::vector<LiveAction> m_liveActions;
    std::vector<LiveAction> m_scenarioActions;   ///< added to the scenario while running (canvas actions)
    std::unique_ptr<Simulation> m_simulation;
    SnapshotTimeline m_snapshots;
    EngineEventLog m_eventLog;
    TimelineObservers m_observers;
    QTimer *m_frameTimer = nullptr;
    QElapsedTimer m_wallClock;
    QElapsedTimer m_sinceSnapshot;   ///< wall time since the latest snapshot was taken
    SimTime m_furthest;
    double m_speed = 1.0;
    double m_achievedSpeed = 0.0;
};

} // namespace scalelab
