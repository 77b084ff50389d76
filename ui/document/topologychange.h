// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QJsonValue>
#include <QString>

namespace scalelab {

/// What one edit of the document changed, precisely enough for the running simulation to
/// follow it live where the engine can (a weight, a new link) and to replay otherwise.
struct TopologyChange
{
    enum class Kind {
        Everything,   ///< many things at once (a load, a paste, a rename): replay
        Layout,       ///< only positions on the canvas: nothing for the engine
        NodeSetting,  ///< `node`'s `key` is now `value`
        LinkAdded,    ///< `from` -> `to` with `latencyMs`
        LinkRemoved,  ///< `from` -> `to`
        LinkSetting,  ///< the link `from` -> `to`'s `key` is now `value`
        Nodes,        ///< nodes added or removed
        Settings,     ///< top-level settings (name, seed, replication, cdn)
        Scenario,     ///< `event` was added to (`added`) or removed from the scenario
    };

    Kind kind = Kind::Everything;
    QString node;
    QString from;
    QString to;
    QString key;
    QJsonValue value;
    double latencyMs = 0.0;
    ScenarioEvent event;
    bool added = true;
};

} // namespace scalelab
