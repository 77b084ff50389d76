// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QToolBar;

namespace scalelab {

class Autosaver;
class BigNumberTiles;
class CanvasEditor;
class CanvasSync;
class ChartsDock;
class DocumentFiles;
class EventLogTools;
class InspectorDock;
class LessonMenu;
class LessonPanel;
class LessonSession;
class LiveEditBridge;
class NodePalette;
class PresenterMode;
class ClassroomSession;
class ClassPanel;
class FollowTeacher;
class RequestFlowLayer;
class RunControls;
class RunStatus;
class RuntimeActions;
class SimulationController;
class TimelineBar;
class TopologyDocument;
class TopologyScene;
class TopologyView;
class WindowHeader;

/// The ScaleLab window, a shell: it builds the window from its parts (ui/<part>/) and wires
/// them; each part gets what it needs through its constructor. The canvas in the middle (drawn
/// from the document being edited, animated by the run), the palette and the lesson on the
/// left, the charts and the inspector on the right, the event log below, run controls and
/// the timeline, and the run's vital signs in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a topology file and starts a fresh, paused run of it. On failure nothing that
    /// is open changes and `error` holds the reader's message (file, JSON path, expectation).
    bool loadFile(const QString &fileName, QString *error = nullptr);
    QString fileName() const;
    /// Opens a lesson file (or ":/lessons/ID.lesson.json") at its first step; on failure
    /// nothing changes and `error` says why.
    bool openLesson(const QString &fileName, QString *error = nullptr);
    /// Brings the canvas, charts and status bar up to date with the engine right now,
    /// bypassing their rate limits (before grabbing a screenshot).
    void refreshNow();
    /// The status bar's permanent text: time, rate, outcome counts, speed.
    QString statusText() const;

    // The parts, for the app's command line and for tests.
    TopologyDocument *document() const { return m_document; }
    DocumentFiles *files() const { return m_files; }
    Autosaver *autosaver() const { return m_autosaver; }
    LiveEditBridge *liveEdits() const { return m_bridge; }
    SimulationController *controller() const { return m_controller; }
    RunControls *runControls() const { return m_runControls; }
    RuntimeActions *runtimeActions() const { return m_runtime; }
    TimelineBar *timeline() const { return m_timeline; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    CanvasEditor *editor() const { return m_editor; }
    NodePalette *palette() const { return m_palette; }
    ChartsDock *chart() const { return m_chart; }
    /// The big numbers above the canvas; a lesson sets them with setTiles().
    BigNumberTiles *bigNumbers() const { return m_bigNumbers; }
    InspectorDock *inspector() const { return m_inspector; }
    LessonSession *lessons() const { return m_lessons; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    PresenterMode *presenter() const { return m_presenter; }
    /// The classroom session (Lessons > Start Class Session) and its dock.
    ClassroomSession *classroom() const { return m_classroom; }
    ClassPanel *classPanel() const { return m_classPanel; }
    /// A student's side of a class session: File > Join Class, the class bar.
    FollowTeacher *followTeacher() const { return m_followTeacher; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void createLessons();
    void createToolBars();
    void createMenus();
    void addFileMenu();
    void addViewMenu();
    void addToolsAndHelpMenus();
    void connectMessages();
    void createSettingsAndAccess();

    SimulationController *m_controller;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    DocumentFiles *m_files = nullptr;
    LiveEditBridge *m_bridge = nullptr;
    Autosaver *m_autosaver = nullptr;
    WindowHeader *m_header = nullptr;
    QWidget *m_banner = nullptr;
    TopologyView *m_view = nullptr;
    TimelineBar *m_timeline = nullptr;
    BigNumberTiles *m_bigNumbers = nullptr;
    CanvasEditor *m_editor = nullptr;
    NodePalette *m_palette = nullptr;
    RunControls *m_runControls = nullptr;
    RuntimeActions *m_runtime = nullptr;
    RunStatus *m_status = nullptr;
    LessonSession *m_lessons = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    LessonMenu *m_lessonMenu = nullptr;
    PresenterMode *m_presenter = nullptr;
    ClassroomSession *m_classroom = nullptr;
    ClassPanel *m_classPanel = nullptr;
    FollowTeacher *m_followTeacher = nullptr;
    ChartsDock *m_chart = nullptr;
    InspectorDock *m_inspector = nullptr;
    EventLogTools *m_eventLog = nullptr;
    CanvasSync *m_canvasSync = nullptr;
    RequestFlowLayer *m_flow = nullptr;
    QToolBar *m_runBar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace scalelab
