// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpanel.h"

#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QAbstractScrollArea>
#include <QContextMenuEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace scalelab {

namespace {
constexpr int kLabelGapPx = 6;
constexpr int kLabelPixels = ChartStyle::kTextPixels - 2;   ///< small: the labels name, the lines show
constexpr int kLabelRowGapPx = 2;

QFont labelFont() { return ChartStyle::font(kLabelPixels, true); }

} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("chart_") + ChartSeries::key(kind));
    setMinimumHeight(kMinimumHeight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // The top margin is the band of marker labels (layoutMarkerLabels).
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setMouseTracking(true);
    ChartStyle::styleAxis(m_plot->xAxis);
    ChartStyle::styleAxis(m_plot->yAxis);
    ChartStyle::styleAxis(m_plot->yAxis2);
    m_plot->xAxis->setLabel(tr("simulated time (s)"));
    m_plot->xAxis->setLabelPadding(2);

    // Title above, legend between title and plot: nothing is drawn over the curves.
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, ChartSeries::title(kind), ChartStyle::font(ChartStyle::kTitlePixels, true));
    m_title->setMargins(QMargins(8, 4, 8, 0));
    m_title->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(ChartStyle::font(ChartStyle::kTextPixels));
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setIconSize(34, 14);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(12);
    m_plot->legend->setMargins(QMargins(8, 0, 8, 0));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(1);
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, m_plot->legend);
    // An empty legend (a plot with no line yet) would cap the row's width, and so the plot's,
    // at its margins: a spacer beside it that takes no room lifts the cap.
    legendRow->addElement(0, 1, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactor(1, 0.001);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    m_plot->legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        if (!m_settingRange) {
            fitValueAxis();
            emit timeRangeChangedByUser(range.lower, range.upper);
        }
    });
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartPanel::showToolTip);
    // Labels are placed in pixels, so after the layout of each replot has sized the axis rect.
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartPanel::layoutMarkerLabels);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { emit followRequested(); });
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartPanel::showContextMenu);
    setTimeRange(0.0, 10.0);
    applyTheme();
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, [this] {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void ChartPanel::applyTheme()
{
    const Theme &theme = Theme::current();
    m_plot->setBackground(theme.chartBackground);
    ChartStyle::colorAxis(m_plot->xAxis);
    ChartStyle::colorAxis(m_plot->yAxis);
    ChartStyle::colorAxis(m_plot->yAxis2);
    m_title->setTextColor(theme.chartTitle);
    m_plot->legend->setTextColor(theme.chartLegendText);
    for (int i = 0; i < m_data.lines.size() && i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->setPen(ChartStyle::linePen(m_data.lines[i].style));
    for (int i = 0; i < m_markers.size() && i < m_markerLines.size(); ++i)
        styleMarker(i);
    for (int i = 0; i < m_data.spans.size() && i < m_spanRects.size(); ++i)
        styleSpan(i);
}

void ChartPanel::styleSpan(int index)
{
    // The line's colour, faint, and hatched: a shaded stretch does not depend on colour alone.
    QColor fill = ChartStyle::lineColor(m_data.spans[index].style);
    fill.setAlpha(Theme::current().dark ? 55 : 40);
    QColor hatch = fill;
    hatch.setAlpha(Theme::current().dark ? 110 : 90);
    m_spanRects[index]->setPen(Qt::NoPen);
    m_spanRects[index]->setBrush(fill);
    m_spanHatches[index]->setPen(Qt::NoPen);
    m_spanHatches[index]->setBrush(QBrush(hatch, Qt::BDiagPattern));
}

void ChartPanel::rebuildSpans()
{
    for (QCPItemRect *rect : std::as_const(m_spanRects))
        m_plot->removeItem(rect);
    for (QCPItemRect *rect : std::as_const(m_spanHatches))
        m_plot->removeItem(rect);
    m_spanRects.clear();
    m_spanHatches.clear();
    for (const ChartSpan &span : std::as_const(m_data.spans)) {
        for (QList<QCPItemRect *> *list : {&m_spanRects, &m_spanHatches}) {
            auto *rect = new QCPItemRect(m_plot);
            // Behind the curves, from the plot's bottom to its top whatever the value axis shows.
            rect->setLayer(QStringLiteral("grid"));
            rect->setClipToAxisRect(true);
            for (QCPItemPosition *corner : {rect->topLeft, rect->bottomRight}) {
                corner->setTypeX(QCPItemPosition::ptPlotCoords);
                corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            rect->topLeft->setCoords(span.fromS, 0.0);
            rect->bottomRight->setCoords(span.toS, 1.0);
            *list << rect;
        }
        styleSpan(static_cast<int>(m_spanRects.size()) - 1);
    }
}

bool ChartPanel::saveImage(const QString &fileName, ExportColours colours, QString *error)
{
    bool swapped = false;
    bool saved = false;
    {
        const PrintColours print(colours);
        swapped = print.isSwapped();
        if (swapped)
            applyTheme();
        saved = ChartExport::saveImage(m_plot, fileName, error);
    }
    if (swapped) {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return saved;
}

void ChartPanel::styleMarker(int index)
{
    const Theme &theme = Theme::current();
    const EngineEventKind kind = m_markers[index].kind;
    const QColor color = ChartStyle::markerColor(kind);
    m_markerLines[index]->setPen(QPen(color, 2.0, Qt::DashLine));
    QCPItemText *label = m_markerLabels[index];
    label->setColor(ChartStyle::markerTextColor(kind));
    label->setBrush(theme.chartLabelFill);
    label->setPen(QPen(color, 1.5));
}

void ChartPanel::updateLegendColumns()
{
    // QCustomPlot does not wrap a legend by width: as many columns as the widest entry allows.
    const QFontMetrics metrics(m_plot->legend->font());
    int widest = 0;
    for (const ChartLine &line : std::as_const(m_data.lines))
        widest = std::max(widest, metrics.horizontalAdvance(line.name));
    const QSize icon = m_plot->legend->iconSize();
    const int entry = widest + icon.width() + m_plot->legend->iconTextPadding() + 4;
    const int spacing = m_plot->legend->columnSpacing();
    const int available = m_plot->width() - m_plot->legend->margins().left() - m_plot->legend->margins().right();
    const int columns = std::clamp((available + spacing) / (entry + spacing), 1, std::max(1, static_cast<int>(m_data.lines.size())));
    if (columns != m_plot->legend->wrap() || m_plot->legend->columnCount() > columns) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLegendColumns();
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The plots stack in a scroll area: the wheel scrolls it, Ctrl+wheel zooms the time axis.
    if (watched == m_plot && event->type() == QEvent::Wheel && !(static_cast<QWheelEvent *>(event)->modifiers() & Qt::ControlModifier)) {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QAbstractScrollArea *>(w)) {
                QCoreApplication::sendEvent(scroll->verticalScrollBar(), event);
                return true;
            }
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::setData(const ChartData &data)
{
    bool sameLines = data.lines.size() == m_data.lines.size();
    for (int i = 0; sameLines && i < data.lines.size(); ++i)
        sameLines = data.lines[i].column == m_data.lines[i].column;
    m_data = data;
    QString title = m_data.title;
    if (!m_data.secondUnit.isEmpty())
        title += QStringLiteral("  (%1 | %2)").arg(m_data.unit, m_data.secondUnit);
    else if (!m_data.unit.isEmpty())
        title += QStringLiteral("  (%1)").arg(m_data.unit);
    m_title->setText(title);
    if (!sameLines)
        rebuildGraphs();
    if (m_data.spans != m_shownSpans) {
        m_shownSpans = m_data.spans;
        rebuildSpans();
    }
    QVector<double> keys(m_data.seconds());
    std::iota(keys.begin(), keys.end(), 0.0);
    for (int i = 0; i < m_data.lines.size(); ++i)
        m_plot->graph(i)->setData(keys, m_data.lines[i].values, true);
}

void ChartPanel::rebuildGraphs()
{
    m_plot->clearGraphs();
    m_plot->legend->clearItems();
    // A second unit gets the right-hand axis, named so the two scales are not confused.
    m_plot->yAxis2->setVisible(!m_data.secondUnit.isEmpty());
    m_plot->yAxis->setLabel(m_data.secondUnit.isEmpty() ? QString() : m_data.unit);
    m_plot->yAxis2->setLabel(m_data.secondUnit);
    for (const ChartLine &line : m_data.lines) {
        QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, line.secondAxis ? m_plot->yAxis2 : m_plot->yAxis);
        graph->setName(line.name);
        graph->setPen(ChartStyle::linePen(line.style));
        graph->setAdaptiveSampling(true);
    }
    updateLegendColumns();
}

void ChartPanel::setMarkers(const QList<ChartMarker> &markers)
{
    const bool same = markers.size() == m_markers.size()
                      && (markers.isEmpty() || (markers.last().atS == m_markers.last().atS && markers.last().label == m_markers.last().label));
    if (same)
        return;
    m_markers = markers;
    for (QCPItemStraightLine *line : std::as_const(m_markerLines))
        m_plot->removeItem(line);
    for (QCPItemText *label : std::as_const(m_markerLabels))
        m_plot->removeItem(label);
    m_markerLines.clear();
    m_markerLabels.clear();
    for (const ChartMarker &marker : std::as_const(m_markers)) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(marker.atS, 0.0);
        line->point2->setCoords(marker.atS, 1.0);
        line->setSelectable(false);
        auto *label = new QCPItemText(m_plot);
        label->setText(marker.label);
        label->setFont(labelFont());
        label->setPadding(QMargins(3, 0, 3, 0));
        // In the band above the axis rect (layoutMarkerLabels), where it hides no data.
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setClipToAxisRect(false);
        label->setSelectable(false);
        m_markerLines << line;
        m_markerLabels << label;
        styleMarker(m_markerLines.size() - 1);
    }
}

QStringList ChartPanel::visibleMarkerLabels() const
{
    QStringList labels;
    for (const QCPItemText *label : m_markerLabels)
        if (label->visible())
            labels << label->text();
    return labels;
}

void ChartPanel::setTimeRange(double lower, double upper)
{
    m_settingRange = true;
    m_plot->xAxis->setRange(lower, upper);
    m_settingRange = false;
}

void ChartPanel::setTimeLabelShown(bool shown)
{
    m_plot->xAxis->setLabel(shown ? tr("simulated time (s)") : QString());
}

void ChartPanel::replot()
{
    fitValueAxis();
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

void ChartPanel::fitValueAxis()
{
    if (m_data.percent) {
        m_plot->yAxis->setRange(0.0, 100.0);
        return;
    }
    const QCPRange time = m_plot->xAxis->range();
    const int first = std::max(0, static_cast<int>(std::floor(time.lower)));
    const int last = std::min(m_data.seconds() - 1, static_cast<int>(std::ceil(time.upper)));
    double top[2] = {0.0, 0.0};
    for (const ChartLine &line : std::as_const(m_data.lines))
        for (int s = first; s <= last; ++s)
            if (!std::isnan(line.values[s]))
                top[line.secondAxis] = std::max(top[line.secondAxis], line.values[s]);
    // Headroom so the highest point is not on the frame; a flat zero still gets a scale.
    m_plot->yAxis->setRange(0.0, top[0] > 0.0 ? top[0] * 1.15 : 1.0);
    if (!m_data.secondUnit.isEmpty())
        m_plot->yAxis2->setRange(0.0, top[1] > 0.0 ? top[1] * 1.15 : 1.0);
}

void ChartPanel::layoutMarkerLabels()
{
    // Labels sit in a band between the legend and the plot, each at its line's x, in the
    // first row where it clears the previous one; the band is as tall as the rows in use.
    // When no row is free a label is hidden: its line stays and the tooltip names it.
    const QFontMetrics metrics(labelFont());
    const int rowHeight = metrics.height() + kLabelRowGapPx;
    QRect rect = m_plot->axisRect()->rect();
    double rowEnd[kLabelRows];
    std::fill(std::begin(rowEnd), std::end(rowEnd), -1e9);
    QList<int> rows(m_markerLabels.size(), -1);
    QList<bool> flips(m_markerLabels.size(), false);
    int rowsUsed = 0;
    for (int i = 0; i < m_markerLabels.size(); ++i) {
        const double x = m_plot->xAxis->coordToPixel(m_markers[i].atS);
        const int width = metrics.horizontalAdvance(m_markerLabels[i]->text()) + 8;
        if (x < rect.left() || x > rect.left() + rect.width())
            continue;
        // Right of the line, or left of it when it would run off the plot.
        const bool flip = x + width > rect.left() + rect.width();
        const double left = flip ? x - width : x;
        int row = 0;
        while (row < kLabelRows && rowEnd[row] > left - kLabelGapPx)
            ++row;
        if (row == kLabelRows)
            continue;
        rowEnd[row] = left + width;
        rows[i] = row;
        flips[i] = flip;
        rowsUsed = std::max(rowsUsed, row + 1);
    }
    // Once there are markers the band keeps at least a row, so the plot does not jump as they scroll by.
    const int band = (m_markers.isEmpty() ? 0 : std::max(1, rowsUsed)) * rowHeight;
    if (m_plot->axisRect()->margins().top() != band) {
        // The x axis keeps its pixels (only the top moves): lay out again and place.
        QMargins margins = m_plot->axisRect()->margins();
        margins.setTop(band);
        m_plot->axisRect()->setMargins(margins);
        m_plot->plotLayout()->update(QCPLayoutElement::upMargins);
        m_plot->plotLayout()->update(QCPLayoutElement::upLayout);
        rect = m_plot->axisRect()->rect();
    }
    for (int i = 0; i < m_markerLabels.size(); ++i) {
        QCPItemText *label = m_markerLabels[i];
        label->setVisible(rows[i] >= 0);
        if (rows[i] < 0)
            continue;
        // Row 0 right above the plot, where its line ends; the others stack upwards.
        const double x = m_plot->xAxis->coordToPixel(m_markers[i].atS);
        label->setPositionAlignment((flips[i] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
        label->position->setCoords(x, rect.top() - rows[i] * rowHeight - 1);
    }
}

QString ChartPanel::formatValue(double value, bool secondAxis) const
{
    if (std::isnan(value))
        return tr("\u2013");
    const QLocale locale;
    if (m_data.unit == QLatin1String("$"))
        return QStringLiteral("$") + locale.toString(value, 'f', value < 1.0 ? 5 : 2);
    if (m_data.percent)
        return locale.toString(value, 'f', 1) + QStringLiteral(" %");
    const bool whole = std::floor(value) == value;
    return locale.toString(value, 'f', whole ? 0 : 2) + QLatin1Char(' ') + (secondAxis ? m_data.secondUnit : m_data.unit);
}

QString ChartPanel::toolTipAt(double seconds) const
{
    const int second = static_cast<int>(std::lround(seconds));
    if (second < 0 || second >= m_data.seconds())
        return {};
    QString text = QStringLiteral("<b>%1</b><br>").arg(tr("%1 s to %2 s").arg(second).arg(second + 1));
    text += QStringLiteral("<table>");
    for (const ChartLine &line : m_data.lines)
        text += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=right><b>%2</b></td></tr>")
                    .arg(line.name.toHtmlEscaped(), formatValue(line.values[second], line.secondAxis).toHtmlEscaped());
    text += QStringLiteral("</table>");
    for (const ChartSpan &span : m_data.spans)
        if (second >= span.fromS && second < span.toS)
            text += QStringLiteral("<br><b>%1</b>").arg(span.label.toHtmlEscaped());
    for (const ChartMarker &marker : m_markers)
        if (marker.atS >= second - 0.5 && marker.atS < second + 1.5)
            text += QStringLiteral("<br>%1").arg(tr("%1 at %2 s").arg(marker.label.toHtmlEscaped(), QLocale().toString(marker.atS, 'f', 1)));
    return text;
}

void ChartPanel::showToolTip(QMouseEvent *event)
{
    if (!m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const QString text = toolTipAt(m_plot->xAxis->pixelToCoord(event->pos().x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ChartPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addSection(ChartSeries::title(m_kind));
    const QString base = ChartSeries::key(m_kind);
    menu.addAction(tr("Save as &PNG..."), this, [this, base] {
        ChartExport::saveWithDialog(this, base, ChartExport::Format::Png);
    });
    menu.addAction(tr("Save as P&DF..."), this, [this, base] {
        ChartExport::saveWithDialog(this, base, ChartExport::Format::Pdf);
    });
    menu.addAction(tr("Export Data as &CSV..."), this, [this, base] {
        ChartExport::saveWithDialog(this, base, ChartExport::Format::Csv);
    });
    menu.addSeparator();
    menu.addAction(tr("&Follow the Run"), this, &ChartPanel::followRequested);
    menu.addAction(tr("&Hide This Chart"), this, [this] { emit hideRequested(m_kind); });
    menu.exec(m_plot->mapToGlobal(pos));
}

} // namespace scalelab
