#pragma once

#include "model/topology.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;

namespace scalelab {

class Autosaver;
class LessonPanel;
class LessonSession;
class PresenterMode;
class CanvasEditor;
class DocumentFiles;
class InspectorDock;
class LiveEditBridge;
class NodePalette;
class Simulation;
class SimulationController;
class BigNumberTiles;
class ChartsDock;
class TimelineBar;
class TopologyDocument;
class TopologyScene;
class TopologyView;

/// The ScaleLab window: the topology canvas in the middle (drawn from the document being
/// edited, animated by the run), the throughput chart docked on the right, run controls and
/// the timeline, and the run's vital signs in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The embedded example topologies (":/examples/<name>.scalelab.json"), in the chapter's
    /// order (TeachingOrder).
    static QStringList builtInExamples();
    /// Path of an embedded example by file name ("two-servers-balanced.scalelab.json").
    static QString builtInExample(const QString &fileName);

    /// Loads a topology file and starts a fresh, paused run of it. On failure nothing that
    /// is open changes and `error` holds the reader's message (file, JSON path, expectation).
    bool loadFile(const QString &fileName, QString *error = nullptr);
    QString fileName() const;

    TopologyDocument *document() const { return m_document; }
    DocumentFiles *files() const { return m_files; }
    Autosaver *autosaver() const { return m_autosaver; }
    LiveEditBridge *liveEdits() const { return m_bridge; }
    TimelineBar *timeline() const { return m_timeline; }
    SimulationController *controller() const { return m_controller; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    ChartsDock *chart() const { return m_chart; }
    /// The big numbers above the canvas; a lesson sets them with setTiles().
    BigNumberTiles *bigNumbers() const { return m_bigNumbers; }
    CanvasEditor *editor() const { return m_editor; }
    NodePalette *palette() const { return m_palette; }
    InspectorDock *inspector() const { return m_inspector; }
    /// The status bar's permanent text: time, rate, outcome counts.
    QString statusText() const;

    /// Brings the canvas, chart and status bar up to date with the engine right now,
    /// bypassing the chart's rate limit (before grabbing a screenshot).
    void refreshNow();
    /// Offers back work that an earlier ScaleLab left unsaved when it crashed. Returns
    /// whether something was recovered.
    bool offerRecovery();
    /// Opens a lesson file (or ":/lessons/ID.lesson.json") at its first step; on failure
    /// nothing changes and `error` says why.
    bool openLesson(const QString &fileName, QString *error = nullptr);
    LessonSession *lessons() const { return m_lessons; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    PresenterMode *presenter() const { return m_presenter; }
    /// Opens autosaved work as an unsaved document belonging to its original file.
    bool recover(const QString &autosaveFile, const QString &originalFile, QString *error = nullptr);

public slots:
    /// Loads `fileName`, or explains in a message box why it cannot.
    void openFile(const QString &fileName);
    /// Asks for a file to open.
    void open();
    /// Applies kill, revive, drain or undrain to the node `id` now, and records it in the
    /// scenario so that the saved file replays it.
    void applyNodeAction(const QString &id, const QString &action);
    /// Applies partition or heal to the link `from` -> `to` now, recorded likewise.
    void applyLinkAction(const QString &from, const QString &to, const QString &action);
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private slots:
    void updateFromSimulation();
    void rebuildFromSimulation();
    /// `reset`: a new document (fresh layout scale, no selection); else after an edit.
    void rebuildScene(bool reset = false);
    void updateRunAction(bool running);
    void showNodeMenu(int node, const QPoint &screenPos);
    /// A database's provisioning entries: "Provision from" on a spare, "Add a replica from here" on a live copy.
    void addProvisionMenu(QMenu &menu, const Simulation &simulation, int index);
    void showLinkMenu(const QString &from, const QString &to, const QPoint &screenPos);
    void showRunProblems(bool runnable, const QString &problems);

private:
    void createActions();
    void createMenus();
    void createLessons();
    void createLessonMenu();
    void createToolBar();
    void createStatusBar();
    void createChartDock();
    void updateStatus();
    void updateTitle();
    void showEngineEvents();
    /// The selected node's id, or empty.
    QString selectedNode() const;
    /// Applies `action` live and records it in the document's scenario at the current time.
    void recordAction(const ScenarioEvent &action);

    SimulationController *m_controller = nullptr;
    TopologyDocument *m_document = nullptr;
    DocumentFiles *m_files = nullptr;
    LiveEditBridge *m_bridge = nullptr;
    Autosaver *m_autosaver = nullptr;
    TimelineBar *m_timeline = nullptr;
    LessonSession *m_lessons = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    PresenterMode *m_presenter = nullptr;
    QLabel *m_problemBanner = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    ChartsDock *m_chart = nullptr;
    BigNumberTiles *m_bigNumbers = nullptr;
    CanvasEditor *m_editor = nullptr;
    NodePalette *m_palette = nullptr;
    InspectorDock *m_inspector = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speedBox = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_stepEventAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_killAction = nullptr;
    QAction *m_reviveAction = nullptr;
    QAction *m_drainAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace scalelab
