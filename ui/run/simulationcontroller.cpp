// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/simulationcontroller.h"

#include "sim/simulation.h"

#include <QTimer>

#include <algorithm>

namespace scalelab {

namespace {
// A live action takes effect one microsecond after the moment the run is at: the moment a
// scenario event with that time would, so recording it in the scenario replays it exactly.
constexpr SimTime kLiveActionDelay = SimTime::fromUs(1);
// After a stall (a modal dialog, a slow frame) do not try to catch up the lost wall time.
constexpr double kMaxFrameWallS = 0.1;
// Engine time per frame is spent in slices so that a frame can stop within its budget.
constexpr SimTime kSlice = SimTime::fromMs(10);
constexpr qint64 kFrameBudgetMs = 24;
// After a jump the live observers are told the last stretch before the moment, so the dots in
// flight then and the links' request rates (a one-second window) are there at once.
constexpr SimTime kLivePreroll = SimTime::fromMs(1250);
// A snapshot costs a copy of the engine: at high speeds not more often than this (wall time).
constexpr qint64 kMinSnapshotWallMs = 250;

bool namesExistingNodes(const ScenarioEvent &event, const Topology &topology)
{
    for (const QString *id : {&event.node, &event.from, &event.to}) {
        if (!id->isEmpty() && topology.indexOf(*id) < 0)
            return false;
    }
    return true;
}
} // namespace

SimulationController::SimulationController(QObject *parent)
    : QObject(parent), m_frameTimer(new QTimer(this))
{
    m_frameTimer->setInterval(kFrameIntervalMs);
    m_frameTimer->setTimerType(Qt::PreciseTimer);
    connect(m_frameTimer, &QTimer::timeout, this, &SimulationController::advanceFrame);
    m_observers.addLive(&m_eventLog);
}

SimulationController::~SimulationController() = default;

void SimulationController::addHistoryObserver(SimulationObserver *observer)
{
    m_observers.addHistory(observer);
}

void SimulationController::addLiveObserver(SimulationObserver *observer)
{
    m_observers.addLive(observer);
}

bool SimulationController::setTopology(const Topology &topology, QString *error)
{
    QString message;
    std::unique_ptr<Simulation> simulation = Simulation::create(topology, &message);
    if (!simulation) {
        if (error)
            *error = message;
        return false;
    }
    pause();
    emit simulationAboutToBeReplaced();
    m_topology = topology;
    m_liveActions.clear();
    m_scenarioActions.clear();
    m_furthest = SimTime{};
    m_observers.setSeenUntil(SimTime{-1});
    m_snapshots.clear();
    adopt(std::move(simulation));
    m_eventLog.take();
    return true;
}

void SimulationController::clear()
{
    if (!m_simulation)
        return;
    pause();
    emit simulationAboutToBeReplaced();
    m_simulation.reset();
    m_topology = Topology();
    m_liveActions.clear();
    m_scenarioActions.clear();
    m_furthest = SimTime{};
    m_observers.setSeenUntil(SimTime{-1});
    m_snapshots.clear();
    m_eventLog.take();
    emit simulationReplaced();
    emit advanced();
}

bool SimulationController::replaceTopologyKeepingTime(const Topology &topology, QString *error, SimTime runUntil)
{
    if (!m_simulation)
        return setTopology(topology, error);
    std::vector<LiveAction> live;
    for (const LiveAction &action : m_liveActions) {
        if (namesExistingNodes(action.event, topology))
            live.push_back(action);
    }
    std::unique_ptr<Simulation> simulation = replay(topology, live, now(), error, runUntil);
    if (!simulation)
        return false;
    m_topology = topology;
    m_liveActions = std::move(live);
    m_scenarioActions.clear();   // the new run has them in its topology
    adopt(std::move(simulation));
    return true;
}

std::unique_ptr<Simulation> SimulationController::replay(const Topology &topology,
                                                         const std::vector<LiveAction> &live,
                                                         SimTime at, QString *error, SimTime runUntil)
{
    QString message;
    std::unique_ptr<Simulation> simulation = Simulation::create(topology, &message);
    if (!simulation) {
        if (error)
            *error = message;
        return nullptr;
    }
    emit simulationAboutToBeReplaced();
    m_snapshots.clear();
    m_snapshots.take(*simulation);   // the run's start: every seek can begin there
    m_observers.setSeenUntil(SimTime{-1});
    simulation->setObserver(&m_observers);
    // Live actions after `runUntil` are applied as the run goes on (runEngineTo).
    const SimTime until = std::min(at, runUntil);
    for (const LiveAction &action : live) {
        if (action.at > until)
            break;
        runQuietly(*simulation, action.at - SimTime::fromUs(1));
        simulation->applyActionAt(action.event, action.at);
    }
    runQuietly(*simulation, until);
    return simulation;
}

const SimulationController::LiveAction *SimulationController::nextPendingAction(SimTime until) const
{
    // An engine restored from a snapshot has not had the actions taken after the snapshot.
    const LiveAction *next = nullptr;
    for (const std::vector<LiveAction> *actions : {&m_liveActions, &m_scenarioActions})
        for (const LiveAction &a : *actions)
            if (a.at > m_simulation->now() && a.at <= until && (!next || a.at < next->at))
                next = &a;
    return next;
}

void SimulationController::runEngineTo(SimTime until)
{
    // The actions the engine has not had happen on the way, exactly as they did (at their
    // microsecond, before its events).
    while (const LiveAction *next = nextPendingAction(until))
        m_simulation->applyActionAt(next->event, next->at);
    m_simulation->runUntil(until);
}

void SimulationController::runOnInStretches(SimTime until)
{
    // A stretch per snapshot spacing, so that a long run forward leaves snapshots behind it.
    while (m_simulation->now() < until) {
        runEngineTo(std::min(until, m_simulation->now() + m_snapshots.budget().spacing));
        noteProgress(SnapshotPace::Always);
    }
}

void SimulationController::runQuietly(Simulation &simulation, SimTime until)
{
    // The live observers need only the last stretch; history observers hear it all, once.
    const SimTime liveFrom = until - kLivePreroll;
    if (simulation.now() < liveFrom) {
        m_observers.setLiveMuted(true);
        while (simulation.now() < liveFrom) {
            simulation.runUntil(std::min(liveFrom, simulation.now() + m_snapshots.budget().spacing));
            m_observers.setSeenUntil(std::max(m_observers.seenUntil(), simulation.now()));
            m_snapshots.offer(simulation);
        }
        m_observers.setLiveMuted(false);
    }
    simulation.runUntil(until);
    m_observers.setSeenUntil(std::max(m_observers.seenUntil(), simulation.now()));
    m_snapshots.offer(simulation);
}

void SimulationController::adopt(std::unique_ptr<Simulation> simulation)
{
    m_simulation = std::move(simulation);
    m_simulation->setObserver(&m_observers);
    m_achievedSpeed = 0.0;
    noteProgress();
    if (m_snapshots.count() == 0)
        m_snapshots.take(*m_simulation);
    emit simulationReplaced();
    emit advanced();
}

void SimulationController::noteProgress(SnapshotPace pace)
{
    const SimTime now = m_simulation->now();
    m_furthest = std::max(m_furthest, now);
    m_observers.setSeenUntil(std::max(m_observers.seenUntil(), now));
    // Only new ground is worth a snapshot (offer() refuses anything short of the spacing past
    // the latest one); at high speeds copying every frame would cost more than it saves.
    if (pace == SnapshotPace::Always || !m_sinceSnapshot.isValid() || m_sinceSnapshot.elapsed() >= kMinSnapshotWallMs) {
        if (m_snapshots.offer(*m_simulation))
            m_sinceSnapshot.start();
    }
}

void SimulationController::discardFutureFrom(SimTime at)
{
    if (at > m_furthest)
        return;
    const SimTime kept = at - SimTime::fromUs(1);
    m_snapshots.discardAfter(kept);
    m_observers.setSeenUntil(std::min(m_observers.seenUntil(), kept));
    emit historyDiscarded(kept);
}

SimTime SimulationController::now() const
{
    return m_simulation ? m_simulation->now() : SimTime{};
}

bool SimulationController::isRunning() const
{
    return m_frameTimer->isActive();
}

QString SimulationController::applyAction(const ScenarioEvent &action)
{
    if (!m_simulation)
        return tr("nothing is open");
    const SimTime at = now() + kLiveActionDelay;
    // Applied in the past of a rewound run, the actions after this moment no longer happen:
    // the timeline ends here now. (A refused action changes nothing, but neither does it
    // leave events: dropping that future early is harmless.)
    discardFutureFrom(at);
    const QString error = m_simulation->applyActionAt(action, at);
    if (error.isEmpty()) {
        std::erase_if(m_liveActions, [at](const LiveAction &a) { return a.at >= at; });
        ScenarioEvent stamped = action;
        stamped.atS = at.s();
        m_liveActions.push_back({at, stamped});
        m_furthest = at;
        emit actionApplied();
    }
    emit advanced();
    return error;
}

SimTime SimulationController::nextActionTime() const
{
    return now() + kLiveActionDelay;
}

QString SimulationController::applyScenarioAction(const ScenarioEvent &event)
{
    if (!m_simulation)
        return tr("nothing is open");
    const SimTime at = SimTime::fromS(event.atS);
    if (at < now())
        return tr("%1 s is in the past of the run").arg(event.atS);
    discardFutureFrom(at);
    const QString error = m_simulation->applyActionAt(event, at);
    if (error.isEmpty()) {
        std::erase_if(m_liveActions, [at](const LiveAction &a) { return a.at >= at; });
        m_topology.events.append(event);
        // Snapshots from before it know nothing of it: it is applied to them as they run on.
        m_scenarioActions.push_back({at, event});
        m_furthest = at;
        emit actionApplied();
    }
    emit advanced();
    return error;
}

QList<ScenarioEvent> SimulationController::liveActions() const
{
    QList<ScenarioEvent> actions;
    for (const LiveAction &action : m_liveActions)
        actions.push_back(action.event);
    return actions;
}

SimulationController::RunRecord SimulationController::runRecord() const
{
    RunRecord record{m_topology, {}};
    // applyScenarioAction() appended its events to the topology; the engine did not start with them.
    record.topology.events.resize(std::max<qsizetype>(0, record.topology.events.size() - qsizetype(m_scenarioActions.size())));
    std::vector<LiveAction> all = m_liveActions;
    all.insert(all.end(), m_scenarioActions.begin(), m_scenarioActions.end());
    std::stable_sort(all.begin(), all.end(), [](const LiveAction &a, const LiveAction &b) { return a.at < b.at; });
    for (const LiveAction &action : all) {
        ScenarioEvent stamped = action.event;
        stamped.atS = action.at.s();
        record.actions.push_back(stamped);
    }
    return record;
}

bool SimulationController::addRecordedActions(const QList<ScenarioEvent> &actions)
{
    std::vector<LiveAction> recorded;
    for (const ScenarioEvent &event : actions) {
        const SimTime at = SimTime::fromS(event.atS);
        if (!m_simulation || at <= now() || at <= m_furthest)
            return false;
        recorded.push_back({at, event});
    }
    std::stable_sort(recorded.begin(), recorded.end(), [](const LiveAction &a, const LiveAction &b) { return a.at < b.at; });
    m_liveActions.insert(m_liveActions.end(), recorded.begin(), recorded.end());
    std::stable_sort(m_liveActions.begin(), m_liveActions.end(), [](const LiveAction &a, const LiveAction &b) { return a.at < b.at; });
    return true;
}

void SimulationController::run()
{
    if (!m_simulation || isRunning())
        return;
    m_wallClock.start();
    m_frameTimer->start();
    emit runningChanged(true);
}

void SimulationController::pause()
{
    if (!isRunning())
        return;
    m_frameTimer->stop();
    m_achievedSpeed = 0.0;
    emit runningChanged(false);
}

void SimulationController::toggleRunning()
{
    if (isRunning())
        pause();
    else
        run();
}

void SimulationController::step(SimTime by)
{
    if (!m_simulation)
        return;
    pause();
    runEngineTo(m_simulation->now() + by);
    noteProgress();
    emit advanced();
}

void SimulationController::stepOneEvent()
{
    if (!m_simulation)
        return;
    pause();
    const SimTime seen = m_observers.seenUntil();
    // The next thing to happen may be an action this (restored) engine has not had yet.
    if (const LiveAction *pending = nextPendingAction(m_simulation->nextEventTime()))
        m_simulation->applyActionAt(pending->event, pending->at);
    else
        m_simulation->step();
    noteProgress();
    // Other events of the same microsecond are still to come: history has not seen them.
    m_observers.setSeenUntil(std::max(seen, m_simulation->now() - SimTime::fromUs(1)));
    emit advanced();
}

void SimulationController::runTo(SimTime until)
{
    if (!m_simulation)
        return;
    pause();
    runOnInStretches(until);
    emit advanced();
}

void SimulationController::seek(SimTime at)
{
    if (!m_simulation)
        return;
    pause();
    at = std::max(at, SimTime{});
    if (at == now())
        return;
    // Over ground already seen history observers are told nothing (they kept it) and live
    // ones only the last stretch; beyond the furthest moment everyone is told, as in a run.
    // So the engine starts no later than that stretch: from the latest snapshot before it,
    // unless the run itself is nearer.
    const SimTime seen = std::min(at, m_furthest);
    const SimTime liveFrom = std::max(SimTime{}, seen - kLivePreroll);
    const Simulation *snapshot = m_snapshots.latestAtOrBefore(liveFrom);
    const bool restore = at < now() || (snapshot && snapshot->now() > now());
    // A short step forward plays on as a run does; anything else starts the dots afresh.
    const bool jump = restore || now() < liveFrom;
    if (restore && !snapshot)
        return;   // cannot happen: the run's start is always kept
    if (restore) {
        m_simulation = std::make_unique<Simulation>(*snapshot);
        m_simulation->setObserver(&m_observers);
    }
    if (m_simulation->now() < liveFrom) {
        m_observers.setLiveMuted(true);
        runEngineTo(liveFrom);
        m_observers.setLiveMuted(false);
    }
    if (jump)
        emit timeJumped();
    runOnInStretches(at);
    m_eventLog.take();   // what the engine went over is not news for the status bar
    m_achievedSpeed = 0.0;
    if (restore)
        emit simulationReplaced();
    emit advanced();
}

void SimulationController::reset()
{
    if (!m_simulation)
        return;
    const Topology topology = m_topology;
    setTopology(topology);
}

void SimulationController::setSpeed(double speed)
{
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void SimulationController::advanceFrame()
{
    const double wallS = m_wallClock.nsecsElapsed() / 1e9;
    m_wallClock.start();
    const SimTime before = m_simulation->now();
    advanceWithin(before + SimTime::fromS(std::min(wallS, kMaxFrameWallS) * m_speed), kFrameBudgetMs);
    if (wallS > 0.0) {
        const double speed = (m_simulation->now() - before).s() / wallS;
        m_achievedSpeed = m_achievedSpeed <= 0.0 ? speed : 0.8 * m_achievedSpeed + 0.2 * speed;
    }
    noteProgress();
    emit advanced();
}

void SimulationController::advanceWithin(SimTime target, qint64 budgetMs)
{
    QElapsedTimer budget;
    budget.start();
    while (m_simulation->now() < target) {
        runEngineTo(std::min(target, m_simulation->now() + kSlice));
        if (budget.elapsed() >= budgetMs)
            break;
    }
}

} // namespace scalelab
