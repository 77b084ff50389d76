// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/explore.h"

#include "io/topologywriter.h"
#include "lessons/checkpoint.h"

#include <algorithm>

namespace scalelab {

std::optional<SweepPlan> explorePlan(const LessonExplore &explore, const Topology &topology, QString *error)
{
    QStringList values;
    for (double value : explore.values)
        values << SweepPlan::valueText(value);
    std::optional<SweepPlan> plan = SweepPlan::build(TopologyWriter::toJson(topology), topology.baseDirectory,
                                                     {explore.parameter + QLatin1Char('=') + values.join(QLatin1Char(','))}, error);
    if (!plan && error && error->startsWith(QLatin1String("--set ")))
        *error = error->mid(6);  // the sweep's words, without the option a lesson does not have
    return plan;
}

std::optional<double> exploreValue(const SweepPlan &plan, const Topology &topology)
{
    if (plan.parameters().isEmpty())
        return std::nullopt;
    const SweepParameter &parameter = plan.parameters().constFirst();
    const QJsonObject json = TopologyWriter::toJson(topology);
    QJsonValue current = json;
    if (!parameter.node.isEmpty()) {
        current = QJsonValue();
        for (const QJsonValue &node : json.value(QStringLiteral("nodes")).toArray()) {
            if (node.toObject().value(QStringLiteral("id")).toString() == parameter.node)
                current = node;
        }
    }
    for (const QString &part : parameter.key.split(QLatin1Char('.')))
        current = current.toObject().value(part);
    if (!current.isDouble())
        return std::nullopt;
    return current.toDouble();
}

std::vector<SweepRunner::Run> exploreRuns(const LessonExplore &explore, const SweepPlan &plan)
{
    std::vector<SweepRunner::Run> runs;
    for (const SweepVariant &variant : plan.variants()) {
        for (int seed = 1; seed <= explore.seeds; ++seed)
            runs.push_back({&variant.topology, std::uint64_t(seed)});
    }
    return runs;
}

QList<ExplorePoint> exploreCurve(const LessonExplore &explore, const std::vector<SweepRunner::Result> &results)
{
    QList<ExplorePoint> curve;
    for (qsizetype v = 0; v < explore.values.size(); ++v) {
        ExplorePoint point;
        point.value = explore.values[v];
        double sum = 0;
        for (int s = 0; s < explore.seeds; ++s) {
            const std::size_t index = std::size_t(v) * std::size_t(explore.seeds) + std::size_t(s);
            if (index >= results.size())
                break;
            const std::optional<double> figure = reportValue(results[index].report, explore.metric);
            if (!figure)
                continue;
            point.low = point.runs == 0 ? *figure : std::min(point.low, *figure);
            point.high = point.runs == 0 ? *figure : std::max(point.high, *figure);
            sum += *figure;
            ++point.runs;
        }
        point.mean = point.runs > 0 ? sum / point.runs : 0.0;
        curve.append(point);
    }
    return curve;
}

std::optional<bool> exploreTrendHolds(const LessonExplore &explore, const QJsonObject &firstReport, const QJsonObject &lastReport)
{
    const std::optional<double> first = reportValue(firstReport, explore.metric);
    const std::optional<double> last = reportValue(lastReport, explore.metric);
    if (!first || !last || explore.trend.isEmpty())
        return std::nullopt;
    return explore.trend == QLatin1String("rises") ? *last > *first : *last < *first;
}

} // namespace scalelab
