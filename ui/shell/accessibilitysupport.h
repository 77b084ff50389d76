// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSlider;
class QWidget;

namespace scalelab {

class SimulationController;
class TopologyDocument;
class TopologyScene;
class TopologyView;

/// Keyboard and screen-reader access to one main window: View > Move Focus To (each pane,
/// with F6 / Shift+F6 to cycle as in other desktop applications), accessible names on the
/// window's controls that show no text, and an accessible description of the canvas that
/// says what the topology is and which nodes are down (a screen reader cannot read a
/// picture).
class AccessibilitySupport : public QObject
{
    Q_OBJECT

public:
    /// The window's panes, in the order F6 visits them.
    struct Panes
    {
        TopologyView *canvas = nullptr;
        QDockWidget *palette = nullptr;
        QDockWidget *lesson = nullptr;
        QDockWidget *inspector = nullptr;
        QDockWidget *charts = nullptr;
        QDockWidget *eventLog = nullptr;
        QDockWidget *clientView = nullptr;
        QSlider *timeline = nullptr;
    };

    AccessibilitySupport(const Panes &panes, TopologyDocument *document, TopologyScene *scene,
                         SimulationController *controller, QMainWindow *window);

    /// View > Move Focus To: each pane, Next Pane (F6), Previous Pane (Shift+F6).
    QMenu *focusMenu() const { return m_focusMenu; }

    /// "Nodes: 5 (clients 1, web server 2, ...). Links: 5. Down: web1.", the canvas' description.
    QString canvasSummary() const;
    /// The panes F6 cycles through, in order, those currently visible.
    QList<QWidget *> panes() const;

public slots:
    void focusNextPane();
    void focusPreviousPane();
    /// Gives the keyboard focus to `pane` (its first focusable control), showing its dock.
    void focusPane(QWidget *pane);

private:
    void createFocusMenu();
    void nameControls();
    void updateCanvasDescription();
    void cycle(int direction);

    Panes m_panes;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    QMainWindow *m_window;
    QMenu *m_focusMenu = nullptr;
    QElapsedTimer m_sinceDescribed;
};

} // namespace scalelab
