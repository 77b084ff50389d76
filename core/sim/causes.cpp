// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/causes.h"

namespace scalelab {

std::string_view causeKindName(CauseKind kind)
{
    switch (kind) {
    case CauseKind::StaleReplica: return "stale_read";
    case CauseKind::StaleCache: return "stale_cache_hit";
    case CauseKind::CacheMiss: return "cache_miss";
    case CauseKind::Failure: return "failure";
    }
    return {};
}

std::string_view missReasonName(MissReason reason)
{
    switch (reason) {
    case MissReason::Cold: return "cold";
    case MissReason::Restarted: return "restarted";
    case MissReason::Evicted: return "evicted";
    case MissReason::Expired: return "expired";
    case MissReason::Invalidated: return "invalidated";
    }
    return {};
}

std::string_view failureReasonName(FailureReason reason)
{
    switch (reason) {
    case FailureReason::NodeDown: return "node_down";
    case FailureReason::Partitioned: return "partitioned";
    case FailureReason::QueueFull: return "queue_full";
    case FailureReason::ClientTimeout: return "client_timeout";
    case FailureReason::NoRoute: return "no_route";
    }
    return {};
}

} // namespace scalelab
