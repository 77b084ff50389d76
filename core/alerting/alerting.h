// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/alertrule.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

struct EngineContext;
struct NodeRuntime;
struct SecondSample;
struct Topology;

/// One alert rule as it stands in a run, and what it did (the report's `alerts`).
struct AlertState
{
    std::string name;
    AlertMetric metric = AlertMetric::P95Ms;
    double threshold = 0;
    bool above = true;
    int forS = 1;
    int node = -1;               ///< the node a host metric watches (index); -1 for the system's figures
    int heldS = 0;               ///< whole seconds in a row the condition held, up to now
    bool firing = false;
    std::uint64_t fired = 0;     ///< times it went from quiet to firing
    std::uint64_t firingS = 0;   ///< seconds it spent firing
    double firstFiredS = -1;     ///< when it first fired (simulated seconds); < 0: never
};

/// Alert rules over the run's per-second figures, as a monitoring system evaluates them: at
/// each whole second the rules look at the second that just ended (its figures are final
/// then: the engine records a request no later than its end); a rule whose condition held
/// for `for_s` seconds in a row fires (event `alert_firing`) and resolves at the first
/// second it no longer holds (`alert_resolved`). Handles kAlertCheck, queued each second
/// only when the topology has rules, so a topology without them runs as before.
///
/// A rule watches a figure of the whole system (requests, errors, latency, cache hits, requests
/// of one kind) or of one node (`busy`, `queued`: read at the check, the end of the second).
///
/// Simplified from Prometheus/Alertmanager: one evaluation per simulated second, no grouping,
/// silencing or notification delay.
class Alerting
{
public:
    /// The rules from the topology, and the first check at 1 s if there are any.
    void setUp(const EngineContext &ctx, const Topology &topology);
    bool active() const { return !m_rules.empty(); }

    /// kAlertCheck at a whole second: closes the second that ended, evaluates every rule on
    /// it, announces what fired or resolved, and queues the next check.
    void check(const EngineContext &ctx);

    const std::vector<AlertState> &rules() const { return m_rules; }
    /// The value of a system metric in one second's figures (NaN for a host metric).
    static double value(AlertMetric metric, const SecondSample &second);
    /// The value of a host metric (busy, queued) of `node` now.
    static double nodeValue(AlertMetric metric, const NodeRuntime &node);

private:
    void evaluate(const EngineContext &ctx, AlertState &rule, const SecondSample &second);

    std::vector<AlertState> m_rules;
};

} // namespace scalelab
