#pragma once

#include <QObject>

namespace scalelab {

class ClientViewDock;
class EventLogDock;
class MainWindow;

/// Puts the event log, the client view and Tools > Compare into the main window: the two
/// docks (hidden until asked for, from the View menu), clicks on the canvas's stale and error
/// marks, and the A/B window. Kept apart so the window's own file only creates this.
class EventLogTools : public QObject
{
    Q_OBJECT

public:
    explicit EventLogTools(MainWindow *window);

    EventLogDock *eventLog() const { return m_log; }
    ClientViewDock *clientView() const { return m_clients; }

public slots:
    /// Opens the A/B window on the topology being edited.
    void compare();

private:
    MainWindow *m_window = nullptr;
    EventLogDock *m_log = nullptr;
    ClientViewDock *m_clients = nullptr;
};

} // namespace scalelab
