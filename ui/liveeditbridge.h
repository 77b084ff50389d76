#pragma once

#include "topologychange.h"

#include <QObject>

namespace scalelab {

class SimulationController;
class TopologyDocument;

/// Keeps the running simulation in step with the document being edited. An edit the engine
/// can apply live (a weight, a balancer's algorithm, a server joining a pool, a kill recorded
/// in the scenario now) is applied at the current simulated time, as in a real deployment.
/// Any other edit (a new node, a different eviction policy) rebuilds the run from the new
/// topology and replays it to the same moment, so the class never loses its place.
class LiveEditBridge : public QObject
{
    Q_OBJECT

public:
    LiveEditBridge(TopologyDocument *document, SimulationController *controller, QObject *parent = nullptr);

    /// Whether the document can run; when not, why (the validator's messages).
    bool isRunnable() const { return m_problems.isEmpty(); }
    QString problems() const { return m_problems; }

signals:
    /// The document became runnable or stopped being so, or the reasons changed.
    void runnableChanged(bool runnable, const QString &problems);
    /// An edit was applied to the running engine live (`how` says what happened).
    void appliedLive(const QString &how);

private:
    void startOver();
    void follow(const TopologyChange &change);
    /// Tries the edit as a runtime action; false when the engine cannot take it live.
    bool applyLive(const TopologyChange &change);
    void replay();
    bool updateProblems();

    TopologyDocument *m_document;
    SimulationController *m_controller;
    QString m_problems;
};

} // namespace scalelab
