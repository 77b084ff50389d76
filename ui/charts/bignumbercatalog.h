// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scalelab {

class Simulation;

/// The report figures a big-number tile can show, keyed like the report's JSON
/// (`cache.hit_ratio`, `nodes[web2].served`: docs/CLI.md, lesson checkpoints), with their
/// captions and how to write their values.
namespace BigNumberCatalog {

/// The figures offered in the menu, in menu order.
QStringList keys();
/// "cache hit ratio", "p95 latency"; an unknown key gives a readable form of itself.
QString caption(const QString &key);
/// The value as a tile shows it: "87.3 %", "42 ms", "1,204", "$0.0123"; "–" when absent.
QString format(const QString &key, const QJsonObject &report);
/// The figures worth a tile for this topology (p95 and errors, plus its cache, replication,
/// CDN or sessions figures), at most four.
QStringList automaticKeys(const Simulation &simulation);

} // namespace BigNumberCatalog

} // namespace scalelab
