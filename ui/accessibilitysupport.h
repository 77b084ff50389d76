#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAction;
class QWidget;

namespace scalelab {

class MainWindow;

/// Keyboard and screen-reader access to one main window: View > Move Focus To (each pane,
/// with F6 / Shift+F6 to cycle as in other desktop applications), accessible names on the
/// window's controls that show no text, and an accessible description of the canvas that
/// says what the topology is and which nodes are down (a screen reader cannot read a
/// picture).
class AccessibilitySupport : public QObject
{
    Q_OBJECT

public:
    explicit AccessibilitySupport(MainWindow *window);

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

    MainWindow *m_window;
    QElapsedTimer m_sinceDescribed;
};

} // namespace scalelab
