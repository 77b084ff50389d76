// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

namespace scalelab {

class Simulation;

/// The report's `datacenters[]`: each data centre's requests, those a withdrawn DNS answer
/// still sent there, and its state at the end. Empty when no node is in a data centre.
QJsonArray datacentersJson(const Simulation &sim);
/// The same as lines of the text report (empty without data centres).
QString datacentersText(const Simulation &sim);

} // namespace scalelab
