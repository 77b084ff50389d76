// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/cachestore.h"

#include <algorithm>

namespace scalelab {

CacheStore::CacheStore(EvictionPolicy policy, std::uint64_t capacity, SimTime ttl)
    : m_policy(policy), m_capacity(capacity), m_ttl(ttl)
{
}

bool CacheStore::isExpired(const Node &n, SimTime now) const
{
    // Subtract rather than add so that kNoTtl (INT64_MAX) cannot overflow.
    return now.us - n.entry.filledAt.us >= m_ttl.us;
}

CacheChange CacheStore::change(bool applied) const
{
    return CacheChange{applied, m_evicted, m_expired};
}

CacheChange CacheStore::setCapacity(std::uint64_t capacity)
{
    m_evicted.clear();
    m_expired.clear();
    m_capacity = capacity;
    while (m_bytes > m_capacity)
        evictOne();
    return change(true);
}

CacheLookup CacheStore::lookup(std::uint32_t key, SimTime now)
{
    const std::uint32_t idx = m_index.find(key);
    if (idx == KeyIndex::kNone)
        return {};
    const Node &n = m_nodes[idx];
    if (isExpired(n, now)) {
        remove(idx);
        return {CacheLookupResult::Expired, 0};
    }
    touchOnUse(idx);
    return {CacheLookupResult::Hit, n.entry.version};
}

CacheChange CacheStore::fill(std::uint32_t key, std::uint64_t version, std::uint64_t size, SimTime now)
{
    m_evicted.clear();
    m_expired.clear();
    purgeInto(now);
    std::uint32_t idx = m_index.find(key);
    if (size > m_capacity) {
        if (idx != KeyIndex::kNone)
            remove(idx);  // it holds an older version than the one we could not store
        return change(false);
    }
    if (idx == KeyIndex::kNone || m_nodes[idx].entry.size < size) {
        // cachetools counts a growing entry's old size as well, so the key itself may go.
        while (m_bytes + size > m_capacity) {
            const std::uint32_t v = victim();
            if (v == idx)
                idx = KeyIndex::kNone;
            m_evicted.push_back(m_nodes[v].entry.key);
            remove(v);
        }
    }
    if (idx != KeyIndex::kNone) {
        Node &n = m_nodes[idx];
        m_bytes = m_bytes - n.entry.size + size;
        n.entry.size = size;
        refill(idx, version, now);
        return change(true);
    }
    idx = allocate();
    Node &n = m_nodes[idx];
    n.entry = CacheEntry{key, version, size, now, 1};
    n.seq = m_nextSeq++;
    if (m_policy == EvictionPolicy::Lfu)
        heapPush(idx);
    else
        pushBack(m_order, &Node::order, idx);
    pushBack(m_byFill, &Node::byFill, idx);
    m_index.insert(key, idx);
    m_bytes += size;
    return change(true);
}

CacheChange CacheStore::update(std::uint32_t key, std::uint64_t version, SimTime now)
{
    m_evicted.clear();
    m_expired.clear();
    const std::uint32_t idx = m_index.find(key);
    // cachetools' write-through is `if key in cache: cache[key] = v`; the membership test
    // comes first, so an absent or expired key purges nothing.
    if (idx == KeyIndex::kNone || isExpired(m_nodes[idx], now))
        return change(false);
    purgeInto(now);
    refill(idx, version, now);
    return change(true);
}

bool CacheStore::relabel(std::uint32_t key, std::uint64_t version)
{
    const std::uint32_t idx = m_index.find(key);
    if (idx == KeyIndex::kNone)
        return false;
    m_nodes[idx].entry.version = version;
    return true;
}

bool CacheStore::erase(std::uint32_t key)
{
    const std::uint32_t idx = m_index.find(key);
    if (idx == KeyIndex::kNone)
        return false;
    remove(idx);
    return true;
}

void CacheStore::clear()
{
    m_nodes.clear();
    m_free = kNil;
    m_index.clear();
    m_order = List{};
    m_byFill = List{};
    m_heap.clear();
    m_bytes = 0;
    m_evicted.clear();
    m_expired.clear();
}

CacheChange CacheStore::purgeExpired(SimTime now)
{
    m_evicted.clear();
    m_expired.clear();
    purgeInto(now);
    return change(true);
}

const CacheEntry *CacheStore::peek(std::uint32_t key) const
{
    const std::uint32_t idx = m_index.find(key);
    return idx == KeyIndex::kNone ? nullptr : &m_nodes[idx].entry;
}

std::vector<CacheEntry> CacheStore::entries() const
{
    std::vector<CacheEntry> out;
    out.reserve(size());
    if (m_policy == EvictionPolicy::Lfu) {
        std::vector<std::uint32_t> order = m_heap;
        std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) { return heapLess(a, b); });
        for (std::uint32_t idx : order)
            out.push_back(m_nodes[idx].entry);
    } else {
        for (std::uint32_t idx = m_order.head; idx != kNil; idx = m_nodes[idx].order.next)
            out.push_back(m_nodes[idx].entry);
    }
    return out;
}

// --- internals -------------------------------------------------------------------------

void CacheStore::purgeInto(SimTime now)
{
    // The fill queue is in fill-time order and the TTL is uniform, so expired entries
    // are exactly a prefix of it: amortised O(1), as in TTLCache.expire().
    while (m_byFill.head != kNil && isExpired(m_nodes[m_byFill.head], now)) {
        m_expired.push_back(m_nodes[m_byFill.head].entry.key);
        remove(m_byFill.head);
    }
}

std::uint32_t CacheStore::allocate()
{
    if (m_free != kNil) {
        const std::uint32_t idx = m_free;
        m_free = m_nodes[idx].order.next;
        m_nodes[idx] = Node{};
        return idx;
    }
    m_nodes.emplace_back();
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

void CacheStore::remove(std::uint32_t idx)
{
    Node &n = m_nodes[idx];
    m_index.erase(n.entry.key);
    m_bytes -= n.entry.size;
    if (m_policy == EvictionPolicy::Lfu)
        heapRemove(idx);
    else
        unlink(m_order, &Node::order, idx);
    unlink(m_byFill, &Node::byFill, idx);
    n.order.next = m_free;
    m_free = idx;
}

std::uint32_t CacheStore::victim() const
{
    return m_policy == EvictionPolicy::Lfu ? m_heap.front() : m_order.head;
}

void CacheStore::evictOne()
{
    const std::uint32_t v = victim();
    m_evicted.push_back(m_nodes[v].entry.key);
    remove(v);
}

void CacheStore::touchOnUse(std::uint32_t idx)
{
    Node &n = m_nodes[idx];
    ++n.entry.uses;
    switch (m_policy) {
    case EvictionPolicy::Lru:
        unlink(m_order, &Node::order, idx);
        pushBack(m_order, &Node::order, idx);
        break;
    case EvictionPolicy::Lfu:
        siftDown(n.heapPos);
        break;
    case EvictionPolicy::Fifo:
        break;  // a FIFO queue ignores hits
    }
}

void CacheStore::refill(std::uint32_t idx, std::uint64_t version, SimTime now)
{
    Node &n = m_nodes[idx];
    n.entry.version = version;
    n.entry.filledAt = now;
    ++n.entry.uses;
    if (m_policy == EvictionPolicy::Lfu) {
        siftDown(n.heapPos);  // one more use; the tie position (seq) is kept
    } else {
        // cachetools moves a re-set key to the end for LRU and for FIFO alike.
        unlink(m_order, &Node::order, idx);
        pushBack(m_order, &Node::order, idx);
    }
    unlink(m_byFill, &Node::byFill, idx);
    pushBack(m_byFill, &Node::byFill, idx);
}

void CacheStore::pushBack(List &list, Links Node::*links, std::uint32_t idx)
{
    Links &l = m_nodes[idx].*links;
    l.prev = list.tail;
    l.next = kNil;
    if (list.tail != kNil)
        (m_nodes[list.tail].*links).next = idx;
    else
        list.head = idx;
    list.tail = idx;
}

void CacheStore::unlink(List &list, Links Node::*links, std::uint32_t idx)
{
    Links &l = m_nodes[idx].*links;
    if (l.prev != kNil)
        (m_nodes[l.prev].*links).next = l.next;
    else
        list.head = l.next;
    if (l.next != kNil)
        (m_nodes[l.next].*links).prev = l.prev;
    else
        list.tail = l.prev;
    l = Links{};
}

bool CacheStore::heapLess(std::uint32_t a, std::uint32_t b) const
{
    const Node &x = m_nodes[a];
    const Node &y = m_nodes[b];
    if (x.entry.uses != y.entry.uses)
        return x.entry.uses < y.entry.uses;
    return x.seq < y.seq;
}

void CacheStore::heapSet(std::size_t pos, std::uint32_t idx)
{
    m_heap[pos] = idx;
    m_nodes[idx].heapPos = static_cast<std::uint32_t>(pos);
}

void CacheStore::heapPush(std::uint32_t idx)
{
    m_heap.push_back(idx);
    m_nodes[idx].heapPos = static_cast<std::uint32_t>(m_heap.size() - 1);
    siftUp(m_heap.size() - 1);
}

void CacheStore::heapRemove(std::uint32_t idx)
{
    const std::size_t pos = m_nodes[idx].heapPos;
    const std::uint32_t last = m_heap.back();
    m_heap.pop_back();
    m_nodes[idx].heapPos = kNil;
    if (pos < m_heap.size()) {
        heapSet(pos, last);
        siftUp(pos);
        siftDown(m_nodes[last].heapPos);
    }
}

void CacheStore::siftUp(std::size_t pos)
{
    const std::uint32_t idx = m_heap[pos];
    while (pos > 0) {
        const std::size_t parent = (pos - 1) / 2;
        if (!heapLess(idx, m_heap[parent]))
            break;
        heapSet(pos, m_heap[parent]);
        pos = parent;
    }
    heapSet(pos, idx);
}

void CacheStore::siftDown(std::size_t pos)
{
    const std::uint32_t idx = m_heap[pos];
    const std::size_t n = m_heap.size();
    for (;;) {
        std::size_t child = 2 * pos + 1;
        if (child >= n)
            break;
        if (child + 1 < n && heapLess(m_heap[child + 1], m_heap[child]))
            ++child;
        if (!heapLess(m_heap[child], idx))
            break;
        heapSet(pos, m_heap[child]);
        pos = child;
    }
    heapSet(pos, idx);
}

} // namespace scalelab
