// SPDX-License-Identifier: GPL-3.0-or-later
// A smoke test on a real X server (xvfb-run, the xcb platform): the main window is driven
// only by real X input sent by the xdotool program, as a teacher would drive it: drag a
// node from the palette, link two cards, run, kill a node by right-click, save, present and
// leave, drag the timeline. After each step the window's state is checked in-process and the
// X screen is grabbed into the test's temporary directory (kept on failure, or with
// SCALELAB_REALX_KEEP=1). Each slot is one step and builds on the previous ones.
//
// xdotool runs as a child process while this test keeps Qt's event loop going: a palette
// drag (QDrag::exec) and a context menu (QMenu::exec) each run a loop of their own inside
// ours, so no step may wait for the other process with the event loop stopped.

#include "canvas/canvaseditor.h"
#include "canvas/canvasinteraction.h"
#include "canvas/linkhandleitem.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "io/topologyreader.h"
#include "run/simulationcontroller.h"
#include "run/timelinebar.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "sim/simulation.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QScreen>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace scalelab;

namespace {

// Generous: the machine running the suite may be busy with a parallel build.
constexpr int kStepTimeoutMs = 20000;
constexpr double kSecondsPerTick = 1.0 / TimelineBar::kTicksPerSecond;

/// One xdotool command line: pointer moves, buttons, keys and pauses, in order.
class Gesture
{
public:
    Gesture &moveTo(const QPoint &global)
    {
        m_args << QStringLiteral("mousemove") << QString::number(global.x()) << QString::number(global.y());
        m_at = global;
        return pause(60);
    }
    /// Moves in `steps` straight steps, as a hand does: a drag needs motion to start and follow.
    Gesture &glideTo(const QPoint &global, int steps = 12)
    {
        const QPoint from = m_at;
        for (int i = 1; i <= steps; ++i) {
            m_args << QStringLiteral("mousemove") << QString::number(from.x() + (global.x() - from.x()) * i / steps)
                   << QString::number(from.y() + (global.y() - from.y()) * i / steps);
            pause(30);
        }
        m_at = global;
        return pause(150);
    }
    Gesture &press(int button = 1) { return add({QStringLiteral("mousedown"), QString::number(button)}).pause(100); }
    Gesture &release(int button = 1) { return add({QStringLiteral("mouseup"), QString::number(button)}).pause(100); }
    Gesture &click(int button = 1) { return add({QStringLiteral("click"), QString::number(button)}); }
    Gesture &key(const QString &keys) { return add({QStringLiteral("key"), keys}); }
    /// xdotool waits between two events, as a hand would; the test itself never sleeps.
    Gesture &pause(int ms) { return add({QStringLiteral("sleep"), QString::number(ms / 1000.0, 'f', 3)}); }
    /// Any other xdotool command ("windowfocus", "--sync", id).
    Gesture &add(const QStringList &args)
    {
        m_args << args;
        return *this;
    }
    QStringList arguments() const { return m_args; }

private:
    QStringList m_args;
    QPoint m_at;
};

/// Starts xdotool with `args` without waiting for it.
QProcess *startXdotool(const QStringList &args, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(SCALELAB_XDOTOOL), args);
    return process;
}

/// Empty when a started xdotool has exited cleanly; else what went wrong, with its output.
QString xdotoolProblem(QProcess *process)
{
    if (process->state() != QProcess::NotRunning)
        return QStringLiteral("xdotool still running");
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0 || process->error() == QProcess::FailedToStart)
        return QStringLiteral("xdotool failed (exit %1): %2")
            .arg(process->exitCode())
            .arg(QString::fromLocal8Bit(process->readAll()));
    return {};
}

bool hasLink(const Topology &topology, const QString &from, const QString &to)
{
    return std::any_of(topology.links.cbegin(), topology.links.cend(),
                       [&](const LinkSpec &link) { return link.from == from && link.to == to; });
}

/// Where the widget point `pos` is on the X screen.
QPoint global(const QWidget *widget, const QPointF &pos)
{
    return widget->mapToGlobal(pos.toPoint());
}

/// Clicks, with real input, the entry `text` of the next popup menu that opens (or, if it
/// has no such enabled entry, presses Esc). QMenu::exec runs its own event loop, so this
/// watches from a timer; `opened` runs first (a screenshot).
class MenuClicker : public QObject
{
public:
    MenuClicker(const QString &text, std::function<void()> opened)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, text, opened] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu || !menu->isVisible())
                return;
            m_timer.stop();
            opened();
            Gesture gesture;
            for (QAction *action : menu->actions()) {
                const QString entry = QString(action->text()).remove(QLatin1Char('&'));
                entries << entry;
                if (entry == text && action->isEnabled() && !found) {
                    found = true;
                    gesture.moveTo(menu->mapToGlobal(menu->actionGeometry(action).center())).pause(200).click();
                }
            }
            if (!found)
                gesture.key(QStringLiteral("Escape"));
            process = startXdotool(gesture.arguments(), this);
        });
        m_timer.start(20);
    }

    QProcess *process = nullptr;
    bool found = false;
    QStringList entries;

private:
    QTimer m_timer;
};

} // namespace

class TestRealX : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void windowOpensWithTheFileAndFollowsThePointer();
    void draggingFromThePaletteAddsANodeWhereDropped();
    void draggingFromTheHandleLinksTwoCards();
    void runButtonStartsTheClock();
    void rightClickKillKillsTheNodeAndRecordsIt();
    void ctrlSSavesAFileThatReloadsWithTheEdits();
    void f5PresentsFullScreenAndEscapeRestores();
    void draggingTheTimelineBackReplaysToThatMoment();

private:
    /// Runs `gesture` and keeps the event loop going until xdotool is done.
    bool perform(const Gesture &gesture);
    void shoot(const QString &name);
    QWidget *viewport() const { return m_window->view()->viewport(); }
    /// Where the scene point `scenePos` is on the X screen.
    QPoint onScreen(const QPointF &scenePos) const
    {
        return global(viewport(), m_window->view()->mapFromScene(scenePos));
    }
    const Simulation *simulation() const { return m_window->controller()->simulation(); }
    bool engineNodeUp(const QString &id) const
    {
        const int index = simulation() ? simulation()->nodeIndex(id) : -1;
        return index >= 0 && simulation()->node(index).up;
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
    int m_shots = 0;
    bool m_failed = false;
    // Carried from step to step.
    QString m_added;
    double m_killedAt = -1.0;
};

void TestRealX::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "needs a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb (ctest does)");
    QStandardPaths::setTestModeEnabled(true);   // settings, recent files, autosave: not the user's
    QApplication::setApplicationName(QStringLiteral("ScaleLab-tst_realx"));
    QVERIFY(m_dir.isValid());

    m_file = m_dir.filePath(QStringLiteral("smoke.scalelab.json"));
    QVERIFY(QFile::copy(QStringLiteral(SCALELAB_EXAMPLES "/single-server.scalelab.json"), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);

    m_window = std::make_unique<MainWindow>();
    // No window manager: the window is where Qt puts it, which is what mapToGlobal says.
    m_window->setGeometry(40, 40, 1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString error;
    QVERIFY2(m_window->loadFile(m_file, &error), qPrintable(error));
    // Keys go to the X input focus; without a window manager, xdotool gives it.
    QVERIFY(perform(Gesture().add({QStringLiteral("windowfocus"), QStringLiteral("--sync"),
                                   QString::number(m_window->winId())})));
}

void TestRealX::cleanup()
{
    m_failed = m_failed || QTest::currentTestFailed();
    shoot(QString::fromLatin1(QTest::currentTestFunction()));
}

void TestRealX::cleanupTestCase()
{
    if (m_failed || qEnvironmentVariableIsSet("SCALELAB_REALX_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo("screenshots and the saved file kept in %s", qPrintable(m_dir.path()));
    }
    m_window.reset();
}

bool TestRealX::perform(const Gesture &gesture)
{
    QProcess *process = startXdotool(gesture.arguments(), this);
    const QDeadlineTimer deadline(kStepTimeoutMs);
    while (process->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    const QString problem = xdotoolProblem(process);
    if (process->state() != QProcess::NotRunning)
        process->kill();
    process->deleteLater();
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty();
}

void TestRealX::shoot(const QString &name)
{
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString file = m_dir.filePath(QStringLiteral("%1-%2.png").arg(++m_shots, 2, 10, QLatin1Char('0')).arg(name));
    if (shot.isNull() || !shot.save(file))
        qWarning("could not grab the screen into %s", qPrintable(file));
}

void TestRealX::windowOpensWithTheFileAndFollowsThePointer()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), kStepTimeoutMs);
    QCOMPARE(m_window->scene()->nodeItemCount(), 2);
    QCOMPARE(m_window->scene()->linkItemCount(), 1);
    // The pointer lands where mapToGlobal says: the canvas, then the palette, feel it.
    QVERIFY(perform(Gesture().moveTo(global(viewport(), viewport()->rect().center()))));
    QTRY_VERIFY_WITH_TIMEOUT(viewport()->underMouse(), kStepTimeoutMs);
    QWidget *list = m_window->palette()->list()->viewport();
    QVERIFY(perform(Gesture().moveTo(global(list, list->rect().center()))));
    QTRY_VERIFY_WITH_TIMEOUT(list->underMouse(), kStepTimeoutMs);
}

void TestRealX::draggingFromThePaletteAddsANodeWhereDropped()
{
    QListWidget *list = m_window->palette()->list();
    QListWidgetItem *database = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == NodePalette::displayName(NodeType::Database))
            database = list->item(i);
    }
    QVERIFY(database);
    const QPoint from = global(list->viewport(), list->visualItemRect(database).center());

    // Below web1, on empty canvas.
    const NodeItem *web1 = m_window->scene()->nodeItem(QStringLiteral("web1"));
    QVERIFY(web1);
    const QPointF target = web1->pos() + QPointF(0, 2.5 * NodeItem::kHeight);
    const QPoint targetInView = m_window->view()->mapFromScene(target);
    QVERIFY2(viewport()->rect().adjusted(20, 20, -20, -20).contains(targetInView), "no room below web1 on the canvas");
    QVERIFY(!m_window->scene()->nodeAt(target));

    const QStringList before = [this] {
        QStringList ids;
        for (const NodeSpec &node : m_window->document()->topology().nodes)
            ids << node.id;
        return ids;
    }();
    QVERIFY(perform(Gesture().moveTo(from).press().glideTo(from + QPoint(30, 0), 3).glideTo(onScreen(target)).release()));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->topology().nodes.size(), before.size() + 1, kStepTimeoutMs);
    for (const NodeSpec &node : m_window->document()->topology().nodes) {
        if (!before.contains(node.id)) {
            QCOMPARE(node.type, NodeType::Database);
            m_added = node.id;
        }
    }
    QVERIFY(!m_added.isEmpty());
    // On the canvas where it was dropped (snapped to the grid), and selected.
    const NodeItem *item = m_window->scene()->nodeItem(m_added);
    QVERIFY(item);
    const QPointF offset = item->pos() - target;
    QVERIFY2(std::abs(offset.x()) <= TopologyScene::kGridStep && std::abs(offset.y()) <= TopologyScene::kGridStep,
             qPrintable(QStringLiteral("dropped at (%1, %2), placed at (%3, %4)")
                            .arg(target.x()).arg(target.y()).arg(item->pos().x()).arg(item->pos().y())));
    QVERIFY(item->isSelected());
}

void TestRealX::draggingFromTheHandleLinksTwoCards()
{
    QVERIFY(!m_added.isEmpty());
    const NodeItem *web1 = m_window->scene()->nodeItem(QStringLiteral("web1"));
    const NodeItem *database = m_window->scene()->nodeItem(m_added);
    QVERIFY(web1 && database);
    // Hovering a card shows its link handle beside the right edge.
    QVERIFY(perform(Gesture().moveTo(onScreen(web1->pos()))));
    const LinkHandleItem *handle = m_window->editor()->interaction()->linkHandle();
    QTRY_VERIFY_WITH_TIMEOUT(handle->isVisible() && handle->node() == QLatin1String("web1"), kStepTimeoutMs);
    // The handle keeps its size on screen: its bounding rectangle is in pixels.
    const QPoint handleAt = onScreen(handle->scenePos()) + handle->boundingRect().center().toPoint();

    const int linksBefore = m_window->document()->topology().links.size();
    QVERIFY(perform(Gesture().moveTo(handleAt).press().glideTo(onScreen(database->pos())).release()));

    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->topology().links.size(), linksBefore + 1, kStepTimeoutMs);
    QVERIFY(hasLink(m_window->document()->topology(), QStringLiteral("web1"), m_added));
    QVERIFY(m_window->scene()->linkItem(QStringLiteral("web1"), m_added));
    QVERIFY(m_window->document()->runProblems().errors().isEmpty());
}

void TestRealX::runButtonStartsTheClock()
{
    QVERIFY(!m_window->controller()->isRunning());
    // The Run button: the simulation tool bar's action that Space triggers.
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("simulationToolBar"));
    QVERIFY(bar);
    QWidget *button = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->shortcut() == QKeySequence(Qt::Key_Space))
            button = bar->widgetForAction(action);
    }
    QVERIFY(button && button->isVisible() && button->isEnabled());
    const SimTime before = m_window->controller()->now();
    QVERIFY(perform(Gesture().moveTo(global(button, button->rect().center())).click()));

    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->isRunning(), kStepTimeoutMs);
    // Long enough that the kill comes well after time zero (the timeline goes back before it).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->now() >= before + SimTime::fromMs(1500), kStepTimeoutMs);
    QVERIFY(simulation()->metrics().requests().ok > 0);
    QVERIFY(engineNodeUp(m_added));
}

void TestRealX::rightClickKillKillsTheNodeAndRecordsIt()
{
    QVERIFY(!m_added.isEmpty());
    QVERIFY(engineNodeUp(m_added));
    const NodeItem *database = m_window->scene()->nodeItem(m_added);
    QVERIFY(database);
    MenuClicker clicker(QStringLiteral("Kill"), [this] { shoot(QStringLiteral("contextMenu")); });
    QVERIFY(perform(Gesture().moveTo(onScreen(database->pos())).click(3)));

    QTRY_VERIFY_WITH_TIMEOUT(clicker.process && clicker.process->state() == QProcess::NotRunning, kStepTimeoutMs);
    QVERIFY2(clicker.found, qPrintable(QStringLiteral("no Kill in the menu: ") + clicker.entries.join(QStringLiteral(", "))));
    QVERIFY2(xdotoolProblem(clicker.process).isEmpty(), qPrintable(xdotoolProblem(clicker.process)));
    QTRY_VERIFY_WITH_TIMEOUT(!engineNodeUp(m_added), kStepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->scene()->nodeItem(m_added)->state(), NodeItem::State::Down, kStepTimeoutMs);
    // Recorded in the scenario at the moment it happened, so that a replay repeats it.
    const QList<ScenarioEvent> &events = m_window->document()->topology().events;
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().action, QStringLiteral("kill"));
    QCOMPARE(events.last().node, m_added);
    m_killedAt = events.last().atS;
    QVERIFY2(m_killedAt >= 1.0 && m_killedAt <= m_window->controller()->now().s() + 1e-6, qPrintable(QString::number(m_killedAt)));
    QVERIFY(m_window->document()->isModified());
}

void TestRealX::ctrlSSavesAFileThatReloadsWithTheEdits()
{
    QVERIFY(m_killedAt > 0);
    QVERIFY(m_window->document()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), kStepTimeoutMs);
    QVERIFY(perform(Gesture().key(QStringLiteral("ctrl+s"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isModified(), kStepTimeoutMs);
    QCOMPARE(m_window->fileName(), m_file);

    TopologyReader reader;
    const std::optional<Topology> saved = reader.readFile(m_file);
    QVERIFY2(saved, qPrintable(reader.errorText()));
    QCOMPARE(saved->nodes.size(), 3);
    const int added = saved->indexOf(m_added);
    QVERIFY(added >= 0);
    QCOMPARE(saved->nodes[added].type, NodeType::Database);
    QVERIFY(hasLink(*saved, QStringLiteral("web1"), m_added));
    QVERIFY(saved->layout.contains(m_added));
    QCOMPARE(saved->events.size(), 1);
    QCOMPARE(saved->events.first().action, QStringLiteral("kill"));
    QCOMPARE(saved->events.first().node, m_added);
    QCOMPARE(saved->events.first().atS, m_killedAt);
}

void TestRealX::f5PresentsFullScreenAndEscapeRestores()
{
    PresenterMode *presenter = m_window->presenter();
    QVERIFY(!presenter->isActive());
    const QRect normal = m_window->geometry();
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->palette()->isVisible());

    const int canvasWidth = viewport()->width();
    // Every widget's type size, to compare after leaving.
    QList<QPair<QPointer<QWidget>, QFont>> fonts;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->isVisible())
            fonts.append({widget, widget->font()});
    }

    QVERIFY(perform(Gesture().key(QStringLiteral("F5"))));
    QTRY_VERIFY_WITH_TIMEOUT(presenter->isActive(), kStepTimeoutMs);
    // Asked of X as full screen; without a window manager (xvfb-run starts none) nobody acts
    // on _NET_WM_STATE_FULLSCREEN, so the window keeps its size on this screen.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isFullScreen(), kStepTimeoutMs);
    // The editing chrome is gone, the canvas stays.
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->palette()->isVisible());
    QVERIFY(m_window->view()->isVisible());
    // The canvas takes the room the docks left.
    QTRY_VERIFY_WITH_TIMEOUT(viewport()->width() > canvasWidth, kStepTimeoutMs);
    shoot(QStringLiteral("presenting"));

    QVERIFY(perform(Gesture().key(QStringLiteral("Escape"))));
    QTRY_VERIFY_WITH_TIMEOUT(!presenter->isActive(), kStepTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isFullScreen(), kStepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->geometry(), normal, kStepTimeoutMs);
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->palette()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(viewport()->width(), canvasWidth, kStepTimeoutMs);
    QStringList stillLarge;
    for (const auto &[widget, font] : fonts) {
        if (widget && widget->isVisible() && widget->font() != font)
            stillLarge << QStringLiteral("%1 %2 (%3 pt, was %4 pt)")
                              .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                              .arg(widget->font().pointSizeF())
                              .arg(font.pointSizeF());
    }
    // Every widget back to its type size, those of the docks presenter mode hid too.
    QVERIFY2(stillLarge.isEmpty(), qPrintable(stillLarge.join(QStringLiteral(", "))));
    // The run went on meanwhile; nothing was edited.
    QVERIFY(m_window->controller()->isRunning());
    QVERIFY(!m_window->document()->isModified());
}

void TestRealX::draggingTheTimelineBackReplaysToThatMoment()
{
    QVERIFY(m_killedAt > 0);
    // Space pauses, so that the moment dragged to stays put.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), kStepTimeoutMs);
    QVERIFY(perform(Gesture().key(QStringLiteral("space"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning(), kStepTimeoutMs);
    const SimTime paused = m_window->controller()->now();
    const SimTime end = m_window->controller()->furthest();
    QVERIFY(paused > SimTime::fromS(m_killedAt));

    QSlider *slider = m_window->timeline()->slider();
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(slider->value() - paused.s() * TimelineBar::kTicksPerSecond) <= 1.0, kStepTimeoutMs);
    // Where the slider's style draws the handle now and for the moment halfway to the kill.
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    option.upsideDown = slider->invertedAppearance();
    option.subControls = QStyle::SC_All;
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    const QRect groove = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
    QVERIFY(handle.isValid() && groove.isValid());
    const int targetValue = static_cast<int>(std::lround(m_killedAt / 2 * TimelineBar::kTicksPerSecond));
    QVERIFY(targetValue > slider->minimum() && targetValue < slider->value());
    const int span = groove.width() - handle.width();
    const int targetX = groove.x() + QStyle::sliderPositionFromValue(slider->minimum(), slider->maximum(), targetValue, span)
                        + handle.width() / 2;
    const QPoint from = global(slider, handle.center());
    const QPoint to = global(slider, QPoint(targetX, handle.center().y()));
    // A pointer lands within a pixel or so: a tick must be wider than that (the run is some
    // seconds long here, tens of pixels per second).
    QVERIFY2(span >= 3 * slider->maximum(),
             qPrintable(QStringLiteral("%1 ticks on %2 px: too dense to drag to one").arg(slider->maximum()).arg(span)));

    QVERIFY(perform(Gesture().moveTo(from).press().glideTo(to).release()));
    QTRY_VERIFY_WITH_TIMEOUT(!slider->isSliderDown(), kStepTimeoutMs);
    const double wanted = targetValue * kSecondsPerTick;
    QTRY_VERIFY2_WITH_TIMEOUT(std::abs(m_window->controller()->now().s() - wanted) <= kSecondsPerTick + 1e-9,
                              qPrintable(QStringLiteral("now %1 s, dragged to %2 s (slider %3 of %4..%5, "
                                                        "handle %6 px wide, groove %7..%8 px, from x %9 to %10)")
                                             .arg(m_window->controller()->now().s()).arg(wanted)
                                             .arg(slider->value()).arg(slider->minimum()).arg(slider->maximum())
                                             .arg(handle.width()).arg(groove.left()).arg(groove.right())
                                             .arg(from.x()).arg(to.x())),
                              kStepTimeoutMs);
    QVERIFY(std::abs(slider->value() - targetValue) <= 1);
    // Before the kill the database is up again; the kill stays in the scenario, the end of
    // the timeline where the run had reached, and the run paused.
    QVERIFY(engineNodeUp(m_added));
    QCOMPARE(m_window->scene()->nodeItem(m_added)->state(), NodeItem::State::Up);
    QCOMPARE(m_window->document()->topology().events.size(), 1);
    QVERIFY(m_window->controller()->furthest() >= end);
    QVERIFY(!m_window->controller()->isRunning());
}

QTEST_MAIN(TestRealX)
#include "tst_realx.moc"
