// SPDX-License-Identifier: GPL-3.0-or-later
#include "replication/ledger.h"

#include <algorithm>

namespace scalelab {

void Ledger::apply(std::uint32_t key, std::uint64_t writeId, std::int64_t commitUs)
{
    Entry &e = m_versions[key];
    if (writeId >= e.version)
        e = Entry{writeId, commitUs};
    m_lastApplied = std::max(m_lastApplied, writeId);
    ++m_appliedCount;
}

void Ledger::set(std::uint32_t key, std::uint64_t writeId, std::int64_t commitUs)
{
    m_versions[key] = Entry{writeId, commitUs};
    m_lastApplied = std::max(m_lastApplied, writeId);
    ++m_appliedCount;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> Ledger::rows() const
{
    std::vector<std::pair<std::uint32_t, std::uint64_t>> out;
    out.reserve(m_versions.size());
    for (const auto &[key, entry] : m_versions)
        out.emplace_back(key, entry.version);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace scalelab
