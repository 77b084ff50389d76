// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"

#include "settings/linepalette.h"
#include "settings/theme.h"

#include <qcustomplot.h>

#include <QVector>

namespace scalelab {

QColor ChartStyle::lineColor(int style)
{
    return LinePalette::color(style);
}

QPen ChartStyle::linePen(int style)
{
    QPen pen(lineColor(style), kLineWidth);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    // Dash lengths are in line widths: 3 px lines make these 12-px dashes and 6-px dots.
    switch (style % 4) {
    case 0: pen.setStyle(Qt::SolidLine); break;
    case 1: pen.setDashPattern({4.0, 2.0}); break;
    case 2: pen.setDashPattern({1.0, 1.5}); break;
    default: pen.setDashPattern({5.0, 1.5, 1.0, 1.5}); break;
    }
    return pen;
}

QColor ChartStyle::markerColor(EngineEventKind kind)
{
    // Causes in warm colours, recoveries in cool ones; a kill and the health checks noticing it
    // differ, so two close labels are told apart by colour as well as by the side of their line.
    // On the dark plot the same hues, light enough to read as label text.
    const bool dark = Theme::current().dark;
    switch (kind) {
    case EngineEventKind::Kill:
    case EngineEventKind::ResizeStart:  // a stop, as a kill is
        return dark ? QColor(0xF07C3A) : QColor(0xD55E00);
    case EngineEventKind::HealthDown:
    case EngineEventKind::Partition:
    case EngineEventKind::DatacenterDown:   // checks noticing, as a balancer's do
        return dark ? QColor(0xD88DB7) : QColor(0xA0507F);
    case EngineEventKind::Revive:
    case EngineEventKind::HealthUp:
    case EngineEventKind::DatacenterUp:
    case EngineEventKind::Heal:
    case EngineEventKind::ScaleIn:
    case EngineEventKind::ResizeDone:
        return dark ? QColor(0x2FC59A) : QColor(0x007A5A);
    case EngineEventKind::Promote:
    case EngineEventKind::Failover:
    case EngineEventKind::ScaleOut:   // the system answering, as a failover does
    case EngineEventKind::DnsAnswer:
        return dark ? QColor(0x56B4E9) : QColor(0x0072B2);
    default:
        return dark ? QColor(0xAFA2D6) : QColor(0x6B5B95);
    }
}

QColor ChartStyle::markerTextColor(EngineEventKind kind)
{
    const QColor color = markerColor(kind);
    return Theme::current().dark ? color.lighter(115) : color.darker(120);
}

QFont ChartStyle::font(int pixels, bool bold)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void ChartStyle::styleAxis(QCPAxis *axis)
{
    axis->setTickLabelFont(font(kTextPixels));
    axis->setLabelFont(font(kTextPixels));
    axis->setSubTickPen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void ChartStyle::colorAxis(QCPAxis *axis)
{
    const Theme &theme = Theme::current();
    axis->setBasePen(QPen(theme.chartAxis, 1.5));
    axis->setTickPen(QPen(theme.chartAxis, 1.5));
    axis->setTickLabelColor(theme.chartAxis);
    axis->setLabelColor(theme.chartAxis);
    axis->grid()->setPen(QPen(theme.chartGrid, 1.0));
}

} // namespace scalelab
