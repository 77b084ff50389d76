// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartsdock.h"

#include "charts/chartexport.h"
#include "charts/chartmarkers.h"
#include "charts/chartpanel.h"
#include "run/simulationcontroller.h"
#include "settings/exportfiledialog.h"
#include "sim/simulation.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace scalelab {

namespace {
constexpr int kMinReplotIntervalMs = 1000 / ChartsDock::kMaxReplotHz;
const QString kHiddenKey = QStringLiteral("charts/hidden");
constexpr double kMinimumSpan = 10.0;   ///< seconds shown at least, so the first ones are not a smear
} // namespace

ChartsDock::ChartsDock(SimulationController *controller, QWidget *parent)
    : QDockWidget(tr("Charts"), parent), m_controller(controller), m_markers(new ChartMarkers(controller)),
      m_pendingReplot(new QTimer(this))
{
    setObjectName(QStringLiteral("chartDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    const QStringList hidden = QSettings().value(kHiddenKey).toStringList();
    m_hidden = QSet<QString>(hidden.begin(), hidden.end());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    m_chartsMenu = new QMenu(tr("&Charts"), this);
    m_chartsMenu->setObjectName(QStringLiteral("chartsMenu"));
    buildMenu();
    auto *pick = new QToolButton(content);
    pick->setObjectName(QStringLiteral("chartsButton"));
    pick->setText(tr("Charts"));
    pick->setToolTip(tr("Choose which charts show"));
    pick->setMenu(m_chartsMenu);
    pick->setPopupMode(QToolButton::InstantPopup);
    m_followButton = new QToolButton(content);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setText(tr("Follow the run"));
    m_followButton->setToolTip(tr("Show the latest %1 seconds as the run goes (drag or wheel on a chart to look back; double-click returns)")
                                   .arg(kWindowSeconds));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    connect(m_followButton, &QToolButton::clicked, this, [this](bool checked) {
        if (checked)
            follow();
        else
            m_following = false;
    });
    bar->addWidget(pick);
    bar->addWidget(m_followButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_stack = new QWidget;
    m_stack->setObjectName(QStringLiteral("chartStack"));
    m_stackLayout = new QVBoxLayout(m_stack);
    m_stackLayout->setContentsMargins(0, 0, 0, 0);
    m_stackLayout->setSpacing(4);
    m_stackLayout->addStretch(1);
    m_scroll = new QScrollArea(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_stack);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    auto addExport = [this](const QString &text, const QString &format) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, format] { exportAllWithDialog(format); });
        m_exportActions << action;
    };
    addExport(tr("Charts as &PNG..."), QStringLiteral("png"));
    addExport(tr("Charts as P&DF..."), QStringLiteral("pdf"));
    addExport(tr("Chart &Data as CSV..."), QStringLiteral("csv"));

    m_pendingReplot->setSingleShot(true);
    connect(m_pendingReplot, &QTimer::timeout, this, &ChartsDock::refreshNow);
    connect(controller, &SimulationController::advanced, this, &ChartsDock::refresh);
    connect(controller, &SimulationController::simulationReplaced, this, [this] {
        rebuildPanels();
        refreshNow();
    });
    rebuildPanels();
    m_sinceReplot.start();
}

QList<ChartPanel *> ChartsDock::panels() const
{
    QList<ChartPanel *> list;
    for (ChartKind kind : ChartSeries::allKinds())
        if (ChartPanel *p = panel(kind))
            list << p;
    return list;
}

void ChartsDock::rebuildPanels()
{
    const Simulation *sim = m_controller->simulation();
    for (ChartKind kind : ChartSeries::allKinds()) {
        const bool applies = sim && ChartSeries::applies(kind, *sim);
        ChartPanel *existing = panel(kind);
        if (!applies && existing) {
            m_panels.remove(kind);
            delete existing;
        } else if (applies && !existing) {
            auto *created = new ChartPanel(kind, m_stack);
            m_panels.insert(kind, created);
            connect(created, &ChartPanel::timeRangeChangedByUser, this,
                    [this, created](double lower, double upper) { applyTimeRange(lower, upper, created); });
            connect(created, &ChartPanel::followRequested, this, &ChartsDock::follow);
            connect(created, &ChartPanel::hideRequested, this, [this](ChartKind k) { setChosen(k, false); });
        }
    }
    // Re-insert in stacking order (the stretch stays last).
    int index = 0;
    for (ChartPanel *p : panels())
        m_stackLayout->insertWidget(index++, p);
    updateVisibility();
    updateMenu();
}

void ChartsDock::setChosen(ChartKind kind, bool chosen)
{
    if (chosen == isChosen(kind))
        return;
    if (chosen)
        m_hidden.remove(ChartSeries::key(kind));
    else
        m_hidden.insert(ChartSeries::key(kind));
    QStringList hidden(m_hidden.begin(), m_hidden.end());
    hidden.sort();
    QSettings().setValue(kHiddenKey, hidden);
    updateVisibility();
    updateMenu();
    refreshNow();
}

void ChartsDock::setSingleChart(bool single)
{
    m_single = single;
    updateVisibility();
}

void ChartsDock::updateVisibility()
{
    ChartPanel *last = nullptr;
    for (ChartPanel *p : panels()) {
        const bool shown = isChosen(p->kind()) && !(m_single && last);
        p->setVisible(shown);
        if (shown)
            last = p;
    }
    // Presenter mode's one chart takes the dock's height; otherwise the plots keep theirs.
    for (int i = 0; i < m_stackLayout->count(); ++i) {
        QWidget *item = m_stackLayout->itemAt(i)->widget();
        m_stackLayout->setStretch(i, m_single ? (item && item == last ? 1 : 0) : (item ? 0 : 1));
    }
    // Only the bottom plot names the shared time axis.
    for (ChartPanel *p : panels())
        p->setTimeLabelShown(p == last);
}

void ChartsDock::buildMenu()
{
    for (ChartKind kind : ChartSeries::allKinds()) {
        QAction *action = m_chartsMenu->addAction(ChartSeries::title(kind));
        action->setObjectName(QStringLiteral("chartAction_") + ChartSeries::key(kind));
        action->setCheckable(true);
        action->setData(static_cast<int>(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) { setChosen(kind, on); });
    }
    m_chartsMenu->setToolTipsVisible(true);
}

void ChartsDock::updateMenu()
{
    // Only states change: the action being toggled may be the one that got us here.
    const Simulation *sim = m_controller->simulation();
    for (QAction *action : m_chartsMenu->actions()) {
        const auto kind = static_cast<ChartKind>(action->data().toInt());
        const QSignalBlocker blocker(action);
        action->setChecked(isChosen(kind));
        const bool applies = sim && ChartSeries::applies(kind, *sim);
        action->setEnabled(applies);
        action->setToolTip(applies ? QString() : tr("Not in this topology"));
    }
}

void ChartsDock::refresh()
{
    if (m_sinceReplot.elapsed() >= kMinReplotIntervalMs)
        refreshNow();
    else if (!m_pendingReplot->isActive())
        m_pendingReplot->start(static_cast<int>(kMinReplotIntervalMs - m_sinceReplot.elapsed()));
}

void ChartsDock::refreshNow()
{
    m_pendingReplot->stop();
    pull();
    if (m_following) {
        const double now = m_controller->simulation() ? m_controller->now().s() : 0.0;
        const double upper = std::max(now, kMinimumSpan);
        for (ChartPanel *p : panels())
            p->setTimeRange(std::max(0.0, upper - kWindowSeconds), upper);
    }
    for (ChartPanel *p : panels())
        if (p->isVisibleTo(this))
            p->replot();
    m_sinceReplot.start();
}

void ChartsDock::pull()
{
    const Simulation *sim = m_controller->simulation();
    if (!sim) {
        m_samples = 0;
        return;
    }
    m_samples = static_cast<int>(std::min(sim->metrics().series().size(), sim->timeSeries().samples().size()));
    const QList<ChartMarker> &markers = m_markers->markers();
    for (ChartPanel *p : panels()) {
        // Hidden plots are not rebuilt: ticking one pulls it at once (setChosen refreshes).
        if (!isChosen(p->kind()))
            continue;
        p->setData(ChartSeries::build(p->kind(), *sim));
        p->setMarkers(markers);
    }
}

void ChartsDock::follow()
{
    m_following = true;
    m_followButton->setChecked(true);
    refreshNow();
}

void ChartsDock::applyTimeRange(double lower, double upper, ChartPanel *source)
{
    m_following = false;
    m_followButton->setChecked(false);
    for (ChartPanel *p : panels()) {
        if (p == source)
            continue;
        p->setTimeRange(lower, upper);
        if (p->isVisibleTo(this))
            p->replot();
    }
}

QStringList ChartsDock::exportAll(const QString &folder, const QString &format, QString *error, ExportColours colours) const
{
    QStringList written;
    const QDir dir(folder);
    for (ChartPanel *p : panels()) {
        if (!isChosen(p->kind()))
            continue;
        const QString fileName = dir.filePath(ChartSeries::key(p->kind()) + QLatin1Char('.') + format);
        const bool saved = format == QLatin1String("csv") ? ChartExport::saveCsv(p->data(), fileName, error)
                                                          : p->saveImage(fileName, colours, error);
        if (!saved)
            return written;
        written << fileName;
    }
    return written;
}

void ChartsDock::exportAllWithDialog(const QString &format)
{
    refreshNow();
    ExportColours colours = ExportColours::Screen;
    const QString folder = format == QLatin1String("csv")
                               ? QFileDialog::getExistingDirectory(this, tr("Save Every Shown Chart Into"))
                               : ExportFileDialog::folder(this, tr("Save Every Shown Chart Into"), &colours);
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = exportAll(folder, format, &error, colours);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Charts"), tr("Not every chart was saved: %1").arg(error));
    else
        QMessageBox::information(this, tr("Export Charts"), tr("Saved %n file(s) in %1.", nullptr, written.size())
                                                                .arg(QDir::toNativeSeparators(folder)));
}

QMenu *ChartsDock::createViewMenu(QWidget *parent)
{
    auto *charts = new QMenu(tr("&Charts"), parent);
    charts->setObjectName(QStringLiteral("viewChartsMenu"));
    QAction *panel = toggleViewAction();
    panel->setText(tr("Show the Charts &Panel"));
    charts->addAction(panel);
    charts->addSection(tr("Charts shown in the panel"));
    charts->addActions(m_chartsMenu->actions());
    charts->setToolTipsVisible(true);
    return charts;
}

} // namespace scalelab
