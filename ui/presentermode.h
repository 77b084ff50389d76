#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QMainWindow;

namespace scalelab {

class LessonPanel;
class TopologyView;

/// Presenter mode for the projector: full screen, large type, the editing chrome (palette,
/// inspector, file tool bar, menus) hidden, the canvas fitted; Esc or the same key leaves and
/// puts every dock and tool bar back where it was.
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kTypeScale = 1.6;

    PresenterMode(QMainWindow *window, LessonPanel *lesson, TopologyView *view);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }

public slots:
    void setActive(bool active);

private:
    QMainWindow *m_window;
    LessonPanel *m_lesson;
    TopologyView *m_view;
    QAction *m_action;
    QAction *m_leave;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_state;
    QString m_styleSheet;
};

} // namespace scalelab
