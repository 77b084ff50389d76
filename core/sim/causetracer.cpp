// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/causetracer.h"

#include <algorithm>

namespace scalelab {

namespace {

// Sequence numbers in a waiting list grow; those of traces already dropped go from the front.
void pushWaiting(std::vector<std::uint64_t> &waiting, std::uint64_t seq, std::uint64_t firstSeq)
{
    const auto live = std::find_if(waiting.begin(), waiting.end(), [firstSeq](std::uint64_t s) { return s >= firstSeq; });
    waiting.erase(waiting.begin(), live);
    waiting.push_back(seq);
}

bool appliesMissingWrite(const CauseTrace &t, const EngineEvent &e)
{
    const auto key = e.number("key");
    const auto write = e.number("write");
    return key && write && *key == t.cause.key && *write >= t.cause.missingWrite;
}

bool dropsKey(const CauseTrace &t, const EngineEvent &e)
{
    const auto key = e.number("key");
    return key && *key == t.cause.key;
}

} // namespace

void CauseTracer::clear()
{
    m_traces.clear();
    m_firstSeq = 0;
    m_byRequest.clear();
    m_waitingForApply.clear();
    m_waitingForCache.clear();
    m_waitingForNotice.clear();
    m_noticed.clear();
}

void CauseTracer::forgetAfter(SimTime t)
{
    while (!m_traces.empty() && m_traces.back().cause.at > t) {
        const std::uint64_t seq = m_firstSeq + m_traces.size() - 1;
        auto it = m_byRequest.find(m_traces.back().cause.request);
        if (it != m_byRequest.end()) {
            std::erase(it->second, seq);
            if (it->second.empty())
                m_byRequest.erase(it);
        }
        m_traces.pop_back();
    }
    // Waiting lists hold sequence numbers in order; the ones just dropped are the largest.
    const std::uint64_t end = m_firstSeq + m_traces.size();
    for (auto *lists : {&m_waitingForApply, &m_waitingForCache, &m_waitingForNotice})
        for (auto &[node, waiting] : *lists)
            std::erase_if(waiting, [end](std::uint64_t seq) { return seq >= end; });
    for (std::size_t i = 0; i < m_traces.size(); ++i) {
        CauseTrace &trace = m_traces[i];
        if (!trace.resolved() || trace.resolvedAt <= t)
            continue;
        trace.resolvedAt = SimTime{-1};
        trace.resolvedBy = {};
        trace.resolvedOn = kNoNode;
        trace.resolvedOther = kNoNode;
        const std::uint64_t seq = m_firstSeq + i;
        auto &waiting = trace.cause.kind == CauseKind::StaleReplica ? m_waitingForApply[trace.cause.node]
                        : trace.cause.kind == CauseKind::StaleCache ? m_waitingForCache[trace.cause.node]
                                                                    : m_waitingForNotice[trace.cause.node];
        waiting.insert(std::upper_bound(waiting.begin(), waiting.end(), seq), seq);
    }
    // A death noticed later is not noticed yet. (A notice that a later revive or kill erased
    // is not brought back: a failure on a node that died, was noticed, came back and died
    // again across `t` may then wait for the next notice.)
    std::erase_if(m_noticed, [t](const auto &entry) { return entry.second.at > t; });
}

CauseTrace *CauseTracer::at(std::uint64_t seq)
{
    return seq >= m_firstSeq && seq - m_firstSeq < m_traces.size() ? &m_traces[seq - m_firstSeq] : nullptr;
}

void CauseTracer::requestCause(const RequestCause &cause)
{
    const std::uint64_t seq = m_firstSeq + m_traces.size();
    m_traces.emplace_back();
    m_traces.back().cause = cause;
    m_byRequest[cause.request].push_back(seq);
    CauseTrace &trace = m_traces.back();
    switch (cause.kind) {
    case CauseKind::StaleReplica:
        pushWaiting(m_waitingForApply[cause.node], seq, m_firstSeq);
        break;
    case CauseKind::StaleCache:
        pushWaiting(m_waitingForCache[cause.node], seq, m_firstSeq);
        break;
    case CauseKind::Failure:
        if (cause.failure != FailureReason::NodeDown)
            break;
        if (const auto noticed = m_noticed.find(cause.node); noticed != m_noticed.end() && noticed->second.at >= cause.since) {
            // Noticed already: the request was on its way before the balancer (or the failover) acted.
            const Notice &n = noticed->second;
            trace.resolvedAt = n.at;
            trace.resolvedBy = n.kind;
            trace.resolvedOn = n.node;
            trace.resolvedOther = n.other;
        } else {
            pushWaiting(m_waitingForNotice[cause.node], seq, m_firstSeq);
        }
        break;
    case CauseKind::CacheMiss:
        break;  // everything is known at the lookup
    }
    while (m_traces.size() > m_capacity) {
        auto &seqs = m_byRequest[m_traces.front().cause.request];
        std::erase(seqs, m_firstSeq);
        if (seqs.empty())
            m_byRequest.erase(m_traces.front().cause.request);
        m_traces.pop_front();
        ++m_firstSeq;
    }
}

void CauseTracer::resolve(std::vector<std::uint64_t> &pending, const EngineEvent &event,
                          bool (*matches)(const CauseTrace &, const EngineEvent &))
{
    std::erase_if(pending, [&](std::uint64_t seq) {
        CauseTrace *trace = at(seq);
        if (!trace)
            return true;
        if (matches && !matches(*trace, event))
            return false;
        trace->resolvedAt = event.at;
        trace->resolvedBy = event.kind;
        trace->resolvedOn = event.node;
        trace->resolvedOther = event.other;
        return true;
    });
}

void CauseTracer::resolveDown(int node, const EngineEvent &event)
{
    if (node == kNoNode)
        return;
    m_noticed.try_emplace(node, Notice{event.at, event.kind, event.node, event.other});
    if (const auto it = m_waitingForNotice.find(node); it != m_waitingForNotice.end())
        resolve(it->second, event, nullptr);
}

void CauseTracer::engineEvent(const EngineEvent &event)
{
    switch (event.kind) {
    case EngineEventKind::ReplicateApply:
        if (const auto it = m_waitingForApply.find(event.node); it != m_waitingForApply.end())
            resolve(it->second, event, appliesMissingWrite);
        break;
    case EngineEventKind::Invalidate:
    case EngineEventKind::Evict:
    case EngineEventKind::Expire:
        if (const auto it = m_waitingForCache.find(event.node); it != m_waitingForCache.end())
            resolve(it->second, event, dropsKey);
        break;
    case EngineEventKind::Kill:
        m_noticed.erase(event.node);  // a new death, to be noticed afresh
        break;
    case EngineEventKind::HealthDown:
    case EngineEventKind::Eject:
    case EngineEventKind::PromoteFailed:
        resolveDown(event.node, event);
        break;
    case EngineEventKind::Revive:
        resolveDown(event.node, event);
        m_noticed.erase(event.node);
        break;
    case EngineEventKind::Promote:          // other: the old primary
    case EngineEventKind::BinlogRecovery:   // other: the dead primary
    case EngineEventKind::Failover:         // other: the balancer taken over from
        resolveDown(event.other, event);
        break;
    default:
        break;
    }
}

std::vector<const CauseTrace *> CauseTracer::traces(std::uint64_t request) const
{
    std::vector<const CauseTrace *> found;
    if (const auto it = m_byRequest.find(request); it != m_byRequest.end())
        for (std::uint64_t seq : it->second)
            found.push_back(&m_traces[seq - m_firstSeq]);
    return found;
}

const CauseTrace *CauseTracer::trace(std::uint64_t request) const
{
    const CauseTrace *best = nullptr;
    auto rank = [](CauseKind k) {
        switch (k) {
        case CauseKind::Failure: return 3;
        case CauseKind::StaleReplica: return 2;
        case CauseKind::StaleCache: return 2;
        case CauseKind::CacheMiss: return 1;
        }
        return 0;
    };
    for (const CauseTrace *t : traces(request))
        if (!best || rank(t->cause.kind) >= rank(best->cause.kind))
            best = t;
    return best;
}

} // namespace scalelab
