// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scalelab::vocabulary {

// The words a topology file may use for each choice (DESIGN.md, "Topology file").
inline QStringList algorithms()
{
    return {QStringLiteral("round_robin"), QStringLiteral("least_connections"), QStringLiteral("weighted"),
            QStringLiteral("ip_hash"), QStringLiteral("consistent_hash"), QStringLiteral("power_of_two")};
}
inline QStringList evictions() { return {QStringLiteral("lru"), QStringLiteral("lfu"), QStringLiteral("fifo")}; }
inline QStringList writePolicies()
{
    return {QStringLiteral("invalidate"), QStringLiteral("write_through"), QStringLiteral("none"),
            QStringLiteral("write_back"), QStringLiteral("write_around")};
}
/// Who loads a cache miss: the web server (cache_aside, the default) or the cache itself.
inline QStringList cacheFills() { return {QStringLiteral("cache_aside"), QStringLiteral("read_through")}; }
inline QStringList sessionModes() { return {QStringLiteral("none"), QStringLiteral("stateless"), QStringLiteral("local")}; }
inline QStringList databaseRoles() { return {QStringLiteral("primary"), QStringLiteral("replica"), QStringLiteral("master")}; }
inline QStringList replicationModes()
{
    return {QStringLiteral("async"), QStringLiteral("semi_sync"), QStringLiteral("sync"),
            QStringLiteral("multi_master"), QStringLiteral("circular")};
}
inline QStringList conflictResolutions()
{
    return {QStringLiteral("last_writer_wins"), QStringLiteral("first_committer_wins")};
}
/// Where a CDN's origin lives, for the bill: the CDN's own cloud (fills free) or elsewhere.
inline QStringList cdnOrigins() { return {QStringLiteral("custom"), QStringLiteral("cloud")}; }
inline QStringList nodeActions()
{
    return {QStringLiteral("kill"), QStringLiteral("revive"), QStringLiteral("drain"), QStringLiteral("undrain"),
            QStringLiteral("set"), QStringLiteral("invalidate"), QStringLiteral("provision"),
            QStringLiteral("resize")};
}
/// partition / heal cut and restore a link; unlink / link take a server out of a balancer's
/// pool and put it (back) in.
inline QStringList linkActions()
{
    return {QStringLiteral("partition"), QStringLiteral("heal"), QStringLiteral("unlink"), QStringLiteral("link")};
}
/// Actions on the whole topology rather than one node or link: add_shard reshards the databases.
inline QStringList topologyActions() { return {QStringLiteral("add_shard")}; }
/// How sharding finds a key's shard (top-level `sharding.strategy`).
inline QStringList shardingStrategies()
{
    return {QStringLiteral("hash_mod"), QStringLiteral("consistent"), QStringLiteral("range")};
}
/// What `{"action": "set", "node": ..., "key": ..., "value": ...}` may change while running.
inline QStringList settableKeys()
{
    return {QStringLiteral("weight"), QStringLiteral("concurrency"), QStringLiteral("service_ms"),
            QStringLiteral("algorithm"), QStringLiteral("static_version"), QStringLiteral("rate_rps")};
}

} // namespace scalelab::vocabulary
