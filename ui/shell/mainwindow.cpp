// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "canvas/canvaseditor.h"
#include "canvas/canvassync.h"
#include "canvas/flow/requestflowlayer.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "charts/bignumbertiles.h"
#include "charts/chartsdock.h"
#include "classsession/classpanel.h"
#include "classsession/classbar.h"
#include "classsession/classroomsession.h"
#include "classsession/followteacher.h"
#include "compare/abcomparewindow.h"
#include "document/autosaver.h"
#include "document/documentfiles.h"
#include "document/topologydocument.h"
#include "eventlog/clientviewdock.h"
#include "eventlog/eventlogdock.h"
#include "eventlog/eventlogtools.h"
#include "inspector/inspectordock.h"
#include "lessons/lessonhighlighter.h"
#include "lessons/lessonmenu.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonsession.h"
#include "run/liveeditbridge.h"
#include "run/problembanner.h"
#include "run/runcontrols.h"
#include "run/runstatus.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "run/timelinebar.h"
#include "shell/accessibilitysupport.h"
#include "shell/languageswitcher.h"
#include "shell/presentermode.h"
#include "shell/settingswindowstate.h"
#include "shell/shortcutsdialog.h"
#include "shell/windowheader.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace scalelab {

namespace {
constexpr int kChartDockWidth = 460;
constexpr int kChartDockHeight = 460;
constexpr int kInspectorDockHeight = 300;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_controller(new SimulationController(this)),
      m_document(new TopologyDocument(this)),
      m_scene(new TopologyScene(this))
{
    setWindowTitle(tr("ScaleLab"));
    m_files = new DocumentFiles(m_document, this);
    m_bridge = new LiveEditBridge(m_document, m_controller, this);
    m_autosaver = new Autosaver(m_document, QString(), this);
    createCentralArea();
    // Canvas editing: its actions go in the menus, the palette docks on the left.
    m_editor = new CanvasEditor(m_document, m_scene, m_view, this);
    m_palette = new NodePalette(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    m_editor->attachPalette(m_palette);
    m_runControls = new RunControls(m_controller, m_document, m_bridge, this);
    m_runtime = new RuntimeActions(m_controller, m_document, m_bridge, m_scene, m_view, this);
    createLessons();
    createToolBars();
    m_chart = new ChartsDock(m_controller, this);
    m_chart->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_chart);
    m_status = new RunStatus(m_controller, statusBar());
    // The classroom session follows the lesson; its dock shows the class how to join.
    m_classroom = new ClassroomSession(m_lessons, m_document, m_controller, this);
    m_classPanel = new ClassPanel(m_classroom, this);
    addDockWidget(Qt::RightDockWidgetArea, m_classPanel);
    m_classPanel->hide();
    // A student's ScaleLab in a class follows the teacher; its bar says where they are.
    m_followTeacher = new FollowTeacher(m_lessons, m_document, m_controller, m_runControls, this);
    m_followTeacher->setMaybeSave([this] { return m_files->maybeSave(); });
    addToolBarBreak();
    addToolBar(new ClassBar(m_followTeacher, this));
    m_presenter = new PresenterMode(this, {m_lessonPanel, m_view, m_chart, m_bigNumbers, m_runBar, m_header, m_banner, m_classPanel});
    m_runBar->addAction(m_presenter->action());
    createMenus();
    connectMessages();
    m_canvasSync = new CanvasSync(m_document, m_controller, m_scene, m_view);
    connect(m_view, &TopologyView::fileDropped, m_files, &DocumentFiles::openFile);
    connect(m_document, &TopologyDocument::modificationChanged, this, &QWidget::setWindowModified);
    m_flow = new RequestFlowLayer(m_controller, m_scene, m_view);   // requests moving on the canvas; owned by the controller
    // Created after the scene's rebuild on changed(): the inspector restores the selection then.
    m_inspector = new InspectorDock(m_document, m_controller, m_scene, this);
    splitDockWidget(m_chart, m_inspector, Qt::Vertical);
    // Closed by its title bar's x, the inspector comes back from View, beside the other docks.
    m_viewMenu->insertAction(m_classPanel->toggleViewAction(), m_inspector->toggleViewAction());
    // The Class dock takes the inspector's place, in front of it, when a session starts:
    // during a class session it matters more. (Tabified while hidden, Qt would not show it.)
    connect(m_classroom, &ClassroomSession::runningChanged, this, [this](bool running) {
        if (!running)
            return;
        tabifyDockWidget(m_inspector, m_classPanel);
        m_classPanel->show();
        m_classPanel->raise();
    });
    // A rule added from a node's menu opens in the inspector for editing.
    connect(m_runtime, &RuntimeActions::alertRuleChosen, m_inspector, &InspectorDock::editAlert);
    // The event log and client view docks, and cause tracing from the canvas's marks.
    m_eventLog = new EventLogTools(m_controller, m_document, m_scene, m_view, m_flow, this);
    m_viewMenu->addActions(m_eventLog->viewActions());
    resize(1280, 800);
    resizeDocks({m_chart}, {kChartDockWidth}, Qt::Horizontal);
    // Charts above the inspector get the larger share: two or three plots without scrolling.
    resizeDocks({m_chart, m_inspector}, {kChartDockHeight, kInspectorDockHeight}, Qt::Vertical);
    createSettingsAndAccess();   // restores the saved layout over the default one above
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ProblemBanner(m_bridge, central);   // why the topology cannot run yet, in words
    m_view = new TopologyView(m_scene, central);
    m_timeline = new TimelineBar(m_controller, central);
    m_bigNumbers = new BigNumberTiles(m_controller, central);
    layout->addWidget(m_banner);
    layout->addWidget(m_bigNumbers);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_timeline);
    setCentralWidget(central);
}

void MainWindow::createLessons()
{
    // The lesson panel docks left of the canvas, hidden until a lesson opens.
    m_lessons = new LessonSession(m_document, m_controller, this);
    m_lessonPanel = new LessonPanel(m_lessons, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonPanel);
    m_lessonPanel->hide();
    new LessonHighlighter(m_lessons, m_scene, this);
    // The header names the lesson and its step, so it comes once there is a session.
    m_header = new WindowHeader(m_document, m_lessons, centralWidget());
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_header);
    connect(m_header, &WindowHeader::nameChanged, this, [this](const QString &name) {
        // [*] shows the unsaved-changes mark where the platform puts it.
        setWindowTitle(tr("%1[*] \u2014 ScaleLab").arg(name));
        setWindowModified(m_document->isModified());
    });
    // Opening a file (or a new one) ends the lesson.
    connect(m_files, &DocumentFiles::opened, m_lessons, &LessonSession::close);
    connect(m_lessons, &LessonSession::stepChanged, m_view, &TopologyView::fitScene);
    // In a lesson the narration matters more than the palette: they share the left side,
    // the lesson in front.
    connect(m_lessons, &LessonSession::opened, this, [this] {
        tabifyDockWidget(m_palette, m_lessonPanel);
        m_lessonPanel->show();
        m_lessonPanel->raise();
    });
}

void MainWindow::createToolBars()
{
    QToolBar *files = addToolBar(tr("File"));
    files->setObjectName(QStringLiteral("fileToolBar"));
    files->setMovable(false);
    files->setIconSize(QSize(20, 20));
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    files->addActions({m_files->newAction(), m_files->openAction(), m_files->saveAction(), m_undo, m_redo});
    m_runBar = m_runControls->createToolBar(this);
    addToolBar(m_runBar);
}

void MainWindow::createMenus()
{
    addFileMenu();
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addActions({m_undo, m_redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_editor->editActions());
    addViewMenu();
    QMenu *simulation = menuBar()->addMenu(tr("&Simulation"));
    simulation->addActions(m_runControls->runActions());
    simulation->addSeparator();
    simulation->addActions(m_runControls->speedActions());
    simulation->addSeparator();
    simulation->addActions(m_runtime->actions());
    m_lessonMenu = new LessonMenu(m_lessons, m_files, m_document, this);
    m_lessonMenu->addSeparator();
    m_lessonMenu->addActions({m_classroom->startAction(), m_classroom->stopAction()});
    m_lessonMenu->addSeparator();
    m_lessonMenu->addAction(m_presenter->action());
    menuBar()->addMenu(m_lessonMenu);
    addToolsAndHelpMenus();
}

void MainWindow::addFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_files->newAction(), m_files->openAction()});
    file->addMenu(m_files->recentMenu());
    file->addMenu(m_files->examplesMenu());
    file->addSeparator();
    file->addActions({m_files->saveAction(), m_files->saveAsAction()});
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions(m_editor->exportActions());
    exportMenu->addSeparator();
    exportMenu->addActions(m_chart->exportActions());
    file->addSeparator();
    file->addActions({m_followTeacher->joinAction(), m_followTeacher->followAction(), m_followTeacher->leaveAction()});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::addViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_editor->viewActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_palette->toggleViewAction());
    m_viewMenu->addAction(m_lessonPanel->toggleViewAction());
    m_viewMenu->addAction(m_classPanel->toggleViewAction());
    m_viewMenu->addMenu(m_chart->createViewMenu(m_viewMenu));
    m_viewMenu->addMenu(m_bigNumbers->menu());
}

void MainWindow::addToolsAndHelpMenus()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *compare = tools->addAction(tr("&Compare\u2026"), this, [this] {
        (new AbCompareWindow(m_document->topology(), this))->show();
    });
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setStatusTip(tr("Run the topology against a copy with one thing changed, on the same requests"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog::show(menuBar(), this); });
    shortcuts->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::connectMessages()
{
    const auto show = [this](const QString &text) { m_status->showMessage(text); };
    connect(m_editor, &CanvasEditor::message, m_status, show);
    connect(m_runControls, &RunControls::message, m_status, show);
    connect(m_runtime, &RuntimeActions::message, m_status, show);
    connect(m_lessonMenu, &LessonMenu::message, m_status, show);
    connect(m_document, &TopologyDocument::editRefused, m_status, show);
    m_status->followEdits(m_bridge);
}

void MainWindow::createSettingsAndAccess()
{
    auto *settings = new SettingsWindowState(this, m_presenter);   // saved layout, Edit > Settings
    m_editMenu->addSeparator();
    m_editMenu->addAction(settings->settingsAction());
    connect(settings, &SettingsWindowState::languageChosen, this,
            [this](const QString &code) { LanguageSwitcher::instance()->switchLanguage(this, code); });
    // View > Move Focus To, the canvas described for screen readers.
    const AccessibilitySupport::Panes panes{m_view, m_palette, m_lessonPanel, m_inspector, m_chart,
                                            m_eventLog->eventLog(), m_eventLog->clientView(), m_timeline->slider()};
    auto *access = new AccessibilitySupport(panes, m_document, m_scene, m_controller, this);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(access->focusMenu());
}

bool MainWindow::loadFile(const QString &fileName, QString *error)
{
    return m_files->load(fileName, error);
}

QString MainWindow::fileName() const
{
    return m_document->fileName();
}

bool MainWindow::openLesson(const QString &fileName, QString *error)
{
    return m_lessonMenu->openLesson(fileName, error);
}

void MainWindow::refreshNow()
{
    m_canvasSync->syncNow();
    m_chart->refreshNow();
    m_bigNumbers->refreshNow();
    m_inspector->refreshNow();
    m_status->update();
}

QString MainWindow::statusText() const
{
    return m_status->text();
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

} // namespace scalelab
