// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/presenterfonts.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;
class QWidget;

namespace scalelab {

class BigNumberTiles;
class ChartsDock;
class LessonPanel;
class TopologyView;

/// Presenter mode for the projector: full screen, large type, the editing chrome (palette,
/// inspector, file tool bar, menus) hidden. The lesson takes a fixed share of the width, its
/// type as large as lets the whole step show without scrolling (the window's header, above
/// the canvas, names the lesson, the step and its title); the canvas is fitted to what is left; one chart may be shown beside it (C). Every menu shortcut keeps working although
/// the menu bar is hidden. Esc or the same key leaves and puts every dock, tool bar and font
/// back as it was; the lesson's step, the student's answer and the run stay as they are.
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kTypeScale = 1.6;
    static constexpr double kHeaderScale = 1.25;
    /// The lesson's share of the screen's width, and the chart's when it is shown.
    static constexpr double kLessonShare = 0.4;
    static constexpr double kChartShare = 0.26;

    /// What presenter mode enlarges, keeps or shows beside the canvas.
    struct Parts
    {
        LessonPanel *lesson = nullptr;
        TopologyView *view = nullptr;
        ChartsDock *chart = nullptr;
        BigNumberTiles *tiles = nullptr;
        /// The run controls' tool bar: the one bar that stays.
        QToolBar *runBar = nullptr;
        QWidget *header = nullptr;
        QWidget *banner = nullptr;
        /// The Class dock: stays, in large type, while a class session shows how to join.
        QDockWidget *classDock = nullptr;
    };

    PresenterMode(QMainWindow *window, const Parts &parts);

    QAction *action() const { return m_action; }
    /// Shows one chart beside the canvas while presenting (C).
    QAction *chartAction() const { return m_chartAction; }
    bool isActive() const { return m_active; }

public slots:
    void setActive(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void showChart(bool shown);
    /// The docks' widths as shares of the window's, once its full-screen size is known.
    void sizeDocks();
    /// Menu actions answer their shortcuts only while a menu holding them is visible: while
    /// the menu bar is hidden the window holds them too.
    void keepMenuShortcuts();

    QMainWindow *m_window;
    Parts m_parts;
    QAction *m_action = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_chartAction = nullptr;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_state;
    PresenterFonts m_fonts;
    QSize m_barIcons;
    QList<QAction *> m_keptShortcuts;
    QWidget *m_noTitleBar = nullptr;
};

} // namespace scalelab
