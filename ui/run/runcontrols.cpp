// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runcontrols.h"

#include "document/topologydocument.h"
#include "run/liveeditbridge.h"
#include "run/simulationcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace scalelab {

namespace {
const double kSpeeds[] = {0.01, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100, 1000};
}

RunControls::RunControls(SimulationController *controller, TopologyDocument *document, LiveEditBridge *bridge,
                         QWidget *window)
    : QObject(window), m_controller(controller), m_document(document), m_bridge(bridge), m_window(window)
{
    setObjectName(QStringLiteral("runControls"));
    createActions();
    connect(m_controller, &SimulationController::runningChanged, this, &RunControls::updateActions);
    connect(m_controller, &SimulationController::simulationReplaced, this, &RunControls::updateActions);
    connect(m_bridge, &LiveEditBridge::runnableChanged, this, &RunControls::updateActions);
    updateActions();
}

void RunControls::createActions()
{
    QStyle *style = m_window->style();
    m_run = new QAction(this);
    m_run->setShortcut(Qt::Key_Space);
    m_run->setShortcutContext(Qt::WindowShortcut);
    connect(m_run, &QAction::triggered, m_controller, &SimulationController::toggleRunning);

    m_step = new QAction(style->standardIcon(QStyle::SP_MediaSkipForward), tr("&Step 100 ms"), this);
    m_step->setShortcut(Qt::Key_Period);
    m_step->setToolTip(tr("Pause and advance the simulation by 100 ms (.)"));
    connect(m_step, &QAction::triggered, m_controller, [this] { m_controller->step(SimTime::fromMs(100)); });

    m_stepEvent = new QAction(tr("Step &One Event"), this);
    m_stepEvent->setShortcut(Qt::SHIFT | Qt::Key_Period);
    m_stepEvent->setToolTip(tr("Pause and process exactly one engine event (Shift+.)"));
    connect(m_stepEvent, &QAction::triggered, m_controller, &SimulationController::stepOneEvent);

    m_reset = new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("R&eset"), this);
    m_reset->setShortcut(Qt::CTRL | Qt::Key_R);
    m_reset->setToolTip(tr("Start the topology again from time zero (Ctrl+R)"));
    connect(m_reset, &QAction::triggered, this, [this] {
        QString error;
        if (!m_controller->setTopology(m_document->topology(), &error))
            emit message(error);
    });

    m_faster = new QAction(tr("&Faster"), this);
    m_faster->setShortcut(Qt::Key_Plus);
    connect(m_faster, &QAction::triggered, this, [this] { stepSpeed(+1); });
    m_slower = new QAction(tr("S&lower"), this);
    m_slower->setShortcut(Qt::Key_Minus);
    connect(m_slower, &QAction::triggered, this, [this] { stepSpeed(-1); });
}

QList<QAction *> RunControls::runActions() const
{
    return {m_run, m_step, m_stepEvent, m_reset};
}

QList<QAction *> RunControls::speedActions() const
{
    return {m_faster, m_slower};
}

QToolBar *RunControls::createToolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Simulation"), parent);
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_run);
    bar->addAction(m_step);
    bar->addAction(m_reset);
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
    return bar;
}

void RunControls::stepSpeed(int steps)
{
    if (m_speedBox)
        m_speedBox->setCurrentIndex(std::clamp(m_speedBox->currentIndex() + steps, 0, m_speedBox->count() - 1));
}

void RunControls::setSpeed(double speed)
{
    if (!m_speedBox)
        return;
    int index = 0;
    for (int i = 0; i < m_speedBox->count(); ++i) {
        if (m_speedBox->itemData(i).toDouble() <= speed)
            index = i;
    }
    m_speedBox->setCurrentIndex(index);
}

void RunControls::updateActions()
{
    const bool running = m_controller->isRunning();
    m_run->setText(running ? tr("&Pause") : tr("&Run"));
    m_run->setIcon(m_window->style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_run->setToolTip(running ? tr("Pause the simulation (Space)") : tr("Run the simulation (Space)"));
    const bool open = m_controller->simulation() != nullptr && m_bridge->isRunnable();
    for (QAction *action : runActions())
        action->setEnabled(open);
}

} // namespace scalelab
