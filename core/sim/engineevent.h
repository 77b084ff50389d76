// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "base/request.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scalelab {

/// Every kind of state change the engine reports, with its name in the events CSV (a file
/// format: never rename one). One line per kind; scripts/dev/typed-events.py adds a line
/// here for a kind it finds at an `announce("new_kind", ...)` call site, before the end
/// marker. Order is free: the CSV writes names, never numbers.
#define SCALELAB_ENGINE_EVENT_KINDS(X)                                 \
    X(Kill, "kill")                                                    \
    X(Revive, "revive")                                                \
    X(Drain, "drain")                                                  \
    X(Undrain, "undrain")                                              \
    X(Set, "set")                                                      \
    X(PoolAdd, "pool_add")                                             \
    X(PoolRemove, "pool_remove")                                       \
    X(Partition, "partition")                                          \
    X(Heal, "heal")                                                    \
    X(HealthDown, "health_down")                                       \
    X(HealthUp, "health_up")                                           \
    X(Eject, "eject")                                                  \
    X(Uneject, "uneject")                                              \
    X(Failover, "failover")                                            \
    X(SessionLost, "session_lost")                                     \
    X(ConnectionsDropped, "connections_dropped")                       \
    X(Commit, "commit")                                                \
    X(ReplicateApply, "replicate_apply")                               \
    X(RelayLog, "relay_log")                                           \
    X(ReadYourWritesViolation, "read_your_writes_violation")           \
    X(CatchUp, "catch_up")                                             \
    X(Promote, "promote")                                              \
    X(PromoteFailed, "promote_failed")                                 \
    X(BinlogRecovery, "binlog_recovery")                               \
    X(BinlogReplayed, "binlog_replayed")                               \
    X(LostWrite, "lost_write")                                         \
    X(Rejoin, "rejoin")                                                \
    X(Conflict, "conflict")                                            \
    X(Resync, "resync")                                                \
    X(RingBypass, "ring_bypass")                                       \
    X(RingLostWrite, "ring_lost_write")                                \
    X(RingRepoint, "ring_repoint")                                     \
    X(ProvisionStart, "provision_start")                               \
    X(ProvisionDone, "provision_done")                                 \
    X(ProvisionReady, "provision_ready")                               \
    X(ProvisionFailed, "provision_failed")                             \
    X(Evict, "evict")                                                  \
    X(Expire, "expire")                                                \
    X(Invalidate, "invalidate")                                        \
    X(WriteBackLost, "write_back_lost")                                \
    X(AlertFiring, "alert_firing")                                     \
    X(AlertResolved, "alert_resolved")                                 \
    X(QueueFull, "queue_full")                                         \
    X(JobRedelivered, "job_redelivered")                               \
    X(ScaleOut, "scale_out")                                           \
    X(ScaleIn, "scale_in")                                             \
    X(ReshardStart, "reshard_start")                                   \
    X(ReshardDone, "reshard_done")                                     \
    X(ResizeStart, "resize_start")                                     \
    X(ResizeDone, "resize_done")                                       \
    X(DatacenterDown, "datacenter_down")                               \
    X(DatacenterUp, "datacenter_up")                                   \
    X(DnsAnswer, "dns_answer")                                         \
    /* typed-events.py: new kinds above this line */

/// A kind of engine event (see SCALELAB_ENGINE_EVENT_KINDS for the list and CSV names).
enum class EngineEventKind : std::uint8_t {
#define SCALELAB_ENGINE_EVENT_ENUM(id, name) id,
    SCALELAB_ENGINE_EVENT_KINDS(SCALELAB_ENGINE_EVENT_ENUM)
#undef SCALELAB_ENGINE_EVENT_ENUM
};

/// How many EngineEventKinds there are.
inline constexpr std::size_t kEngineEventKindCount = 0
#define SCALELAB_ENGINE_EVENT_COUNT(id, name) +1
    SCALELAB_ENGINE_EVENT_KINDS(SCALELAB_ENGINE_EVENT_COUNT)
#undef SCALELAB_ENGINE_EVENT_COUNT
    ;

/// The kind's name in the events CSV, the lesson files and the event log's filter: the one
/// place a kind becomes text.
std::string_view engineEventName(EngineEventKind kind);
/// The kind named `name` in the events CSV, if any.
std::optional<EngineEventKind> engineEventKindNamed(std::string_view name);
/// Every kind, in declaration order.
std::array<EngineEventKind, kEngineEventKindCount> allEngineEventKinds();

/// A state change, as written to the events CSV (`t_ms,event,node,detail`).
struct EngineEvent
{
    SimTime at;
    EngineEventKind kind = EngineEventKind::Kill;
    std::int32_t node = kNoNode;
    /// The CSV's detail column as the engine words it: `name=value` words ("lb=lb1
    /// failed_checks=3"), free text for a few kinds (partition, provision_failed, set).
    std::string detail;
    /// The other node the event is about, by index: the balancer of health_*, eject, uneject,
    /// pool_*; the old primary of promote; the node taken over from for binlog_recovery and
    /// failover. kNoNode for other kinds. The window reads it instead of the detail's id.
    std::int32_t other = kNoNode;

    /// The word after `name=` in the detail ("lb=lb1 failed_checks=3", "lb" -> "lb1"),
    /// empty when there is none.
    std::string_view text(std::string_view name) const { return detailText(detail, name); }
    /// The number after `name=` in the detail, if it is one.
    std::optional<std::uint64_t> number(std::string_view name) const { return detailNumber(detail, name); }

    static std::string_view detailText(std::string_view detail, std::string_view name);
    static std::optional<std::uint64_t> detailNumber(std::string_view detail, std::string_view name);

    bool operator==(const EngineEvent &) const = default;
};

} // namespace scalelab
