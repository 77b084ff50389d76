#include "replication/ledger.h"

#include <algorithm>

namespace scalelab {

void Ledger::apply(std::uint32_t key, std::uint64_t writeId)
{
    std::uint64_t &v = m_versions[key];
    v = std::max(v, writeId);
    m_lastApplied = std::max(m_lastApplied, writeId);
    ++m_appliedCount;
}

void Ledger::set(std::uint32_t key, std::uint64_t writeId)
{
    m_versions[key] = writeId;
    m_lastApplied = std::max(m_lastApplied, writeId);
    ++m_appliedCount;
}

std::vector<std::pair<std::uint32_t, std::uint64_t>> Ledger::rows() const
{
    std::vector<std::pair<std::uint32_t, std::uint64_t>> out(m_versions.begin(), m_versions.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace scalelab
