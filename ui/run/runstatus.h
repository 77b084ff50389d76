// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace scalelab {

class LiveEditBridge;
class Simulation;
class SimulationController;

/// The status bar during a run: the time, the rate, the outcome counts and the speed as
/// permanent text, the alert rules firing (in red, while any is), and what just happened
/// ("13.1 s: db2 promoted to primary") for a while.
class RunStatus : public QObject
{
    Q_OBJECT

public:
    /// How long a passing message stays.
    static constexpr int kMessageMs = 6000;

    RunStatus(SimulationController *controller, QStatusBar *bar);

    /// The permanent text: time, rate, outcome counts, speed.
    QString text() const;
    /// The alert rules firing now, host rules with their node ("Alerts firing: HighLatency, web1QueueLong (web1)"); empty when none is.
    QString firingText() const;
    /// Says how the document's edits reach the run: applied live, or the run replayed.
    void followEdits(LiveEditBridge *bridge);

public slots:
    /// A passing message (an edit refused, a file written), for kMessageMs times `lengths`;
    /// 0 keeps it until the next one.
    void showMessage(const QString &text, int lengths = 1);
    /// Brings the permanent text up to date now.
    void update();

private:
    /// Each engine event a class should notice, as a passing message.
    void showEngineEvents();
    void updateAlerts(const Simulation *simulation);

    SimulationController *m_controller;
    QStatusBar *m_bar;
    QLabel *m_alerts = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_speed = nullptr;
    /// An engine event was worded in the status bar during the current call (cleared when
    /// control returns to the event loop).
    bool m_engineMessageShown = false;
};

} // namespace scalelab
