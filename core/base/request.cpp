// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/request.h"

#include <string>

namespace scalelab {

std::string_view opName(Op op)
{
    switch (op) {
    case Op::Read: return "read";
    case Op::Write: return "write";
    case Op::Static: return "static";
    case Op::Job: return "job";
    }
    return {};
}

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return "ok";
    case Outcome::Error: return "error";
    case Outcome::Timeout: return "timeout";
    case Outcome::Dropped: return "dropped";
    }
    return {};
}

std::string_view cacheResultName(CacheResult result)
{
    switch (result) {
    case CacheResult::None: return "";
    case CacheResult::Hit: return "hit";
    case CacheResult::Miss: return "miss";
    }
    return {};
}

std::string formatIp(std::uint32_t ip)
{
    return std::to_string(ip >> 24) + '.' + std::to_string((ip >> 16) & 0xff) + '.'
           + std::to_string((ip >> 8) & 0xff) + '.' + std::to_string(ip & 0xff);
}

} // namespace scalelab
