// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologypatch.h"

#include "io/jsonfields.h"
#include "model/diagnostic.h"

namespace scalelab {

namespace {

QString at(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

void setPath(QJsonObject &object, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isNull())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonObject inner = object.value(key).toObject();
    setPath(inner, keys, value);
    object.insert(key, inner);
}

qsizetype indexOfId(const QJsonArray &array, const QString &id)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array[i].toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

qsizetype indexOfLink(const QJsonArray &links, const QString &from, const QString &to)
{
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = links[i].toObject();
        if (link.value(QStringLiteral("from")).toString() == from && link.value(QStringLiteral("to")).toString() == to)
            return i;
    }
    return -1;
}

bool mentions(const QJsonObject &object, const QString &id)
{
    for (const char *key : {"node", "from", "to"}) {
        if (object.value(QLatin1String(key)).toString() == id)
            return true;
    }
    return false;
}

// The parts of the topology a change edits, written back only after a change that succeeded.
struct Parts
{
    QJsonArray nodes;
    QJsonArray links;
    QJsonObject layout;
};

// Each change below returns whether its parts are to be written back (false after an error).
bool addNode(const QJsonObject &change, const QString &here, Parts &parts, Diagnostics &diagnostics)
{
    const QJsonObject node = change.value(QStringLiteral("node")).toObject();
    const QString id = node.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        diagnostics.error(at(here, QStringLiteral("node")), QStringLiteral("expected a node object with an id"));
        return false;
    }
    if (indexOfId(parts.nodes, id) >= 0) {
        diagnostics.error(at(here, QStringLiteral("node.id")), QStringLiteral("a node \"%1\" exists already").arg(id));
        return false;
    }
    parts.nodes.append(node);
    if (change.contains(QStringLiteral("at")))
        parts.layout.insert(id, change.value(QStringLiteral("at")));
    return true;
}

bool removeNode(const QJsonObject &change, const QString &here, QJsonObject &topology, Parts &parts,
                Diagnostics &diagnostics)
{
    const QString id = change.value(QStringLiteral("id")).toString();
    const qsizetype index = indexOfId(parts.nodes, id);
    if (index < 0) {
        diagnostics.error(at(here, QStringLiteral("id")), QStringLiteral("no node has the id \"%1\"").arg(id));
        return false;
    }
    parts.nodes.removeAt(index);
    for (qsizetype l = parts.links.size() - 1; l >= 0; --l) {
        if (mentions(parts.links[l].toObject(), id))
            parts.links.removeAt(l);
    }
    parts.layout.remove(id);
    QJsonArray events = topology.value(QStringLiteral("events")).toArray();
    for (qsizetype e = events.size() - 1; e >= 0; --e) {
        if (mentions(events[e].toObject(), id))
            events.removeAt(e);
    }
    topology.insert(QStringLiteral("events"), events);
    return true;
}

void addLink(const QJsonObject &change, Parts &parts)
{
    QJsonObject link{{QStringLiteral("from"), change.value(QStringLiteral("from"))},
                     {QStringLiteral("to"), change.value(QStringLiteral("to"))}};
    link.insert(QStringLiteral("latency_ms"), change.value(QStringLiteral("latency_ms")).toDouble(1.0));
    parts.links.append(link);
}

bool removeLink(const QJsonObject &change, const QString &here, Parts &parts, Diagnostics &diagnostics)
{
    const QString from = change.value(QStringLiteral("from")).toString();
    const QString to = change.value(QStringLiteral("to")).toString();
    const qsizetype index = indexOfLink(parts.links, from, to);
    if (index < 0) {
        diagnostics.error(here, QStringLiteral("no link from \"%1\" to \"%2\"").arg(from, to));
        return false;
    }
    parts.links.removeAt(index);
    return true;
}

// False too when the top level itself changed: its nodes, links and layout are then untouched.
bool setKey(const QJsonObject &change, const QString &here, QJsonObject &topology, Parts &parts,
            Diagnostics &diagnostics)
{
    const QString key = change.value(QStringLiteral("key")).toString();
    if (key.isEmpty() || !change.contains(QStringLiteral("value"))) {
        diagnostics.error(here, QStringLiteral("set needs \"key\" and \"value\" (null removes the key)"));
        return false;
    }
    const QJsonValue value = change.value(QStringLiteral("value"));
    const QStringList keys = key.split(QLatin1Char('.'));
    if (change.contains(QStringLiteral("node"))) {
        const QString id = change.value(QStringLiteral("node")).toString();
        const qsizetype index = indexOfId(parts.nodes, id);
        if (index < 0) {
            diagnostics.error(at(here, QStringLiteral("node")), QStringLiteral("no node has the id \"%1\"").arg(id));
            return false;
        }
        QJsonObject node = parts.nodes[index].toObject();
        setPath(node, keys, value);
        parts.nodes[index] = node;
        return true;
    }
    if (change.contains(QStringLiteral("link"))) {
        const QJsonArray ends = change.value(QStringLiteral("link")).toArray();
        const qsizetype index = indexOfLink(parts.links, ends.at(0).toString(), ends.at(1).toString());
        if (ends.size() != 2 || index < 0) {
            diagnostics.error(at(here, QStringLiteral("link")), QStringLiteral("expected [from, to] naming a link"));
            return false;
        }
        QJsonObject link = parts.links[index].toObject();
        setPath(link, keys, value);
        parts.links[index] = link;
        return true;
    }
    setPath(topology, keys, value);
    return false;
}

bool applyChange(const QJsonObject &change, const QString &here, QJsonObject &topology, Parts &parts,
                 Diagnostics &diagnostics)
{
    const QString op = change.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("add_node"))
        return addNode(change, here, parts, diagnostics);
    if (op == QLatin1String("remove_node"))
        return removeNode(change, here, topology, parts, diagnostics);
    if (op == QLatin1String("add_link")) {
        addLink(change, parts);
        return true;
    }
    if (op == QLatin1String("remove_link"))
        return removeLink(change, here, parts, diagnostics);
    if (op == QLatin1String("set"))
        return setKey(change, here, topology, parts, diagnostics);
    diagnostics.error(at(here, QStringLiteral("op")),
                      QStringLiteral("expected add_node, remove_node, add_link, remove_link or set, got %1")
                          .arg(describeJson(change.value(QStringLiteral("op")))));
    return false;
}

} // namespace

void applyTopologyChanges(QJsonObject &topology, const QJsonArray &changes, const QString &path, Diagnostics &diagnostics)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!changes[i].isObject()) {
            diagnostics.error(here, QStringLiteral("expected a change object, got %1").arg(describeJson(changes[i])));
            continue;
        }
        Parts parts{topology.value(QStringLiteral("nodes")).toArray(), topology.value(QStringLiteral("links")).toArray(),
                    topology.value(QStringLiteral("layout")).toObject()};
        if (!applyChange(changes[i].toObject(), here, topology, parts, diagnostics))
            continue;
        topology.insert(QStringLiteral("nodes"), parts.nodes);
        topology.insert(QStringLiteral("links"), parts.links);
        topology.insert(QStringLiteral("layout"), parts.layout);
    }
}

} // namespace scalelab
