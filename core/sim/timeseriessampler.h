// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/timeseries.h"

namespace scalelab {

class Simulation;

/// Reads what the time series records from the engine's public face, so core/metrics
/// never includes the engine (docs/ENGINE.md, layers). O(nodes).
StateTotals sampleStateTotals(const Simulation &simulation);

} // namespace scalelab
