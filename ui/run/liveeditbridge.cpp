// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/liveeditbridge.h"

#include "document/topologydocument.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QElapsedTimer>
#include <QTimer>

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
// Engine time is whole microseconds; seconds in a double are compared within half of one.
constexpr double kSameMomentS = 0.5e-6;
// Engine time per runTo() of a long replay: each one redraws the views once.
constexpr SimTime kCatchUpStep = SimTime::fromMs(200);
}

LiveEditBridge::LiveEditBridge(TopologyDocument *document, SimulationController *controller, QObject *parent)
    : QObject(parent), m_document(document), m_controller(controller)
{
    connect(document, &TopologyDocument::documentReset, this, &LiveEditBridge::startOver);
    connect(document, &TopologyDocument::changed, this, &LiveEditBridge::follow);
    m_catchUpTimer = new QTimer(this);
    m_catchUpTimer->setInterval(0);
    connect(m_catchUpTimer, &QTimer::timeout, this, &LiveEditBridge::catchUp);
    // Someone else replaced the run (a seek back, a reset): the moment we headed for is gone.
    connect(controller, &SimulationController::simulationReplaced, this, [this] {
        if (!m_replacing)
            stopCatchingUp();
    });
}

bool LiveEditBridge::isReplaying() const
{
    return m_catchUpTimer->isActive();
}

void LiveEditBridge::stopCatchingUp()
{
    m_catchUpTimer->stop();
    m_catchUpTarget = SimTime{};
    m_resumeAfterCatchUp = false;
    m_editedWhileReplaying = false;
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
    stopCatchingUp();
    if (!updateProblems()) {
        // The old run is not this document's: its charts and figures must not stay up.
        m_controller->clear();
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
        stopCatchingUp();
        m_controller->pause();
        return;
    }
    if (!m_controller->simulation()) {
        startOver();
        return;
    }
    if (isReplaying()) {
        m_editedWhileReplaying = true;  // replayed again once this replay has reached its moment
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

QString LiveEditBridge::describeEdit(const Topology &before, const Topology &after)
{
    QStringList removed, added;
    for (const NodeSpec &node : before.nodes)
        if (after.indexOf(node.id) < 0)
            removed << node.id;
    for (const NodeSpec &node : after.nodes)
        if (before.indexOf(node.id) < 0)
            added << node.id;
    QStringList parts;
    if (!removed.isEmpty())
        parts << tr("%1 deleted").arg(removed.join(QStringLiteral(", ")));
    if (!added.isEmpty())
        parts << tr("%1 added").arg(added.join(QStringLiteral(", ")));
    // Alert rules only watch, but a rule's state depends on every second before: replayed too.
    const auto sameRules = [&] {
        return std::equal(before.alerts.cbegin(), before.alerts.cend(), after.alerts.cbegin(), after.alerts.cend(),
                          [](const AlertRuleSpec &a, const AlertRuleSpec &b) {
                              return a.name == b.name && a.metric == b.metric && a.node == b.node && a.above == b.above
                                     && a.threshold == b.threshold && a.forS == b.forS;
                          });
    };
    if (parts.isEmpty() && !sameRules())
        parts << tr("the alert rules");
    if (parts.isEmpty())
        parts << tr("a setting the engine cannot change live");
    return parts.join(QStringLiteral("; "));
}

void LiveEditBridge::replay()
{
    const Topology before = m_controller->topology();
    const Topology &after = m_document->topology();
    const SimTime at = m_controller->now();
    const Simulation *simulation = m_controller->simulation();
    if (!simulation || simulation->eventsProcessed() <= kEventsReplayedAtOnce) {
        QString error;
        if (!m_controller->replaceTopologyKeepingTime(after, &error)) {
            m_problems = error;
            emit runnableChanged(false, m_problems);
            return;
        }
        // Nothing had happened yet at time zero: there is nothing the user could miss.
        if (at > SimTime{})
            emit replayedFromZero(describeEdit(before, after), at);
        return;
    }
    m_resumeAfterCatchUp = m_resumeAfterCatchUp || m_controller->isRunning();
    m_catchUpWhat = describeEdit(before, after);
    m_controller->pause();
    QString error;
    m_replacing = true;
    const bool replaced = m_controller->replaceTopologyKeepingTime(after, &error, SimTime{});
    m_replacing = false;
    if (!replaced) {
        stopCatchingUp();
        m_problems = error;
        emit runnableChanged(false, m_problems);
        return;
    }
    m_catchUpTarget = at;
    m_catchUpTimer->start();
    emit replaying(m_catchUpWhat, m_controller->now(), m_catchUpTarget);
}

void LiveEditBridge::catchUp()
{
    QElapsedTimer wall;
    wall.start();
    while (m_controller->now() < m_catchUpTarget && wall.elapsed() < kSliceBudgetMs)
        m_controller->runTo(std::min(m_catchUpTarget, m_controller->now() + kCatchUpStep));
    if (m_controller->now() < m_catchUpTarget) {
        emit replaying(m_catchUpWhat, m_controller->now(), m_catchUpTarget);
        return;
    }
    const SimTime target = m_catchUpTarget;
    const bool resume = m_resumeAfterCatchUp;
    const bool editedMeanwhile = m_editedWhileReplaying;
    stopCatchingUp();
    emit replayedFromZero(m_catchUpWhat, target);
    if (editedMeanwhile) {
        // Edits made meanwhile were held back: the run that reached the moment lacks them.
        m_resumeAfterCatchUp = resume;
        replay();
        return;
    }
    if (resume)
        m_controller->run();
}

} // namespace scalelab
