// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartseries.h"
#include "settings/printcolours.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QStringList>

class QMenu;
class QScrollArea;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace scalelab {

class ChartMarkers;
class ChartPanel;
class SimulationController;

/// The charts dock: one plot per figure that applies to the topology (throughput, latency,
/// hit ratio, replication lag...), stacked on one shared time axis. The plots follow the run
/// (the latest kWindowSeconds) until the user drags or zooms one, which moves them all;
/// double-click or "Follow" goes back to following. Everything is read from the engine's
/// per-second series, so going back on the timeline shows exactly the replayed run.
class ChartsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxReplotHz = 5;
    static constexpr double kWindowSeconds = 120.0;

    explicit ChartsDock(SimulationController *controller, QWidget *parent = nullptr);

    /// The plot of `kind`, or null when it does not apply to the running topology.
    ChartPanel *panel(ChartKind kind) const { return m_panels.value(kind, nullptr); }
    /// Plots that apply, in stacking order (shown or hidden by the user).
    QList<ChartPanel *> panels() const;
    /// The user's choice (the plot also needs to apply to be visible).
    bool isChosen(ChartKind kind) const { return !m_hidden.contains(ChartSeries::key(kind)); }
    void setChosen(ChartKind kind, bool chosen);
    /// Only the first chosen plot shows (presenter mode's one chart); the choice is kept.
    void setSingleChart(bool single);
    /// Checkable list of the plots, for the dock's button and the View menu.
    QMenu *chartsMenu() const { return m_chartsMenu; }
    /// View > Charts: the panel's check first ("Show the Charts Panel"), then which charts it
    /// shows. One entry in the View menu for both.
    QMenu *createViewMenu(QWidget *parent);
    /// File > Export entries: every shown chart as PNG / PDF, their data as CSV, into a folder.
    QList<QAction *> exportActions() const { return m_exportActions; }

    /// Seconds plotted so far.
    int sampleCount() const { return m_samples; }
    bool isFollowing() const { return m_following; }
    void follow();
    /// Saves every shown chart into `folder` in `format` ("png", "pdf" or "csv"); the files
    /// are named after the charts' keys. Returns the files written. `colours`: pictures in the
    /// screen's colours or light ones for print.
    QStringList exportAll(const QString &folder, const QString &format, QString *error = nullptr,
                          ExportColours colours = ExportColours::Screen) const;

public slots:
    /// Pulls the engine's series and redraws now, however recently it last did.
    void refreshNow();

private:
    void rebuildPanels();
    void refresh();
    void pull();
    void applyTimeRange(double lower, double upper, ChartPanel *source);
    void updateVisibility();
    void buildMenu();
    void updateMenu();
    void exportAllWithDialog(const QString &format);

    SimulationController *m_controller = nullptr;
    ChartMarkers *m_markers = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_stack = nullptr;
    QVBoxLayout *m_stackLayout = nullptr;
    QToolButton *m_followButton = nullptr;
    QMenu *m_chartsMenu = nullptr;
    QList<QAction *> m_exportActions;
    QMap<ChartKind, ChartPanel *> m_panels;
    QSet<QString> m_hidden;   ///< ChartSeries::key of the plots the user unticked
    QTimer *m_pendingReplot = nullptr;
    QElapsedTimer m_sinceReplot;
    int m_samples = 0;
    bool m_following = true;
    bool m_single = false;
};

} // namespace scalelab
