#include "accessibilitysupport.h"

#include "mainwindow.h"
#include "nodeitem.h"
#include "nodepalette.h"
#include "simulationcontroller.h"
#include "topologydocument.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QToolBar>
#include <QToolButton>

namespace scalelab {

namespace {
constexpr int kDescribeEveryMs = 1000;   // a screen reader needs no more than this

QWidget *firstFocusable(QWidget *root)
{
    if (root->focusPolicy() & Qt::TabFocus)
        return root;
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(root) && child->isEnabled())
            return child;
    }
    return root;
}

QDockWidget *dockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            return dock;
    }
    return nullptr;
}
} // namespace

AccessibilitySupport::AccessibilitySupport(MainWindow *window)
    : QObject(window), m_window(window)
{
    createFocusMenu();
    nameControls();
    TopologyDocument *document = window->document();
    connect(document, &TopologyDocument::changed, this, &AccessibilitySupport::updateCanvasDescription);
    connect(document, &TopologyDocument::documentReset, this, &AccessibilitySupport::updateCanvasDescription);
    connect(window->controller(), &SimulationController::advanced, this, [this] {
        if (m_sinceDescribed.isValid() && m_sinceDescribed.elapsed() < kDescribeEveryMs)
            return;
        updateCanvasDescription();
    });
    updateCanvasDescription();
}

void AccessibilitySupport::createFocusMenu()
{
    QMenu *view = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QMenu *menu = new QMenu(tr("&Move Focus To"), m_window);
    menu->setObjectName(QStringLiteral("focusMenu"));
    auto add = [this, menu](const QString &text, const QString &objectName, auto find) {
        QAction *action = menu->addAction(text, this, [this, find] {
            if (QWidget *pane = find())
                focusPane(pane);
        });
        action->setObjectName(objectName);
        return action;
    };
    add(tr("&Canvas"), QStringLiteral("focusCanvas"), [this]() -> QWidget * { return m_window->view(); });
    add(tr("&Node Palette"), QStringLiteral("focusPalette"), [this]() -> QWidget * { return m_window->palette(); });
    add(tr("&Inspector"), QStringLiteral("focusInspector"),
        [this]() -> QWidget * { return m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock")); });
    add(tr("C&harts"), QStringLiteral("focusCharts"),
        [this]() -> QWidget * { return m_window->findChild<QDockWidget *>(QStringLiteral("chartDock")); });
    add(tr("&Event Log"), QStringLiteral("focusEventLog"),
        [this]() -> QWidget * { return m_window->findChild<QDockWidget *>(QStringLiteral("eventLogDock")); });
    add(tr("&Lesson"), QStringLiteral("focusLesson"),
        [this]() -> QWidget * { return m_window->findChild<QDockWidget *>(QStringLiteral("lessonDock")); });
    add(tr("&Timeline"), QStringLiteral("focusTimeline"),
        [this]() -> QWidget * { return m_window->findChild<QSlider *>(QStringLiteral("timelineSlider")); });
    menu->addSeparator();
    QAction *next = menu->addAction(tr("Ne&xt Pane"), this, &AccessibilitySupport::focusNextPane);
    next->setShortcut(Qt::Key_F6);
    QAction *previous = menu->addAction(tr("&Previous Pane"), this, &AccessibilitySupport::focusPreviousPane);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
    if (view) {
        view->addSeparator();
        view->addMenu(menu);
    } else {
        // Still reachable by their keys.
        m_window->addAction(next);
        m_window->addAction(previous);
    }
}

void AccessibilitySupport::nameControls()
{
    TopologyView *canvas = m_window->view();
    canvas->setAccessibleName(tr("Topology canvas"));
    // The extension arrow a toolbar shows when it is too narrow has neither text nor name.
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        for (QToolButton *button : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            button->setAccessibleName(tr("More tools"));
    }
}

QString AccessibilitySupport::canvasSummary() const
{
    const Topology &topology = m_window->document()->topology();
    if (topology.nodes.isEmpty())
        return tr("The canvas is empty. Drag a node from the node palette, or open an example from the File menu.");
    QMap<int, int> perType;
    for (const NodeSpec &node : topology.nodes)
        perType[static_cast<int>(node.type)] += 1;
    // "web server 2" rather than "2 web servers": no plural forms to get wrong in any language.
    QStringList kinds;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        kinds << tr("%1 %2").arg(NodePalette::displayName(static_cast<NodeType>(it.key())).toLower()).arg(it.value());
    QStringList down;
    QStringList draining;
    for (int i = 0; i < m_window->scene()->nodeItemCount(); ++i) {
        const NodeItem *item = m_window->scene()->nodeItem(i);
        if (item->state() == NodeItem::State::Down)
            down << item->id();
        else if (item->state() == NodeItem::State::Draining)
            draining << item->id();
    }
    QString text = tr("Nodes: %1 (%2). Links: %3.")
                       .arg(topology.nodes.size())
                       .arg(kinds.join(QStringLiteral(", ")))
                       .arg(topology.links.size());
    if (!down.isEmpty())
        text += QLatin1Char(' ') + tr("Down: %1.").arg(down.join(QStringLiteral(", ")));
    if (!draining.isEmpty())
        text += QLatin1Char(' ') + tr("Draining: %1.").arg(draining.join(QStringLiteral(", ")));
    return text;
}

void AccessibilitySupport::updateCanvasDescription()
{
    m_sinceDescribed.start();
    const QString summary = canvasSummary();
    if (summary != m_window->view()->accessibleDescription())
        m_window->view()->setAccessibleDescription(summary);
}

QList<QWidget *> AccessibilitySupport::panes() const
{
    QList<QWidget *> result{m_window->view()};
    for (const char *name : {"nodePalette", "lessonDock", "inspectorDock", "chartDock", "eventLogDock", "clientViewDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        if (dock && dock->isVisible())
            result << dock;
    }
    if (auto *slider = m_window->findChild<QSlider *>(QStringLiteral("timelineSlider")); slider && slider->isVisible())
        result << slider;
    return result;
}

void AccessibilitySupport::focusPane(QWidget *pane)
{
    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        dock->show();
        dock->raise();
        pane = dock->widget() ? dock->widget() : dock;
    }
    firstFocusable(pane)->setFocus(Qt::ShortcutFocusReason);
}

void AccessibilitySupport::cycle(int direction)
{
    const QList<QWidget *> list = panes();
    int current = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < list.size() && focus; ++i) {
        QWidget *pane = list[i];
        if (pane == focus || pane->isAncestorOf(focus) || (dockOf(const_cast<QWidget *>(focus)) == pane))
            current = i;
    }
    const int count = static_cast<int>(list.size());
    const int target = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    focusPane(list[target]);
}

void AccessibilitySupport::focusNextPane()
{
    cycle(1);
}

void AccessibilitySupport::focusPreviousPane()
{
    cycle(-1);
}

} // namespace scalelab
