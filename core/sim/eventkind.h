// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace scalelab {

/// What a queued event is, and so which part of the engine handles it. The payload `a` of an
/// Event is the number each kind names. Grouped by the component that owns the handler;
/// values are part of no file format, but their order is: never reorder (ties in the queue
/// break by insertion, not by kind, so only adding at the end keeps every trace identical).
enum EventKind : std::uint32_t {
    // The request path (core/sim).
    kIssue,        // a = clients node: its next request reaches the front door
    kAtWeb,        // a = slot
    kAtBackend,    // a = slot: database or object storage
    kBackendDone,  // a = slot
    kWebDone,      // a = slot: the web server has its answer
    kSessionDone,  // a = slot: the web server has the session from the shared store
    kScenario,     // a = index into topology.events
    // Balancing (core/balancing).
    kHealthCheck,  // a = load balancer: probe every pool member
    kUneject,      // a = load balancer << 16 | pool index: an ejection may be over
    kFailover,     // a = clients node: a standby balancer may take over
    // Sessions and long-lived connections (core/sessions).
    kConnectionOpen,   // a = clients node: a new long-lived connection
    kConnectionRetry,  // a = clients node: a dropped or refused connection tries again
    kConnectionClose,  // a = connection index
    // Primary/replica replication (core/replication).
    kReplicaReceive,   // a = shipment index: a write reaches a replica
    kPromote,          // a = dead primary: failover detection is over
    kPromoteFinish,    // a = dead primary: binlog recovery is over
    // Peer replication: multi-master and rings (core/replication).
    kPeerReceive,      // a = peer shipment index: a multi-master or ring write arrives
    kCertify,          // a = slot: group certification of a multi-master write is over
    kRingBypass,       // a = dead ring node: the ring closes around it
    // The cache tier (core/caching).
    kCacheAnswer,      // a = slot: the cache's answer is back at the web server
    kCacheChange,      // a = pending cache change: a fill, update or invalidation arrives
    // The request path again.
    kFirstHop,         // a = slot: reaches its front door (when another first hop is shorter)
    // The CDN (core/cdn).
    kAtEdge,           // a = slot: a static request reaches its CDN edge
    kCdnInvalidate,    // a = pending invalidation: an invalidation reaches one edge
    // The cache tier.
    kCacheRetry,       // a = slot: a request told to wait by a lease asks the cache again
    // Replication.
    kReplicaApply,     // a = shipment index: a replica applies a write from its relay log
    // The cache tier.
    kCacheLoaded,      // a = slot: a cache's own database call (read_through load, write_back flush) is back
    kWriteBackFlush,   // a = pending flush: a write_back cache sends an acknowledged write to its database
    // Replication: provisioning a new replica.
    kProvisionDone,    // a = database: its snapshot copy is over
    kAutoReplace,      // a = dead database: time to provision a spare in its place
    // The request path.
    kReread,           // a = read-back index: a user's read back of their own write reaches the front door
    // The CDN.
    kCdnFill,          // a = pending fill: an edge's fetch from the origin lands
    // Alerting (core/alerting).
    kAlertCheck,       // a = unused: a whole second has passed; the alert rules look at it
    // Message queues and workers (core/queueing).
    kJobDeliver,       // a = delivery: a job reaches its worker
    kJobWorked,        // a = delivery: the worker has done the job
    kJobDeleted,       // a = delivery: the worker's delete reaches the queue
    kVisibilityTimeout,  // a = delivery: the job's visibility timeout runs out
    // Autoscaling (core/autoscaling).
    kAutoscaleCheck,   // a = unused: a whole second has passed; every group looks at its pool
    kAutoscaleReady,   // a = copy: a launched server has booted and joins its pool
    // Sharding (core/sharding).
    kReshardDone,      // a = reshard number: an add_shard's copy of the moved keys is over
    kFanOutAnswer,     // a = slot: one shard's answer to a fan-out read is back at the web server
    // Vertical scaling (core/sizing).
    kResizeDone,       // a = node: a resized machine starts again
    // Data centres and geoDNS (core/datacenters).
    kDnsCheck,         // a = dns node: probe the entries of every data centre it answers with
};

} // namespace scalelab
