// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QComboBox;
class QToolBar;
class QWidget;

namespace scalelab {

class LiveEditBridge;
class SimulationController;
class TopologyDocument;

/// Run, pause, step, reset and the speed: the Simulation menu's first entries and the
/// Simulation tool bar. Enabled only while the document's topology runs.
class RunControls : public QObject
{
    Q_OBJECT

public:
    RunControls(SimulationController *controller, TopologyDocument *document, LiveEditBridge *bridge, QWidget *window);

    /// Run/Pause (Space), Step 100 ms (.), Step One Event (Shift+.), Reset (Ctrl+R).
    QList<QAction *> runActions() const;
    /// Faster (+) and Slower (-): the next speed up or down the list.
    QList<QAction *> speedActions() const;
    QAction *runAction() const { return m_run; }
    /// The Simulation tool bar: run, step, reset and the speed box.
    QToolBar *createToolBar(QWidget *parent);
    /// Chooses `speed` in the speed box (the run follows it), or the nearest slower one. The
    /// speed box is the tool bar's: before createToolBar() this does nothing.
    void setSpeed(double speed);

signals:
    /// Why a reset did not happen, for the status bar.
    void message(const QString &text);

private:
    void createActions();
    void updateActions();
    /// The next speed up (+1) or down (-1) the speed box's list.
    void stepSpeed(int steps);

    SimulationController *m_controller;
    TopologyDocument *m_document;
    LiveEditBridge *m_bridge;
    QWidget *m_window;
    QComboBox *m_speedBox = nullptr;
    QAction *m_run = nullptr;
    QAction *m_step = nullptr;
    QAction *m_stepEvent = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_faster = nullptr;
    QAction *m_slower = nullptr;
};

} // namespace scalelab
