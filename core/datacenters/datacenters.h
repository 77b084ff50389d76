// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/healthtracker.h"
#include "base/simtime.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace scalelab {

struct EngineContext;

/// What one data centre took (an entry of the report's `datacenters[]`).
struct DatacenterCounters
{
    std::uint64_t requests = 0;  ///< requests sent to its entry
    std::uint64_t staleDns = 0;  ///< ... by a DNS answer its dns had already withdrawn (a resolver's cached answer)
};

/// Several data centres and geoDNS.
///
/// Nodes carry a `datacenter`; a data centre's entries are its load balancers and web servers
/// that clients are linked to. A clients node linked to a `dns` node looks its front door up
/// there: the dns answers with the entry of the nearest healthy data centre, nearest by the
/// latency of the clients' link to it (Route 53 latency-based routing with health checks).
/// With a `health_check`, the dns probes each data centre's entries every `interval_ms`:
/// `fall` failures in a row mark the data centre down, `rise` successes up again (Route 53:
/// every 30 s, a failure threshold of 3, one threshold for both ways). When every data centre
/// is down the dns answers as if all were up (Route 53 does the same). Without a health check
/// it always answers the nearest.
///
/// Each user's resolver keeps an answer for the dns's `ttl_s`: user u refreshes at
/// phase(u) + k * ttl, phase(u) a hash of the user over the TTL, and uses the answer the dns
/// gave at its last refresh. So after a failover the users move over the TTL, not all at once,
/// with no per-user state: the dns keeps the history of its answers per clients node.
///
/// Simplified from real DNS: every resolver honours the TTL (many clients keep answers
/// longer), a lookup takes no time, and the dns itself never fails (Route 53 answers from
/// hundreds of places). Long-lived connections and the CDN's origin follow the dns's current
/// answer at once.
///
/// Handles kDnsCheck (payload: the dns node).
class Datacenters
{
public:
    /// One data centre a clients node may be sent to: its entry over `link`.
    struct Candidate
    {
        int link = -1;
        int datacenter = -1;
    };

    /// A clients node that looks its front door up at a dns.
    struct Resolver
    {
        int dns = -1;
        std::vector<Candidate> candidates;  ///< one per data centre, nearest first (link latency, then link order)
        std::vector<std::pair<SimTime, int>> answers;  ///< (since, entry link): what the dns answers, in time order
        std::uint64_t userSalt = 0;  ///< the clients' id hash: each user's refresh phase
    };

    /// Reads the nodes' data centres and the clients that use a dns, and points each such
    /// clients node's front door (NodeRuntime::entryLink) at its nearest data centre. Call
    /// once the routes are resolved, before anything reads the front doors.
    void setUp(const EngineContext &ctx);
    /// Queues the first health checks of every dns that has them.
    void scheduleFirstChecks(const EngineContext &ctx);
    /// Whether any node is in a data centre.
    bool active() const { return !m_names.empty(); }

    int count() const { return static_cast<int>(m_names.size()); }
    const std::string &name(int datacenter) const { return m_names[static_cast<std::size_t>(datacenter)]; }
    int indexOf(const std::string &name) const;
    /// The data centre of `node`, or -1.
    int datacenterOf(int node) const
    {
        return node >= 0 && node < static_cast<int>(m_datacenterOf.size()) ? m_datacenterOf[static_cast<std::size_t>(node)] : -1;
    }
    /// The nodes clients enter data centre `datacenter` by (balancers, web servers), in node order.
    const std::vector<int> &entries(int datacenter) const { return m_entries[static_cast<std::size_t>(datacenter)]; }

    /// The resolver of `clientsNode`, or nullptr when it does not use a dns.
    const Resolver *resolver(int clientsNode) const;
    /// The entry link `user` of `clientsNode` sends a request to at `sent`: the answer its
    /// resolver got at its last refresh.
    int entryFor(int clientsNode, std::uint32_t user, SimTime sent) const;
    /// Whether `dnsNode`'s checks see `datacenter` as up.
    bool healthy(int dnsNode, int datacenter) const;
    /// How long until the resolvers of `dnsNode` refresh their answers.
    SimTime ttl(int dnsNode) const;

    /// A request of `clientsNode` was sent to front door `entry`: counts it for its data centre.
    void countRequest(int clientsNode, int entry);

    /// kDnsCheck: `dnsNode` probes every data centre it answers with; `serving` says whether
    /// an entry answers. A data centre that changes state moves the clients to their nearest
    /// healthy one.
    void check(const EngineContext &ctx, int dnsNode, const std::function<bool(int entry)> &serving);

    const DatacenterCounters &counters(int datacenter) const { return m_counters[static_cast<std::size_t>(datacenter)]; }
    /// DNS answers that changed (each a clients node sent elsewhere).
    std::uint64_t answerChanges() const { return m_answerChanges; }

private:
    struct DnsRuntime
    {
        bool checks = false;      ///< health_check configured
        SimTime interval;
        SimTime ttl;
        std::vector<HealthTracker> health;  ///< by data centre
        std::vector<bool> answers;          ///< by data centre: some clients of this dns may be sent there
    };

    void setUpResolvers(const EngineContext &ctx);
    void reanswer(const EngineContext &ctx, int dnsNode);

    std::vector<std::string> m_names;
    std::vector<int> m_datacenterOf;          ///< by node index; -1: none
    std::vector<std::vector<int>> m_entries;  ///< by data centre
    std::vector<int> m_resolverOf;            ///< by node index: index into m_resolvers, or -1
    std::vector<Resolver> m_resolvers;
    std::vector<int> m_dnsOf;                 ///< by node index: index into m_dns, or -1
    std::vector<DnsRuntime> m_dns;
    std::vector<DatacenterCounters> m_counters;
    std::uint64_t m_answerChanges = 0;
};

} // namespace scalelab
