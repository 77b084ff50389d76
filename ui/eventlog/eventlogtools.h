// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace scalelab {

class ClientViewDock;
class EventLogDock;
class RequestFlowLayer;
class SimulationController;
class TopologyDocument;
class TopologyScene;
class TopologyView;

/// Puts the event log and the client view into the main window: the two docks (hidden until
/// asked for, from the View menu) and clicks on the canvas's stale and error marks, which
/// explain the latest such request there.
class EventLogTools : public QObject
{
    Q_OBJECT

public:
    EventLogTools(SimulationController *controller, TopologyDocument *document, TopologyScene *scene,
                  TopologyView *view, RequestFlowLayer *flow, QMainWindow *window);

    EventLogDock *eventLog() const { return m_log; }
    ClientViewDock *clientView() const { return m_clients; }
    /// View > Event Log (Ctrl+L) and View > Client View.
    QList<QAction *> viewActions() const;

private:
    EventLogDock *m_log = nullptr;
    ClientViewDock *m_clients = nullptr;
};

} // namespace scalelab
