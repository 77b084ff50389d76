// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace scalelab {

class Diagnostics;

/// Applies a lesson step's changes to a topology in its file form (the JSON object the
/// writer produces), so that the result is read and checked as any topology file is.
/// Changes, each an object with "op":
///   {"op": "add_node", "node": {...}, "at": [x, y]}
///   {"op": "remove_node", "id": "web2"}            (its links, layout and events go too)
///   {"op": "add_link", "from": "lb", "to": "web3", "latency_ms": 1}
///   {"op": "remove_link", "from": "lb", "to": "web3"}
///   {"op": "set", "node": "web1", "key": "weight", "value": 3}     (dotted keys nest)
///   {"op": "set", "link": ["lb", "web1"], "key": "latency_ms", "value": 5}
///   {"op": "set", "key": "replication.mode", "value": "semi_sync"} (top level)
/// Problems go to `diagnostics` under `path` ("steps[2].changes[0].id").
void applyTopologyChanges(QJsonObject &topology, const QJsonArray &changes, const QString &path,
                          Diagnostics &diagnostics);

} // namespace scalelab
