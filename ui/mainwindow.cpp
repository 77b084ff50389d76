#include "mainwindow.h"

#include "io/topologyreader.h"
#include "nodeitem.h"
#include "requestflowlayer.h"
#include "sim/simulation.h"
#include "simulationcontroller.h"
#include "throughputchart.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace scalelab {

namespace {
constexpr int kEventMessageMs = 6000;
constexpr int kChartDockWidth = 420;
const double kSpeeds[] = {0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100};

QString formatCount(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

// "web2 went down" for the status bar; empty for events a class does not need to see.
QString describe(const EngineEvent &event, const QString &node)
{
    const QString detail = QString::fromStdString(event.detail);
    if (event.kind == "kill")
        return MainWindow::tr("%1 went down").arg(node);
    if (event.kind == "revive")
        return MainWindow::tr("%1 is back up").arg(node);
    if (event.kind == "drain")
        return MainWindow::tr("%1 is draining: no new requests").arg(node);
    if (event.kind == "undrain")
        return MainWindow::tr("%1 takes new requests again").arg(node);
    if (event.kind == "health_down")
        return MainWindow::tr("%1 failed its health checks").arg(node);
    if (event.kind == "health_up")
        return MainWindow::tr("%1 passes its health checks again").arg(node);
    if (event.kind == "partition")
        return MainWindow::tr("network partition: %1").arg(detail);
    if (event.kind == "heal")
        return MainWindow::tr("partition healed: %1").arg(detail);
    if (event.kind == "promote")
        return MainWindow::tr("%1 promoted to primary").arg(node);
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_controller(new SimulationController(this)),
      m_scene(new TopologyScene(this))
{
    setWindowTitle(tr("ScaleLab"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(central);
    header->setAutoFillBackground(true);
    header->setStyleSheet(QStringLiteral("background: #F7F9FA;"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(18, 12, 18, 0);
    headerLayout->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #263238;"));
    m_subtitle = new QLabel(header);
    m_subtitle->setStyleSheet(QStringLiteral("font-size: 12px; color: #607D8B;"));
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    m_view = new TopologyView(m_scene, central);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();
    createChartDock();
    createStatusBar();

    connect(m_controller, &SimulationController::advanced, this, &MainWindow::updateFromSimulation);
    connect(m_controller, &SimulationController::simulationReplaced, this, &MainWindow::rebuildFromSimulation);
    connect(m_controller, &SimulationController::runningChanged, this, &MainWindow::updateRunAction);
    connect(m_scene, &TopologyScene::nodeContextMenuRequested, this, &MainWindow::showNodeMenu);
    new RequestFlowLayer(m_controller, m_scene, m_view);   // requests moving on the canvas; owned by the controller

    resize(1280, 800);
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("chartDock"))}, {kChartDockWidth}, Qt::Horizontal);
    updateRunAction(false);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::builtInExamples()
{
    return QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.scalelab.json")}, QDir::Files, QDir::Name);
}

QString MainWindow::builtInExample(const QString &fileName)
{
    return QStringLiteral(":/examples/") + fileName;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = new QAction(this);
    m_runAction->setShortcut(Qt::Key_Space);
    m_runAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_runAction, &QAction::triggered, m_controller, &SimulationController::toggleRunning);

    m_stepAction = new QAction(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Step 100 ms"), this);
    m_stepAction->setShortcut(Qt::Key_Period);
    m_stepAction->setToolTip(tr("Pause and advance the simulation by 100 ms (.)"));
    connect(m_stepAction, &QAction::triggered, m_controller, [this] { m_controller->step(SimTime::fromMs(100)); });

    m_resetAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), this);
    m_resetAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_resetAction->setToolTip(tr("Start the same topology again from time zero (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, m_controller, &SimulationController::reset);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const QString &example : builtInExamples()) {
        const QString title = QString(example).remove(QStringLiteral(".scalelab.json")).replace(QLatin1Char('-'), QLatin1Char(' '));
        examples->addAction(title, this, [this, example] { openFile(builtInExample(example)); });
    }
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *simulation = menuBar()->addMenu(tr("&Simulation"));
    simulation->addAction(m_runAction);
    simulation->addAction(m_stepAction);
    simulation->addAction(m_resetAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_runAction);
    bar->addAction(m_stepAction);
    bar->addAction(m_resetAction);
    bar->addSeparator();

    auto *speedLabel = new QLabel(tr(" Speed "), bar);
    m_speedBox = new QComboBox(bar);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedBox->setFocusPolicy(Qt::NoFocus);   // keep Space for Run/Pause
    m_speedBox->setToolTip(tr("Simulated seconds per real second"));
    for (double speed : kSpeeds)
        m_speedBox->addItem(QStringLiteral("%1\u00D7").arg(QLocale().toString(speed)), speed);
    m_speedBox->setCurrentIndex(m_speedBox->findData(1.0));
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_controller->setSpeed(m_speedBox->itemData(index).toDouble()); });
    bar->addWidget(speedLabel);
    bar->addWidget(m_speedBox);
}

void MainWindow::createStatusBar()
{
    auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(statusBar());
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_timeLabel = makeLabel(QStringLiteral("timeLabel"));
    m_timeLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_rateLabel = makeLabel(QStringLiteral("rateLabel"));
    m_countsLabel = makeLabel(QStringLiteral("countsLabel"));
    m_speedLabel = makeLabel(QStringLiteral("speedLabel"));
}

void MainWindow::createChartDock()
{
    auto *dock = new QDockWidget(tr("Throughput and latency"), this);
    dock->setObjectName(QStringLiteral("chartDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_chart = new ThroughputChart(dock);
    m_chart->setMinimumWidth(300);
    dock->setWidget(m_chart);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

bool MainWindow::loadFile(const QString &fileName, QString *error)
{
    TopologyReader reader;
    const std::optional<Topology> topology = reader.readFile(fileName);
    if (!topology) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    QString engineError;
    if (!m_controller->setTopology(*topology, &engineError)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, engineError);
        return false;
    }
    m_fileName = fileName;
    updateTitle();
    return true;
}

void MainWindow::openFile(const QString &fileName)
{
    QString error;
    if (loadFile(fileName, &error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open topology"),
                    tr("ScaleLab could not open %1. The topology already open is unchanged.")
                        .arg(QFileInfo(fileName).fileName()),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorBox"));
    // Every problem found, each with its JSON path and what was expected.
    box.setInformativeText(error);
    box.exec();
}

void MainWindow::open()
{
    const QString dir = m_fileName.startsWith(QLatin1Char(':')) ? QDir::homePath() : QFileInfo(m_fileName).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open topology"), dir,
                                                          tr("ScaleLab topologies (*.scalelab.json);;JSON files (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void MainWindow::applyNodeAction(int node, const QString &action)
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation || node < 0 || node >= simulation->nodeCount())
        return;
    ScenarioEvent event;
    event.action = action;
    event.node = QString::fromStdString(simulation->node(node).id);
    const QString error = m_controller->applyAction(event);
    if (!error.isEmpty())
        statusBar()->showMessage(error, kEventMessageMs);
}

void MainWindow::showNodeMenu(int node, const QPoint &screenPos)
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation || node < 0 || node >= simulation->nodeCount())
        return;
    const NodeRuntime &runtime = simulation->node(node);
    QMenu menu(this);
    menu.addSection(QString::fromStdString(runtime.id));
    QAction *kill = menu.addAction(tr("Kill"), this, [this, node] { applyNodeAction(node, QStringLiteral("kill")); });
    kill->setEnabled(runtime.up);
    QAction *revive = menu.addAction(tr("Revive"), this, [this, node] { applyNodeAction(node, QStringLiteral("revive")); });
    revive->setEnabled(!runtime.up);
    if (runtime.draining) {
        menu.addAction(tr("Stop draining"), this, [this, node] { applyNodeAction(node, QStringLiteral("undrain")); });
    } else {
        QAction *drain = menu.addAction(tr("Drain"), this, [this, node] { applyNodeAction(node, QStringLiteral("drain")); });
        drain->setEnabled(runtime.up);
    }
    menu.exec(screenPos);
}

void MainWindow::rebuildFromSimulation()
{
    const Topology &topology = m_controller->topology();
    m_scene->setTopology(topology);
    m_view->fitScene();
    m_chart->clear();
    updateRunAction(m_controller->isRunning());
}

void MainWindow::updateTitle()
{
    const Topology &topology = m_controller->topology();
    const QString name = topology.name.isEmpty() ? QFileInfo(m_fileName).fileName() : topology.name;
    m_title->setText(name);
    const QString shownFile = m_fileName.startsWith(QLatin1Char(':'))
                                  ? tr("built-in example %1").arg(QFileInfo(m_fileName).fileName())
                                  : QDir::toNativeSeparators(m_fileName);
    m_subtitle->setText(tr("%1  \u00B7  %2 nodes, %3 links  \u00B7  seed %4")
                            .arg(shownFile)
                            .arg(topology.nodes.size())
                            .arg(topology.links.size())
                            .arg(topology.seed));
    setWindowTitle(tr("%1 \u2014 ScaleLab").arg(name));
}

void MainWindow::updateFromSimulation()
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation)
        return;
    m_scene->syncFrom(*simulation);
    m_chart->refresh(simulation->metrics());
    updateStatus();
    showEngineEvents();
}

void MainWindow::refreshNow()
{
    if (const Simulation *simulation = m_controller->simulation()) {
        m_scene->syncFrom(*simulation);
        m_chart->refresh(simulation->metrics(), true);
    }
    updateStatus();
}

void MainWindow::showEngineEvents()
{
    const Simulation *simulation = m_controller->simulation();
    for (const EngineEvent &event : m_controller->takeEngineEvents()) {
        const QString node = event.node >= 0 ? QString::fromStdString(simulation->nodeName(event.node)) : QString();
        const QString text = describe(event, node);
        if (!text.isEmpty())
            statusBar()->showMessage(tr("%1 s: %2").arg(QLocale().toString(event.at.s(), 'f', 1), text), kEventMessageMs);
    }
}

void MainWindow::updateStatus()
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation) {
        m_timeLabel->setText(tr("no topology"));
        m_rateLabel->clear();
        m_countsLabel->clear();
        m_speedLabel->clear();
        return;
    }
    const QLocale locale;
    m_timeLabel->setText(tr("t = %1 s").arg(locale.toString(simulation->now().s(), 'f', 1)));

    const std::vector<SecondSample> &series = simulation->metrics().series();
    const std::uint64_t lastSecond = series.empty() ? 0 : series.back().requests.total;
    m_rateLabel->setText(tr("%1 req/s").arg(formatCount(lastSecond)));

    const RequestCounters &requests = simulation->metrics().requests();
    m_countsLabel->setText(tr("ok %1  \u00B7  errors %2  \u00B7  dropped %3  \u00B7  in flight %4")
                               .arg(formatCount(requests.ok), formatCount(requests.error + requests.timeout),
                                    formatCount(requests.dropped), formatCount(simulation->requestsInFlight())));

    const double speed = m_controller->speed();
    const double achieved = m_controller->achievedSpeed();
    QString speedText = tr("%1\u00D7").arg(locale.toString(speed));
    if (m_controller->isRunning() && achieved > 0.0 && achieved < 0.9 * speed)
        speedText = tr("%1\u00D7 (engine keeps up at %2\u00D7)").arg(locale.toString(speed), locale.toString(achieved, 'f', 1));
    m_speedLabel->setText(m_controller->isRunning() ? tr("running at %1").arg(speedText) : tr("paused"));
}

QString MainWindow::statusText() const
{
    return QStringList{m_timeLabel->text(), m_rateLabel->text(), m_countsLabel->text(), m_speedLabel->text()}
        .join(QStringLiteral("  |  "));
}

void MainWindow::updateRunAction(bool running)
{
    m_runAction->setText(running ? tr("Pause") : tr("Run"));
    m_runAction->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_runAction->setToolTip(running ? tr("Pause the simulation (Space)") : tr("Run the simulation (Space)"));
    const bool open = m_controller->simulation() != nullptr;
    m_runAction->setEnabled(open);
    m_stepAction->setEnabled(open);
    m_resetAction->setEnabled(open);
    updateStatus();
}

} // namespace scalelab
