// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <cstdint>
#include <string_view>

namespace scalelab {

enum class Op : std::uint8_t { Read, Write, Static, Job };
enum class Outcome : std::uint8_t { Ok, Error, Timeout, Dropped };
enum class CacheResult : std::uint8_t { None, Hit, Miss };

std::string_view opName(Op op);
std::string_view outcomeName(Outcome outcome);
std::string_view cacheResultName(CacheResult result);

constexpr int kNoNode = -1;

/// Everything the trace records about one request. Lives in the engine's pool while the
/// request is in flight; handed to observers once it ends.
struct RequestRecord
{
    std::uint64_t id = 0;
    SimTime start;
    SimTime end;
    std::uint32_t clientIp = 0;
    std::uint32_t user = 0;            ///< index of the user within its clients node
    std::uint32_t key = 0;
    std::int32_t clientsNode = kNoNode;
    std::int32_t server = kNoNode;     ///< web server that handled it
    std::int32_t cacheNode = kNoNode;
    std::int32_t db = kNoNode;
    std::int32_t edge = kNoNode;
    Op op = Op::Read;
    CacheResult cache = CacheResult::None;
    CacheResult edgeResult = CacheResult::None;
    bool stale = false;
    /// The write id a write committed, or the version a read got back (0: none, or not
    /// known): what a per-client view needs to show read-your-writes and monotonic reads.
    std::uint64_t version = 0;
    Outcome outcome = Outcome::Ok;
    /// Where an error or drop happened, for the GUI and the event log.
    std::int32_t failedAt = kNoNode;
};

/// "10.0.3.7"
std::string formatIp(std::uint32_t ip);

} // namespace scalelab
