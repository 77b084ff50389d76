// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <vector>

namespace scalelab {

/// The controller's observers, in two groups, behind one engine observer.
///
/// History observers (event log, chart markers, client view, cause tracer) keep the run's
/// past and are told each moment once: when the timeline goes back and the run plays ground
/// they have already seen, it is withheld from them (they show what they kept, up to now).
/// Live observers (the moving dots, the status bar's news) see whatever the run does now.
/// Live observers are muted while the engine catches up to a moment the user jumped to.
class TimelineObservers final : public SimulationObserver
{
public:
    void addHistory(SimulationObserver *o) { if (o) m_history.push_back(o); }
    void addLive(SimulationObserver *o) { if (o) m_live.push_back(o); }

    /// History observers have been told everything up to and including `t`.
    void setSeenUntil(SimTime t) { m_seenUntil = t; }
    SimTime seenUntil() const { return m_seenUntil; }
    void setLiveMuted(bool muted) { m_liveMuted = muted; }
    bool liveMuted() const { return m_liveMuted; }

    void requestStarted(const RequestRecord &r) override
    {
        if (!m_liveMuted)
            for (auto *o : m_live) o->requestStarted(r);
        if (r.start > m_seenUntil)
            for (auto *o : m_history) o->requestStarted(r);
    }
    void hop(const Hop &h) override
    {
        if (!m_liveMuted)
            for (auto *o : m_live) o->hop(h);
        if (h.departs > m_seenUntil)
            for (auto *o : m_history) o->hop(h);
    }
    void requestFinished(const RequestRecord &r) override
    {
        if (!m_liveMuted)
            for (auto *o : m_live) o->requestFinished(r);
        if (r.end > m_seenUntil)
            for (auto *o : m_history) o->requestFinished(r);
    }
    void engineEvent(const EngineEvent &e) override
    {
        if (!m_liveMuted)
            for (auto *o : m_live) o->engineEvent(e);
        if (e.at > m_seenUntil)
            for (auto *o : m_history) o->engineEvent(e);
    }
    bool wantsCauses() const override
    {
        for (auto *o : m_history)
            if (o->wantsCauses())
                return true;
        for (auto *o : m_live)
            if (o->wantsCauses())
                return true;
        return false;
    }
    void requestCause(const RequestCause &c) override
    {
        if (!m_liveMuted)
            for (auto *o : m_live) o->requestCause(c);
        if (c.at > m_seenUntil)
            for (auto *o : m_history) o->requestCause(c);
    }

private:
    std::vector<SimulationObserver *> m_history;
    std::vector<SimulationObserver *> m_live;
    SimTime m_seenUntil{-1};
    bool m_liveMuted = false;
};

} // namespace scalelab
