// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/alertrule.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

struct EngineContext;
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
/// Simplified from Prometheus/Alertmanager: one evaluation per simulated second, the
/// system's figures only (no per-node series), no grouping, silencing or notification delay.
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
    /// The value of `metric` in one second's figures.
    static double value(AlertMetric metric, const SecondSample &second);

private:
    void evaluate(const EngineContext &ctx, AlertState &rule, const SecondSample &second);

    std::vector<AlertState> m_rules;
};

} // namespace scalelab
