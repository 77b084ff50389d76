// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace scalelab {

class LiveEditBridge;
class Simulation;
class SimulationController;
class TopologyDocument;
class TopologyScene;
class TopologyView;
struct ScenarioEvent;

/// What a teacher does to the running system: kill, revive or drain a node, partition or heal
/// a link, provision a replica. From the keyboard (K, V, D on the selected node) and from the
/// canvas's right-click menus. Each is applied now and recorded in the document's scenario,
/// so that the saved file replays it.
class RuntimeActions : public QObject
{
    Q_OBJECT

public:
    RuntimeActions(SimulationController *controller, TopologyDocument *document, LiveEditBridge *bridge,
                   TopologyScene *scene, TopologyView *view, QWidget *window);

    /// Kill, Revive and Drain the selected node, for the Simulation menu.
    QList<QAction *> actions() const { return {m_kill, m_revive, m_drain}; }

public slots:
    /// Applies kill, revive, drain or undrain to the node `id` now, and records it.
    void applyNodeAction(const QString &id, const QString &action);
    /// Applies kill or revive to every machine of data centre `name` now, recorded likewise.
    void applyDatacenterAction(const QString &name, const QString &action);
    /// Applies partition or heal to the link `from` -> `to` now, recorded likewise.
    void applyLinkAction(const QString &from, const QString &to, const QString &action);
    /// Resizes the node `id` to the machine size `size` now (the "Resize to" menu), recorded likewise.
    void resizeNode(const QString &id, const QString &size);
    /// "Alert when its queue is long": adds an alert rule on the requests waiting at `id` (above
    /// half its queue for 3 s), one undoable edit, and offers it for editing; a node that has
    /// such a rule already gets that one offered instead.
    void addQueueAlert(const QString &id);

signals:
    /// Why an action did not happen ("Select a node first"), for the status bar.
    void message(const QString &text);
    /// The alert rule `name` was added (or found) for the user to edit: the shell shows it in the inspector.
    void alertRuleChosen(const QString &name);

private:
    /// Applies `action` live and records it in the document's scenario at the current time.
    void recordAction(const ScenarioEvent &action);
    /// The selected node's id, or empty.
    QString selectedNode() const;
    QAction *createNodeAction(const QString &text, const QKeySequence &key, const QString &action, const QString &tip);

    // Context menus (runtimemenus.cpp).
    void showNodeMenu(int node, const QPoint &screenPos);
    /// A database's provisioning entries: "Provision from" on a spare, "Add a replica from
    /// here" on a live copy.
    void addProvisionMenu(QMenu &menu, const Simulation &simulation, int index);
    /// A sharded topology's database in no shard: "Add as a new shard now" (add_shard).
    void addShardMenu(QMenu &menu, const Simulation &simulation, int index);
    /// "Resize to" with every machine size, on a running web server, database or worker.
    void addResizeMenu(QMenu &menu, const Simulation &simulation, int index);
    /// A node in a data centre: take that whole data centre down, or bring it back.
    void addDatacenterMenu(QMenu &menu, const Simulation &simulation, int index);
    void addNetworkMenu(QMenu &menu, const Simulation &simulation, const QString &id);
    /// "Alert when its queue is long..." on a node requests can wait at.
    void addAlertMenu(QMenu &menu, const QString &id);
    void showLinkMenu(const QString &from, const QString &to, const QPoint &screenPos);

    SimulationController *m_controller;
    TopologyDocument *m_document;
    LiveEditBridge *m_bridge;
    TopologyScene *m_scene;
    TopologyView *m_view;
    QWidget *m_window;
    QAction *m_kill = nullptr;
    QAction *m_revive = nullptr;
    QAction *m_drain = nullptr;
};

} // namespace scalelab
