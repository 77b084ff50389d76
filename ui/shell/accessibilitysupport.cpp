// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/accessibilitysupport.h"

#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/topologydocument.h"
#include "run/simulationcontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMap>
#include <QMenu>
#include <QMainWindow>
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

AccessibilitySupport::AccessibilitySupport(const Panes &panes, TopologyDocument *document, TopologyScene *scene,
                                           SimulationController *controller, QMainWindow *window)
    : QObject(window), m_panes(panes), m_document(document), m_scene(scene), m_window(window)
{
    createFocusMenu();
    nameControls();
    connect(document, &TopologyDocument::changed, this, &AccessibilitySupport::updateCanvasDescription);
    connect(document, &TopologyDocument::documentReset, this, &AccessibilitySupport::updateCanvasDescription);
    connect(controller, &SimulationController::advanced, this, [this] {
        if (m_sinceDescribed.isValid() && m_sinceDescribed.elapsed() < kDescribeEveryMs)
            return;
        updateCanvasDescription();
    });
    updateCanvasDescription();
}

void AccessibilitySupport::createFocusMenu()
{
    m_focusMenu = new QMenu(tr("&Move Focus To"), m_window);
    m_focusMenu->setObjectName(QStringLiteral("focusMenu"));
    auto add = [this](const QString &text, const QString &objectName, QWidget *pane) {
        QAction *action = m_focusMenu->addAction(text, this, [this, pane] { focusPane(pane); });
        action->setObjectName(objectName);
    };
    add(tr("&Canvas"), QStringLiteral("focusCanvas"), m_panes.canvas);
    add(tr("&Node Palette"), QStringLiteral("focusPalette"), m_panes.palette);
    add(tr("&Inspector"), QStringLiteral("focusInspector"), m_panes.inspector);
    add(tr("C&harts"), QStringLiteral("focusCharts"), m_panes.charts);
    add(tr("&Event Log"), QStringLiteral("focusEventLog"), m_panes.eventLog);
    add(tr("&Lesson"), QStringLiteral("focusLesson"), m_panes.lesson);
    add(tr("&Timeline"), QStringLiteral("focusTimeline"), m_panes.timeline);
    m_focusMenu->addSeparator();
    QAction *next = m_focusMenu->addAction(tr("Ne&xt Pane"), this, &AccessibilitySupport::focusNextPane);
    next->setShortcut(Qt::Key_F6);
    QAction *previous = m_focusMenu->addAction(tr("&Previous Pane"), this, &AccessibilitySupport::focusPreviousPane);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F6);
}

void AccessibilitySupport::nameControls()
{
    m_panes.canvas->setAccessibleName(tr("Topology canvas"));
    // The extension arrow a toolbar shows when it is too narrow has neither text nor name.
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        for (QToolButton *button : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            button->setAccessibleName(tr("More tools"));
    }
}

QString AccessibilitySupport::canvasSummary() const
{
    const Topology &topology = m_document->topology();
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
    for (int i = 0; i < m_scene->nodeItemCount(); ++i) {
        const NodeItem *item = m_scene->nodeItem(i);
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
    if (summary != m_panes.canvas->accessibleDescription())
        m_panes.canvas->setAccessibleDescription(summary);
}

QList<QWidget *> AccessibilitySupport::panes() const
{
    QList<QWidget *> result{m_panes.canvas};
    for (QWidget *pane : {static_cast<QWidget *>(m_panes.palette), static_cast<QWidget *>(m_panes.lesson),
                          static_cast<QWidget *>(m_panes.inspector), static_cast<QWidget *>(m_panes.charts),
                          static_cast<QWidget *>(m_panes.eventLog), static_cast<QWidget *>(m_panes.clientView),
                          static_cast<QWidget *>(m_panes.timeline)}) {
        if (pane && pane->isVisible())
            result << pane;
    }
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
