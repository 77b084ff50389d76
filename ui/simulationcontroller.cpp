#include "simulationcontroller.h"

#include "sim/simulation.h"

#include <QTimer>

#include <algorithm>

namespace scalelab {

namespace {
// After a stall (a modal dialog, a slow frame) do not try to catch up the lost wall time.
constexpr double kMaxFrameWallS = 0.1;
// Engine time per frame is spent in slices so that a frame can stop within its budget.
constexpr SimTime kSlice = SimTime::fromMs(10);
constexpr qint64 kFrameBudgetMs = 24;
}

SimulationController::SimulationController(QObject *parent)
    : QObject(parent), m_frameTimer(new QTimer(this))
{
    m_frameTimer->setInterval(kFrameIntervalMs);
    m_frameTimer->setTimerType(Qt::PreciseTimer);
    connect(m_frameTimer, &QTimer::timeout, this, &SimulationController::advanceFrame);
}

SimulationController::~SimulationController() = default;

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
    m_topology = topology;
    m_simulation = std::move(simulation);
    m_simulation->setObserver(&m_eventLog);
    m_eventLog.take();
    m_achievedSpeed = 0.0;
    emit simulationReplaced();
    emit advanced();
    return true;
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
    const QString error = m_simulation->applyAction(action);
    emit advanced();
    return error;
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
    emit advanced();
}

void SimulationController::runTo(SimTime until)
{
    if (!m_simulation)
        return;
    pause();
    m_simulation->runUntil(until);
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
