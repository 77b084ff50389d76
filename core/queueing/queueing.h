// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/indexpool.h"
#include "base/simtime.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace scalelab {

struct EngineContext;

/// What the message queues did (the report's `queue`), for one queue or all of them.
struct QueueCounters
{
    std::uint64_t enqueued = 0;     ///< jobs the queue took
    std::uint64_t processed = 0;    ///< jobs a worker finished, each counted once however often it was worked on
    std::uint64_t redelivered = 0;  ///< times a job became visible again: its visibility timeout ran out before its delete
    std::uint64_t duplicates = 0;   ///< jobs a worker started more than once (what the first try did is done again)
    std::uint64_t rejected = 0;     ///< jobs refused: the queue was full, or down
    std::uint64_t maxDepth = 0;     ///< the most jobs the queue held at once

    QueueCounters &operator+=(const QueueCounters &other);
};

/// One message_queue node: the jobs it holds and the workers it feeds.
struct MessageQueueRuntime
{
    bool isQueue = false;
    std::uint64_t capacity = 0;
    SimTime visibilityTimeout;
    std::deque<std::uint32_t> visible;  ///< jobs waiting for a worker, the longest waiting first
    std::uint64_t held = 0;             ///< jobs on the queue: waiting, or delivered and not yet deleted
    std::vector<int> workerLinks;       ///< links to its workers, in file order
    std::size_t nextWorker = 0;         ///< round robin over workerLinks
    bool full = false;                  ///< queue_full announced, and not yet a tenth of the room free again
    QueueCounters counters;
};

/// Message queues and their workers, at-least-once as Amazon SQS delivers: a web server's
/// job goes on its linked queue (the user's answer does not wait for the work); the queue
/// hands each job to a free live worker (round robin over its worker links) and hides it
/// for `visibility_timeout_ms`; the worker works `service_ms` on it and sends a delete back.
/// A job whose delete has not reached the queue when the timeout runs out (its worker died,
/// was too slow, or the delete was lost) becomes visible again and is worked on again: a
/// duplicate. A full or dead queue refuses jobs; a dead queue keeps what it holds (it is
/// durable) and hears no deletes.
///
/// Simplified from SQS: the queue pushes to a free worker instead of being polled, one job
/// per delivery, no delay queues, dead-letter queue or FIFO groups; service time is fixed.
/// A delete with an older receipt always deletes (SQS says it "might not"), so a visibility
/// timeout shorter than the work costs duplicate work, never an endless loop.
///
/// Handles kJobDeliver, kJobWorked, kJobDeleted and kVisibilityTimeout, whose payload is a
/// delivery (a receipt): each delivery has exactly one timeout event and one last event on
/// the worker's side, and is freed after both, so memory grows with jobs held.
class Queueing
{
public:
    /// Finds the message queues and their workers' links.
    void setUp(const EngineContext &ctx);
    /// Whether the topology has a message queue (its report and charts then show queues).
    bool active() const { return m_active; }
    bool isQueue(int node) const { return node >= 0 && node < static_cast<int>(m_queues.size()) && m_queues[node].isQueue; }

    /// A job handed to queue `node` by a web server: true when the queue took it; false
    /// when it was full (counted as rejected; the web server answers with an error).
    bool enqueue(const EngineContext &ctx, int queueNode, std::uint64_t requestId);
    /// A job a dead queue could not take (counted as rejected).
    void refuse(int queueNode);

    void deliveryArrived(const EngineContext &ctx, std::uint32_t delivery);  ///< kJobDeliver
    void jobWorked(const EngineContext &ctx, std::uint32_t delivery);        ///< kJobWorked
    void deleteArrived(const EngineContext &ctx, std::uint32_t delivery);    ///< kJobDeleted
    void visibilityTimedOut(const EngineContext &ctx, std::uint32_t delivery);  ///< kVisibilityTimeout

    /// A queue or worker came back, or a worker has more slots: deliveries resume.
    void resume(const EngineContext &ctx, int node);
    /// A link healed: the queue at its start may reach its worker again.
    void linkHealed(const EngineContext &ctx, int link);

    /// Whether jobs are still on their way to being processed: deliveries out, or jobs
    /// waiting on a live queue with a live worker it reaches. A headless run goes on until not.
    bool draining(const EngineContext &ctx) const;

    /// Every queue's counters summed (max_depth: the deepest queue's).
    QueueCounters counters() const;
    const MessageQueueRuntime &queue(int node) const { return m_queues[node]; }
    /// How long the next job out of queue `node` has been on it (the consumer lag, as SQS's
    /// age of the oldest message), in ms; 0 when none waits.
    double oldestWaitMs(int node, SimTime now) const;

private:
    struct Job
    {
        int queue = -1;
        std::uint64_t requestId = 0;     ///< the request that put it there (the canvas's dot)
        SimTime enqueuedAt;
        std::uint32_t current = kNoDelivery;  ///< its live delivery's receipt; kNoDelivery while visible
        std::uint32_t starts = 0;        ///< times a worker started it
        std::uint32_t deliveries = 0;    ///< deliveries not yet freed (they still name this job)
        bool worked = false;             ///< some worker finished it
        bool deleted = false;            ///< its delete reached the queue: off the queue for good
    };
    struct Delivery
    {
        std::uint32_t job = 0;
        int worker = -1;
        int link = -1;
        std::uint32_t workerEpoch = 0;   ///< the worker's epoch when the job left: a kill since voids it
        bool timeoutFired = false;
        bool workerFinished = false;     ///< the last event on the worker's side has happened
    };
    static constexpr std::uint32_t kNoDelivery = UINT32_MAX;

    void dispatch(const EngineContext &ctx, int queueNode);
    int freeWorkerLink(const EngineContext &ctx, MessageQueueRuntime &q) const;
    void workerFinished(std::uint32_t delivery);
    void release(std::uint32_t delivery);

    std::vector<MessageQueueRuntime> m_queues;   ///< by node index
    std::vector<std::vector<int>> m_workerQueues;  ///< by node index: the queues a worker takes jobs from
    IndexPool<Job> m_jobs;
    IndexPool<Delivery> m_deliveries;
    bool m_active = false;
};

} // namespace scalelab
