// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorAlerts: its rules in words (the metrics' plain names and units, a rule in one line)
// and what a rule on a metric starts with.
#include "inspector/inspectoralerts.h"

#include "model/topology.h"

#include <QLocale>

#include <algorithm>

namespace scalelab {

QString InspectorAlerts::metricText(const QString &metric)
{
    const std::optional<AlertMetric> known = alertMetricNamed(metric);
    if (!known)
        return metric;  // a word of a newer file: shown as it is
    switch (*known) {
    case AlertMetric::Rps: return tr("requests per second");
    case AlertMetric::ErrorRps: return tr("errors and timeouts per second");
    case AlertMetric::DroppedRps: return tr("dropped requests per second");
    case AlertMetric::ErrorRate: return tr("share of requests failing");
    case AlertMetric::P50Ms: return tr("median latency (p50)");
    case AlertMetric::P95Ms: return tr("p95 latency");
    case AlertMetric::P99Ms: return tr("p99 latency");
    case AlertMetric::CacheHitRatio: return tr("cache hit ratio");
    case AlertMetric::ReadRps: return tr("reads per second");
    case AlertMetric::WriteRps: return tr("writes per second");
    case AlertMetric::StaticRps: return tr("static files per second");
    case AlertMetric::JobRps: return tr("jobs per second");
    case AlertMetric::Busy: return tr("busy share of one node's workers");
    case AlertMetric::Queued: return tr("requests waiting at one node");
    }
    return metric;
}

QString InspectorAlerts::metricUnit(const QString &metric)
{
    const std::optional<AlertMetric> known = alertMetricNamed(metric);
    if (!known)
        return {};
    switch (*known) {
    case AlertMetric::P50Ms:
    case AlertMetric::P95Ms:
    case AlertMetric::P99Ms:
        return tr("ms");
    case AlertMetric::Rps:
    case AlertMetric::ErrorRps:
    case AlertMetric::DroppedRps:
    case AlertMetric::ReadRps:
    case AlertMetric::WriteRps:
    case AlertMetric::StaticRps:
    case AlertMetric::JobRps:
        return tr("req/s");
    case AlertMetric::Queued:
        return tr("requests");
    case AlertMetric::ErrorRate:
    case AlertMetric::CacheHitRatio:
    case AlertMetric::Busy:
        return {};
    }
    return {};
}

QString InspectorAlerts::ruleText(const AlertRuleSpec &rule)
{
    QString subject = metricText(rule.metric);
    if (rule.metric == QLatin1String("busy"))
        subject = tr("busy share of %1's workers").arg(rule.node);
    else if (rule.metric == QLatin1String("queued"))
        subject = tr("requests waiting at %1").arg(rule.node);
    const QString unit = metricUnit(rule.metric);
    QString value = QLocale().toString(rule.threshold, 'g', 12);
    if (!unit.isEmpty() && rule.metric != QLatin1String("queued"))  // "waiting at web1 above 50" needs no unit
        value += QLatin1Char(' ') + unit;
    return rule.above ? tr("%1 above %2 for %n s", nullptr, rule.forS).arg(subject, value)
                      : tr("%1 below %2 for %n s", nullptr, rule.forS).arg(subject, value);
}

double InspectorAlerts::defaultThreshold(const QString &metric, const NodeSpec *node)
{
    const std::optional<AlertMetric> known = alertMetricNamed(metric);
    if (!known)
        return 0;
    switch (*known) {
    case AlertMetric::P50Ms: return 100;
    case AlertMetric::P95Ms: return 200;
    case AlertMetric::P99Ms: return 500;
    case AlertMetric::ErrorRate: return 0.05;
    case AlertMetric::CacheHitRatio: return 0.5;
    case AlertMetric::Busy: return 0.8;
    // Half its queue: time to act before requests are dropped.
    case AlertMetric::Queued: return node ? std::max(1, node->queue / 2) : 50;
    case AlertMetric::ErrorRps:
    case AlertMetric::DroppedRps:
        return 10;
    case AlertMetric::Rps:
    case AlertMetric::ReadRps:
    case AlertMetric::WriteRps:
    case AlertMetric::StaticRps:
    case AlertMetric::JobRps:
        return 100;
    }
    return 0;
}

} // namespace scalelab
