// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scalelab {

class Simulation;

/// The run report of DESIGN.md ("scalelab-cli run --report json|text").
class Report
{
public:
    static QJsonObject toJson(const Simulation &simulation, double wallSeconds);
    static QString toText(const Simulation &simulation, double wallSeconds);
    /// Parts of the topology that this build does not simulate yet, in words.
    static QStringList limitations(const Simulation &simulation);
};

} // namespace scalelab
