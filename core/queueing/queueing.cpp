// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueing/queueing.h"

#include "model/topology.h"
#include "sim/enginecontext.h"
#include "sim/eventkind.h"
#include "sim/eventqueue.h"
#include "sim/noderuntime.h"
#include "sim/simulationobserver.h"

#include <algorithm>

namespace scalelab {

QueueCounters &QueueCounters::operator+=(const QueueCounters &other)
{
    enqueued += other.enqueued;
    processed += other.processed;
    redelivered += other.redelivered;
    duplicates += other.duplicates;
    rejected += other.rejected;
    maxDepth = std::max(maxDepth, other.maxDepth);
    return *this;
}

void Queueing::setUp(const EngineContext &ctx)
{
    const std::size_t n = ctx.nodes.size();
    m_queues.assign(n, MessageQueueRuntime{});
    m_workerQueues.assign(n, {});
    m_active = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.nodes[i].type != NodeType::MessageQueue)
            continue;
        const NodeSpec &spec = ctx.topology.nodes[static_cast<int>(i)];
        MessageQueueRuntime &q = m_queues[i];
        q.isQueue = true;
        q.capacity = static_cast<std::uint64_t>(spec.capacity);
        q.visibilityTimeout = SimTime::fromMs(spec.visibilityTimeoutMs);
        m_active = true;
    }
    for (int l = 0; l < static_cast<int>(ctx.links.size()); ++l) {
        const LinkRuntime &link = ctx.links[l];
        if (isQueue(link.from) && ctx.nodes[link.to].type == NodeType::Worker) {
            m_queues[link.from].workerLinks.push_back(l);
            m_workerQueues[link.to].push_back(link.from);
        }
    }
}

bool Queueing::enqueue(const EngineContext &ctx, int queueNode, std::uint64_t requestId)
{
    MessageQueueRuntime &q = m_queues[queueNode];
    if (q.held >= q.capacity) {
        ++q.counters.rejected;
        if (!q.full) {
            q.full = true;
            ctx.announce(EngineEventKind::QueueFull, queueNode, "capacity=" + std::to_string(q.capacity));
        }
        return false;
    }
    const std::uint32_t job = m_jobs.acquire(Job{queueNode, requestId, ctx.now});
    q.visible.push_back(job);
    ++q.held;
    ++q.counters.enqueued;
    q.counters.maxDepth = std::max(q.counters.maxDepth, q.held);
    dispatch(ctx, queueNode);
    return true;
}

void Queueing::refuse(int queueNode)
{
    ++m_queues[queueNode].counters.rejected;
}

int Queueing::freeWorkerLink(const EngineContext &ctx, MessageQueueRuntime &q) const
{
    const std::size_t n = q.workerLinks.size();
    for (std::size_t tried = 0; tried < n; ++tried) {
        const std::size_t at = (q.nextWorker + tried) % n;
        const LinkRuntime &link = ctx.links[q.workerLinks[at]];
        const NodeRuntime &worker = ctx.nodes[link.to];
        if (worker.up && !worker.draining && worker.active < worker.concurrency && !link.partitioned) {
            q.nextWorker = (at + 1) % n;
            return q.workerLinks[at];
        }
    }
    return -1;
}

void Queueing::dispatch(const EngineContext &ctx, int queueNode)
{
    MessageQueueRuntime &q = m_queues[queueNode];
    if (!ctx.nodes[queueNode].up)
        return;
    while (!q.visible.empty()) {
        const int linkIndex = freeWorkerLink(ctx, q);
        if (linkIndex < 0)
            return;
        const LinkRuntime &link = ctx.links[linkIndex];
        NodeRuntime &worker = ctx.nodes[link.to];
        const std::uint32_t jobIndex = q.visible.front();
        q.visible.pop_front();
        ++worker.active;  // taken now: the job is on its way to this worker
        const std::uint32_t delivery = m_deliveries.acquire(Delivery{jobIndex, link.to, linkIndex, worker.epoch});
        Job &job = m_jobs[jobIndex];
        job.current = delivery;
        ++job.deliveries;
        ctx.queue.pushAfter(ctx.now, link.latency, kJobDeliver, delivery);
        ctx.queue.pushAfter(ctx.now, q.visibilityTimeout, kVisibilityTimeout, delivery);
        if (ctx.observer)
            ctx.observer->hop(Hop{job.requestId, queueNode, link.to, ctx.now, ctx.now + link.latency, Op::Job, false});
    }
}

void Queueing::deliveryArrived(const EngineContext &ctx, std::uint32_t delivery)
{
    const Delivery &d = m_deliveries[delivery];
    const NodeRuntime &worker = ctx.nodes[d.worker];
    if (worker.epoch != d.workerEpoch) {  // it died meanwhile: the job waits for its timeout
        workerFinished(delivery);
        return;
    }
    Job &job = m_jobs[d.job];
    if (++job.starts == 2)
        ++m_queues[job.queue].counters.duplicates;
    ctx.queue.pushAfter(ctx.now, worker.service, kJobWorked, delivery);
}

void Queueing::jobWorked(const EngineContext &ctx, std::uint32_t delivery)
{
    const Delivery d = m_deliveries[delivery];
    NodeRuntime &worker = ctx.nodes[d.worker];
    if (worker.epoch != d.workerEpoch) {  // killed mid-job: the job is visible again after its timeout
        workerFinished(delivery);
        return;
    }
    --worker.active;
    ++worker.served;
    Job &job = m_jobs[d.job];
    const int queueNode = job.queue;
    if (!job.worked) {
        job.worked = true;
        ++m_queues[queueNode].counters.processed;
    }
    const LinkRuntime &link = ctx.links[d.link];
    if (link.partitioned) {
        workerFinished(delivery);  // the delete is lost: the job comes back after its timeout
    } else {
        ctx.queue.pushAfter(ctx.now, link.latency, kJobDeleted, delivery);
        if (ctx.observer)
            ctx.observer->hop(Hop{job.requestId, d.worker, queueNode, ctx.now, ctx.now + link.latency, Op::Job, true});
    }
    // The worker is free: the queues it takes jobs from may have one for it.
    for (int q : m_workerQueues[d.worker])
        dispatch(ctx, q);
}

void Queueing::deleteArrived(const EngineContext &ctx, std::uint32_t delivery)
{
    const Delivery &d = m_deliveries[delivery];
    Job &job = m_jobs[d.job];
    MessageQueueRuntime &q = m_queues[job.queue];
    // Any receipt of the job deletes it, on a live queue (a dead one hears nothing). If its
    // timeout ran out first, the job is waiting again (taken off the queue now) or already
    // with another worker, who works on it again for nothing: the duplicate.
    if (!job.deleted && ctx.nodes[job.queue].up) {
        job.deleted = true;
        if (job.current == kNoDelivery)
            q.visible.erase(std::find(q.visible.begin(), q.visible.end(), d.job));
        job.current = kNoDelivery;
        --q.held;
        if (q.full && q.held * 10 <= q.capacity * 9)
            q.full = false;  // room for a tenth again: the next refusal is news again
    }
    workerFinished(delivery);
}

void Queueing::visibilityTimedOut(const EngineContext &ctx, std::uint32_t delivery)
{
    Delivery &d = m_deliveries[delivery];
    d.timeoutFired = true;
    Job &job = m_jobs[d.job];
    if (job.current == delivery && !job.deleted) {
        const int queueNode = job.queue;
        MessageQueueRuntime &q = m_queues[queueNode];
        job.current = kNoDelivery;
        q.visible.push_front(d.job);  // it has waited longest: next out
        ++q.counters.redelivered;
        ctx.announce(EngineEventKind::JobRedelivered, queueNode,
                     "job=" + std::to_string(job.requestId) + " worker=" + ctx.nodes[d.worker].id, d.worker);
        if (d.workerFinished)
            release(delivery);
        dispatch(ctx, queueNode);
        return;
    }
    if (d.workerFinished)
        release(delivery);
}

void Queueing::workerFinished(std::uint32_t delivery)
{
    Delivery &d = m_deliveries[delivery];
    d.workerFinished = true;
    if (d.timeoutFired)
        release(delivery);
}

void Queueing::release(std::uint32_t delivery)
{
    const std::uint32_t jobIndex = m_deliveries[delivery].job;
    m_deliveries.release(delivery);
    Job &job = m_jobs[jobIndex];
    if (--job.deliveries == 0 && job.deleted)
        m_jobs.release(jobIndex);
}

void Queueing::resume(const EngineContext &ctx, int node)
{
    if (isQueue(node))
        dispatch(ctx, node);
    for (int q : m_workerQueues[node])
        dispatch(ctx, q);
}

void Queueing::linkHealed(const EngineContext &ctx, int link)
{
    if (isQueue(ctx.links[link].from))
        dispatch(ctx, ctx.links[link].from);
}

bool Queueing::draining(const EngineContext &ctx) const
{
    if (m_deliveries.inUse() > 0)
        return true;
    for (std::size_t i = 0; i < m_queues.size(); ++i) {
        const MessageQueueRuntime &q = m_queues[i];
        if (!q.isQueue || q.visible.empty() || !ctx.nodes[i].up)
            continue;
        for (int l : q.workerLinks)
            if (ctx.nodes[ctx.links[l].to].up && !ctx.links[l].partitioned)
                return true;
    }
    return false;
}

QueueCounters Queueing::counters() const
{
    QueueCounters sum;
    for (const MessageQueueRuntime &q : m_queues)
        sum += q.counters;
    return sum;
}

double Queueing::oldestWaitMs(int node, SimTime now) const
{
    const MessageQueueRuntime &q = m_queues[node];
    if (q.visible.empty())
        return 0;
    // The next job out: jobs join at the back, and one whose timeout ran out goes back to
    // the front, so the front is (all but always) the job that has been on the queue longest.
    return (now - m_jobs[q.visible.front()].enqueuedAt).ms();
}

} // namespace scalelab
