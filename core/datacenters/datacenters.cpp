// SPDX-License-Identifier: GPL-3.0-or-later
#include "datacenters/datacenters.h"

#include "base/hash.h"
#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"

#include <algorithm>

namespace scalelab {

namespace {
bool isEntryType(NodeType type) { return type == NodeType::LoadBalancer || type == NodeType::WebServer; }
} // namespace

void Datacenters::setUp(const EngineContext &ctx)
{
    const auto n = ctx.nodes.size();
    m_datacenterOf.assign(n, -1);
    m_resolverOf.assign(n, -1);
    m_dnsOf.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string name = ctx.topology.nodes[static_cast<int>(i)].datacenter.toStdString();
        if (name.empty())
            continue;
        int dc = indexOf(name);
        if (dc < 0) {
            dc = count();
            m_names.push_back(name);
        }
        m_datacenterOf[i] = dc;
    }
    if (!active())
        return;
    for (NodeRuntime &node : ctx.nodes)
        node.inDatacenters = node.type == NodeType::Clients;
    m_entries.resize(m_names.size());
    m_counters.resize(m_names.size());
    for (const LinkRuntime &link : ctx.links) {
        const int dc = datacenterOf(link.to);
        if (dc < 0 || ctx.nodes[link.from].type != NodeType::Clients || !isEntryType(ctx.nodes[link.to].type))
            continue;
        auto &entries = m_entries[static_cast<std::size_t>(dc)];
        if (std::find(entries.begin(), entries.end(), link.to) == entries.end())
            entries.push_back(link.to);
    }
    for (auto &entries : m_entries)
        std::sort(entries.begin(), entries.end());

    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.nodes[i].type != NodeType::Dns)
            continue;
        const NodeSpec &spec = ctx.topology.nodes[static_cast<int>(i)];
        DnsRuntime dns;
        dns.checks = spec.hasHealthCheck;
        dns.interval = SimTime::fromMs(spec.healthCheck.intervalMs);
        dns.ttl = SimTime::fromS(spec.ttlS);
        dns.health.assign(m_names.size(), HealthTracker(spec.healthCheck.rise, spec.healthCheck.fall));
        dns.answers.assign(m_names.size(), false);
        m_dnsOf[i] = static_cast<int>(m_dns.size());
        m_dns.push_back(std::move(dns));
    }
    setUpResolvers(ctx);
}

// A clients node linked to a dns: its entries, one per data centre (the first linked), nearest
// first; its front door is the nearest one.
void Datacenters::setUpResolvers(const EngineContext &ctx)
{
    const auto n = ctx.nodes.size();
    for (int l = 0; l < static_cast<int>(ctx.links.size()); ++l) {
        const LinkRuntime &link = ctx.links[l];
        if (ctx.nodes[link.from].type == NodeType::Clients && m_dnsOf[link.to] >= 0 && m_resolverOf[link.from] < 0) {
            m_resolverOf[link.from] = static_cast<int>(m_resolvers.size());
            m_resolvers.push_back(Resolver{link.to, {}, {}, ctx.nodes[link.from].idHash});
        }
    }
    for (int l = 0; l < static_cast<int>(ctx.links.size()); ++l) {
        const LinkRuntime &link = ctx.links[l];
        const int r = m_resolverOf[link.from];
        const int dc = datacenterOf(link.to);
        if (r < 0 || dc < 0 || !isEntryType(ctx.nodes[link.to].type))
            continue;
        Resolver &resolver = m_resolvers[static_cast<std::size_t>(r)];
        const auto sameDc = [dc](const Candidate &c) { return c.datacenter == dc; };
        if (std::none_of(resolver.candidates.begin(), resolver.candidates.end(), sameDc))
            resolver.candidates.push_back(Candidate{l, dc});
    }
    for (std::size_t c = 0; c < n; ++c) {
        const int r = m_resolverOf[c];
        if (r < 0)
            continue;
        Resolver &resolver = m_resolvers[static_cast<std::size_t>(r)];
        std::stable_sort(resolver.candidates.begin(), resolver.candidates.end(),
                         [&](const Candidate &a, const Candidate &b) { return ctx.links[a.link].latency < ctx.links[b.link].latency; });
        DnsRuntime &dns = m_dns[static_cast<std::size_t>(m_dnsOf[resolver.dns])];
        for (const Candidate &candidate : resolver.candidates)
            dns.answers[static_cast<std::size_t>(candidate.datacenter)] = true;
        // The front door is the dns's answer, never a VRRP standby: one entry at a time.
        NodeRuntime &clients = ctx.nodes[c];
        clients.entryLink = resolver.candidates.empty() ? -1 : resolver.candidates.front().link;
        clients.entryLinks.assign(clients.entryLink >= 0 ? 1 : 0, clients.entryLink);
        resolver.answers.emplace_back(SimTime::fromUs(INT64_MIN / 2), clients.entryLink);
    }
}

void Datacenters::scheduleFirstChecks(const EngineContext &ctx)
{
    for (std::size_t i = 0; i < m_dnsOf.size(); ++i) {
        const int d = m_dnsOf[i];
        if (d >= 0 && m_dns[static_cast<std::size_t>(d)].checks)
            ctx.queue.push(ctx.now + m_dns[static_cast<std::size_t>(d)].interval, kDnsCheck, static_cast<std::uint32_t>(i));
    }
}

int Datacenters::indexOf(const std::string &name) const
{
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end() ? -1 : static_cast<int>(it - m_names.begin());
}

const Datacenters::Resolver *Datacenters::resolver(int clientsNode) const
{
    if (clientsNode < 0 || clientsNode >= static_cast<int>(m_resolverOf.size()) || m_resolverOf[static_cast<std::size_t>(clientsNode)] < 0)
        return nullptr;
    return &m_resolvers[static_cast<std::size_t>(m_resolverOf[static_cast<std::size_t>(clientsNode)])];
}

int Datacenters::entryFor(int clientsNode, std::uint32_t user, SimTime sent) const
{
    const Resolver &resolver = m_resolvers[static_cast<std::size_t>(m_resolverOf[static_cast<std::size_t>(clientsNode)])];
    if (resolver.answers.size() == 1)
        return resolver.answers.front().second;  // the dns never changed its answer
    const std::int64_t ttl = m_dns[static_cast<std::size_t>(m_dnsOf[resolver.dns])].ttl.us;
    SimTime refreshed = sent;
    if (ttl > 0) {
        const auto phase = static_cast<std::int64_t>(splitmix64(resolver.userSalt ^ user) % static_cast<std::uint64_t>(ttl));
        const std::int64_t sinceRefresh = ((sent.us - phase) % ttl + ttl) % ttl;
        refreshed = SimTime::fromUs(sent.us - sinceRefresh);
    }
    for (auto it = resolver.answers.rbegin(); it != resolver.answers.rend(); ++it)
        if (it->first <= refreshed)
            return it->second;
    return resolver.answers.front().second;
}

bool Datacenters::healthy(int dnsNode, int datacenter) const
{
    const int d = dnsNode >= 0 && dnsNode < static_cast<int>(m_dnsOf.size()) ? m_dnsOf[static_cast<std::size_t>(dnsNode)] : -1;
    return d < 0 || datacenter < 0 || m_dns[static_cast<std::size_t>(d)].health[static_cast<std::size_t>(datacenter)].up();
}

SimTime Datacenters::ttl(int dnsNode) const
{
    return m_dns[static_cast<std::size_t>(m_dnsOf[static_cast<std::size_t>(dnsNode)])].ttl;
}

void Datacenters::countRequest(int clientsNode, int entry)
{
    const int dc = datacenterOf(entry);
    if (dc < 0)
        return;
    DatacenterCounters &counters = m_counters[static_cast<std::size_t>(dc)];
    ++counters.requests;
    const Resolver *r = resolver(clientsNode);
    if (r && !healthy(r->dns, dc))
        ++counters.staleDns;
}

void Datacenters::check(const EngineContext &ctx, int dnsNode, const std::function<bool(int entry)> &serving)
{
    DnsRuntime &dns = m_dns[static_cast<std::size_t>(m_dnsOf[static_cast<std::size_t>(dnsNode)])];
    bool changed = false;
    for (std::size_t dc = 0; dc < m_names.size(); ++dc) {
        if (!dns.answers[dc])
            continue;
        const auto &entries = m_entries[dc];
        const bool ok = std::any_of(entries.begin(), entries.end(), serving);
        HealthTracker &health = dns.health[dc];
        switch (health.record(ok)) {
        case HealthTracker::Change::WentDown:
            changed = true;
            ctx.announce(EngineEventKind::DatacenterDown, dnsNode,
                         "datacenter=" + m_names[dc] + " failed_checks=" + std::to_string(health.failuresInRow()));
            break;
        case HealthTracker::Change::WentUp:
            changed = true;
            ctx.announce(EngineEventKind::DatacenterUp, dnsNode,
                         "datacenter=" + m_names[dc] + " good_checks=" + std::to_string(health.successesInRow()));
            break;
        case HealthTracker::Change::None:
            break;
        }
    }
    if (changed)
        reanswer(ctx, dnsNode);
    ctx.queue.push(ctx.now + dns.interval, kDnsCheck, static_cast<std::uint32_t>(dnsNode));
}

// Each clients node of the dns is sent to its nearest data centre the checks see up; when
// none is up, to its nearest (Route 53 answers as if all were healthy then).
void Datacenters::reanswer(const EngineContext &ctx, int dnsNode)
{
    for (std::size_t c = 0; c < m_resolverOf.size(); ++c) {
        const int r = m_resolverOf[c];
        if (r < 0 || m_resolvers[static_cast<std::size_t>(r)].dns != dnsNode)
            continue;
        Resolver &resolver = m_resolvers[static_cast<std::size_t>(r)];
        if (resolver.candidates.empty())
            continue;
        const auto up = std::find_if(resolver.candidates.begin(), resolver.candidates.end(),
                                     [&](const Candidate &cand) { return healthy(dnsNode, cand.datacenter); });
        const Candidate &answer = up != resolver.candidates.end() ? *up : resolver.candidates.front();
        const int previous = resolver.answers.back().second;
        if (answer.link == previous)
            continue;
        resolver.answers.emplace_back(ctx.now, answer.link);
        ++m_answerChanges;
        NodeRuntime &clients = ctx.nodes[c];
        clients.entryLink = answer.link;
        clients.entryLinks.assign(1, answer.link);
        const int from = datacenterOf(ctx.links[previous].to);
        ctx.announce(EngineEventKind::DnsAnswer, static_cast<int>(c),
                     "dns=" + ctx.nodes[static_cast<std::size_t>(dnsNode)].id + " from=" + m_names[static_cast<std::size_t>(from)]
                         + " to=" + m_names[static_cast<std::size_t>(answer.datacenter)],
                     ctx.links[answer.link].to);
    }
}

} // namespace scalelab
