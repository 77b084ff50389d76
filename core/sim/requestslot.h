// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/replicationstate.h"
#include "base/request.h"

namespace scalelab {

// Where a request is. Kills look at it to decide what the request experiences.
enum class Stage : std::uint8_t { InTransit, WebQueued, WebService, BackendQueued, BackendService, Returning };

inline constexpr std::uint32_t kNoFanOut = UINT32_MAX;

/// A request in flight: its trace record plus what the engine needs to route it.
struct RequestSlot
{
    RequestRecord rec;
    SimTime returnLatency;        ///< link latency from the web server back to the client
    SimTime clientTimeout;
    SimTime ackDelay;             ///< extra wait before the database's answer (semi-sync timeout)
    PeerWrite peerWrite;          ///< multi-master write waiting for certification
    std::int32_t target = kNoNode;   ///< node the request travels to (InTransit)
    std::int32_t lb = kNoNode;
    std::int32_t poolIndex = -1;
    std::int32_t backend = kNoNode;
    std::int32_t backendLink = -1;
    std::uint32_t webEpoch = 0;
    std::uint32_t backendEpoch = 0;
    Outcome pendingOutcome = Outcome::Ok;  ///< outcome carried back to the web server
    std::int32_t pendingFailedAt = kNoNode;
    Stage stage = Stage::InTransit;
    bool holdsWebWorker = false;
    bool sessionCall = false;     ///< the backend call under way fetches the session
    bool cacheCall = false;       ///< the backend call under way asks a cache
    bool fillCache = false;       ///< a cache missed: fill it with what the database returns
    bool leaseWait = false;       ///< the cache told it another request is loading the key: retry
    // The fan-out fields sit in what was padding: every request's slot is reset on reuse, so
    // its size is on the hot path.
    bool fanOutLost = false;          ///< a fan-out read: one call vanished on a cut link
    std::uint16_t fanOutPending = 0;  ///< a fan-out read: shards that have not answered yet
    std::uint64_t leaseToken = 0; ///< the lease this request fills the cache with
    std::int32_t cacheLink = -1;  ///< the cache this read asked (and fills after a miss)
    /// A fan-out read's call to one shard: the read's own slot, else kNoFanOut. Such a slot is
    /// no request: it never finishes; its answer joins the read's (Simulation::fanOutAnswered).
    std::uint32_t fanOutParent = kNoFanOut;
    std::uint64_t readVersion = 0;   ///< the version the database returned for a read
    std::uint64_t writeId = 0;       ///< the write id a database committed for this request
    bool loadWait = false;        ///< parked at a read_through cache until its load of the key is back
    bool throughAnswer = false;   ///< a read_through cache answered with its own load: the web server calls no database
    bool writeBack = false;       ///< a write sent to a write_back cache (which acknowledges it and flushes it later)
    /// A cache's own call to its database (a read_through load, op Read; a write_back flush,
    /// op Write): the cache, else kNoNode. Such a slot is no request: it never finishes.
    std::int32_t loadCache = kNoNode;
    std::uint32_t loadEpoch = 0;  ///< the cache's epoch when it made the call
    bool finished = false;
    bool inUse = false;
};

} // namespace scalelab
