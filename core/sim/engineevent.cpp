// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/engineevent.h"

#include <algorithm>
#include <charconv>

namespace scalelab {

namespace {
constexpr std::array<std::string_view, kEngineEventKindCount> kNames = {
#define SCALELAB_ENGINE_EVENT_NAME(id, name) std::string_view(name),
    SCALELAB_ENGINE_EVENT_KINDS(SCALELAB_ENGINE_EVENT_NAME)
#undef SCALELAB_ENGINE_EVENT_NAME
};
} // namespace

std::string_view engineEventName(EngineEventKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kNames.size() ? kNames[i] : std::string_view();
}

std::optional<EngineEventKind> engineEventKindNamed(std::string_view name)
{
    const auto it = std::find(kNames.begin(), kNames.end(), name);
    if (it == kNames.end())
        return std::nullopt;
    return static_cast<EngineEventKind>(it - kNames.begin());
}

std::array<EngineEventKind, kEngineEventKindCount> allEngineEventKinds()
{
    std::array<EngineEventKind, kEngineEventKindCount> kinds{};
    for (std::size_t i = 0; i < kinds.size(); ++i)
        kinds[i] = static_cast<EngineEventKind>(i);
    return kinds;
}

std::string_view EngineEvent::detailText(std::string_view detail, std::string_view name)
{
    for (std::size_t pos = 0; pos < detail.size();) {
        const std::size_t end = std::min(detail.find(' ', pos), detail.size());
        const std::string_view word = detail.substr(pos, end - pos);
        if (word.size() > name.size() && word.substr(0, name.size()) == name && word[name.size()] == '=')
            return word.substr(name.size() + 1);
        pos = end + 1;
    }
    return {};
}

std::optional<std::uint64_t> EngineEvent::detailNumber(std::string_view detail, std::string_view name)
{
    const std::string_view text = detailText(detail, name);
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

} // namespace scalelab
