// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/checkpoint.h"

#include "report/report.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <map>

namespace scalelab {

std::optional<double> reportValue(const QJsonObject &report, const QString &key)
{
    // "nodes[web2].served", "alerts[Errors].fired": an array element chosen by its id (or an
    // alert rule's name), then a field.
    static const QRegularExpression part(QStringLiteral("^([^\\[\\]]+)(?:\\[([^\\]]+)\\])?$"));
    QJsonValue current = report;
    for (const QString &piece : key.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = part.match(piece);
        if (!match.hasMatch() || !current.isObject())
            return std::nullopt;
        current = current.toObject().value(match.captured(1));
        if (match.hasCaptured(2)) {
            const QString id = match.captured(2);
            QJsonValue found;
            for (const QJsonValue &item : current.toArray()) {
                const QJsonObject element = item.toObject();
                if (element.value(QStringLiteral("id")).toString() == id || element.value(QStringLiteral("name")).toString() == id)
                    found = item;
            }
            current = found;
        }
    }
    if (current.isDouble())
        return current.toDouble();
    if (current.isBool())
        return current.toBool() ? 1.0 : 0.0;
    return std::nullopt;
}

std::optional<MetricPath> splitMetricPath(const QString &key)
{
    static const QRegularExpression path(
        QStringLiteral("^(?:([^\\[\\].]+)(?:\\[([^\\]]+)\\])?\\.)?([^\\[\\].]+)$"));
    const QRegularExpressionMatch match = path.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    return MetricPath{match.captured(1), match.captured(2), match.captured(3)};
}

QStringList checkpointOperators()
{
    return {QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("<="),
            QStringLiteral("=="), QStringLiteral("!=")};
}

bool compareCheckpoint(double actual, const QString &op, double expected)
{
    if (op == QLatin1String(">"))
        return actual > expected;
    if (op == QLatin1String(">="))
        return actual >= expected;
    if (op == QLatin1String("<"))
        return actual < expected;
    if (op == QLatin1String("<="))
        return actual <= expected;
    if (op == QLatin1String("=="))
        return actual == expected;
    if (op == QLatin1String("!="))
        return actual != expected;
    return false;
}

QList<CheckpointResult> checkStep(const LessonStep &step)
{
    // One run per distinct time: checkpoints "by 10 s" and "by 30 s" read different reports.
    std::map<double, QJsonObject> reports;
    QList<CheckpointResult> results;
    for (const Checkpoint &checkpoint : step.checkpoints) {
        auto it = reports.find(checkpoint.byS);
        if (it == reports.end()) {
            std::unique_ptr<Simulation> simulation = Simulation::create(step.topology);
            QJsonObject report;
            if (simulation) {
                simulation->runToCompletion(SimTime::fromS(checkpoint.byS));
                report = Report::toJson(*simulation, 0.0);
            }
            it = reports.emplace(checkpoint.byS, report).first;
        }
        CheckpointResult result;
        result.checkpoint = checkpoint;
        result.actual = reportValue(it->second, checkpoint.metric);
        result.passed = result.actual && compareCheckpoint(*result.actual, checkpoint.op, checkpoint.value);
        results.append(result);
    }
    return results;
}

} // namespace scalelab
