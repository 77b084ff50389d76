// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyDocument: the edits of one setting (of a node, a link or the topology), checked through the file
// reader, and how edits read in the undo history.
#include "document/topologydocument.h"

#include "io/topologyreader.h"
#include "io/topologywriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scalelab {

namespace {

QJsonValue valueAt(const QJsonObject &object, QStringList path)
{
    const QJsonValue value = object.value(path.takeFirst());
    if (path.isEmpty() || value.isUndefined())
        return value;
    return valueAt(value.toObject(), path);
}

void setValueAt(QJsonObject &object, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonObject inner = object.value(key).toObject();
    setValueAt(inner, path, value);
    object.insert(key, inner);
}

/// Sharding turned on without shards (the inspector's group box): each database its own shard,
/// in the file's order, so that the new object reads and runs at once.
QJsonValue withDefaultShards(const Topology &topology, const QStringList &path, const QJsonValue &value)
{
    if (path != QStringList{QStringLiteral("sharding")} || !value.isObject() || value.toObject().contains(QStringLiteral("shards")))
        return value;
    QJsonArray shards;
    for (const NodeSpec &node : topology.nodes)
        if (node.type == NodeType::Database)
            shards.append(QJsonArray{node.id});
    QJsonObject object = value.toObject();
    object.insert(QStringLiteral("shards"), shards);
    return object;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString TopologyDocument::linkName(const QString &from, const QString &to)
{
    return from + QStringLiteral(" → ") + to;
}

// "3", "semi_sync", "on" for an undo text.
QString TopologyDocument::valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("on") : tr("off");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 10);
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// "service_ms" -> "service ms", "health_check.fall" -> "health check fall".
QString TopologyDocument::keyText(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    return text;
}

int TopologyDocument::linkIndex(const Topology &topology, const LinkEnds &ends)
{
    for (int i = 0; i < topology.links.size(); ++i) {
        if (topology.links[i].from == ends.first && topology.links[i].to == ends.second)
            return i;
    }
    return -1;
}

std::optional<Topology> TopologyDocument::throughJson(const Topology &topology,
                                                      const std::function<void(QJsonObject &)> &edit,
                                                      QString *error) const
{
    QJsonObject root = TopologyWriter::toJson(topology);
    edit(root);
    TopologyReader reader;
    reader.setCheckGraph(false);
    std::optional<Topology> read = reader.readBytes(QJsonDocument(root).toJson(), topology.baseDirectory);
    if (!read && error)
        *error = reader.diagnostics().format();
    return read;
}

// The inspector's "custom" size (empty) and -1 price mean "no such key". A size sets the
// workers, so the two never go together: a size takes concurrency out of the node, custom
// puts the workers it had back as its own.
QJsonValue TopologyDocument::machineValue(QJsonObject &node, const QString &key, const QJsonValue &value, int workers)
{
    if (key == QLatin1String("price_per_hour") && value.isDouble() && value.toDouble() < 0)
        return QJsonValue::Undefined;
    if (key != QLatin1String("size"))
        return value;
    if (value.isString() && !value.toString().isEmpty()) {
        node.remove(QStringLiteral("concurrency"));
        return value;
    }
    if (node.contains(QStringLiteral("size")))
        node.insert(QStringLiteral("concurrency"), workers);
    return QJsonValue::Undefined;
}

bool TopologyDocument::setNodeSetting(const QString &node, const QString &key, const QJsonValue &value, QString *error)
{
    const int index = m_topology.indexOf(node);
    if (index < 0) {
        if (error)
            *error = tr("no node has the id \"%1\"").arg(node);
        return false;
    }
    if (key == QLatin1String("id"))
        return renameNode(node, value.toString(), error);
    if (key == QLatin1String("type")) {
        if (error)
            *error = tr("a node's type cannot change; delete it and add a node of the other type");
        return false;
    }
    const QStringList path = key.split(QLatin1Char('.'));
    const QJsonObject oldJson = TopologyWriter::toJson(m_topology)[QStringLiteral("nodes")].toArray()[index].toObject();
    const std::optional<Topology> read = throughJson(m_topology, [&](QJsonObject &root) {
        QJsonArray nodes = root[QStringLiteral("nodes")].toArray();
        QJsonObject object = nodes[index].toObject();
        setValueAt(object, path, machineValue(object, key, value, m_topology.nodes[index].concurrency));
        nodes[index] = object;
        root[QStringLiteral("nodes")] = nodes;
    }, error);
    if (!read)
        return false;
    Topology after = m_topology;
    after.nodes[index] = read->nodes[index];
    const QJsonObject newJson = TopologyWriter::toJson(after)[QStringLiteral("nodes")].toArray()[index].toObject();
    if (compact(newJson) == compact(oldJson))
        return true;

    TopologyChange redo;
    redo.kind = TopologyChange::Kind::NodeSetting;
    redo.node = node;
    redo.key = key;
    redo.value = valueAt(newJson, path);
    TopologyChange undo = redo;
    undo.value = valueAt(oldJson, path);
    QString text = value.isUndefined() ? tr("Reset %1 of %2").arg(keyText(key), node)
                                       : tr("Set %1 of %2 to %3").arg(keyText(key), node, valueText(redo.value));
    if (key == QLatin1String("datacenter")) {
        // No data centre is the key's absence: say what happened rather than "set to (nothing)".
        const QString before = m_topology.nodes[index].datacenter;
        const QString now = after.nodes[index].datacenter;
        text = now.isEmpty() ? tr("Take %1 out of data centre %2").arg(node, before) : tr("Put %1 in data centre %2").arg(node, now);
    }
    if (!push(text, after, redo, undo, /*mergeId=*/2)) {
        if (error)
            *error = tr("This lesson is locked: it can be run, but not changed.");
        return false;
    }
    return true;
}

bool TopologyDocument::setLinkSetting(const LinkEnds &link, const QString &key, const QJsonValue &value, QString *error)
{
    const int index = linkIndex(m_topology, link);
    if (index < 0) {
        if (error)
            *error = tr("no link joins \"%1\" and \"%2\"").arg(link.first, link.second);
        return false;
    }
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        if (error)
            *error = tr("a link's ends cannot change; delete it and draw a new one");
        return false;
    }
    const QStringList path = key.split(QLatin1Char('.'));
    const QJsonObject oldJson = TopologyWriter::toJson(m_topology)[QStringLiteral("links")].toArray()[index].toObject();
    const std::optional<Topology> read = throughJson(m_topology, [&](QJsonObject &root) {
        QJsonArray links = root[QStringLiteral("links")].toArray();
        QJsonObject object = links[index].toObject();
        setValueAt(object, path, value);
        links[index] = object;
        root[QStringLiteral("links")] = links;
    }, error);
    if (!read)
        return false;
    Topology after = m_topology;
    after.links[index] = read->links[index];
    const QJsonObject newJson = TopologyWriter::toJson(after)[QStringLiteral("links")].toArray()[index].toObject();
    if (compact(newJson) == compact(oldJson))
        return true;

    TopologyChange redo;
    redo.kind = TopologyChange::Kind::LinkSetting;
    redo.from = link.first;
    redo.to = link.second;
    redo.key = key;
    redo.value = valueAt(newJson, path);
    TopologyChange undo = redo;
    undo.value = valueAt(oldJson, path);
    const QString text = key == QLatin1String("latency_ms")
                             ? tr("Set latency of %1 to %2 ms").arg(linkName(link.first, link.second), valueText(redo.value))
                             : tr("Set %1 of %2 to %3").arg(keyText(key), linkName(link.first, link.second), valueText(redo.value));
    if (!push(text, after, redo, undo, /*mergeId=*/3)) {
        if (error)
            *error = tr("This lesson is locked: it can be run, but not changed.");
        return false;
    }
    return true;
}

bool TopologyDocument::setTopologySetting(const QString &key, const QJsonValue &value, QString *error)
{
    const QStringList path = key.split(QLatin1Char('.'));
    static const QStringList editable = {QStringLiteral("name"), QStringLiteral("seed"), QStringLiteral("replication"),
                                         QStringLiteral("cdn"), QStringLiteral("sharding")};
    if (!editable.contains(path.first())) {
        if (error)
            *error = tr("\"%1\" is not a setting of the topology; expected %2").arg(key, humanList(editable));
        return false;
    }
    const QJsonObject oldJson = TopologyWriter::toJson(m_topology);
    const std::optional<Topology> read = throughJson(m_topology, [&](QJsonObject &root) {
        setValueAt(root, path, withDefaultShards(m_topology, path, value));
    }, error);
    if (!read)
        return false;
    Topology after = m_topology;
    after.name = read->name;
    after.seed = read->seed;
    after.hasReplication = read->hasReplication;
    after.replication = read->replication;
    after.hasCdn = read->hasCdn;
    after.cdn = read->cdn;
    after.hasSharding = read->hasSharding;
    after.sharding = read->sharding;
    const QJsonObject newJson = TopologyWriter::toJson(after);
    if (compact(newJson) == compact(oldJson))
        return true;
    TopologyChange redo;
    redo.kind = TopologyChange::Kind::Settings;
    redo.key = key;
    redo.value = valueAt(newJson, path);
    TopologyChange undo = redo;
    undo.value = valueAt(oldJson, path);
    const QString text = value.isUndefined() ? tr("Remove %1").arg(keyText(key))
                                             : tr("Set %1 to %2").arg(keyText(key), valueText(redo.value));
    if (!push(text, after, redo, undo, /*mergeId=*/4)) {
        if (error)
            *error = tr("This lesson is locked: it can be run, but not changed.");
        return false;
    }
    return true;
}

} // namespace scalelab
