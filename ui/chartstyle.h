#pragma once

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

/// The pen of a plot's `style`-th line: colour and dash pattern both change with it.
QPen linePen(int style);
QColor markerColor(const QString &kind);
QFont font(int pixels, bool bold = false);

} // namespace ChartStyle

} // namespace scalelab
