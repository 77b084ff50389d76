// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/causes.h"
#include "sim/engineevent.h"
#include "base/request.h"

#include <string>

namespace scalelab {

/// A request crossing a link: the canvas places a dot at (now - departs) / (arrives - departs).
struct Hop
{
    std::uint64_t request = 0;
    std::int32_t from = kNoNode;
    std::int32_t to = kNoNode;
    SimTime departs;
    SimTime arrives;
    Op op = Op::Read;
    bool response = false;   ///< travelling back towards the client
};

/// How the engine tells the outside world what happens. Plain virtual calls, made only
/// when an observer is attached: a headless run pays nothing. Implementations must not
/// call back into the simulation from these functions.
class SimulationObserver
{
public:
    virtual ~SimulationObserver() = default;
    virtual void requestStarted(const RequestRecord &) {}
    virtual void hop(const Hop &) {}
    virtual void requestFinished(const RequestRecord &) {}
    virtual void engineEvent(const EngineEvent &) {}
    /// Whether the engine should work out why requests go wrong (requestCause). Asked when
    /// the observer is set: only then does the engine keep the history it needs.
    virtual bool wantsCauses() const { return false; }
    /// Why a request was just marked stale, missed a cache or failed (see causes.h).
    virtual void requestCause(const RequestCause &) {}
};

} // namespace scalelab
