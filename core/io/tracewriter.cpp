// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tracewriter.h"

namespace scalelab {

std::string formatMs(SimTime t)
{
    const std::int64_t whole = t.us / 1000;
    std::int64_t frac = t.us % 1000;
    std::string s = std::to_string(whole);
    if (frac == 0)
        return s;
    char digits[4] = {char('0' + frac / 100), char('0' + frac / 10 % 10), char('0' + frac % 10), 0};
    int len = 3;
    while (len > 0 && digits[len - 1] == '0')
        digits[--len] = 0;
    return s + '.' + digits;
}

TraceWriter::TraceWriter(std::FILE *out, NodeName nodeName) : m_out(out), m_nodeName(std::move(nodeName))
{
    std::fputs(header(), m_out);
    std::fputc('\n', m_out);
}

TraceWriter::~TraceWriter()
{
    flush();
}

const char *TraceWriter::header()
{
    return "id,t_start_ms,t_end_ms,client_ip,op,key,server,cache,db,edge,edge_result,stale,outcome";
}

std::string TraceWriter::row(const RequestRecord &r, const NodeName &nodeName)
{
    std::string line;
    line.reserve(96);
    line += std::to_string(r.id);
    line += ',';
    line += formatMs(r.start);
    line += ',';
    line += formatMs(r.end);
    line += ',';
    line += formatIp(r.clientIp);
    line += ',';
    line += opName(r.op);
    line += ',';
    line += std::to_string(r.key);
    line += ',';
    line += nodeName(r.server);
    line += ',';
    line += cacheResultName(r.cache);
    line += ',';
    line += nodeName(r.db);
    line += ',';
    line += nodeName(r.edge);
    line += ',';
    line += cacheResultName(r.edgeResult);
    line += ',';
    if (r.op == Op::Read && r.outcome == Outcome::Ok)  // a read that returned nothing was not stale either
        line += r.stale ? '1' : '0';
    line += ',';
    line += outcomeName(r.outcome);
    return line;
}

void TraceWriter::requestStarted(const RequestRecord &r)
{
    // Ids start at 1 and grow by one, so a slot per id in flight suffices.
    while (m_firstPending + m_pending.size() <= r.id)
        m_pending.emplace_back();
}

void TraceWriter::requestFinished(const RequestRecord &r)
{
    const std::size_t index = r.id - m_firstPending;
    m_pending[index] = r;
    while (!m_pending.empty() && m_pending.front()) {
        const std::string line = row(*m_pending.front(), m_nodeName);
        std::fwrite(line.data(), 1, line.size(), m_out);
        std::fputc('\n', m_out);
        m_pending.pop_front();
        ++m_firstPending;
    }
}

void TraceWriter::flush()
{
    std::fflush(m_out);
}

EventWriter::EventWriter(std::FILE *out, TraceWriter::NodeName nodeName) : m_out(out), m_nodeName(std::move(nodeName))
{
    std::fputs("t_ms,event,node,detail\n", m_out);
}

void EventWriter::engineEvent(const EngineEvent &e)
{
    std::string line = formatMs(e.at);
    line += ',';
    line += engineEventName(e.kind);
    line += ',';
    line += m_nodeName(e.node);
    line += ',';
    line += e.detail;
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), m_out);
}

} // namespace scalelab
