// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartmarkers.h"
#include "charts/chartseries.h"
#include "settings/printcolours.h"

#include <QWidget>

class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QMouseEvent;

namespace scalelab {

/// One plot of the charts dock: the lines of a ChartData against simulated seconds, the
/// event markers, a tooltip with the exact values under the mouse, and a context menu to save
/// it (PNG, PDF, CSV). Dragging or wheeling moves its time axis; the dock moves the others.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinimumHeight = 190;
    /// Marker labels stack in up to this many rows, in a band above the plot, before they
    /// are left to the tooltip.
    static constexpr int kLabelRows = 3;

    explicit ChartPanel(ChartKind kind, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    QCustomPlot *plot() const { return m_plot; }
    const ChartData &data() const { return m_data; }
    /// The plot as a PNG or PDF (ChartExport::saveImage), in the screen's colours or light
    /// ones for print; the panel looks as before afterwards.
    bool saveImage(const QString &fileName, ExportColours colours, QString *error = nullptr);
    /// Replaces the plotted lines with `data`, of this panel's kind.
    void setData(const ChartData &data);
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const { return m_markers.size(); }
    /// Marker labels shown (the others did not fit and are in the tooltip only).
    QStringList visibleMarkerLabels() const;
    /// Shows seconds lower..upper without telling anyone (the dock syncs the panels).
    void setTimeRange(double lower, double upper);
    void setTimeLabelShown(bool shown);
    /// Fits the value axis to what the time range shows, lays out the labels and redraws.
    void replot();
    /// The tooltip for simulated time `seconds`: the second under it and every line's value.
    QString toolTipAt(double seconds) const;

signals:
    /// The user dragged or zoomed the time axis of this plot.
    void timeRangeChangedByUser(double lower, double upper);
    /// Double click, or "Follow the Run": show the latest seconds again.
    void followRequested();
    void hideRequested(scalelab::ChartKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Background, axes, title, legend, lines and markers in Theme::current()'s colours.
    void applyTheme();
    void styleMarker(int index);
    /// The shaded stretches (a data centre down) in their line's colour.
    void styleSpan(int index);
    void rebuildSpans();
    void rebuildGraphs();
    void updateLegendColumns();
    void layoutMarkerLabels();
    void fitValueAxis();
    void showToolTip(QMouseEvent *event);
    void showContextMenu(const QPoint &pos);
    QString formatValue(double value, bool secondAxis = false) const;

    ChartKind m_kind;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    ChartData m_data;
    QList<ChartMarker> m_markers;
    QList<QCPItemStraightLine *> m_markerLines;
    QList<QCPItemText *> m_markerLabels;
    QList<ChartSpan> m_shownSpans;
    QList<QCPItemRect *> m_spanRects;    ///< one per span: its faint fill
    QList<QCPItemRect *> m_spanHatches;  ///< ... and its hatching over it
    bool m_settingRange = false;
};

} // namespace scalelab
