// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCPAxis;

#include "sim/engineevent.h"

#include <QColor>
#include <QFont>
#include <QPen>

namespace scalelab {

/// How the charts look from the back row: thick lines in the Okabe-Ito colours (the canvas
/// dots use them too), each with its own dash pattern so that nothing depends on colour alone.
namespace ChartStyle {

constexpr double kLineWidth = 3.0;
constexpr int kTitlePixels = 16;
constexpr int kTextPixels = 13;

/// Colours follow Theme::current(): lifted on the dark plot. Restyle after a theme change.
/// The colour of a plot's `style`-th line.
QColor lineColor(int style);
/// The pen of a plot's `style`-th line: colour and dash pattern both change with it.
QPen linePen(int style);
/// An event marker's line and label border, by the event's kind (Kill, Heal...).
QColor markerColor(EngineEventKind kind);
/// The marker label's text: a shade of markerColor() that reads on the label's fill.
QColor markerTextColor(EngineEventKind kind);
QFont font(int pixels, bool bold = false);
/// An axis as every plot draws it: the charts' fonts, no sub ticks or sub grid.
void styleAxis(QCPAxis *axis);
/// An axis's lines, ticks, labels and grid in the current theme's colours.
void colorAxis(QCPAxis *axis);

} // namespace ChartStyle

} // namespace scalelab
