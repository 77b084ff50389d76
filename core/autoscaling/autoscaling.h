// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace scalelab {

struct EngineContext;
struct Topology;

/// What the autoscaled pools did (the report's `autoscale`), for one balancer or all.
struct AutoscaleCounters
{
    int maxServers = 0;             ///< the most servers running at once (launching and draining ones too)
    double serverSeconds = 0;       ///< servers running, summed over the run's seconds: what a cloud bills
    std::uint64_t scaleOuts = 0;    ///< servers launched
    std::uint64_t scaleIns = 0;     ///< servers retired
};

/// Where one copy of a template server is.
enum class CopyState : std::uint8_t { Absent, Launching, InService, Draining };

/// One balancer's `autoscale` policy and its copies of the template server.
struct AutoscaleGroup
{
    int lb = -1;                    ///< the owner: the balancer, or the message queue whose workers it scales
    int templateNode = -1;
    int minServers = 1;
    int maxServers = 1;
    double targetUtilization = 0.6;
    SimTime cooldown;
    SimTime provision;
    std::vector<int> copies;        ///< node indices of the template's copies, launched first to last
    std::vector<CopyState> states;  ///< each copy's
    SimTime lastScaleOut = SimTime::fromUs(INT64_MIN / 4);
    SimTime lastScale = SimTime::fromUs(INT64_MIN / 4);
    std::array<double, 30> recent{};  ///< the pool's utilization at the last 30 looks, 0.1 s apart (a cloud's alarm averages over its period too)
    int samples = 0;
    double utilization = 0;          ///< their mean, at the last decision
    int running = 0;                 ///< servers running at the last check
    AutoscaleCounters counters;
};

/// What a group scales, as the engine sees it now: the members its owner may send to (a
/// balancer's pool, a queue's workers), and the work waiting at the owner itself (a queue's
/// jobs no worker has yet; 0 for a balancer, whose requests wait at the servers).
struct PoolView
{
    std::vector<int> members;
    double backlog = 0;
};

/// What the engine does about a check's decision: the pool is LoadBalancing's, so the engine
/// takes a copy out of its balancer's pool, or (when it is ready) puts it back.
struct ScaleStep
{
    enum class Kind { Retire, Terminate, Ready } kind = Kind::Retire;
    int lb = -1;
    int node = -1;
};

/// A balancer's `autoscale` policy, as an AWS Auto Scaling group with target tracking runs
/// a stateless web tier: ten times a second the group looks at its pool's utilization
/// (requests in service and waiting over the servers' workers, up members only); once a
/// second it decides on the mean of the last three seconds' looks: it wants
/// ceil(servers x utilization / target_utilization) servers, within [min, max]. More: after
/// `cooldown_s` since the last scale-out it launches copies of the template server, which
/// join the pool `provision_s` later (the instance boots). Fewer, when every look of those
/// three seconds was under the target and `cooldown_s` has passed since the last scaling:
/// it takes its newest copies out of the pool
/// (event scale_in) and terminates them a second later, once their requests have finished;
/// a copy holding sessions in its memory loses them. The servers of the file are never
/// retired.
///
/// A message queue's `autoscale` scales its workers the same way, on the jobs in work and
/// waiting on the queue over the workers' slots (AWS's "backlog per instance"): a retired
/// worker takes no new job and is terminated once it has finished the ones it has.
///
/// The copies exist from the start, absent (addTemplateCopies), so every per-node vector of
/// the engine has room for them and a run without `autoscale` is untouched. Handles
/// kAutoscaleCheck (every 0.1 s from 1 s on, only when some node has a policy) and
/// kAutoscaleReady (a = the copy).
///
/// Simplified from AWS: one metric (the pool's utilization, not CPU), no step or scheduled
/// scaling, no warm-up after a launch beyond `provision_s`, no instance health replacement;
/// a copy costs from its launch to its termination.
class Autoscaling
{
public:
    /// Adds to `topology` the absent copies each autoscaled balancer may launch: as many as
    /// its `max` exceeds its pool, each a copy of the template with its links, linked from
    /// the balancer, laid out in two columns under the pool, and marked by NodeSpec::copyOfBalancer.
    static void addTemplateCopies(Topology &topology);
    /// The id of a balancer's k-th copy of its template (k from 1): "web1-as2".
    static QString copyId(const QString &templateId, int k);

    /// Finds the groups and their copies (added by addTemplateCopies); marks the copies down
    /// and queues the first check. The engine then takes each copy out of its pool.
    void setUp(const EngineContext &ctx);
    bool active() const { return !m_groups.empty(); }
    const std::vector<AutoscaleGroup> &groups() const { return m_groups; }
    /// A copy of some group's template (its state), or nullptr for any other node.
    const CopyState *copyState(int node) const;

    /// kAutoscaleCheck: every group looks at its pool and, at a whole second, scales; returns
    /// what the engine must do to the pools. `pool(owner)`: what the group scales, now.
    std::vector<ScaleStep> check(const EngineContext &ctx, const std::function<PoolView(int owner)> &pool);
    /// kAutoscaleReady: the copy has booted; the engine puts it in its pool.
    ScaleStep ready(const EngineContext &ctx, int copy);

    /// Every group's counters summed (max_servers: the largest group's).
    AutoscaleCounters counters() const;
    /// The servers running in the group of balancer `lb` at the last check (0: no group).
    int runningServers(int lb) const;

private:
    struct PoolLoad { int inService = 0; int running = 0; double busy = 0; double workers = 0; };
    void scale(const EngineContext &ctx, AutoscaleGroup &group, const PoolLoad &load, std::vector<ScaleStep> &steps);

    std::vector<AutoscaleGroup> m_groups;
    std::vector<int> m_groupOfCopy;  ///< by node index: the group a copy belongs to, -1 for other nodes
    std::vector<int> m_copyIndex;    ///< by node index: its place among its group's copies
};

} // namespace scalelab
