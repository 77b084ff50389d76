// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

enum class NodeType { Clients, LoadBalancer, WebServer, SessionStore, Cache, Database, CdnEdge, ObjectStorage, MessageQueue, Worker, Dns };

/// The file's spelling of a node type ("load_balancer").
QString nodeTypeName(NodeType type);
std::optional<NodeType> nodeTypeFromName(const QString &name);
QStringList nodeTypeNames();

/// Joins choices as a reader expects them in an error message: "a, b or c".
QString humanList(const QStringList &choices);

} // namespace scalelab
