// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyDocument: the topology's alert rules (top-level "alerts"), added, changed and removed
// one undoable step each, and how those edits read in the undo history.
#include "document/topologydocument.h"

#include "io/topologywriter.h"

#include <QJsonArray>

#include <algorithm>

namespace scalelab {

namespace {

constexpr int kAlertMergeId = 5;

bool sameRule(const AlertRuleSpec &a, const AlertRuleSpec &b)
{
    return a.name == b.name && a.metric == b.metric && a.threshold == b.threshold && a.above == b.above && a.forS == b.forS
           && a.node == b.node && a.extra == b.extra;
}

/// The one field `after` changes in `before` ("name", "threshold"...), or empty when several do.
QString changedField(const AlertRuleSpec &before, const AlertRuleSpec &after)
{
    QStringList fields;
    if (before.name != after.name)
        fields << QStringLiteral("name");
    if (before.metric != after.metric)
        fields << QStringLiteral("metric");
    if (before.node != after.node)
        fields << QStringLiteral("node");
    if (before.above != after.above)
        fields << QStringLiteral("above");
    if (before.threshold != after.threshold)
        fields << QStringLiteral("threshold");
    if (before.forS != after.forS)
        fields << QStringLiteral("for_s");
    return fields.size() == 1 ? fields.front() : QString();
}

} // namespace

bool TopologyDocument::canWatch(NodeType type)
{
    return type != NodeType::Clients && type != NodeType::LoadBalancer && type != NodeType::Dns;
}

QString TopologyDocument::freeAlertName(const QString &stem) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_topology.alerts.cbegin(), m_topology.alerts.cend(),
                           [&](const AlertRuleSpec &rule) { return rule.name == name; });
    };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString name = stem + QString::number(n);
        if (!taken(name))
            return name;
    }
}

QString TopologyDocument::alertProblem(const Topology &topology, int index, const AlertRuleSpec &rule)
{
    const QString at = QStringLiteral("alerts[%1].").arg(index);
    for (int i = 0; i < topology.alerts.size(); ++i) {
        if (i != index && topology.alerts[i].name == rule.name)
            return at + QStringLiteral("name: ")
                   + tr("another rule is called \"%1\" already; events and the report name a rule by its name, so each needs its own")
                         .arg(rule.name);
    }
    if (rule.node.isEmpty())
        return {};
    const NodeSpec *node = topology.node(rule.node);
    if (!node)
        return at + QStringLiteral("node: ") + tr("no node has the id \"%1\"").arg(rule.node);
    if (!canWatch(node->type))
        return at + QStringLiteral("node: ")
               + tr("%1 has no workers to be busy or to queue for; watch a server, a database, a cache...").arg(rule.node);
    return {};
}

bool TopologyDocument::pushAlerts(const QString &text, Topology after, const QString &key, int mergeId, QString *error)
{
    // Written out and read back: the reader's checks (a name of one word, the threshold's range...).
    const std::optional<Topology> read = throughJson(after, [](QJsonObject &) {}, error);
    if (!read)
        return false;
    after.alerts = read->alerts;
    TopologyChange redo;
    redo.kind = TopologyChange::Kind::Settings;
    redo.key = key;
    redo.value = TopologyWriter::toJson(after).value(QStringLiteral("alerts"));
    TopologyChange undo = redo;
    undo.value = TopologyWriter::toJson(m_topology).value(QStringLiteral("alerts"));
    if (!push(text, after, redo, undo, mergeId)) {
        if (error)
            *error = tr("This lesson is locked: it can be run, but not changed.");
        return false;
    }
    return true;
}

bool TopologyDocument::addAlert(const AlertRuleSpec &rule, QString *error)
{
    const int index = static_cast<int>(m_topology.alerts.size());
    if (const QString problem = alertProblem(m_topology, index, rule); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Topology after = m_topology;
    after.alerts.append(rule);
    return pushAlerts(tr("Add alert rule %1").arg(rule.name), after, QStringLiteral("alerts"), -1, error);
}

bool TopologyDocument::setAlert(int index, const AlertRuleSpec &rule, QString *error)
{
    if (index < 0 || index >= m_topology.alerts.size()) {
        if (error)
            *error = tr("there is no alert rule %1").arg(index + 1);
        return false;
    }
    const AlertRuleSpec &before = m_topology.alerts[index];
    if (sameRule(before, rule))
        return true;
    if (const QString problem = alertProblem(m_topology, index, rule); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    Topology after = m_topology;
    after.alerts[index] = rule;
    const QString field = changedField(before, rule);
    QString text;
    if (field == QLatin1String("name"))
        text = tr("Rename alert rule %1 to %2").arg(before.name, rule.name);
    else if (field == QLatin1String("above"))
        text = rule.above ? tr("Alert rule %1 fires above its threshold").arg(rule.name)
                          : tr("Alert rule %1 fires below its threshold").arg(rule.name);
    else if (field == QLatin1String("threshold"))
        text = tr("Set threshold of alert rule %1 to %2").arg(rule.name, valueText(rule.threshold));
    else if (field == QLatin1String("for_s"))
        text = tr("Set duration of alert rule %1 to %2 s").arg(rule.name).arg(rule.forS);
    else if (field == QLatin1String("metric"))
        text = tr("Set metric of alert rule %1 to %2").arg(rule.name, rule.metric);
    else if (field == QLatin1String("node"))
        text = tr("Alert rule %1 watches %2").arg(rule.name, rule.node);
    else
        text = tr("Change alert rule %1").arg(rule.name);
    // Merged only with the next change of the same field of the same rule (typing a threshold).
    const QString key = QStringLiteral("alerts[%1].%2").arg(index).arg(field.isEmpty() ? QStringLiteral("*") : field);
    return pushAlerts(text, after, key, field.isEmpty() ? -1 : kAlertMergeId, error);
}

bool TopologyDocument::removeAlert(int index)
{
    if (index < 0 || index >= m_topology.alerts.size())
        return false;
    Topology after = m_topology;
    const QString name = after.alerts.takeAt(index).name;
    return pushAlerts(tr("Remove alert rule %1").arg(name), after, QStringLiteral("alerts"), -1, nullptr);
}

} // namespace scalelab
