// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload/clientworkload.h"

#include "base/hash.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

ClientWorkload::ClientWorkload(const NodeSpec &spec, std::uint64_t scenarioSeed)
    : m_id(spec.id)
    , m_meanGapUs(spec.rateRps > 0 ? 1e6 / spec.rateRps : 0.0)
    , m_users(static_cast<std::uint32_t>(spec.users))
    , m_mix(spec.mix)
    , m_random(scenarioSeed, spec.id.toStdString())
    , m_zipf(std::make_shared<const ZipfDistribution>(static_cast<std::uint32_t>(spec.keys), spec.zipfS))
    , m_rereadShare(spec.rereadOwnWrites)
    , m_rereadAfter(SimTime::fromMs(spec.rereadAfterMs))
    , m_rereadRandom(scenarioSeed, spec.id.toStdString() + "/reread")
{
    m_idHash = idHash(spec.id);
    // Same exponent: share the read table, so a file that spells write_zipf_s = zipf_s out
    // draws exactly what one without the key draws.
    if (spec.writeZipfS && *spec.writeZipfS != spec.zipfS)
        m_writeZipf = std::make_shared<const ZipfDistribution>(static_cast<std::uint32_t>(spec.keys), *spec.writeZipfS);
    else
        m_writeZipf = m_zipf;
    if (spec.userZipfS > 0)
        m_userActivity = std::make_shared<const ZipfDistribution>(m_users, spec.userZipfS);
}

ClientWorkload::ClientWorkload(const NodeSpec &spec, std::vector<TraceRequest> trace)
    : m_id(spec.id), m_trace(std::make_shared<const std::vector<TraceRequest>>(std::move(trace))), m_replay(true)
{
}

std::uint64_t ClientWorkload::idHash(const QString &clientsId)
{
    return RandomStream::deriveSeed(0, clientsId.toStdString());
}

std::uint32_t ClientWorkload::userIp(std::uint64_t clientsIdHash, std::uint32_t user)
{
    // splitmix-style mixing of (id hash, user): stable, and independent of the scenario seed.
    const std::uint64_t h = splitmix64Mix(clientsIdHash ^ (kSplitmixGamma * (user + 1ULL)));
    std::uint32_t low = static_cast<std::uint32_t>(h) & 0x00ffffffU;
    if ((low & 0xff) == 0 || (low & 0xff) == 255)
        low ^= 0x01;  // avoid network and broadcast-looking host parts
    return 0x0a000000U | low;
}

bool ClientWorkload::rereadsWrite()
{
    if (m_rereadShare <= 0.0)
        return false;
    if (m_rereadShare >= 1.0)
        return true;
    return m_rereadRandom.uniform() < m_rereadShare;
}

Op ClientWorkload::drawOp()
{
    const double u = m_random.uniform();
    if (u < m_mix.read)
        return Op::Read;
    if (u < m_mix.read + m_mix.write)
        return Op::Write;
    // Without jobs every other draw is static, rounding included, as before the key existed.
    if (m_mix.job <= 0.0 || u < m_mix.read + m_mix.write + m_mix.staticShare)
        return Op::Static;
    return Op::Job;
}

bool ClientWorkload::setRate(double rps, SimTime now)
{
    if (m_replay)
        return false;
    m_meanGapUs = rps > 0 ? 1e6 / rps : 0.0;
    m_clockUs = std::max(m_clockUs, static_cast<double>(now.us));
    return true;
}

std::optional<GeneratedRequest> ClientWorkload::next()
{
    if (m_replay) {
        if (m_traceNext >= m_trace->size())
            return std::nullopt;
        const TraceRequest &row = (*m_trace)[m_traceNext++];
        return GeneratedRequest{row.at, row.ip, row.ip, row.op, row.key};
    }
    if (m_meanGapUs <= 0.0)
        return std::nullopt;
    m_clockUs += m_random.exponential(m_meanGapUs);
    GeneratedRequest r;
    r.at = SimTime::fromUs(static_cast<std::int64_t>(std::llround(m_clockUs)));
    r.user = m_userActivity ? (*m_userActivity)(m_random) : static_cast<std::uint32_t>(m_random.below(m_users));
    r.ip = userIp(m_idHash, r.user);
    r.op = drawOp();
    // One uniform number per key either way: a file without write_zipf_s draws as before.
    r.key = r.op == Op::Write ? (*m_writeZipf)(m_random) : (*m_zipf)(m_random);
    return r;
}

} // namespace scalelab
