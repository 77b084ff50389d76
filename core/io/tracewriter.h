// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <cstdio>
#include <deque>
#include <functional>
#include <optional>
#include <string>

namespace scalelab {

/// Writes the trace CSV of DESIGN.md: one row per finished request, in id order. Requests
/// finish out of order, so finished rows wait in a buffer that holds only requests in flight.
class TraceWriter final : public SimulationObserver
{
public:
    using NodeName = std::function<const std::string &(int)>;

    TraceWriter(std::FILE *out, NodeName nodeName);
    ~TraceWriter() override;

    static const char *header();
    /// One CSV row (without the newline) for a finished request.
    static std::string row(const RequestRecord &r, const NodeName &nodeName);

    void requestStarted(const RequestRecord &r) override;
    void requestFinished(const RequestRecord &r) override;
    void flush();

private:
    std::FILE *m_out;
    NodeName m_nodeName;
    std::uint64_t m_firstPending = 1;   ///< id of m_pending.front()
    std::deque<std::optional<RequestRecord>> m_pending;
};

/// Writes the events CSV: `t_ms,event,node,detail`.
class EventWriter final : public SimulationObserver
{
public:
    EventWriter(std::FILE *out, TraceWriter::NodeName nodeName);
    void engineEvent(const EngineEvent &e) override;

private:
    std::FILE *m_out;
    TraceWriter::NodeName m_nodeName;
};

/// Forwards every call to several observers (trace and events at once).
class ObserverFanOut final : public SimulationObserver
{
public:
    void add(SimulationObserver *o) { if (o) m_observers.push_back(o); }
    bool empty() const { return m_observers.empty(); }
    void requestStarted(const RequestRecord &r) override { for (auto *o : m_observers) o->requestStarted(r); }
    void hop(const Hop &h) override { for (auto *o : m_observers) o->hop(h); }
    void requestFinished(const RequestRecord &r) override { for (auto *o : m_observers) o->requestFinished(r); }
    void engineEvent(const EngineEvent &e) override { for (auto *o : m_observers) o->engineEvent(e); }
    bool wantsCauses() const override
    {
        for (auto *o : m_observers)
            if (o->wantsCauses())
                return true;
        return false;
    }
    void requestCause(const RequestCause &c) override { for (auto *o : m_observers) o->requestCause(c); }

private:
    std::vector<SimulationObserver *> m_observers;
};

/// Milliseconds with up to three decimals and no trailing zeros: 12, 12.5, 12.345.
std::string formatMs(SimTime t);

} // namespace scalelab
