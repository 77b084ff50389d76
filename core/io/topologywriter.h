// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace scalelab {

struct Topology;

/// Writes a Topology back to the file format of DESIGN.md, keeping unknown keys.
class TopologyWriter
{
public:
    static QJsonObject toJson(const Topology &topology);
    static QByteArray toBytes(const Topology &topology);
    /// Atomic: writes through QSaveFile, so a failed save leaves the old file intact.
    static bool save(const Topology &topology, const QString &fileName, QString *error = nullptr);
};

} // namespace scalelab
