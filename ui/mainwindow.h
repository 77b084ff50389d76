#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;

namespace scalelab {

class SimulationController;
class ThroughputChart;
class TopologyScene;
class TopologyView;

/// The ScaleLab window: the topology canvas in the middle, the throughput chart docked on
/// the right, run controls in the tool bar and the run's vital signs in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The embedded example topologies (":/examples/<name>.scalelab.json").
    static QStringList builtInExamples();
    /// Path of an embedded example by file name ("two-servers-balanced.scalelab.json").
    static QString builtInExample(const QString &fileName);

    /// Loads a topology file and starts a fresh, paused run of it. On failure nothing that
    /// is open changes and `error` holds the reader's message (file, JSON path, expectation).
    bool loadFile(const QString &fileName, QString *error = nullptr);
    QString fileName() const { return m_fileName; }

    SimulationController *controller() const { return m_controller; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    ThroughputChart *chart() const { return m_chart; }
    /// The status bar's permanent text: time, rate, outcome counts.
    QString statusText() const;

    /// Brings the canvas, chart and status bar up to date with the engine right now,
    /// bypassing the chart's rate limit (before grabbing a screenshot).
    void refreshNow();

public slots:
    /// Loads `fileName`, or explains in a message box why it cannot.
    void openFile(const QString &fileName);
    /// Asks for a file to open.
    void open();
    /// Applies kill, revive, drain or undrain to node `node` of the running simulation.
    void applyNodeAction(int node, const QString &action);

private slots:
    void updateFromSimulation();
    void rebuildFromSimulation();
    void updateRunAction(bool running);
    void showNodeMenu(int node, const QPoint &screenPos);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createChartDock();
    void updateStatus();
    void updateTitle();
    void showEngineEvents();

    SimulationController *m_controller = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    ThroughputChart *m_chart = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speedBox = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QString m_fileName;
};

} // namespace scalelab
