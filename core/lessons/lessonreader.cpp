// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonreader.h"

#include "io/boundedread.h"
#include "io/jsonfields.h"
#include "io/topologyreader.h"
#include "io/topologywriter.h"
#include "lessons/challenge.h"
#include "lessons/checkpoint.h"
#include "lessons/explore.h"
#include "model/nodetype.h"
#include "io/topologypatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace scalelab {

namespace {
const QString kFormat = QStringLiteral("scalelab-lesson");
constexpr int kVersion = 1;
const QString kExamplePrefix = QStringLiteral("example:");

QString indexed(const QString &array, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(array).arg(i);
}
} // namespace

std::optional<Lesson> LessonReader::readFile(const QString &fileName)
{
    m_diagnostics = {};
    m_fileName = fileName;
    const QFileInfo info(fileName);
    if (info.exists() && !info.isFile()) {
        m_diagnostics.error(QString(), QStringLiteral("not a regular file"));
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_diagnostics.error(QString(), QStringLiteral("cannot open: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = readAtMost(file, m_limits.maxFileBytes); // never trust size() for the limit
    const QString name = m_fileName;
    std::optional<Lesson> lesson = readBytes(bytes, info.absolutePath());
    m_fileName = name;
    return lesson;
}

std::optional<Lesson> LessonReader::readBytes(const QByteArray &json, const QString &baseDirectory)
{
    m_diagnostics = {};
    m_baseDirectory = baseDirectory;
    if (json.size() > m_limits.maxFileBytes) {
        m_diagnostics.error(QString(), QStringLiteral("file is larger than the limit of %1 bytes").arg(m_limits.maxFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        m_diagnostics.error(QString(), QStringLiteral("not valid JSON at line %1, column %2: %3")
                                           .arg(line).arg(column).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_diagnostics.error(QString(), QStringLiteral("expected a JSON object at the top level"));
        return std::nullopt;
    }

    Lesson lesson;
    JsonFields top(doc.object(), QString(), m_diagnostics);
    const QJsonValue format = top.raw(QStringLiteral("format"));
    if (format != QJsonValue(kFormat))
        m_diagnostics.error(QStringLiteral("format"), QStringLiteral("expected \"%1\", got %2").arg(kFormat, describeJson(format)));
    int version = kVersion;
    top.integer(QStringLiteral("version"), version, kVersion, kVersion);
    top.string(QStringLiteral("id"), lesson.id, true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!lesson.id.isEmpty() && !idPattern.match(lesson.id).hasMatch())
        m_diagnostics.error(QStringLiteral("id"), QStringLiteral("expected lower-case letters, digits and dashes (at most 64), got \"%1\"")
                                                      .arg(lesson.id.left(80)));
    top.string(QStringLiteral("title"), lesson.title, true);
    top.string(QStringLiteral("summary"), lesson.summary);
    top.boolean(QStringLiteral("locked"), lesson.locked);

    const QJsonValue steps = top.raw(QStringLiteral("steps"));
    const QJsonArray array = steps.toArray();
    if (!steps.isArray() || array.isEmpty()) {
        m_diagnostics.error(QStringLiteral("steps"), QStringLiteral("expected a non-empty array of steps, got %1").arg(describeJson(steps)));
    } else if (array.size() > m_limits.maxSteps) {
        m_diagnostics.error(QStringLiteral("steps"), QStringLiteral("%1 steps; the limit is %2").arg(array.size()).arg(m_limits.maxSteps));
    } else {
        // A step's changes apply to the topology of the step before it, without that step's actions.
        std::optional<Topology> previous;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = indexed(QStringLiteral("steps"), i);
            if (!array[i].isObject()) {
                m_diagnostics.error(path, QStringLiteral("expected a step object, got %1").arg(describeJson(array[i])));
                previous.reset();
                continue;
            }
            LessonStep step;
            const QJsonObject object = array[i].toObject();
            // A step that changes a step which failed to load has nothing to change: the
            // earlier step's message says what to fix.
            if (i > 0 && !previous && !object.contains(QStringLiteral("topology")))
                continue;
            std::optional<Topology> base = stepTopology(object, path, previous ? &*previous : nullptr);
            if (base && readStep(object, path, &*base, step))
                lesson.steps.append(step);
            previous = base;
        }
    }
    if (m_diagnostics.hasErrors())
        return std::nullopt;
    return lesson;
}

std::optional<Topology> LessonReader::stepTopology(const QJsonObject &object, const QString &path, const Topology *previous)
{
    const QJsonValue source = object.value(QStringLiteral("topology"));
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    QJsonObject json;
    QString baseDirectory = m_baseDirectory;
    if (source.isString()) {
        QString file = source.toString();
        if (file.startsWith(kExamplePrefix)) {
            file = QDir(m_examples).filePath(file.mid(kExamplePrefix.size()));
            if (!file.endsWith(QLatin1String(".json")))
                file += QStringLiteral(".scalelab.json");
        } else if (QFileInfo(file).isRelative()) {
            file = QDir(m_baseDirectory).filePath(file);
        }
        TopologyReader reader;
        const std::optional<Topology> topology = reader.readFile(file);
        if (!topology) {
            for (const Diagnostic &d : reader.diagnostics().errors())
                m_diagnostics.error(path + QStringLiteral(".topology"),
                                    QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), d.toString()));
            return std::nullopt;
        }
        json = TopologyWriter::toJson(*topology);
        baseDirectory = topology->baseDirectory;
    } else if (source.isObject()) {
        json = source.toObject();
    } else if (source.isUndefined() && previous) {
        json = TopologyWriter::toJson(*previous);
        baseDirectory = previous->baseDirectory;
    } else {
        m_diagnostics.error(path + QStringLiteral(".topology"),
                            previous ? QStringLiteral("expected a file name or a topology object, got %1").arg(describeJson(source))
                                     : QStringLiteral("the first step needs a topology: a file name, \"example:NAME\" or an object"));
        return std::nullopt;
    }

    if (!changes.isUndefined()) {
        if (!changes.isArray()) {
            m_diagnostics.error(path + QStringLiteral(".changes"), QStringLiteral("expected an array of changes, got %1").arg(describeJson(changes)));
            return std::nullopt;
        }
        if (changes.toArray().size() > m_limits.maxChangesPerStep) {
            m_diagnostics.error(path + QStringLiteral(".changes"),
                                QStringLiteral("%1 changes; the limit is %2").arg(changes.toArray().size()).arg(m_limits.maxChangesPerStep));
            return std::nullopt;
        }
        const bool hadErrors = m_diagnostics.hasErrors();
        Diagnostics patchDiagnostics;
        applyTopologyChanges(json, changes.toArray(), path + QStringLiteral(".changes"), patchDiagnostics);
        for (const Diagnostic &d : patchDiagnostics.errors())
            m_diagnostics.error(d.path, d.message);
        if (!hadErrors && m_diagnostics.hasErrors())
            return std::nullopt;
    }

    TopologyReader reader;
    std::optional<Topology> topology = reader.readBytes(QJsonDocument(json).toJson(QJsonDocument::Compact), baseDirectory);
    if (!topology) {
        for (const Diagnostic &d : reader.diagnostics().errors())
            m_diagnostics.error(path + QStringLiteral(".topology"), d.toString());
    }
    return topology;
}

bool LessonReader::readStep(const QJsonObject &object, const QString &path, const Topology *base, LessonStep &step)
{
    const bool hadErrors = m_diagnostics.hasErrors();
    JsonFields f(object, path, m_diagnostics);
    f.raw(QStringLiteral("topology"));
    f.raw(QStringLiteral("changes"));
    f.string(QStringLiteral("title"), step.title, true);
    f.string(QStringLiteral("narration"), step.narration);
    if (step.narration.size() > m_limits.maxTextLength)
        m_diagnostics.error(f.path(QStringLiteral("narration")),
                            QStringLiteral("%1 characters; the limit is %2").arg(step.narration.size()).arg(m_limits.maxTextLength));
    f.number(QStringLiteral("run_s"), step.runS, 0.1, m_limits.maxRunS);

    // The step's actions join the topology's own scenario, and are checked as its events are.
    step.topology = *base;
    const QJsonValue actions = f.raw(QStringLiteral("actions"));
    if (!actions.isUndefined()) {
        QJsonObject json = TopologyWriter::toJson(*base);
        QJsonArray events = json.value(QStringLiteral("events")).toArray();
        for (const QJsonValue &action : actions.toArray())
            events.append(action);
        json.insert(QStringLiteral("events"), events);
        TopologyReader reader;
        const std::optional<Topology> withActions =
            actions.isArray() ? reader.readBytes(QJsonDocument(json).toJson(QJsonDocument::Compact), base->baseDirectory)
                              : std::nullopt;
        if (!actions.isArray())
            m_diagnostics.error(f.path(QStringLiteral("actions")), QStringLiteral("expected an array of actions, got %1").arg(describeJson(actions)));
        else if (!withActions) {
            for (const Diagnostic &d : reader.diagnostics().errors())
                m_diagnostics.error(f.path(QStringLiteral("actions")), d.toString());
        } else {
            step.topology = *withActions;
        }
    }

    // The canvas heading names the step, not the example or earlier step it started from.
    step.topology.name = step.title;

    const QJsonValue highlight = f.raw(QStringLiteral("highlight"));
    if (!highlight.isUndefined() && !highlight.isArray())
        m_diagnostics.error(f.path(QStringLiteral("highlight")), QStringLiteral("expected an array of node ids, got %1").arg(describeJson(highlight)));
    const QJsonArray ids = highlight.toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString id = ids[i].toString();
        if (step.topology.indexOf(id) < 0)
            m_diagnostics.error(indexed(f.path(QStringLiteral("highlight")), i), QStringLiteral("no node has the id %1").arg(describeJson(ids[i])));
        else
            step.highlight << id;
    }

    const QJsonObject question = f.object(QStringLiteral("question"));
    if (!question.isEmpty())
        readQuestion(question, f.path(QStringLiteral("question")), step.question);

    readCheckpoints(f.raw(QStringLiteral("checkpoints")), f.path(QStringLiteral("checkpoints")), step.runS, step.checkpoints);

    const QJsonValue challenge = f.raw(QStringLiteral("challenge"));
    const QJsonValue explore = f.raw(QStringLiteral("explore"));
    if (!challenge.isUndefined() && !explore.isUndefined())
        m_diagnostics.error(f.path(QStringLiteral("explore")), QStringLiteral("a step has a challenge or an explore, not both"));
    else if (!challenge.isUndefined() && !challenge.isObject())
        m_diagnostics.error(f.path(QStringLiteral("challenge")), QStringLiteral("expected a challenge object, got %1").arg(describeJson(challenge)));
    else if (!explore.isUndefined() && !explore.isObject())
        m_diagnostics.error(f.path(QStringLiteral("explore")), QStringLiteral("expected an explore object, got %1").arg(describeJson(explore)));
    else if (challenge.isObject())
        readChallenge(challenge.toObject(), f.path(QStringLiteral("challenge")), step);
    else if (explore.isObject())
        readExplore(explore.toObject(), f.path(QStringLiteral("explore")), step);
    for (const QString &key : f.unknown().keys())
        m_diagnostics.warning(f.path(key), QStringLiteral("unknown key; it is ignored"));
    return hadErrors || !m_diagnostics.hasErrors();
}

void LessonReader::readQuestion(const QJsonObject &object, const QString &path, LessonQuestion &question)
{
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("prompt"), question.prompt, true);
    f.string(QStringLiteral("explanation"), question.explanation);
    for (const QString *text : {&question.prompt, &question.explanation}) {
        if (text->size() > m_limits.maxTextLength)
            m_diagnostics.error(path, QStringLiteral("a text of %1 characters; the limit is %2").arg(text->size()).arg(m_limits.maxTextLength));
    }
    f.boolean(QStringLiteral("ordered"), question.ordered);
    const QJsonValue numeric = f.raw(QStringLiteral("numeric"));
    if (!numeric.isUndefined()) {
        if (object.contains(QStringLiteral("choices")) || object.contains(QStringLiteral("answer")))
            m_diagnostics.error(f.path(QStringLiteral("numeric")), QStringLiteral("a question has either choices and an answer or numeric, not both"));
        if (!numeric.isObject()) {
            m_diagnostics.error(f.path(QStringLiteral("numeric")), QStringLiteral("expected an object {\"value\", \"tolerance\", \"unit\"}, got %1").arg(describeJson(numeric)));
            return;
        }
        NumericAnswer answer;
        JsonFields n(numeric.toObject(), f.path(QStringLiteral("numeric")), m_diagnostics);
        if (!n.has(QStringLiteral("value")))
            m_diagnostics.error(n.path(QStringLiteral("value")), QStringLiteral("missing; expected the number to predict"));
        n.number(QStringLiteral("value"), answer.value, -1e15, 1e15);
        n.number(QStringLiteral("tolerance"), answer.tolerance, 0.0, 10.0);
        n.string(QStringLiteral("unit"), answer.unit);
        for (const QString &key : n.unknown().keys())
            m_diagnostics.warning(n.path(key), QStringLiteral("unknown key; it is ignored"));
        question.numeric = answer;
        return;
    }
    const QJsonValue choices = f.raw(QStringLiteral("choices"));
    const QJsonArray array = choices.toArray();
    if (!choices.isArray() || array.size() < 2 || array.size() > m_limits.maxChoices) {
        m_diagnostics.error(f.path(QStringLiteral("choices")),
                            QStringLiteral("expected 2 to %1 choices, got %2").arg(m_limits.maxChoices).arg(describeJson(choices)));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = indexed(f.path(QStringLiteral("choices")), i);
        // A choice is its text, or {"text": ..., "feedback": ...}: what picking it shows.
        QString text;
        QString feedback;
        if (array[i].isObject()) {
            JsonFields c(array[i].toObject(), where, m_diagnostics);
            c.string(QStringLiteral("text"), text, true);
            c.string(QStringLiteral("feedback"), feedback);
            for (const QString &key : c.unknown().keys())
                m_diagnostics.warning(c.path(key), QStringLiteral("unknown key; it is ignored"));
        } else if (array[i].isString()) {
            text = array[i].toString();
        } else {
            m_diagnostics.error(where, QStringLiteral("expected a text or {\"text\", \"feedback\"}, got %1").arg(describeJson(array[i])));
        }
        if (text.size() > m_limits.maxTextLength || feedback.size() > m_limits.maxTextLength)
            m_diagnostics.error(where, QStringLiteral("a text of %1 characters; the limit is %2").arg(std::max(text.size(), feedback.size())).arg(m_limits.maxTextLength));
        question.choices << text;
        question.feedback << feedback;
    }
    f.integer(QStringLiteral("answer"), question.answer, 0, static_cast<int>(array.size()) - 1);
    if (!object.contains(QStringLiteral("answer")))
        m_diagnostics.error(f.path(QStringLiteral("answer")), QStringLiteral("missing; expected the index of the right choice (0 is the first)"));
}

void LessonReader::readCheckpoints(const QJsonValue &value, const QString &path, double defaultByS, QList<Checkpoint> &checkpoints)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        m_diagnostics.error(path, QStringLiteral("expected an array of checkpoints, got %1").arg(describeJson(value)));
        return;
    }
    const QJsonArray list = value.toArray();
    if (list.size() > m_limits.maxCheckpointsPerStep) {
        m_diagnostics.error(path, QStringLiteral("%1 checkpoints; the limit is %2").arg(list.size()).arg(m_limits.maxCheckpointsPerStep));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        Checkpoint checkpoint;
        checkpoint.byS = defaultByS;
        readCheckpoint(list[i].toObject(), indexed(path, i), checkpoint);
        checkpoints.append(checkpoint);
    }
}

void LessonReader::readChallenge(const QJsonObject &object, const QString &path, LessonStep &step)
{
    LessonChallenge challenge;
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("goal"), challenge.goal, true);
    if (challenge.goal.size() > m_limits.maxTextLength)
        m_diagnostics.error(f.path(QStringLiteral("goal")),
                            QStringLiteral("%1 characters; the limit is %2").arg(challenge.goal.size()).arg(m_limits.maxTextLength));
    const QJsonValue goals = f.raw(QStringLiteral("checkpoints"));
    readCheckpoints(goals, f.path(QStringLiteral("checkpoints")), step.runS, challenge.checkpoints);
    if (goals.isUndefined() || (goals.isArray() && goals.toArray().isEmpty()))
        m_diagnostics.error(f.path(QStringLiteral("checkpoints")), QStringLiteral("missing; expected the goal as 1 to %1 checkpoints")
                                                                     .arg(m_limits.maxCheckpointsPerStep));

    const QStringList types = nodeTypeNames();
    f.texts(QStringLiteral("node_types"), challenge.nodeTypes, int(types.size()), m_limits.maxTextLength);
    for (qsizetype i = 0; i < challenge.nodeTypes.size(); ++i) {
        if (!types.contains(challenge.nodeTypes[i]))
            m_diagnostics.error(indexed(f.path(QStringLiteral("node_types")), i),
                                QStringLiteral("expected a node type (%1), got \"%2\"").arg(humanList(types), challenge.nodeTypes[i]));
    }
    f.texts(QStringLiteral("settings"), challenge.settings, 100, m_limits.maxTextLength);
    for (qsizetype i = 0; i < challenge.settings.size(); ++i) {
        if (!challenge.settings[i].contains(QLatin1Char('.')))
            m_diagnostics.error(indexed(f.path(QStringLiteral("settings")), i),
                                QStringLiteral("expected TYPE.KEY (web_server.concurrency) or OBJECT.KEY (replication.mode), got \"%1\"")
                                    .arg(challenge.settings[i]));
    }
    f.texts(QStringLiteral("hints"), challenge.hints, m_limits.maxHints, m_limits.maxTextLength);

    const QJsonValue maxNodes = f.raw(QStringLiteral("max_nodes"));
    if (!maxNodes.isUndefined() && !maxNodes.isObject())
        m_diagnostics.error(f.path(QStringLiteral("max_nodes")), QStringLiteral("expected an object: node type -> count, got %1").arg(describeJson(maxNodes)));
    const QJsonObject limits = maxNodes.toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QString where = f.path(QStringLiteral("max_nodes")) + QLatin1Char('.') + it.key();
        const double count = it.value().toDouble(-1);
        if (!types.contains(it.key()))
            m_diagnostics.error(where, QStringLiteral("expected a node type (%1)").arg(humanList(types)));
        else if (!it.value().isDouble() || count < 0 || count > 200 || count != std::floor(count))
            m_diagnostics.error(where, QStringLiteral("expected a whole number from 0 to 200, got %1").arg(describeJson(it.value())));
        else
            challenge.maxNodes.insert(it.key(), int(count));
    }

    const QJsonValue solution = f.raw(QStringLiteral("solution"));
    if (!solution.isArray() || solution.toArray().size() > m_limits.maxChangesPerStep) {
        m_diagnostics.error(f.path(QStringLiteral("solution")),
                            QStringLiteral("expected one way to meet the goal: an array of at most %1 changes to the step's topology, got %2")
                                .arg(m_limits.maxChangesPerStep).arg(describeJson(solution)));
    } else {
        challenge.solution = solution.toArray();
    }
    for (const QString &key : f.unknown().keys())
        m_diagnostics.warning(f.path(key), QStringLiteral("unknown key; it is ignored"));
    if (m_diagnostics.hasErrors())
        return;

    step.challenge = challenge;
    QString error;
    const std::optional<Topology> solved = challengeSolution(step, &error);
    if (!solved) {
        m_diagnostics.error(f.path(QStringLiteral("solution")), error);
        return;
    }
    for (const RuleBreak &rule : challengeRuleBreaks(challenge, step.topology, *solved))
        m_diagnostics.error(f.path(QStringLiteral("solution")), QStringLiteral("breaks the challenge's rules: %1").arg(ruleBreakText(rule, challenge)));
}

void LessonReader::readExplore(const QJsonObject &object, const QString &path, LessonStep &step)
{
    LessonExplore explore;
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("parameter"), explore.parameter, true);
    f.string(QStringLiteral("metric"), explore.metric, true);
    f.string(QStringLiteral("label"), explore.label);
    f.string(QStringLiteral("metric_label"), explore.metricLabel);
    f.integer(QStringLiteral("seeds"), explore.seeds, 1, m_limits.maxExploreSeeds);
    f.choice(QStringLiteral("trend"), explore.trend, {QStringLiteral("rises"), QStringLiteral("falls")});
    if (!explore.metric.isEmpty() && !splitMetricPath(explore.metric))
        m_diagnostics.error(f.path(QStringLiteral("metric")), QStringLiteral("expected a report key such as replication.stale_reads or nodes[web1].served"));

    const QJsonValue values = f.raw(QStringLiteral("values"));
    const QJsonArray array = values.toArray();
    if (!values.isArray() || array.size() < 2 || array.size() > m_limits.maxExploreValues) {
        m_diagnostics.error(f.path(QStringLiteral("values")),
                            QStringLiteral("expected 2 to %1 numbers, increasing, got %2").arg(m_limits.maxExploreValues).arg(describeJson(values)));
    } else {
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isDouble())
                m_diagnostics.error(indexed(f.path(QStringLiteral("values")), i), QStringLiteral("expected a number, got %1").arg(describeJson(array[i])));
            else if (!explore.values.isEmpty() && array[i].toDouble() <= explore.values.last())
                m_diagnostics.error(indexed(f.path(QStringLiteral("values")), i),
                                    QStringLiteral("%1 is not above the value before it; the values go up").arg(array[i].toDouble()));
            explore.values << array[i].toDouble();
        }
    }
    for (const QString &key : f.unknown().keys())
        m_diagnostics.warning(f.path(key), QStringLiteral("unknown key; it is ignored"));
    if (m_diagnostics.hasErrors())
        return;

    QString error;
    const std::optional<SweepPlan> plan = explorePlan(explore, step.topology, &error);
    if (!plan) {
        m_diagnostics.error(f.path(QStringLiteral("parameter")), error);
        return;
    }
    if (!exploreValue(*plan, step.topology)) {
        m_diagnostics.error(f.path(QStringLiteral("parameter")),
                            QStringLiteral("the step's topology leaves %1 out (its default); set it in the step's changes, "
                                           "so the slider starts from the value the step shows").arg(explore.parameter));
        return;
    }
    step.explore = explore;
}

void LessonReader::readCheckpoint(const QJsonObject &object, const QString &path, Checkpoint &checkpoint)
{
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("metric"), checkpoint.metric, true);
    f.choice(QStringLiteral("op"), checkpoint.op, checkpointOperators());
    if (!object.contains(QStringLiteral("op")))
        m_diagnostics.error(f.path(QStringLiteral("op")), QStringLiteral("missing; expected %1").arg(humanList(checkpointOperators())));
    f.number(QStringLiteral("value"), checkpoint.value, -1e15, 1e15);
    if (!object.contains(QStringLiteral("value")))
        m_diagnostics.error(f.path(QStringLiteral("value")), QStringLiteral("missing; expected the number to compare with"));
    f.number(QStringLiteral("by_s"), checkpoint.byS, 0.1, m_limits.maxRunS);
    f.string(QStringLiteral("says"), checkpoint.says);
}

} // namespace scalelab
