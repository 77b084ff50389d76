#include "liveeditbridge.h"

#include "simulationcontroller.h"
#include "topologydocument.h"

#include <cmath>

namespace scalelab {

namespace {
// Engine time is whole microseconds; seconds in a double are compared within half of one.
constexpr double kSameMomentS = 0.5e-6;
}

LiveEditBridge::LiveEditBridge(TopologyDocument *document, SimulationController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller)
{
    connect(document, &TopologyDocument::documentReset, this, &LiveEditBridge::startOver);
    connect(document, &TopologyDocument::changed, this, &LiveEditBridge::follow);
}

bool LiveEditBridge::updateProblems()
{
    const Diagnostics diagnostics = m_document->runProblems();
    QStringList lines;
    for (const Diagnostic &d : diagnostics.errors())
        lines << d.toString();
    const QString problems = lines.join(QLatin1Char('\n'));
    const bool wasRunnable = isRunnable();
    const bool changed = problems != m_problems;
    m_problems = problems;
    if (changed || wasRunnable != isRunnable())
        emit runnableChanged(isRunnable(), m_problems);
    return isRunnable();
}

void LiveEditBridge::startOver()
{
    if (!updateProblems()) {
        m_controller->pause();
        return;
    }
    QString error;
    if (!m_controller->setTopology(m_document->topology(), &error)) {
        m_problems = error;
        emit runnableChanged(false, m_problems);
    }
}

void LiveEditBridge::follow(const TopologyChange &change)
{
    if (change.kind == TopologyChange::Kind::Layout)
        return;
    const bool wasRunnable = isRunnable();
    if (!updateProblems()) {
        m_controller->pause();
        return;
    }
    if (!m_controller->simulation()) {
        startOver();
        return;
    }
    if (wasRunnable && applyLive(change))
        return;
    replay();
}

bool LiveEditBridge::applyLive(const TopologyChange &change)
{
    ScenarioEvent action;
    switch (change.kind) {
    case TopologyChange::Kind::NodeSetting:
        if (change.value.isUndefined())
            return false;
        action.action = QStringLiteral("set");
        action.node = change.node;
        action.key = change.key;
        action.value = change.value;
        break;
    case TopologyChange::Kind::LinkAdded:
        action.action = QStringLiteral("link");
        action.from = change.from;
        action.to = change.to;
        action.latencyMs = change.latencyMs;
        break;
    case TopologyChange::Kind::LinkRemoved:
        action.action = QStringLiteral("unlink");
        action.from = change.from;
        action.to = change.to;
        break;
    case TopologyChange::Kind::Scenario:
        // Recorded now (a kill from the canvas): it happens now. Added for an earlier moment,
        // or taken back (undo): only a replay tells what the run would have been.
        if (!change.added || std::abs(change.event.atS - m_controller->nextActionTime().s()) > kSameMomentS)
            return false;
        if (!m_controller->applyScenarioAction(change.event).isEmpty())
            return false;
        emit appliedLive(tr("%1 applied at t = %2 s").arg(change.event.action).arg(change.event.atS, 0, 'f', 1));
        return true;
    default:
        return false;
    }
    // The engine refuses what it cannot do live (a weight on a database, a link between a
    // web server and a cache); then the edit takes the replay path.
    if (!m_controller->applyAction(action).isEmpty())
        return false;
    emit appliedLive(tr("applied live at t = %1 s").arg(m_controller->now().s(), 0, 'f', 1));
    return true;
}

void LiveEditBridge::replay()
{
    QString error;
    if (!m_controller->replaceTopologyKeepingTime(m_document->topology(), &error)) {
        m_problems = error;
        emit runnableChanged(false, m_problems);
    }
}

} // namespace scalelab
