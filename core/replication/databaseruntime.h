// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replication/ledger.h"
#include "base/simtime.h"

#include <cstdint>
#include <deque>

namespace scalelab {

enum class DatabaseRole { None, Primary, Replica, Master };
/// Where a database stands in being provisioned (a spare replica declared "provisioned": false).
enum class Provisioning : std::uint8_t {
    Ready,      ///< has its data: serves as its role says (every database of older files)
    Absent,     ///< no data yet: takes no reads, no writes, no binlog
    Copying,    ///< a snapshot of a live copy is on its way to it
    CatchingUp, ///< has the snapshot, replays the binlog from the snapshot's position; no reads yet
};

/// A database node's replication runtime: its data, its role and where it stands in being
/// copied and fed. Kept by the Replication component, one per node index (left default for
/// nodes that are not databases).
struct DatabaseRuntime
{
    DatabaseRole role = DatabaseRole::None;  ///< what it does now (promotion changes it)
    SimTime roleSince;                   ///< ... since then (the promotion; 0: the file's role)
    Ledger ledger;                       ///< its data
    bool needsRejoin = false;            ///< a demoted primary: takes the new primary's data when it returns
    Provisioning provisioning = Provisioning::Ready;
    int copyFrom = -1;                   ///< being copied: its source
    int replacing = -1;                  ///< ... and the dead database it replaces (automatic replacement), if any
    SimTime copyStartedAt;               ///< ... when the snapshot was taken
    SimTime copyDoneAt;                  ///< ... when the copy ends
    std::uint32_t catchUpInFlight = 0;   ///< catching up: binlog replays on their way to it
    SimTime replaceDueAt{-1};            ///< auto_replace: when a spare is due to replace it
    SimTime lastShipAt;                  ///< arrival time of the last write shipped to it
    std::deque<std::uint64_t> relayLog;  ///< replica: writes received, not applied yet (apply_delay_ms)
};

} // namespace scalelab
