// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

/// One machine size a node's `size` may name: its vCPUs and its on-demand price.
struct ServerSize
{
    QString name;
    int vcpus = 0;
    double pricePerHour = 0;  ///< US dollars per hour while the machine runs
};

/// The fixed table of machine sizes (AWS general purpose, m5-like, us-east-1 on-demand:
/// $0.048 per vCPU-hour) and the lookups on it. Its last row is the ceiling of one machine:
/// there is no bigger size to scale up to.
namespace ServerSizes {

inline constexpr double kPricePerVcpuHour = 0.048;

/// Every size, smallest first.
const QList<ServerSize> &all();
/// The names, smallest first ("small", "medium", ... "8xlarge").
QStringList names();
/// The size named `name`, if the table has it.
std::optional<ServerSize> find(const QString &name);
/// What a `size` may be, for "expected ..." messages: the names, then the ceiling.
QString expected();
/// The largest size (the ceiling of scaling up).
const ServerSize &largest();
/// Whether a node of this type may carry a `size` (web_server, database, worker).
bool sizable(NodeType type);
/// The workers (`concurrency`) a node of `type` gets on a machine of `vcpus`: a bigger
/// machine does more at once, each request no faster. Chosen so that today's defaults are a
/// size: a web server 50 on small, a database 100 on medium, a worker 4 on small.
int workers(NodeType type, int vcpus);

} // namespace ServerSizes
} // namespace scalelab
