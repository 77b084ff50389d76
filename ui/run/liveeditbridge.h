// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "document/topologychange.h"

#include <QObject>

class QTimer;

namespace scalelab {

class SimulationController;
class TopologyDocument;

/// Keeps the running simulation in step with the document being edited. An edit the engine
/// can apply live (a weight, a balancer's algorithm, a server joining a pool, a kill recorded
/// in the scenario now) is applied at the current simulated time, as in a real deployment.
/// Any other edit (a new node, a different eviction policy) rebuilds the run from the new
/// topology and replays it to the same moment, so the class never loses its place. A long
/// replay goes on in slices from a timer, so the window keeps drawing and answering.
class LiveEditBridge : public QObject
{
    Q_OBJECT

public:
    /// A run that has processed more engine events than this is replayed in slices.
    static constexpr std::uint64_t kEventsReplayedAtOnce = 300'000;
    /// Wall time one slice of a long replay may take before the window gets a turn.
    static constexpr int kSliceBudgetMs = 30;

    LiveEditBridge(TopologyDocument *document, SimulationController *controller, QObject *parent = nullptr);

    /// Whether the document can run; when not, why (the validator's messages).
    bool isRunnable() const { return m_problems.isEmpty(); }
    QString problems() const { return m_problems; }
    /// Whether a replay after an edit is still catching up with the moment of the edit.
    bool isReplaying() const;

signals:
    /// The document became runnable or stopped being so, or the reasons changed.
    void runnableChanged(bool runnable, const QString &problems);
    /// An edit was applied to the running engine live (`how` says what happened).
    void appliedLive(const QString &how);
    /// An edit the engine cannot take live made the run start again from time zero without
    /// (or with) what changed, replayed to `at`: `what` names the edit ("web3 deleted").
    void replayedFromZero(const QString &what, scalelab::SimTime at);
    /// A long replay after the edit `what` has reached `reached` of `target`.
    void replaying(const QString &what, scalelab::SimTime reached, scalelab::SimTime target);

private:
    void startOver();
    void follow(const TopologyChange &change);
    /// Tries the edit as a runtime action; false when the engine cannot take it live.
    bool applyLive(const TopologyChange &change);
    void replay();
    /// One slice of a long replay; the last one says the replay is done.
    void catchUp();
    void stopCatchingUp();
    /// "web3 deleted", "cache1 added": what differs between the run's topology and the new one.
    static QString describeEdit(const Topology &before, const Topology &after);
    bool updateProblems();

    TopologyDocument *m_document;
    SimulationController *m_controller;
    QString m_problems;
    QTimer *m_catchUpTimer = nullptr;
    SimTime m_catchUpTarget;      ///< the moment of the edit a long replay is heading for
    QString m_catchUpWhat;
    bool m_resumeAfterCatchUp = false;  ///< the run was running when the edit came
    bool m_replacing = false;     ///< our own replacement of the run, not someone's seek
    bool m_editedWhileReplaying = false;
};

} // namespace scalelab
