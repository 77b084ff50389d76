// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QJsonObject>
#include <QString>

namespace scalelab {

class Diagnostics;
class JsonFields;
struct FileLimits;

/// Reads one node of a topology file: its id and type, then the keys of its type, each
/// node type in its own step. Problems go to the diagnostics with their JSON path, in
/// the order the keys are read (TopologyReader's messages depend on that order).
class NodeReader
{
public:
    NodeReader(const FileLimits &limits, Diagnostics &diagnostics) : m_limits(limits), m_diagnostics(diagnostics) {}

    void read(const QJsonObject &object, const QString &path, NodeSpec &node);

private:
    bool readType(JsonFields &f, NodeSpec &node);
    void readClients(JsonFields &f, NodeSpec &node);
    void readHeaderVariants(JsonFields &f, NodeSpec &node);
    void readMix(JsonFields &f, NodeSpec &node);
    void readLoadBalancer(JsonFields &f, NodeSpec &node);
    void readHealthCheck(JsonFields &f, NodeSpec &node);
    void readServer(JsonFields &f, NodeSpec &node);
    void readCache(JsonFields &f, NodeSpec &node);
    void readCdnEdge(JsonFields &f, NodeSpec &node);
    void readAutoscale(JsonFields &f, NodeSpec &node);
    void readCacheKeyHeaders(JsonFields &k, NodeSpec &node);
    void readSize(JsonFields &f, NodeSpec &node);

    const FileLimits &m_limits;
    Diagnostics &m_diagnostics;
};

} // namespace scalelab
