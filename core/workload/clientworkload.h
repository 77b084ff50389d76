// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"
#include "base/randomstream.h"
#include "base/request.h"
#include "workload/tracerequest.h"
#include "workload/zipfdistribution.h"

#include <memory>
#include <optional>
#include <vector>

namespace scalelab {

/// The next request a clients node sends.
struct GeneratedRequest
{
    SimTime at;
    std::uint32_t user = 0;
    std::uint32_t ip = 0;
    Op op = Op::Read;
    std::uint32_t key = 0;
};

/// What one clients node sends: Poisson arrivals at `rate_rps` from `users` users with
/// stable IPs, the op mix and Zipf-popular keys (writes may have their own popularity), and
/// users who read back what they just wrote; or, with a trace, exactly the trace's rows.
class ClientWorkload
{
public:
    /// Synthetic workload.
    ClientWorkload(const NodeSpec &spec, std::uint64_t scenarioSeed);
    /// Trace replay.
    ClientWorkload(const NodeSpec &spec, std::vector<TraceRequest> trace);

    /// The next request, or nothing when the workload is exhausted (trace end, zero rate).
    std::optional<GeneratedRequest> next();
    /// A runtime `set` of rate_rps at `now`: gaps drawn from now on have the new mean (the
    /// arrival already drawn keeps its time; after a rate of 0 the arrivals start at now).
    /// False for a trace, whose times are the trace's.
    bool setRate(double rps, SimTime now);

    /// Whether the user of a write that just succeeded reads its key back (`reread_own_writes`).
    /// Draws from a stream of its own, and only when the share is strictly between 0 and 1:
    /// the requests next() draws are the same with or without the key.
    bool rereadsWrite();
    /// How long after the write's answer the read back is sent (`reread_after_ms`).
    SimTime rereadAfter() const { return m_rereadAfter; }

    /// A user's address: 10.x.y.z, stable for the node id and user index, spread over
    /// many /24 networks so that nginx-style ip_hash sees distinct clients.
    static std::uint32_t userIp(std::uint64_t clientsIdHash, std::uint32_t user);
    static std::uint64_t idHash(const QString &clientsId);

private:
    Op drawOp();

    QString m_id;
    double m_meanGapUs = 0.0;
    std::uint32_t m_users = 1;
    OpMix m_mix;
    RandomStream m_random;
    // The tables and the trace never change once built: copies of the workload (engine
    // snapshots) share them instead of copying millions of entries.
    std::shared_ptr<const ZipfDistribution> m_zipf;
    std::shared_ptr<const ZipfDistribution> m_writeZipf;  ///< write_zipf_s; the same table as m_zipf when unset
    std::shared_ptr<const ZipfDistribution> m_userActivity;  ///< set when some users are busier than others
    std::uint64_t m_idHash = 0;
    double m_clockUs = 0.0;  ///< kept in double so rounding never drifts the rate

    double m_rereadShare = 0.0;
    SimTime m_rereadAfter;
    RandomStream m_rereadRandom;

    std::shared_ptr<const std::vector<TraceRequest>> m_trace;
    std::size_t m_traceNext = 0;
    bool m_replay = false;
};

} // namespace scalelab
