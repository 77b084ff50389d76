// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/clientviewrecorder.h"

#include "eventlog/clientviewmodel.h"

#include <algorithm>
#include <map>

namespace scalelab {

void ClientViewRecorder::requestFinished(const RequestRecord &request)
{
    // The client view is about what a user did with the data: written, read back, handed
    // over as a job. A static file says nothing about that.
    if (request.op == Op::Static)
        return;
    m_requests.push_back(request);
    if (m_requests.size() > m_capacity)
        m_requests.pop_front();
}

void ClientViewRecorder::forgetAfter(SimTime t)
{
    while (!m_requests.empty() && m_requests.back().end > t)
        m_requests.pop_back();
}

std::vector<RequestRecord> ClientViewRecorder::requestsOf(int clientsNode, std::uint32_t user) const
{
    std::vector<RequestRecord> found;
    for (const RequestRecord &r : m_requests)
        if (r.clientsNode == clientsNode && r.user == user && shown(r))
            found.push_back(r);
    return found;
}

std::vector<std::uint32_t> ClientViewRecorder::activeUsers(int clientsNode, std::size_t minimum, std::size_t limit) const
{
    std::map<std::uint32_t, std::size_t> counts;
    for (const RequestRecord &r : m_requests)
        if (r.clientsNode == clientsNode && shown(r))
            ++counts[r.user];
    std::vector<std::pair<std::size_t, std::uint32_t>> ranked;
    for (const auto &[user, count] : counts)
        if (count >= minimum)
            ranked.emplace_back(count, user);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<std::uint32_t> users;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i)
        users.push_back(ranked[i].second);
    return users;
}

std::vector<std::uint32_t> ClientViewRecorder::usersWithViolations(int clientsNode, std::size_t limit) const
{
    std::map<std::uint32_t, std::vector<RequestRecord>> byUser;
    for (const RequestRecord &r : m_requests)
        if (r.clientsNode == clientsNode && shown(r))
            byUser[r.user].push_back(r);
    std::vector<std::uint32_t> users;
    for (auto &[user, requests] : byUser) {
        const auto rows = ClientViewModel::analyse(std::move(requests));
        if (std::any_of(rows.begin(), rows.end(), [](const ClientViewModel::Row &r) { return r.violation != ClientViewModel::Violation::None; }))
            users.push_back(user);
        if (users.size() >= limit)
            break;
    }
    return users;
}

} // namespace scalelab
