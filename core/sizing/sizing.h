// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <QString>

#include <functional>
#include <vector>

namespace scalelab {

struct EngineContext;

/// What the priced machines cost so far (the report's `cost`).
struct CostCounters
{
    double serverSeconds = 0;  ///< priced machines running, summed over the run
    double dollars = 0;
    double dollarsPerHour = 0; ///< what the machines running now cost an hour
};

/// One node's machine: its size, its price and its bill so far.
struct MachineBill
{
    QString size;              ///< a ServerSizes name; empty: custom
    double pricePerHour = 0;
    bool priced = false;       ///< the file gave it a size or a price_per_hour (or a resize did)
    bool resizing = false;     ///< stopped, between resize_start and resize_done
    bool billed = false;       ///< running now: its bill grows
    SimTime since;             ///< when the bill last started growing
    double seconds = 0;        ///< billed seconds before `since`
    double dollars = 0;        ///< billed dollars before `since`
};

/// Vertical scaling: each node's machine size, the `resize` action and the bill.
///
/// A size sets a node's workers (TopologyReader did that from the file); a resize stops the
/// node at once (the engine's kill path: in-flight requests fail), keeps it down for its
/// `resize_downtime_s`, then starts it with the new size's workers and price (resize_start,
/// resize_done). A priced node is billed while it runs, at its price per hour, to the
/// microsecond: not while stopped for a resize (AWS bills no stopped instance), nor while it
/// does not exist (an autoscale copy not launched, a spare database not provisioned); a
/// crashed (killed) node is still billed, as a cloud bills an impaired instance until it
/// is stopped. Handles kResizeDone (a = the node). Draws no random number, so a file
/// without sizes runs exactly as before.
class Sizing
{
public:
    /// Every node's size and price from the topology (autoscale copies: their template's).
    void setUp(const EngineContext &ctx);
    /// Some node is priced: the report has `cost`, the time series the cost rate.
    bool active() const { return m_active; }
    const MachineBill &machine(int node) const { return m_machines[static_cast<std::size_t>(node)]; }

    /// Starts resizing `node` to `size`: checks it, announces resize_start and queues
    /// resize_done. Returns an error (nothing done) for a node that cannot be resized now.
    /// The engine then stops the node as a kill does.
    QString startResize(const EngineContext &ctx, int node, const QString &size);
    /// kResizeDone: the new size's workers and price; announces resize_done. The engine
    /// then starts the node again.
    void finishResize(const EngineContext &ctx, int node);

    /// Starts or stops each priced node's bill as `running(node)` says it runs now.
    void syncBilling(SimTime now, const std::function<bool(int)> &running);
    /// The bill of every priced node up to `now`.
    CostCounters cost(SimTime now) const;
    /// One node's bill up to `now`: dollars, and seconds billed.
    double dollars(int node, SimTime now) const;
    double billedSeconds(int node, SimTime now) const;

private:
    std::vector<MachineBill> m_machines;  ///< by node index
    std::vector<QString> m_pendingSize;   ///< by node index: the size a resize under way changes to
    bool m_active = false;
};

} // namespace scalelab
