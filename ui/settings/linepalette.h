// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace scalelab {

/// The Okabe-Ito colours the charts draw their lines in (safe for colour-blind readers),
/// lifted on the dark theme. Here rather than in the charts so that the canvas can colour
/// a shard's frame and cards as the Shards chart colours its line.
namespace LinePalette {

/// How many colours before they repeat.
int size();
/// The `index`-th colour (any integer: it wraps) for Theme::current().
QColor color(int index);
/// The palette index of the `n`-th of things that may be drawn DOWN in red (data centres):
/// every colour but the vermillion, which would read as that red beside it.
int calmIndex(int n);

} // namespace LinePalette

} // namespace scalelab
