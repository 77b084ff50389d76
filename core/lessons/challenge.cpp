// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/challenge.h"

#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "lessons/checkpoint.h"
#include "io/topologypatch.h"
#include "report/report.h"
#include "model/diagnostic.h"
#include "model/nodetype.h"
#include "base/randomstream.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <set>

namespace scalelab {

namespace {

/// Top-level parts of a topology that are not settings: compared on their own or not at all.
const QStringList kNotSettings{QStringLiteral("nodes"), QStringLiteral("links"), QStringLiteral("events"),
                               QStringLiteral("layout"), QStringLiteral("format"), QStringLiteral("version"),
                               QStringLiteral("name"), QStringLiteral("seed")};

/// An object's values by dotted key ("health_check.interval_ms"); lists stay whole.
void flatten(const QJsonObject &object, const QString &prefix, std::map<QString, QJsonValue> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out[key] = it.value();
    }
}

/// The keys whose values differ between two flattened objects (present in only one counts).
QStringList changedKeys(const std::map<QString, QJsonValue> &before, const std::map<QString, QJsonValue> &after)
{
    std::set<QString> keys;
    for (const auto &[key, value] : before)
        keys.insert(key);
    for (const auto &[key, value] : after)
        keys.insert(key);
    QStringList changed;
    for (const QString &key : keys) {
        const auto b = before.find(key);
        const auto a = after.find(key);
        if (b == before.end() || a == after.end() || b->second != a->second)
            changed << key;
    }
    return changed;
}

/// Whether `key` is allowed by a "PREFIX.KEY" entry: the key itself or inside it
/// ("cache_key" allows "cache_key.cookies").
bool allows(const QStringList &settings, const QString &prefix, const QString &key)
{
    for (const QString &setting : settings) {
        if (!setting.startsWith(prefix + QLatin1Char('.')))
            continue;
        const QString allowed = setting.mid(prefix.size() + 1);
        if (key == allowed || key.startsWith(allowed + QLatin1Char('.')))
            return true;
    }
    return false;
}

struct NodeFacts
{
    QString type;
    std::map<QString, QJsonValue> settings;
};

std::map<QString, NodeFacts> nodesById(const QJsonObject &json)
{
    std::map<QString, NodeFacts> nodes;
    for (const QJsonValue &value : json.value(QStringLiteral("nodes")).toArray()) {
        QJsonObject node = value.toObject();
        NodeFacts facts;
        facts.type = node.value(QStringLiteral("type")).toString();
        const QString id = node.value(QStringLiteral("id")).toString();
        node.remove(QStringLiteral("id"));
        node.remove(QStringLiteral("type"));
        flatten(node, QString(), facts.settings);
        nodes[id] = std::move(facts);
    }
    return nodes;
}

std::map<std::pair<QString, QString>, QJsonObject> linksByEnds(const QJsonObject &json)
{
    std::map<std::pair<QString, QString>, QJsonObject> links;
    for (const QJsonValue &value : json.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        links[{link.value(QStringLiteral("from")).toString(), link.value(QStringLiteral("to")).toString()}] = link;
    }
    return links;
}

/// A new node of `type` as the file writes it: its defaults, some spelt out.
std::map<QString, QJsonValue> newNodeSettings(const QString &type)
{
    Topology one;
    NodeSpec node;
    node.id = QStringLiteral("new");
    node.type = nodeTypeFromName(type).value_or(NodeType::WebServer);
    one.nodes.append(node);
    return nodesById(TopologyWriter::toJson(one))[node.id].settings;
}

std::map<QString, QJsonValue> topLevelSettings(QJsonObject json)
{
    for (const QString &key : kNotSettings)
        json.remove(key);
    std::map<QString, QJsonValue> settings;
    flatten(json, QString(), settings);
    return settings;
}

// The nodes of the given topology and of the attempt, and what the challenge lets change.
struct ChallengeNodes
{
    const LessonChallenge &challenge;
    std::map<QString, NodeFacts> before;
    std::map<QString, NodeFacts> after;

    bool mayAddOrRemove(const QString &type) const { return challenge.nodeTypes.contains(type); }
    QString typeOf(const QString &id) const
    {
        const auto now = after.find(id);
        if (now != after.end())
            return now->second.type;
        const auto old = before.find(id);
        return old != before.end() ? old->second.type : QString();
    }
};

// A node the student adds is a copy of one of its type that is there, or a new one from
// the palette (the type's defaults), apart from the settings they may change: a budget of
// "at most 4 web servers" means nothing if the fourth may have a thousand workers. A
// database's role is the point of adding one (a replica), so it may differ. Returns the
// first setting that differs from every model, or nothing.
QString unlikeEveryModel(const ChallengeNodes &nodes, const QString &id, const NodeFacts &node)
{
    const std::map<QString, QJsonValue> fresh = newNodeSettings(node.type);
    std::vector<const std::map<QString, QJsonValue> *> models{&fresh};
    for (const auto &[otherId, other] : nodes.before) {
        if (other.type == node.type && otherId != id)
            models.push_back(&other.settings);
    }
    QString firstDifference;
    for (const auto *model : models) {
        QString difference;
        for (const QString &key : changedKeys(*model, node.settings)) {
            if (key != QLatin1String("role") && !allows(nodes.challenge.settings, node.type, key)) {
                difference = key;
                break;
            }
        }
        if (difference.isEmpty())
            return {};
        if (firstDifference.isEmpty())
            firstDifference = difference;
    }
    return firstDifference;
}

// Nodes added, removed or changed against the rules, and budgets of nodes of a type exceeded.
void addNodeBreaks(const ChallengeNodes &nodes, QList<RuleBreak> &breaks)
{
    using Kind = RuleBreak::Kind;
    std::map<QString, int> counts;
    for (const auto &[id, node] : nodes.after) {
        ++counts[node.type];
        const auto old = nodes.before.find(id);
        if (old == nodes.before.end() || old->second.type != node.type) {
            if (!nodes.mayAddOrRemove(node.type))
                breaks.append({.kind = Kind::NodeAdded, .node = id, .type = node.type});
            else if (const QString unlike = unlikeEveryModel(nodes, id, node); !unlike.isEmpty())
                breaks.append({.kind = Kind::NodeUnlike, .node = id, .type = node.type, .key = unlike});
            continue;
        }
        for (const QString &key : changedKeys(old->second.settings, node.settings)) {
            if (!allows(nodes.challenge.settings, node.type, key))
                breaks.append({.kind = Kind::SettingChanged, .node = id, .type = node.type, .key = key});
        }
    }
    for (const auto &[id, node] : nodes.before) {
        const auto now = nodes.after.find(id);
        if ((now == nodes.after.end() || now->second.type != node.type) && !nodes.mayAddOrRemove(node.type))
            breaks.append({.kind = Kind::NodeRemoved, .node = id, .type = node.type});
    }
    for (auto it = nodes.challenge.maxNodes.begin(); it != nodes.challenge.maxNodes.end(); ++it) {
        if (counts[it.key()] > it.value())
            breaks.append({.kind = Kind::TooManyNodes, .type = it.key(), .count = counts[it.key()], .limit = it.value()});
    }
}

// A link may come and go with a node the student may add; its latency is the network's.
void addLinkBreaks(const ChallengeNodes &nodes, const std::map<std::pair<QString, QString>, QJsonObject> &oldLinks,
                   const std::map<std::pair<QString, QString>, QJsonObject> &newLinks, QList<RuleBreak> &breaks)
{
    const auto linkBreak = [&](const std::pair<QString, QString> &ends, bool movable) {
        if (!movable || (!nodes.mayAddOrRemove(nodes.typeOf(ends.first)) && !nodes.mayAddOrRemove(nodes.typeOf(ends.second))))
            breaks.append({.kind = RuleBreak::Kind::LinkChanged, .node = ends.first, .key = ends.second});
    };
    for (const auto &[ends, link] : newLinks) {
        const auto old = oldLinks.find(ends);
        if (old == oldLinks.end())
            linkBreak(ends, true);
        else if (old->second != link)
            linkBreak(ends, false);
    }
    for (const auto &[ends, link] : oldLinks) {
        if (!newLinks.contains(ends))
            linkBreak(ends, true);
    }
}

} // namespace

std::uint64_t challengeSeed(std::uint64_t studentKey, const QString &lessonId, int stepIndex)
{
    RandomStream random(studentKey, QStringLiteral("%1/challenge %2").arg(lessonId).arg(stepIndex).toStdString());
    return 1 + random.below(2'000'000'000);  // a seed a person can read and type into the CLI
}

QList<RuleBreak> challengeRuleBreaks(const LessonChallenge &challenge, const Topology &given, const Topology &attempt)
{
    const QJsonObject before = TopologyWriter::toJson(given);
    const QJsonObject after = TopologyWriter::toJson(attempt);
    const ChallengeNodes nodes{challenge, nodesById(before), nodesById(after)};

    QList<RuleBreak> breaks;
    addNodeBreaks(nodes, breaks);
    addLinkBreaks(nodes, linksByEnds(before), linksByEnds(after), breaks);
    for (const QString &key : changedKeys(topLevelSettings(before), topLevelSettings(after))) {
        const QString object = key.section(QLatin1Char('.'), 0, 0);
        if (!allows(challenge.settings, object, key.mid(object.size() + 1)))
            breaks.append({.kind = RuleBreak::Kind::SettingChanged, .key = key});
    }
    if (before.value(QStringLiteral("events")) != after.value(QStringLiteral("events")))
        breaks.append({.kind = RuleBreak::Kind::ScenarioChanged});
    return breaks;
}

QList<GoalResult> gradeGoals(const QList<Checkpoint> &goals, const std::map<double, QJsonObject> &reportsByS)
{
    QList<GoalResult> results;
    for (const Checkpoint &goal : goals) {
        GoalResult result;
        result.goal = goal;
        const auto report = reportsByS.find(goal.byS);
        if (report != reportsByS.end())
            result.actual = reportValue(report->second, goal.metric);
        result.met = result.actual && compareCheckpoint(*result.actual, goal.op, goal.value);
        if (result.actual && !result.met)
            result.miss = std::abs(*result.actual - goal.value);
        results.append(result);
    }
    return results;
}

std::map<double, QJsonObject> runGoals(const QList<Checkpoint> &goals, const Topology &topology, std::uint64_t seed,
                                       const std::function<void(double)> &progress)
{
    std::set<double> durations;
    for (const Checkpoint &goal : goals)
        durations.insert(goal.byS);
    double total = 0;
    for (double s : durations)
        total += s;
    double done = 0;
    std::map<double, QJsonObject> reports;
    for (double byS : durations) {
        std::unique_ptr<Simulation> simulation = Simulation::create(topology, seed);
        if (simulation) {
            simulation->runToCompletion(SimTime::fromS(byS), [&](SimTime now) {
                if (progress && total > 0)
                    progress(std::min(1.0, (done + now.s()) / total));
            });
            reports[byS] = Report::toJson(*simulation, 0.0);
        } else {
            reports[byS] = QJsonObject();  // every goal then misses with "not in the report"
        }
        done += byS;
    }
    return reports;
}

QString ruleBreakText(const RuleBreak &rule, const LessonChallenge &challenge)
{
    const QString mayAdd = challenge.nodeTypes.isEmpty() ? QStringLiteral("no node may be added or removed")
                                                         : QStringLiteral("you may add or remove %1 nodes").arg(challenge.nodeTypes.join(QStringLiteral(", ")));
    const QString maySet = challenge.settings.isEmpty() ? QStringLiteral("no setting may be changed")
                                                        : QStringLiteral("you may change %1").arg(challenge.settings.join(QStringLiteral(", ")));
    switch (rule.kind) {
    case RuleBreak::Kind::NodeAdded: return QStringLiteral("%1 (%2) added: %3").arg(rule.node, rule.type, mayAdd);
    case RuleBreak::Kind::NodeUnlike:
        return QStringLiteral("%1 (%2) added unlike any %2 there or a new one: its %3 differs, and %4")
            .arg(rule.node, rule.type, rule.key, maySet);
    case RuleBreak::Kind::NodeRemoved: return QStringLiteral("%1 (%2) removed: %3").arg(rule.node, rule.type, mayAdd);
    case RuleBreak::Kind::SettingChanged:
        return QStringLiteral("%1 changed: %2").arg(rule.node.isEmpty() ? rule.key : rule.node + QLatin1Char('.') + rule.key, maySet);
    case RuleBreak::Kind::TooManyNodes:
        return QStringLiteral("%1 %2 nodes: at most %3").arg(rule.count).arg(rule.type).arg(rule.limit);
    case RuleBreak::Kind::LinkChanged:
        return QStringLiteral("link %1 -> %2 changed: links may change only with a node you may add").arg(rule.node, rule.key);
    case RuleBreak::Kind::ScenarioChanged: return QStringLiteral("the scripted events changed");
    }
    return {};
}

bool ChallengeGrade::passed() const
{
    if (!ruleBreaks.isEmpty() || goals.isEmpty())
        return false;
    for (const GoalResult &goal : goals) {
        if (!goal.met)
            return false;
    }
    return true;
}

std::optional<Topology> challengeSolution(const LessonStep &step, QString *error)
{
    if (!step.challenge) {
        *error = QStringLiteral("the step has no challenge");
        return std::nullopt;
    }
    QJsonObject json = TopologyWriter::toJson(step.topology);
    Diagnostics diagnostics;
    applyTopologyChanges(json, step.challenge->solution, QStringLiteral("challenge.solution"), diagnostics);
    if (diagnostics.hasErrors()) {
        *error = diagnostics.errors().first().toString();
        return std::nullopt;
    }
    TopologyReader reader;
    std::optional<Topology> solution = reader.readBytes(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                                        step.topology.baseDirectory);
    if (!solution)
        *error = QStringLiteral("challenge.solution: %1").arg(reader.diagnostics().errors().value(0).toString());
    return solution;
}

} // namespace scalelab
