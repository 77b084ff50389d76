// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cause tracing (issue #7): why a request was marked stale, missed a cache or failed. The
// engine fills a RequestCause at the moment it happens, and only for an observer whose
// wantsCauses() is true, so a headless run pays nothing.

#include "base/request.h"

#include <cstdint>

namespace scalelab {

enum class CauseKind : std::uint8_t {
    StaleReplica, ///< a replica answered a read without a write its primary had committed
    StaleCache,   ///< a cache answered with a value older than the newest committed write
    CacheMiss,    ///< the cache did not hold the key
    Failure,      ///< the request ended in an error, a timeout or a drop
};

/// Why a cache did not hold a key.
enum class MissReason : std::uint8_t {
    Cold,        ///< never cached there since the run (or the recording) began
    Restarted,   ///< the cache was killed since its last fill: it came back empty
    Evicted,     ///< pushed out to make room (removedAt)
    Expired,     ///< its TTL ran out (removedAt = fill + TTL)
    Invalidated, ///< deleted by a write's invalidation (removedAt, removedBy)
};

/// Why a request failed.
enum class FailureReason : std::uint8_t {
    NodeDown,      ///< the node it reached was dead, or was killed while it served it (since)
    Partitioned,   ///< a link on its path was cut (node <-> peer, since): the client waited out its timeout
    QueueFull,     ///< every worker busy and the queue full: dropped
    ClientTimeout, ///< the answer took longer than the client waits
    NoRoute,       ///< nowhere to send it: no server in the pool eligible, no primary linked...
};

/// What the engine knew about one marked request when it happened. Times it cannot know yet
/// (when the replica applies the missing write, when a health check notices the dead
/// server) come later as events; CauseTracer joins them.
struct RequestCause
{
    std::uint64_t request = 0;
    CauseKind kind = CauseKind::Failure;
    SimTime at;                     ///< the read, the lookup or the failure
    std::int32_t node = kNoNode;    ///< the replica, the cache, or the node that failed it
    std::uint32_t key = 0;

    // StaleReplica, StaleCache
    std::uint64_t heldVersion = 0;  ///< the write id the node answered with (0: none)
    std::uint64_t missingWrite = 0; ///< the newest committed write of the key
    SimTime committedAt;            ///< ... committed then
    std::int32_t origin = kNoNode;  ///< ... on this node (the primary or a master)

    // CacheMiss (and StaleCache: filledAt is the stale value's fill)
    MissReason miss = MissReason::Cold;
    SimTime filledAt{-1};           ///< the last fill of the key there; -1: unknown
    SimTime removedAt{-1};          ///< evicted, expired, invalidated or the cache killed then
    std::uint64_t removedBy = 0;    ///< Invalidated: the write whose invalidation deleted it
    /// StaleCache: the fill raced this write: a read loaded the old value before the write,
    /// the write's invalidation reached the cache, then the read's fill stored the old value.
    std::uint64_t racedWrite = 0;

    // Failure
    Outcome outcome = Outcome::Error;
    FailureReason failure = FailureReason::NodeDown;
    SimTime since{-1};              ///< NodeDown: killed at; Partitioned: cut at
    std::int32_t peer = kNoNode;    ///< Partitioned: the other end of the cut link
};

std::string_view causeKindName(CauseKind kind);
std::string_view missReasonName(MissReason reason);
std::string_view failureReasonName(FailureReason reason);

} // namespace scalelab
