// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep/sweepplan.h"

#include "io/boundedread.h"
#include "io/topologyreader.h"
#include "io/topologypatch.h"
#include "model/diagnostic.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace scalelab {

namespace {

/// Top-level parts of a file that are its lists or its identity, not settings to sweep.
const QStringList kNotSettings{QStringLiteral("nodes"), QStringLiteral("links"), QStringLiteral("events"),
                               QStringLiteral("layout"), QStringLiteral("format"), QStringLiteral("version"),
                               QStringLiteral("name"), QStringLiteral("seed")};

/// true, false and null; numbers; "quoted" text stays text (a string "10"); anything else is text.
QJsonValue parseValue(const QString &text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    if (text == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        return text.mid(1, text.size() - 2);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok && std::isfinite(number))
        return number;
    return text;
}

QJsonObject setChange(const SweepParameter &parameter, const QJsonValue &value)
{
    QJsonObject change{{QStringLiteral("op"), QStringLiteral("set")},
                       {QStringLiteral("key"), parameter.key},
                       {QStringLiteral("value"), value}};
    if (!parameter.node.isEmpty())
        change.insert(QStringLiteral("node"), parameter.node);
    return change;
}

struct Reading
{
    std::optional<Topology> topology;
    QList<Diagnostic> errors;
};

/// The file's JSON with `changes` applied, read as a file with those contents would be.
Reading readPatched(const QJsonObject &original, const QJsonArray &changes, const QString &baseDirectory)
{
    QJsonObject json = original;
    Diagnostics patchDiagnostics;
    applyTopologyChanges(json, changes, QStringLiteral("--set"), patchDiagnostics);
    TopologyReader reader;
    Reading reading;
    reading.topology = reader.readBytes(QJsonDocument(json).toJson(QJsonDocument::Compact), baseDirectory);
    reading.errors = patchDiagnostics.errors() + reader.diagnostics().errors();
    if (!patchDiagnostics.errors().isEmpty())
        reading.topology.reset();
    return reading;
}

/// Whether the reader reads `path` (nodes[2].concurrency, replication.mode): it does when a
/// list or an object put there is refused at that path. A key it does not read is only
/// kept for saving, so sweeping it would change nothing.
bool readerReads(const QJsonObject &original, const SweepParameter &parameter, const QString &path, const QString &baseDirectory)
{
    for (const QJsonValue &probe : {QJsonValue(QJsonArray{}), QJsonValue(QJsonObject{})}) {
        const Reading reading = readPatched(original, {setChange(parameter, probe)}, baseDirectory);
        for (const Diagnostic &d : reading.errors) {
            if (d.path == path || d.path.startsWith(path + QLatin1Char('.')) || d.path.startsWith(path + QLatin1Char('[')))
                return true;
        }
    }
    return false;
}

/// Finds where "SPEC=..." goes: the node whose id, followed by a dot, starts SPEC (the
/// longest, for ids with dots), else a top-level OBJECT.KEY.
std::optional<SweepParameter> parseParameter(const QString &set, const QJsonObject &original, const QString &baseDirectory,
                                             QString *error)
{
    const qsizetype equals = set.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = QStringLiteral("--set \"%1\": expected NODE.KEY=V1,V2,...").arg(set);
        return std::nullopt;
    }
    SweepParameter parameter;
    parameter.spec = set.left(equals).trimmed();
    const QStringList texts = set.mid(equals + 1).split(QLatin1Char(','));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString text = texts[i].trimmed();
        if (text.isEmpty()) {
            *error = QStringLiteral("--set %1: value %2 is empty; expected NODE.KEY=V1,V2,...").arg(parameter.spec).arg(i + 1);
            return std::nullopt;
        }
        parameter.values.append(parseValue(text));
    }

    const QJsonArray nodes = original.value(QStringLiteral("nodes")).toArray();
    qsizetype nodeIndex = -1;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString id = nodes[i].toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && parameter.spec.size() > id.size() + 1 && parameter.spec.startsWith(id + QLatin1Char('.'))
            && id.size() > parameter.node.size()) {
            parameter.node = id;
            nodeIndex = i;
        }
    }

    if (nodeIndex >= 0) {
        parameter.key = parameter.spec.mid(parameter.node.size() + 1);
        if (parameter.key == QLatin1String("id")) {
            *error = QStringLiteral("--set %1: a node's id cannot be swept (links and events name it)").arg(parameter.spec);
            return std::nullopt;
        }
        const QString path = QStringLiteral("nodes[%1].%2").arg(nodeIndex).arg(parameter.key);
        if (!readerReads(original, parameter, path, baseDirectory)) {
            const QString type = nodes[nodeIndex].toObject().value(QStringLiteral("type")).toString();
            *error = QStringLiteral("--set %1: %2 (%3) has no setting \"%4\"").arg(parameter.spec, parameter.node, type, parameter.key);
            return std::nullopt;
        }
        return parameter;
    }

    parameter.key = parameter.spec;
    const QString first = parameter.spec.section(QLatin1Char('.'), 0, 0);
    if (!parameter.spec.contains(QLatin1Char('.')) || first.isEmpty()) {
        *error = QStringLiteral("--set %1: expected NODE.KEY (a node's id, a dot and one of its settings) "
                                "or a top-level OBJECT.KEY such as replication.ship_delay_ms").arg(parameter.spec);
        return std::nullopt;
    }
    if (kNotSettings.contains(first)) {
        *error = QStringLiteral("--set %1: \"%2\" cannot be swept; give NODE.KEY or OBJECT.KEY such as replication.ship_delay_ms "
                                "(seeds: --seeds)").arg(parameter.spec, first);
        return std::nullopt;
    }
    if (readerReads(original, parameter, parameter.key, baseDirectory))
        return parameter;
    SweepParameter object = parameter;
    object.key = first;
    if (readerReads(original, object, first, baseDirectory))
        *error = QStringLiteral("--set %1: the top-level %2 object has no setting \"%3\"")
                     .arg(parameter.spec, first, parameter.spec.mid(first.size() + 1));
    else
        *error = QStringLiteral("--set %1: no node has the id \"%2\", and \"%2\" is not a top-level object such as replication or cdn")
                     .arg(parameter.spec, first);
    return std::nullopt;
}

QString firstError(const QList<Diagnostic> &errors)
{
    return errors.isEmpty() ? QStringLiteral("refused") : errors.first().toString();
}

} // namespace

QString SweepPlan::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<long long>(d));
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: return value.toString();
    default: return QStringLiteral("null");
    }
}

std::optional<SweepPlan> SweepPlan::build(const QString &file, const QStringList &sets, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    const QJsonObject original = QJsonDocument::fromJson(readAtMost(in, FileLimits{}.maxFileBytes)).object();
    return build(original, QFileInfo(file).absolutePath(), sets, error);
}

std::optional<SweepPlan> SweepPlan::build(const QJsonObject &original, const QString &baseDirectory, const QStringList &sets,
                                          QString *error)
{
    SweepPlan plan;
    for (const QString &set : sets) {
        auto parameter = parseParameter(set, original, baseDirectory, error);
        if (!parameter)
            return std::nullopt;
        for (const SweepParameter &earlier : plan.m_parameters) {
            if (earlier.spec == parameter->spec) {
                *error = QStringLiteral("--set %1 is given twice; give all its values in one --set").arg(parameter->spec);
                return std::nullopt;
            }
        }
        // Each value alone first, so an error names the one value at fault.
        for (const QJsonValue &value : parameter->values) {
            const Reading reading = readPatched(original, {setChange(*parameter, value)}, baseDirectory);
            if (!reading.topology) {
                *error = QStringLiteral("--set %1=%2: %3").arg(parameter->spec, valueText(value), firstError(reading.errors));
                return std::nullopt;
            }
        }
        plan.m_parameters.append(*parameter);
    }

    qsizetype combinations = 1;
    for (const SweepParameter &parameter : plan.m_parameters) {
        combinations *= parameter.values.size();
        if (combinations > kMaxRuns) {
            *error = QStringLiteral("--set: more than %1 combinations; the limit is %1 runs").arg(kMaxRuns);
            return std::nullopt;
        }
    }

    // An odometer over the values: the last --set turns fastest, the first slowest.
    QList<qsizetype> index(plan.m_parameters.size(), 0);
    for (qsizetype c = 0; c < combinations; ++c) {
        SweepVariant variant;
        QJsonArray changes;
        QStringList described;
        for (qsizetype p = 0; p < plan.m_parameters.size(); ++p) {
            const SweepParameter &parameter = plan.m_parameters[p];
            variant.values.append(parameter.values[index[p]]);
            changes.append(setChange(parameter, variant.values.last()));
            described.append(parameter.spec + QLatin1Char('=') + valueText(variant.values.last()));
        }
        Reading reading = readPatched(original, changes, baseDirectory);
        if (!reading.topology) {
            *error = QStringLiteral("--set %1: %2").arg(described.join(QStringLiteral(", ")), firstError(reading.errors));
            return std::nullopt;
        }
        variant.topology = std::move(*reading.topology);
        plan.m_variants.append(std::move(variant));
        for (qsizetype p = plan.m_parameters.size() - 1; p >= 0; --p) {
            if (++index[p] < plan.m_parameters[p].values.size())
                break;
            index[p] = 0;
        }
    }
    return plan;
}

} // namespace scalelab
