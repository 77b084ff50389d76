#include "mainwindow.h"

#include "accessibilitysupport.h"
#include "autosaver.h"
#include "bignumbertiles.h"
#include "canvaseditor.h"
#include "chartsdock.h"
#include "documentfiles.h"
#include "eventlogtools.h"
#include "inspectordock.h"
#include "io/topologyreader.h"
#include "lessons/lessonreader.h"
#include "lessoneditor.h"
#include "lessonhandout.h"
#include "lessonhighlighter.h"
#include "lessonpanel.h"
#include "lessonsession.h"
#include "lessontranslation.h"
#include "liveeditbridge.h"
#include "presentermode.h"
#include "nodepalette.h"
#include "nodeitem.h"
#include "requestflowlayer.h"
#include "sim/simulation.h"
#include "settingswindowstate.h"
#include "simulationcontroller.h"
#include "teachingorder.h"
#include "timelinebar.h"
#include "topologydocument.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
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
constexpr int kChartDockWidth = 460;
constexpr int kChartDockHeight = 460;
constexpr int kInspectorDockHeight = 300;
const double kSpeeds[] = {0.01, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100, 1000};

QString formatCount(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

// "web2 went down" for the status bar; empty for events a class does not need to see.
QString describe(const EngineEvent &event, const QString &node)
{
    const QString detail = QString::fromStdString(event.detail);
    switch (event.kind) {
    case EngineEventKind::Kill:
        return MainWindow::tr("%1 went down").arg(node);
    case EngineEventKind::Revive:
        return MainWindow::tr("%1 is back up").arg(node);
    case EngineEventKind::Drain:
        return MainWindow::tr("%1 is draining: no new requests").arg(node);
    case EngineEventKind::Undrain:
        return MainWindow::tr("%1 takes new requests again").arg(node);
    case EngineEventKind::HealthDown:
        return MainWindow::tr("%1 failed its health checks").arg(node);
    case EngineEventKind::HealthUp:
        return MainWindow::tr("%1 passes its health checks again").arg(node);
    case EngineEventKind::Partition:
        return MainWindow::tr("network partition: %1").arg(detail);
    case EngineEventKind::Heal:
        return MainWindow::tr("partition healed: %1").arg(detail);
    case EngineEventKind::Promote:
        return MainWindow::tr("%1 promoted to primary").arg(node);
    default:
        return {};
    }
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_controller(new SimulationController(this)),
      m_document(new TopologyDocument(this)),
      m_scene(new TopologyScene(this))
{
    setWindowTitle(tr("ScaleLab"));
    setAcceptDrops(true);
    m_files = new DocumentFiles(m_document, this);
    m_bridge = new LiveEditBridge(m_document, m_controller, this);
    m_autosaver = new Autosaver(m_document, QString(), this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Colours and type sizes of the header and the banner: SettingsWindowState, from the theme.
    auto *header = new QWidget(central);
    header->setObjectName(QStringLiteral("windowHeader"));
    header->setAutoFillBackground(true);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(18, 12, 18, 0);
    headerLayout->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    // Wrapped: a long topology name must not make the window wider than the screen (or than
    // a screenshot's --size), as an unwrapped label's minimum width would.
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    // Why the topology cannot run yet (no clients node...), in words, while it is being built.
    m_problemBanner = new QLabel(central);
    m_problemBanner->setObjectName(QStringLiteral("problemBanner"));
    m_problemBanner->setWordWrap(true);
    m_problemBanner->hide();
    m_view = new TopologyView(m_scene, central);
    m_timeline = new TimelineBar(m_controller, central);
    layout->addWidget(header);
    layout->addWidget(m_problemBanner);
    m_bigNumbers = new BigNumberTiles(m_controller, central);
    layout->addWidget(m_bigNumbers);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_timeline);
    setCentralWidget(central);
    // Canvas editing: its actions go in the menus below, the palette docks on the left.
    m_editor = new CanvasEditor(m_document, m_scene, m_view, this);
    m_palette = new NodePalette(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    m_editor->attachPalette(m_palette);

    createActions();
    createLessons();
    createMenus();
    createToolBar();
    createChartDock();
    createStatusBar();

    connect(m_controller, &SimulationController::advanced, this, &MainWindow::updateFromSimulation);
    connect(m_controller, &SimulationController::simulationReplaced, this, &MainWindow::rebuildFromSimulation);
    // News of a kill at 30 s is from the future once the timeline is back at 10 s.
    connect(m_controller, &SimulationController::timeJumped, statusBar(), &QStatusBar::clearMessage);
    connect(m_controller, &SimulationController::runningChanged, this, &MainWindow::updateRunAction);
    connect(m_scene, &TopologyScene::nodeContextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_scene, &TopologyScene::linkContextMenuRequested, this, &MainWindow::showLinkMenu);
    connect(m_editor, &CanvasEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, kEventMessageMs); });
    connect(m_view, &TopologyView::fileDropped, m_files, &DocumentFiles::openFile);
    connect(m_document, &TopologyDocument::documentReset, this, [this] {
        rebuildScene(true);
        m_view->fitScene();
        updateTitle();
    });
    connect(m_document, &TopologyDocument::changed, this, [this] {
        rebuildScene();
        updateTitle();
    });
    connect(m_document, &TopologyDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_document, &TopologyDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_bridge, &LiveEditBridge::runnableChanged, this, &MainWindow::showRunProblems);
    connect(m_bridge, &LiveEditBridge::appliedLive, this,
            [this](const QString &how) { statusBar()->showMessage(how, kEventMessageMs); });
    connect(m_bridge, &LiveEditBridge::replayedFromZero, this, [this](const QString &what, SimTime at) {
        statusBar()->showMessage(tr("Topology edited: %1 \u2014 run replayed from 0 s to %2 s with the change.")
                                     .arg(what, QLocale().toString(at.s(), 'f', 1)),
                                 kEventMessageMs * 2);
    });
    connect(m_bridge, &LiveEditBridge::replaying, this, [this](const QString &what, SimTime reached, SimTime target) {
        statusBar()->showMessage(tr("Topology edited: %1 \u2014 replaying the run from 0 s: %2 of %3 s\u2026")
                                     .arg(what, QLocale().toString(reached.s(), 'f', 1), QLocale().toString(target.s(), 'f', 1)));
    });
    new RequestFlowLayer(m_controller, m_scene, m_view);   // requests moving on the canvas; owned by the controller
    // Created after the scene's rebuild on changed(): the inspector restores the selection then.
    m_inspector = new InspectorDock(m_document, m_controller, m_scene, this);
    splitDockWidget(findChild<QDockWidget *>(QStringLiteral("chartDock")), m_inspector, Qt::Vertical);
    new EventLogTools(this);   // event log and client view docks, cause tracing, Tools > Compare

    resize(1280, 800);
    resizeDocks({m_chart}, {kChartDockWidth}, Qt::Horizontal);
    // Charts above the inspector get the larger share: two or three plots without scrolling.
    resizeDocks({m_chart, m_inspector}, {kChartDockHeight, kInspectorDockHeight}, Qt::Vertical);
    updateRunAction(false);
    updateStatus();
    new SettingsWindowState(this);   // Edit > Settings, saved layout, theme
    new AccessibilitySupport(this);  // View > Move Focus To, the canvas described for screen readers
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::builtInExamples()
{
    QStringList ids;
    for (const QString &file : QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.scalelab.json")}, QDir::Files, QDir::Name))
        ids << file.chopped(QStringLiteral(".scalelab.json").size());
    QStringList files;
    for (const QString &id : TeachingOrder::sorted(ids, QStringLiteral("examples")))
        files << id + QStringLiteral(".scalelab.json");
    return files;
}

QString MainWindow::builtInExample(const QString &fileName)
{
    return QStringLiteral(":/examples/") + fileName;
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_runAction = new QAction(this);
    m_runAction->setShortcut(Qt::Key_Space);
    m_runAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_runAction, &QAction::triggered, m_controller, &SimulationController::toggleRunning);

    m_stepAction = new QAction(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("&Step 100 ms"), this);
    m_stepAction->setShortcut(Qt::Key_Period);
    m_stepAction->setToolTip(tr("Pause and advance the simulation by 100 ms (.)"));
    connect(m_stepAction, &QAction::triggered, m_controller, [this] { m_controller->step(SimTime::fromMs(100)); });

    m_stepEventAction = new QAction(tr("Step &One Event"), this);
    m_stepEventAction->setShortcut(Qt::SHIFT | Qt::Key_Period);
    m_stepEventAction->setToolTip(tr("Pause and process exactly one engine event (Shift+.)"));
    connect(m_stepEventAction, &QAction::triggered, m_controller, &SimulationController::stepOneEvent);

    m_resetAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("R&eset"), this);
    m_resetAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_resetAction->setToolTip(tr("Start the topology again from time zero (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, [this] {
        QString error;
        if (!m_controller->setTopology(m_document->topology(), &error))
            statusBar()->showMessage(error, kEventMessageMs);
    });

    m_fasterAction = new QAction(tr("&Faster"), this);
    m_fasterAction->setShortcut(Qt::Key_Plus);
    connect(m_fasterAction, &QAction::triggered, this,
            [this] { m_speedBox->setCurrentIndex(std::min(m_speedBox->currentIndex() + 1, m_speedBox->count() - 1)); });
    m_slowerAction = new QAction(tr("S&lower"), this);
    m_slowerAction->setShortcut(Qt::Key_Minus);
    connect(m_slowerAction, &QAction::triggered, this,
            [this] { m_speedBox->setCurrentIndex(std::max(m_speedBox->currentIndex() - 1, 0)); });

    // Runtime actions on the selected node, for a teacher who keeps a hand on the keyboard.
    auto nodeAction = [this](const QString &text, const QKeySequence &key, const QString &action, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, [this, action] {
            const QString node = selectedNode();
            if (node.isEmpty())
                statusBar()->showMessage(tr("Select a node first"), kEventMessageMs);
            else
                applyNodeAction(node, action);
        });
        return a;
    };
    m_killAction = nodeAction(tr("&Kill Selected Node"), Qt::Key_K, QStringLiteral("kill"),
                              tr("Kill the selected node now (K)"));
    m_reviveAction = nodeAction(tr("Re&vive Selected Node"), Qt::Key_V, QStringLiteral("revive"),
                                tr("Bring the selected node back (V)"));
    m_drainAction = nodeAction(tr("&Drain Selected Node"), Qt::Key_D, QStringLiteral("drain"),
                               tr("Stop sending new requests to the selected node (D)"));

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::createLessons()
{
    // The lesson panel docks left of the canvas, hidden until a lesson opens.
    m_lessons = new LessonSession(m_document, m_controller, this);
    m_lessonPanel = new LessonPanel(m_lessons, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonPanel);
    m_lessonPanel->hide();
    new LessonHighlighter(m_lessons, m_scene, this);
    m_presenter = new PresenterMode(this, m_lessonPanel, m_view);
    // Opening a file (or a new one) ends the lesson.
    connect(m_files, &DocumentFiles::opened, m_lessons, &LessonSession::close);
    connect(m_lessons, &LessonSession::stepChanged, this, [this] {
        m_view->fitScene();
        updateTitle();
    });
    connect(m_lessons, &LessonSession::closed, this, &MainWindow::updateTitle);
    // In a lesson the narration matters more than the palette: they share the left side,
    // the lesson in front.
    connect(m_lessons, &LessonSession::opened, this, [this] {
        if (auto *palette = findChild<QDockWidget *>(QStringLiteral("nodePalette"))) {
            tabifyDockWidget(palette, m_lessonPanel);
            m_lessonPanel->show();
            m_lessonPanel->raise();
        }
    });
    connect(m_document, &TopologyDocument::editRefused, this,
            [this](const QString &why) { statusBar()->showMessage(why, kEventMessageMs); });
}

void MainWindow::createLessonMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Lessons"));
    menu->setObjectName(QStringLiteral("lessonsMenu"));
    for (const QString &id : LessonSession::builtInLessons()) {
        LessonReader reader;
        reader.setExamplesDirectory(QStringLiteral(":/examples"));
        std::optional<Lesson> lesson = reader.readFile(LessonSession::builtInLesson(id));
        if (lesson)
            translateLesson(*lesson);
        const QString title = lesson ? lesson->title : id;
        QAction *action = menu->addAction(title, this, [this, id] {
            QString error;
            if (!openLesson(LessonSession::builtInLesson(id), &error))
                QMessageBox::warning(this, tr("Cannot open lesson"), error);
        });
        if (lesson)
            action->setStatusTip(lesson->summary);
    }
    menu->addSeparator();
    menu->addAction(tr("Open Lesson &File..."), this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open lesson"), QDir::homePath(),
                                                          tr("ScaleLab lessons (*.lesson.json);;All files (*)"));
        QString error;
        if (!file.isEmpty() && !openLesson(file, &error))
            QMessageBox::warning(this, tr("Cannot open lesson"), error);
    });
    QAction *handout = menu->addAction(tr("Export &Handout (PDF)..."), this, [this] {
        QString suggestion = QDir::home().filePath(m_lessons->lesson().id + QStringLiteral("-handout.pdf"));
        const QString file = QFileDialog::getSaveFileName(this, tr("Export handout"), suggestion, tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = LessonHandout::write(m_lessons->lesson(), file, &error);
        QApplication::restoreOverrideCursor();
        if (ok)
            statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(file)), kEventMessageMs);
        else
            QMessageBox::warning(this, tr("Cannot export handout"), error);
    });
    menu->addAction(tr("Lesson &Editor..."), this, [this] {
        Lesson lesson;
        if (m_lessons->isOpen()) {
            lesson = m_lessons->lesson();
        } else {
            lesson.id = QStringLiteral("my-lesson");
            lesson.title = tr("My lesson");
        }
        LessonEditor editor(lesson, m_document, this);
        editor.exec();
    });
    QAction *close = menu->addAction(tr("&Close Lesson"), m_lessons, &LessonSession::close);
    auto update = [this, handout, close] {
        handout->setEnabled(m_lessons->isOpen());
        close->setEnabled(m_lessons->isOpen());
    };
    connect(m_lessons, &LessonSession::opened, this, update);
    connect(m_lessons, &LessonSession::closed, this, update);
    update();
    menu->addSeparator();
    menu->addAction(m_presenter->action());
}

bool MainWindow::openLesson(const QString &fileName, QString *error)
{
    if (!m_files->maybeSave())
        return false;
    return m_lessons->open(fileName, error);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const QString &example : builtInExamples()) {
        const QString title = QString(example).remove(QStringLiteral(".scalelab.json")).replace(QLatin1Char('-'), QLatin1Char(' '));
        examples->addAction(title, this, [this, example] { m_files->openFile(builtInExample(example)); });
    }
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions(m_editor->exportActions());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addActions(m_editor->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_editor->viewActions());
    view->addSeparator();
    view->addAction(m_palette->toggleViewAction());

    QMenu *simulation = menuBar()->addMenu(tr("&Simulation"));
    simulation->addAction(m_runAction);
    simulation->addAction(m_stepAction);
    simulation->addAction(m_stepEventAction);
    simulation->addAction(m_resetAction);
    simulation->addSeparator();
    simulation->addAction(m_fasterAction);
    simulation->addAction(m_slowerAction);
    simulation->addSeparator();
    simulation->addAction(m_killAction);
    simulation->addAction(m_reviveAction);
    simulation->addAction(m_drainAction);

    createLessonMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
}

void MainWindow::createToolBar()
{
    QToolBar *files = addToolBar(tr("File"));
    files->setObjectName(QStringLiteral("fileToolBar"));
    files->setMovable(false);
    files->setIconSize(QSize(20, 20));
    files->addAction(m_files->newAction());
    files->addAction(m_files->openAction());
    files->addAction(m_files->saveAction());
    files->addAction(m_undoAction);
    files->addAction(m_redoAction);

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
    m_speedBox->setToolTip(tr("Simulated seconds per real second (+ and - change it)"));
    m_speedBox->setAccessibleName(tr("Speed"));
    for (double speed : kSpeeds)
        m_speedBox->addItem(QStringLiteral("%1\u00D7").arg(QLocale().toString(speed)), speed);
    m_speedBox->setCurrentIndex(m_speedBox->findData(1.0));
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_controller->setSpeed(m_speedBox->itemData(index).toDouble()); });
    bar->addWidget(speedLabel);
    bar->addWidget(m_speedBox);
    bar->addSeparator();
    bar->addAction(m_presenter->action());
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
    m_chart = new ChartsDock(m_controller, this);
    m_chart->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_chart);
    if (auto *exportMenu = menuBar()->findChild<QMenu *>(QStringLiteral("exportMenu"))) {
        exportMenu->addSeparator();
        exportMenu->addActions(m_chart->exportActions());
    }
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        // One "Charts" entry: the panel's check first, then which charts it shows.
        QMenu *charts = view->addMenu(tr("&Charts"));
        charts->setObjectName(QStringLiteral("viewChartsMenu"));
        QAction *panel = m_chart->toggleViewAction();
        panel->setText(tr("Show the Charts &Panel"));
        charts->addAction(panel);
        charts->addSection(tr("Charts shown in the panel"));
        charts->addActions(m_chart->chartsMenu()->actions());
        charts->setToolTipsVisible(true);
        view->addMenu(m_bigNumbers->menu());
    }
}

bool MainWindow::loadFile(const QString &fileName, QString *error)
{
    return m_files->load(fileName, error);
}

QString MainWindow::fileName() const
{
    return m_document->fileName();
}

void MainWindow::openFile(const QString &fileName)
{
    m_files->openFile(fileName);
}

void MainWindow::open()
{
    m_files->open();
}

void MainWindow::recordAction(const ScenarioEvent &action)
{
    if (!m_controller->simulation() || !m_bridge->isRunnable()) {
        statusBar()->showMessage(tr("The topology is not running: %1").arg(m_bridge->problems()), kEventMessageMs);
        return;
    }
    ScenarioEvent stamped = action;
    stamped.atS = m_controller->nextActionTime().s();
    m_document->recordAction(stamped);
}

void MainWindow::applyNodeAction(const QString &id, const QString &action)
{
    ScenarioEvent event;
    event.action = action;
    event.node = id;
    recordAction(event);
}

void MainWindow::applyLinkAction(const QString &from, const QString &to, const QString &action)
{
    ScenarioEvent event;
    event.action = action;
    event.from = from;
    event.to = to;
    recordAction(event);
}

QString MainWindow::selectedNode() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node->id();
    }
    return {};
}

void MainWindow::showNodeMenu(int node, const QPoint &screenPos)
{
    NodeItem *item = m_scene->nodeItem(node);
    const Simulation *simulation = m_controller->simulation();
    if (!item || !simulation)
        return;
    const QString id = item->id();
    const int index = simulation->nodeIndex(id);
    QMenu menu(this);
    menu.addSection(id);
    if (index < 0) {
        menu.addAction(tr("Not running yet"))->setEnabled(false);
        menu.exec(screenPos);
        return;
    }
    const NodeStatus runtime = simulation->nodeStatus(index);
    QAction *kill = menu.addAction(tr("Kill"), this, [this, id] { applyNodeAction(id, QStringLiteral("kill")); });
    kill->setShortcut(m_killAction->shortcut());
    const Provisioning provisioning = simulation->database(index).provisioning;
    kill->setEnabled(runtime.up || provisioning == Provisioning::Copying);  // a kill aborts a copy
    QAction *revive = menu.addAction(tr("Revive"), this, [this, id] { applyNodeAction(id, QStringLiteral("revive")); });
    revive->setShortcut(m_reviveAction->shortcut());
    revive->setEnabled(!runtime.up && provisioning != Provisioning::Absent && provisioning != Provisioning::Copying);
    if (runtime.draining) {
        menu.addAction(tr("Stop draining"), this, [this, id] { applyNodeAction(id, QStringLiteral("undrain")); });
    } else {
        QAction *drain = menu.addAction(tr("Drain"), this, [this, id] { applyNodeAction(id, QStringLiteral("drain")); });
        drain->setShortcut(m_drainAction->shortcut());
        drain->setEnabled(runtime.up);
    }
    addProvisionMenu(menu, *simulation, index);
    // Partition or heal each link of this node.
    const Topology &topology = simulation->topology();
    QMenu *links = nullptr;
    for (int i = 0; i < topology.links.size(); ++i) {
        const LinkSpec &link = topology.links[i];
        if (link.from != id && link.to != id)
            continue;
        if (!links)
            links = menu.addMenu(tr("Network"));
        const bool partitioned = simulation->link(i).partitioned;
        const QString other = link.from == id ? link.to : link.from;
        links->addAction(partitioned ? tr("Heal the link to %1").arg(other) : tr("Partition from %1").arg(other), this,
                         [this, link, partitioned] {
                             applyLinkAction(link.from, link.to,
                                             partitioned ? QStringLiteral("heal") : QStringLiteral("partition"));
                         });
    }
    menu.exec(screenPos);
}

void MainWindow::addProvisionMenu(QMenu &menu, const Simulation &simulation, int index)
{
    // A new spare is a document edit (the run is replayed with it; until provisioned it
    // changes nothing); provisioning an existing spare is a recorded runtime action like Kill.
    const NodeStatus runtime = simulation.nodeStatus(index);
    if (runtime.type != NodeType::Database || simulation.replicationState().peerMode())
        return;
    const auto isLiveCopy = [&](int i) {
        const NodeStatus n = simulation.nodeStatus(i);
        return n.type == NodeType::Database && n.up && simulation.database(i).provisioning == Provisioning::Ready;
    };
    const auto isSpare = [&](int i) {
        return simulation.nodeStatus(i).type == NodeType::Database && simulation.database(i).provisioning == Provisioning::Absent;
    };
    const auto provision = [this](const QString &node, const QString &from) {
        ScenarioEvent event;
        event.action = QStringLiteral("provision");
        event.node = node;
        event.from = from;
        recordAction(event);
    };
    const QString id = QString::fromStdString(simulation.nodeName(index));
    if (isLiveCopy(index)) {
        menu.addAction(tr("Add a replica from here"), this, [this, id] {
            if (!m_controller->simulation() || !m_bridge->isRunnable())
                return;
            const QString spare = m_document->addReplica(id, m_controller->nextActionTime().s());
            // Placed below its source, which may be at the canvas's edge: show it.
            if (NodeItem *item = spare.isEmpty() ? nullptr : m_scene->nodeItem(spare))
                m_view->ensureVisible(item);
        });
    }
    QMenu *sub = nullptr;
    for (int i = 0; isSpare(index) && i < simulation.nodeCount(); ++i) {
        if (!isLiveCopy(i))
            continue;
        if (!sub)
            sub = menu.addMenu(tr("Provision from"));
        const QString other = QString::fromStdString(simulation.nodeName(i));
        sub->addAction(other, this, [provision, id, other] { provision(id, other); });
    }
}

void MainWindow::showLinkMenu(const QString &from, const QString &to, const QPoint &screenPos)
{
    QMenu menu(this);
    menu.addSection(tr("%1 \u2192 %2").arg(from, to));
    const Simulation *simulation = m_controller->simulation();
    int index = -1;
    for (int i = 0; simulation && m_bridge->isRunnable() && i < simulation->topology().links.size(); ++i) {
        const LinkSpec &link = simulation->topology().links[i];
        if (link.from == from && link.to == to)
            index = i;
    }
    if (index >= 0) {
        const bool partitioned = simulation->link(index).partitioned;
        menu.addAction(partitioned ? tr("Heal") : tr("Partition"), this, [this, from, to, partitioned] {
            applyLinkAction(from, to, partitioned ? QStringLiteral("heal") : QStringLiteral("partition"));
        });
    } else {
        menu.addAction(tr("Not running yet"))->setEnabled(false);
    }
    menu.addSeparator();
    menu.addAction(tr("Delete Link"), this, [this, from, to] { m_document->removeItems({}, {LinkEnds(from, to)}); });
    menu.exec(screenPos);
}

void MainWindow::rebuildScene(bool reset)
{
    if (reset)
        m_scene->setTopology(m_document->topology());
    else
        m_scene->updateTopology(m_document->topology());
    if (const Simulation *simulation = m_controller->simulation())
        m_scene->syncFrom(*simulation);
}

void MainWindow::rebuildFromSimulation()
{
    updateRunAction(m_controller->isRunning());
}

void MainWindow::showRunProblems(bool runnable, const QString &problems)
{
    m_problemBanner->setVisible(!runnable);
    m_problemBanner->setText(tr("<b>Not running yet.</b> %1").arg(problems.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    updateRunAction(m_controller->isRunning());
}

void MainWindow::updateTitle()
{
    const Topology &topology = m_document->topology();
    const QString fileName = m_document->fileName();
    const QString name = topology.name.isEmpty() ? (fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName())
                                                 : topology.name;
    m_title->setText(name);
    const QString shownFile = m_lessons && m_lessons->isOpen()
                                  ? tr("lesson \u201C%1\u201D, step %2 of %3")
                                        .arg(m_lessons->lesson().title)
                                        .arg(m_lessons->stepIndex() + 1)
                                        .arg(m_lessons->stepCount())
                              : fileName.isEmpty()               ? tr("not saved yet")
                              : fileName.startsWith(QLatin1Char(':')) ? tr("built-in example %1").arg(QFileInfo(fileName).fileName())
                                                                     : QDir::toNativeSeparators(fileName);
    m_subtitle->setText(tr("%1  \u00B7  %2 nodes, %3 links  \u00B7  seed %4")
                            .arg(shownFile)
                            .arg(topology.nodes.size())
                            .arg(topology.links.size())
                            .arg(topology.seed));
    // [*] shows the unsaved-changes mark where the platform puts it.
    setWindowTitle(tr("%1[*] \u2014 ScaleLab").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            rows += QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                             QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped());
        }
    }
    rows += tr("<tr><td style='padding-right:24px'><b>Right click</b></td><td>Kill, revive, drain a node; partition or heal its links</td></tr>");
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"), QString(), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows));
    box.exec();
}

bool MainWindow::recover(const QString &autosaveFile, const QString &originalFile, QString *error)
{
    TopologyReader reader;
    std::optional<Topology> topology = reader.readFile(autosaveFile);
    if (!topology) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    if (!originalFile.isEmpty() && !originalFile.startsWith(QLatin1Char(':')))
        topology->baseDirectory = QFileInfo(originalFile).absolutePath();
    m_document->reset(*topology, originalFile);
    // Recovered work is unsaved work: mark it so, as one undoable step back to the file.
    m_document->setTopologySetting(QStringLiteral("name"), topology->name.isEmpty() ? tr("Recovered") : topology->name);
    m_document->undoStack()->resetClean();
    setWindowModified(true);
    return true;
}

bool MainWindow::offerRecovery()
{
    const QList<Autosaver::Recovery> recoveries = Autosaver::pendingRecoveries();
    bool recovered = false;
    for (const Autosaver::Recovery &recovery : recoveries) {
        const QString what = recovery.originalFile.isEmpty() ? tr("a new topology")
                                                             : QFileInfo(recovery.originalFile).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                        tr("ScaleLab closed unexpectedly while you were editing %1.").arg(what),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recoveryBox"));
        box.setInformativeText(tr("Your changes were saved automatically at %1. Open them now?")
                                   .arg(QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton *open = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open && !recovered) {
            QString error;
            if (recover(recovery.autosaveFile, recovery.originalFile, &error))
                recovered = true;
            else
                QMessageBox::warning(this, tr("Cannot recover"), error);
        }
        Autosaver::discard(recovery);
    }
    return recovered;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->clear();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Opened after the drop returns: a modal prompt inside a drop handler blocks the source.
    const QString file = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, file] { m_files->openFile(file); });
}

void MainWindow::updateFromSimulation()
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation)
        return;
    m_scene->syncFrom(*simulation);
    updateStatus();
    showEngineEvents();
}

void MainWindow::refreshNow()
{
    if (const Simulation *simulation = m_controller->simulation())
        m_scene->syncFrom(*simulation);
    m_chart->refreshNow();
    m_bigNumbers->refreshNow();
    m_inspector->refreshNow();
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
    m_runAction->setText(running ? tr("&Pause") : tr("&Run"));
    m_runAction->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_runAction->setToolTip(running ? tr("Pause the simulation (Space)") : tr("Run the simulation (Space)"));
    const bool open = m_controller->simulation() != nullptr && m_bridge->isRunnable();
    m_runAction->setEnabled(open);
    m_stepAction->setEnabled(open);
    m_stepEventAction->setEnabled(open);
    m_resetAction->setEnabled(open);
    updateStatus();
}

} // namespace scalelab
