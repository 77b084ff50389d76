#include "simulationcontroller.h"

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
    m_observers.add(&m_eventLog);
}

SimulationController::~SimulationController() = default;

void SimulationController::addObserver(SimulationObserver *observer)
{
    m_observers.add(observer);
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
    m_furthest = SimTime{};
    adopt(std::move(simulation));
    m_eventLog.take();
    return true;
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
    simulation->setObserver(&m_observers);
    for (const LiveAction &action : live) {
        if (action.at > at)
            break;
        simulation->applyActionAt(action.event, action.at);
    }
    simulation->runUntil(std::min(at, runUntil));
    return simulation;
}

void SimulationController::adopt(std::unique_ptr<Simulation> simulation)
{
    m_simulation = std::move(simulation);
    m_simulation->setObserver(&m_observers);
    m_achievedSpeed = 0.0;
    noteProgress();
    emit simulationReplaced();
    emit advanced();
}

void SimulationController::noteProgress()
{
    m_furthest = std::max(m_furthest, now());
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
    const QString error = m_simulation->applyActionAt(action, at);
    if (error.isEmpty()) {
        // Applied in the past of a rewound run, the actions after this moment no longer
        // happened: the timeline ends here now.
        std::erase_if(m_liveActions, [at](const LiveAction &a) { return a.at >= at; });
        ScenarioEvent stamped = action;
        stamped.atS = at.s();
        m_liveActions.push_back({at, stamped});
        m_furthest = at;
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
    const QString error = m_simulation->applyActionAt(event, at);
    if (error.isEmpty()) {
        std::erase_if(m_liveActions, [at](const LiveAction &a) { return a.at >= at; });
        m_topology.events.append(event);
        m_furthest = at;
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
    m_simulation->runUntil(m_simulation->now() + by);
    noteProgress();
    emit advanced();
}

void SimulationController::stepOneEvent()
{
    if (!m_simulation)
        return;
    pause();
    m_simulation->step();
    noteProgress();
    emit advanced();
}

void SimulationController::runTo(SimTime until)
{
    if (!m_simulation)
        return;
    pause();
    m_simulation->runUntil(until);
    noteProgress();
    emit advanced();
}

void SimulationController::seek(SimTime at)
{
    if (!m_simulation)
        return;
    if (at >= now()) {
        runTo(at);
        return;
    }
    pause();
    std::unique_ptr<Simulation> simulation = replay(m_topology, m_liveActions, at, nullptr);
    if (simulation) {
        adopt(std::move(simulation));
        m_eventLog.take(); // the replay's events happened before: not news for the status bar
    }
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
        m_simulation->runUntil(std::min(target, m_simulation->now() + kSlice));
        if (budget.elapsed() >= budgetMs)
            break;
    }
}

} // namespace scalelab
