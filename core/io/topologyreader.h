// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnostic.h"
#include "model/topology.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scalelab {

class JsonFields;

/// Limits that keep a file from a stranger from exhausting memory.
struct FileLimits
{
    qint64 maxFileBytes = 16 * 1024 * 1024;
    int maxNodes = 2000;
    int maxLinks = 20000;
    int maxEvents = 10000;
    int maxAlerts = 100;
    int maxIdLength = 64;
    int maxKeys = 10'000'000;
    int maxUsers = 10'000'000;
};

/// Loads a `*.scalelab.json` file into a Topology, collecting every problem with its JSON
/// path. The result is only returned when there is no error (warnings are allowed).
class TopologyReader
{
public:
    explicit TopologyReader(FileLimits limits = {}) : m_limits(limits) {}

    /// Off: only each field is checked (types, ranges, choices), not how the nodes fit
    /// together (a clients node, links between existing nodes...). An editor needs this:
    /// a topology being built is rarely runnable after every single edit.
    void setCheckGraph(bool check) { m_checkGraph = check; }

    std::optional<Topology> readFile(const QString &fileName);
    std::optional<Topology> readBytes(const QByteArray &json, const QString &baseDirectory = QString());

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// All diagnostics as text, each line prefixed with the file name.
    QString errorText() const { return m_diagnostics.format(m_fileName); }

private:
    std::optional<QJsonObject> parseObject(const QByteArray &json);
    bool readHeader(JsonFields &top, const QJsonObject &object, Topology &topology);
    void readReplication(JsonFields &top, Topology &topology);
    void readCdn(JsonFields &top, Topology &topology);
    void readLayout(JsonFields &top, Topology &topology);
    void readNode(const QJsonObject &object, const QString &path, NodeSpec &node);
    void readLink(const QJsonObject &object, const QString &path, LinkSpec &link);
    void readEvent(const QJsonObject &object, const QString &path, ScenarioEvent &event);
    void readAlerts(JsonFields &top, Topology &topology);
    void readSharding(JsonFields &top, Topology &topology);
    QStringList readShard(const QJsonValue &value, const QString &path);
    void readAlert(const QJsonObject &object, const QString &path, AlertRuleSpec &alert);

    FileLimits m_limits;
    bool m_checkGraph = true;
    Diagnostics m_diagnostics;
    QString m_fileName;
};

} // namespace scalelab
