// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerting/alerting.h"

#include "metrics/metrics.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace scalelab {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

SimTime nextWholeSecond(SimTime now)
{
    return SimTime::fromUs((now.us / 1'000'000 + 1) * 1'000'000);
}

std::string number(double value)
{
    // Three significant decimals at most: "312.5", "0.042", "1200".
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}
} // namespace

void Alerting::setUp(const EngineContext &ctx, const Topology &topology)
{
    m_rules.clear();
    for (const AlertRuleSpec &spec : topology.alerts) {
        AlertState rule;
        rule.name = spec.name.toStdString();
        rule.metric = alertMetricNamed(spec.metric).value_or(AlertMetric::P95Ms);
        rule.threshold = spec.threshold;
        rule.above = spec.above;
        rule.forS = spec.forS;
        rule.node = spec.node.isEmpty() ? -1 : topology.indexOf(spec.node);
        m_rules.push_back(rule);
    }
    if (active())
        ctx.queue.push(nextWholeSecond(ctx.now), kAlertCheck);
}

double Alerting::value(AlertMetric metric, const SecondSample &second)
{
    const RequestCounters &r = second.requests;
    const bool anyOk = r.ok > 0;
    switch (metric) {
    case AlertMetric::Rps: return static_cast<double>(r.total);
    case AlertMetric::ErrorRps: return static_cast<double>(r.error + r.timeout);
    case AlertMetric::DroppedRps: return static_cast<double>(r.dropped);
    case AlertMetric::ErrorRate:
        return r.total ? static_cast<double>(r.error + r.timeout + r.dropped) / static_cast<double>(r.total) : kNone;
    case AlertMetric::P50Ms: return anyOk ? second.p50Ms : kNone;
    case AlertMetric::P95Ms: return anyOk ? second.p95Ms : kNone;
    case AlertMetric::P99Ms: return anyOk ? second.p99Ms : kNone;
    case AlertMetric::CacheHitRatio: {
        const std::uint64_t reads = second.cacheHits + second.cacheMisses;
        return reads ? static_cast<double>(second.cacheHits) / static_cast<double>(reads) : kNone;
    }
    case AlertMetric::ReadRps: return static_cast<double>(second.byOp[static_cast<std::size_t>(Op::Read)]);
    case AlertMetric::WriteRps: return static_cast<double>(second.byOp[static_cast<std::size_t>(Op::Write)]);
    case AlertMetric::StaticRps: return static_cast<double>(second.byOp[static_cast<std::size_t>(Op::Static)]);
    case AlertMetric::JobRps: return static_cast<double>(second.byOp[static_cast<std::size_t>(Op::Job)]);
    case AlertMetric::Busy:
    case AlertMetric::Queued:
        return kNone;  // a node's: nodeValue
    }
    return kNone;
}

double Alerting::nodeValue(AlertMetric metric, const NodeRuntime &node)
{
    switch (metric) {
    case AlertMetric::Busy: return node.concurrency > 0 ? static_cast<double>(node.active) / node.concurrency : kNone;
    case AlertMetric::Queued: return static_cast<double>(node.waiting.size());
    default: return kNone;
    }
}

void Alerting::check(const EngineContext &ctx)
{
    // Every second before now is final; close them so the one that just ended has its
    // percentiles (closing early changes nothing: later records land in later seconds).
    ctx.metrics.advanceTo(ctx.now);
    const std::vector<SecondSample> &series = ctx.metrics.series();
    const std::int64_t ended = ctx.now.us / 1'000'000 - 1;
    if (ended >= 0 && ended < static_cast<std::int64_t>(series.size())) {
        for (AlertState &rule : m_rules)
            evaluate(ctx, rule, series[static_cast<std::size_t>(ended)]);
    }
    ctx.queue.push(nextWholeSecond(ctx.now), kAlertCheck);
}

void Alerting::evaluate(const EngineContext &ctx, AlertState &rule, const SecondSample &second)
{
    const double v = rule.node >= 0 ? nodeValue(rule.metric, ctx.nodes[static_cast<std::size_t>(rule.node)]) : value(rule.metric, second);
    // A second without the figure (no requests, no reads) holds no condition: NaN compares false.
    const bool holds = rule.above ? v > rule.threshold : v < rule.threshold;
    const auto words = [&] {
        const std::string metric = alertMetricNames().at(static_cast<int>(rule.metric)).toStdString();
        return "alert=" + rule.name + " metric=" + metric + " value=" + (std::isnan(v) ? std::string("none") : number(v))
               + (rule.above ? " above=" : " below=") + number(rule.threshold) + " for_s=" + std::to_string(rule.forS)
               + (rule.node >= 0 ? " node=" + ctx.nodes[static_cast<std::size_t>(rule.node)].id : std::string());
    };
    rule.heldS = holds ? rule.heldS + 1 : 0;
    if (rule.firing && !holds) {
        rule.firing = false;
        ctx.announce(EngineEventKind::AlertResolved, kNoNode, words());
    } else if (!rule.firing && rule.heldS >= rule.forS) {
        rule.firing = true;
        ++rule.fired;
        if (rule.firstFiredS < 0)
            rule.firstFiredS = ctx.now.s();
        ctx.announce(EngineEventKind::AlertFiring, kNoNode, words());
    }
    rule.firingS += rule.firing;
}

} // namespace scalelab
