#include "lessons/topologypatch.h"

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

} // namespace

void applyTopologyChanges(QJsonObject &topology, const QJsonArray &changes, const QString &path, Diagnostics &diagnostics)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!changes[i].isObject()) {
            diagnostics.error(here, QStringLiteral("expected a change object, got %1").arg(describeJson(changes[i])));
            continue;
        }
        const QJsonObject change = changes[i].toObject();
        const QString op = change.value(QStringLiteral("op")).toString();
        QJsonArray nodes = topology.value(QStringLiteral("nodes")).toArray();
        QJsonArray links = topology.value(QStringLiteral("links")).toArray();
        QJsonObject layout = topology.value(QStringLiteral("layout")).toObject();

        if (op == QLatin1String("add_node")) {
            const QJsonObject node = change.value(QStringLiteral("node")).toObject();
            const QString id = node.value(QStringLiteral("id")).toString();
            if (id.isEmpty()) {
                diagnostics.error(at(here, QStringLiteral("node")), QStringLiteral("expected a node object with an id"));
                continue;
            }
            if (indexOfId(nodes, id) >= 0) {
                diagnostics.error(at(here, QStringLiteral("node.id")), QStringLiteral("a node \"%1\" exists already").arg(id));
                continue;
            }
            nodes.append(node);
            if (change.contains(QStringLiteral("at")))
                layout.insert(id, change.value(QStringLiteral("at")));
        } else if (op == QLatin1String("remove_node")) {
            const QString id = change.value(QStringLiteral("id")).toString();
            const qsizetype index = indexOfId(nodes, id);
            if (index < 0) {
                diagnostics.error(at(here, QStringLiteral("id")), QStringLiteral("no node has the id \"%1\"").arg(id));
                continue;
            }
            nodes.removeAt(index);
            for (qsizetype l = links.size() - 1; l >= 0; --l) {
                if (mentions(links[l].toObject(), id))
                    links.removeAt(l);
            }
            layout.remove(id);
            QJsonArray events = topology.value(QStringLiteral("events")).toArray();
            for (qsizetype e = events.size() - 1; e >= 0; --e) {
                if (mentions(events[e].toObject(), id))
                    events.removeAt(e);
            }
            topology.insert(QStringLiteral("events"), events);
        } else if (op == QLatin1String("add_link")) {
            QJsonObject link{{QStringLiteral("from"), change.value(QStringLiteral("from"))},
                             {QStringLiteral("to"), change.value(QStringLiteral("to"))}};
            link.insert(QStringLiteral("latency_ms"), change.value(QStringLiteral("latency_ms")).toDouble(1.0));
            links.append(link);
        } else if (op == QLatin1String("remove_link")) {
            const QString from = change.value(QStringLiteral("from")).toString();
            const QString to = change.value(QStringLiteral("to")).toString();
            const qsizetype index = indexOfLink(links, from, to);
            if (index < 0) {
                diagnostics.error(here, QStringLiteral("no link from \"%1\" to \"%2\"").arg(from, to));
                continue;
            }
            links.removeAt(index);
        } else if (op == QLatin1String("set")) {
            const QString key = change.value(QStringLiteral("key")).toString();
            if (key.isEmpty() || !change.contains(QStringLiteral("value"))) {
                diagnostics.error(here, QStringLiteral("set needs \"key\" and \"value\" (null removes the key)"));
                continue;
            }
            const QJsonValue value = change.value(QStringLiteral("value"));
            const QStringList keys = key.split(QLatin1Char('.'));
            if (change.contains(QStringLiteral("node"))) {
                const QString id = change.value(QStringLiteral("node")).toString();
                const qsizetype index = indexOfId(nodes, id);
                if (index < 0) {
                    diagnostics.error(at(here, QStringLiteral("node")), QStringLiteral("no node has the id \"%1\"").arg(id));
                    continue;
                }
                QJsonObject node = nodes[index].toObject();
                setPath(node, keys, value);
                nodes[index] = node;
            } else if (change.contains(QStringLiteral("link"))) {
                const QJsonArray ends = change.value(QStringLiteral("link")).toArray();
                const qsizetype index = indexOfLink(links, ends.at(0).toString(), ends.at(1).toString());
                if (ends.size() != 2 || index < 0) {
                    diagnostics.error(at(here, QStringLiteral("link")), QStringLiteral("expected [from, to] naming a link"));
                    continue;
                }
                QJsonObject link = links[index].toObject();
                setPath(link, keys, value);
                links[index] = link;
            } else {
                setPath(topology, keys, value);
                continue; // the top level itself changed; nodes/links/layout untouched
            }
        } else {
            diagnostics.error(at(here, QStringLiteral("op")),
                              QStringLiteral("expected add_node, remove_node, add_link, remove_link or set, got %1")
                                  .arg(describeJson(change.value(QStringLiteral("op")))));
            continue;
        }
        topology.insert(QStringLiteral("nodes"), nodes);
        topology.insert(QStringLiteral("links"), links);
        topology.insert(QStringLiteral("layout"), layout);
    }
}

} // namespace scalelab
