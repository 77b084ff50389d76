// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorschema.h"

#include "inspector/inspectorfields.h"
#include "model/vocabulary.h"
#include "model/serversize.h"

#include <QLocale>

namespace scalelab {

using namespace inspectorfields;

namespace {

// The machine of a web server, database or worker: a size (or custom: the workers as set),
// its price, and how long a resize stops it. Concurrency follows the size when one is set.
QList<InspectorFieldSpec> machine()
{
    QStringList choices{QString()};
    QStringList help{InspectorSchemas::tr("Custom: no size and no price; set the workers yourself")};
    for (const ServerSize &size : ServerSizes::all()) {
        choices << size.name;
        help << InspectorSchemas::tr("%1 vCPUs at $%2 per hour (AWS m5-like, on demand)").arg(size.vcpus).arg(size.pricePerHour, 0, 'f', 3);
    }
    return {
        withChoiceHelp(choice(QStringLiteral("size"), InspectorSchemas::tr("Size"), choices, QString(),
                              InspectorSchemas::tr("The machine: more vCPUs run more requests at once (workers), none of them "
                                                   "faster. The largest, 8xlarge, is the ceiling of one machine")),
                       help),
        number(QStringLiteral("price_per_hour"), InspectorSchemas::tr("Price"), -1, 1'000'000, 3, -1, InspectorSchemas::tr("$/h"),
               InspectorSchemas::tr("Dollars per hour while it runs; -1: the size's price (a custom machine without one costs nothing)")),
        number(QStringLiteral("resize_downtime_s"), InspectorSchemas::tr("Resize downtime"), 0, 86400, 0, 60, QStringLiteral("s"),
               InspectorSchemas::tr("A resize stops the machine this long (stop, change the instance type, start): "
                                    "every request it holds or gets meanwhile fails")),
    };
}

// The machine's fields after the others; concurrency is greyed out while a size sets it.
void addMachine(QList<InspectorFieldSpec> &fields)
{
    for (InspectorFieldSpec &field : fields)
        if (field.key == QLatin1String("concurrency"))
            field = when(field, QStringLiteral("size"), {QString()});
    fields += machine();
}

// Workers, service time and queue: every node that serves requests itself. Defaults differ
// by type, as in the reader.
QList<InspectorFieldSpec> serving(int concurrency, double serviceMs, int queue)
{
    return {
        integer(QStringLiteral("concurrency"), InspectorSchemas::tr("Concurrency"), 1, 1'000'000, concurrency,
                InspectorSchemas::tr("workers"), InspectorSchemas::tr("Requests served at the same time")),
        number(QStringLiteral("service_ms"), InspectorSchemas::tr("Service time"), 0, 3'600'000, 1, serviceMs,
               QStringLiteral("ms"), InspectorSchemas::tr("Time one request takes on a worker")),
        integer(QStringLiteral("queue"), InspectorSchemas::tr("Queue"), 0, 10'000'000, queue,
                InspectorSchemas::tr("requests"),
                InspectorSchemas::tr("Requests that may wait for a worker; beyond it they are dropped")),
    };
}

} // namespace

QString InspectorSchemas::typeName(NodeType type)
{
    switch (type) {
    case NodeType::Clients: return tr("Clients");
    case NodeType::LoadBalancer: return tr("Load balancer");
    case NodeType::WebServer: return tr("Web server");
    case NodeType::SessionStore: return tr("Session store");
    case NodeType::Cache: return tr("Cache");
    case NodeType::Database: return tr("Database");
    case NodeType::CdnEdge: return tr("CDN edge");
    case NodeType::ObjectStorage: return tr("Object storage");
    case NodeType::MessageQueue: return tr("Message queue");
    case NodeType::Worker: return tr("Worker");
    case NodeType::Dns: return tr("DNS (geoDNS)");
    }
    return {};
}

QString InspectorSchemas::choiceText(const QString &word)
{
    if (word.isEmpty())
        return tr("custom");  // a machine without a size
    if (const auto size = ServerSizes::find(word))
        return tr("%1 \u2014 %2 vCPUs, $%3/h").arg(size->name).arg(size->vcpus).arg(QLocale().toString(size->pricePerHour, 'f', size->pricePerHour < 0.1 ? 3 : 2));
    if (vocabulary::evictions().contains(word))
        return word.toUpper();  // LRU, LFU, FIFO: names read as abbreviations
    if (vocabulary::cacheFills().contains(word) || word == QLatin1String("write_back") || word == QLatin1String("write_around")
        || word == QLatin1String("write_through")) {
        QString text = word;
        return text.replace(QLatin1Char('_'), QLatin1Char('-'));  // cache-aside, read-through, write-back
    }
    QString text = word;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

InspectorSchema InspectorSchemas::node(NodeType type)
{
    InspectorGroupSpec main{QString(), tr("Settings"), false, false, {}, {}};
    InspectorSchema extra;
    // Renaming goes through the same door (the document turns "id" into a rename).
    const InspectorFieldSpec id = text(QStringLiteral("id"), tr("Id"),
                                       tr("The name links, events and the canvas use; press Enter to rename"));
    switch (type) {
    case NodeType::Clients:
        addClientsFields(main, extra);
        break;
    case NodeType::LoadBalancer:
        addLoadBalancerFields(main, extra);
        break;
    case NodeType::WebServer:
        main.fields = {integer(QStringLiteral("weight"), tr("Weight"), 1, 1000, 1, {},
                               tr("Share of the traffic under weighted and least-connections balancing"))};
        main.fields += serving(50, 20, 100);
        main.fields.append(choice(QStringLiteral("sessions"), tr("Sessions"), vocabulary::sessionModes(),
                                  QStringLiteral("none"),
                                  tr("local: kept in this server's memory; stateless: fetched from a shared store")));
        addMachine(main.fields);
        break;
    case NodeType::SessionStore:
        main.fields = serving(200, 1, 1000);
        break;
    case NodeType::Database:
        main.fields = {choice(QStringLiteral("role"), tr("Role"), vocabulary::databaseRoles(), QStringLiteral("primary"),
                              tr("primary takes the writes, replicas copy them; master: multi-master and ring"))};
        main.fields += serving(100, 5, 1000);
        addMachine(main.fields);
        break;
    case NodeType::ObjectStorage:
        main.fields = serving(1000, 30, 10000);
        main.fields.append(number(QStringLiteral("max_age_s"), tr("Max-age sent"), -1, 365.0 * 86400, 0, -1,
                                  QStringLiteral("s"), tr("Cache-Control max-age on its answers; -1: none")));
        break;
    case NodeType::Cache:
        addCacheFields(main);
        break;
    case NodeType::CdnEdge:
        addCdnEdgeFields(main, extra);
        break;
    case NodeType::MessageQueue:
        main.fields = {
            integer(QStringLiteral("capacity"), tr("Capacity"), 1, 100'000'000, 100'000, tr("jobs"),
                    tr("Jobs the queue holds at most, waiting or handed to a worker and not yet deleted; "
                       "when it is full, new jobs are refused and the web server answers with an error")),
            number(QStringLiteral("visibility_timeout_ms"), tr("Visibility timeout"), 1, 43'200'000, 0, 30000,
                   QStringLiteral("ms"),
                   tr("How long a job handed to a worker stays hidden from the other workers. If the worker "
                      "has not deleted it by then (it died, or was too slow), the job is handed out again "
                      "and may be done twice")),
        };
        // The broker's own workers take jobs in and hand them out: rarely what runs short.
        main.fields += serving(1000, 1, 10000);
        break;
    case NodeType::Worker:
        main.fields = {
            integer(QStringLiteral("concurrency"), tr("Concurrency"), 1, 1'000'000, 4, tr("jobs"),
                    tr("Jobs this worker works on at the same time; the queue hands it no more")),
            number(QStringLiteral("service_ms"), tr("Service time"), 0, 3'600'000, 1, 200, QStringLiteral("ms"),
                   tr("Time one job takes; its delete goes back to the queue when it is done")),
        };
        addMachine(main.fields);
        break;
    case NodeType::Dns:
        addDnsFields(main, extra);
        break;
    }
    main.fields.prepend(datacenterField());
    main.fields.prepend(id);
    InspectorSchema schema{main};
    schema += extra;
    return schema;
}

void InspectorSchemas::addClientsFields(InspectorGroupSpec &main, InspectorSchema &extra)
{
    // The workload: rate, users, keys and their popularity; the request mix; WebSockets.
    main.fields = {
        number(QStringLiteral("rate_rps"), tr("Rate"), 0, 10'000'000, 1, 100, tr("req/s"),
               tr("Requests per second, Poisson arrivals")),
        integer(QStringLiteral("users"), tr("Users"), 1, 10'000'000, 1000, {},
                tr("Size of the user population; each user has a stable IP address")),
        integer(QStringLiteral("keys"), tr("Keys"), 1, 10'000'000, 1000, {}, tr("Distinct data keys")),
        number(QStringLiteral("zipf_s"), tr("Key popularity"), 0, 10, 2, 0.99, {},
               tr("Zipf exponent of key popularity (0: every key equally popular)")),
        followsKey(number(QStringLiteral("write_zipf_s"), tr("Write popularity"), 0, 10, 2, 0.99, {},
                          tr("Zipf exponent of which keys are written, apart from reads (unset: the same as "
                             "key popularity). Lower it for data read often and modified rarely")),
                   QStringLiteral("zipf_s")),
        number(QStringLiteral("user_zipf_s"), tr("User activity"), 0, 10, 2, 0, {},
               tr("Zipf exponent of how unequal users' activity is (0: all equally active)")),
        integer(QStringLiteral("query_variants"), tr("Query variants"), 1, 1'000'000, 1, {},
                tr("Distinct query strings (?ref=...) on static requests")),
        number(QStringLiteral("reread_own_writes"), tr("Read own writes back"), 0, 1, 2, 0, {},
               tr("Share of successful writes whose user reads the same key back, as a page reloads "
                  "after a save (0: none)")),
        number(QStringLiteral("reread_after_ms"), tr("Read back after"), 0, 3'600'000, 0, 50, QStringLiteral("ms"),
               tr("How long after a write's answer its user reads the key back")),
        number(QStringLiteral("timeout_ms"), tr("Timeout"), 1, 3'600'000, 0, 10000, QStringLiteral("ms"),
               tr("A user gives up on a request after this long")),
        text(QStringLiteral("trace"), tr("Trace file"),
             tr("A CSV trace to replay instead of the synthetic workload (relative to the topology file)")),
    };
    extra.append({QStringLiteral("mix"), tr("Request mix"), false, true,
                  {number(QStringLiteral("read"), tr("Reads"), 0, 1, 3, 0.8, {}, tr("Share of reads")),
                   number(QStringLiteral("write"), tr("Writes"), 0, 1, 3, 0.1, {}, tr("Share of writes")),
                   number(QStringLiteral("static"), tr("Static"), 0, 1, 3, 0.1, {},
                          tr("Share of static requests (images, scripts: CDN or object storage)")),
                   number(QStringLiteral("job"), tr("Jobs"), 0, 1, 3, 0, {},
                          tr("Share of requests that hand a job to the web server's message queue "
                             "(the user is answered once the queue has it, before the work is done)"))},
                  tr("Shares of each kind of request; they must add up to 1")});
    extra.append({QStringLiteral("websockets"), tr("WebSockets"), true, false,
                  {number(QStringLiteral("rate_cps"), tr("New connections"), 0, 1'000'000, 1, 10, tr("per s"),
                          tr("New long-lived connections per second")),
                   number(QStringLiteral("mean_duration_s"), tr("Mean duration"), 0.1, 2'592'000, 1, 120,
                          QStringLiteral("s"), tr("How long a connection stays open, on average")),
                   number(QStringLiteral("reconnect_ms"), tr("Reconnect after"), 0, 3'600'000, 0, 1000,
                          QStringLiteral("ms"), tr("A dropped connection tries again after this long"))},
                  tr("Long-lived connections, each pinned to one web server")});
}

void InspectorSchemas::addLoadBalancerFields(InspectorGroupSpec &main, InspectorSchema &extra)
{
    // Balancing, and the two ways a balancer learns a server is sick.
    main.fields = {
        choice(QStringLiteral("algorithm"), tr("Algorithm"), vocabulary::algorithms(), QStringLiteral("round_robin"),
               tr("How a web server is picked for each request")),
        boolean(QStringLiteral("sticky"), tr("Sticky sessions"), false,
                tr("A user stays on the server that first served them")),
        number(QStringLiteral("failover_ms"), tr("Standby takeover"), 0, 600'000, 0, 3000, QStringLiteral("ms"),
               tr("As a standby, this balancer takes over this long after the active one dies")),
    };
    extra.append({QStringLiteral("health_check"), tr("Health checks"), true, false,
                  {integer(QStringLiteral("interval_ms"), tr("Interval"), 1, 3'600'000, 2000, QStringLiteral("ms"),
                           tr("Time between two probes of each server")),
                   integer(QStringLiteral("rise"), tr("Rise"), 1, 1000, 2, tr("checks"),
                           tr("Good checks in a row that bring a server back")),
                   integer(QStringLiteral("fall"), tr("Fall"), 1, 1000, 3, tr("checks"),
                           tr("Failed checks in a row that mark a server down"))},
                  tr("Active checks, HAProxy style")});
    extra.append({QStringLiteral("outlier_detection"), tr("Outlier detection"), true, false,
                  {integer(QStringLiteral("consecutive_errors"), tr("Errors in a row"), 1, 1000, 5, {},
                           tr("Failed requests in a row that eject a server")),
                   number(QStringLiteral("base_ejection_s"), tr("Base ejection"), 0.1, 86400, 1, 30,
                          QStringLiteral("s"), tr("Ejection time, times the number of ejections in a row")),
                   number(QStringLiteral("max_ejection_s"), tr("Longest ejection"), 0.1, 86400, 1, 300,
                          QStringLiteral("s"), tr("An ejection never lasts longer than this"))},
                  tr("Passive checks on real requests, Envoy style")});
    extra.append({QStringLiteral("autoscale"), tr("Autoscaling"), true, false,
                  {ids(QStringLiteral("template"), tr("Template"),
                       tr("The web server each launch copies, with its settings and links (an AWS launch template)")),
                   integer(QStringLiteral("min"), tr("Min servers"), 1, 1000, 1, tr("servers"),
                           tr("The pool never scales in below this; the file's own servers are never retired")),
                   integer(QStringLiteral("max"), tr("Max servers"), 1, 1000, 10, tr("servers"),
                           tr("The pool never scales out above this, the file's servers included")),
                   number(QStringLiteral("target_utilization"), tr("Target utilization"), 0.01, 1, 2, 0.6, {},
                          tr("Busy and waiting requests over the pool's workers that the group aims at, "
                             "looked at as a 3 s mean (target tracking)")),
                   number(QStringLiteral("cooldown_s"), tr("Cooldown"), 0, 86400, 0, 30, QStringLiteral("s"),
                          tr("No new launch this long after the last one, no retirement this long after any scaling")),
                   number(QStringLiteral("provision_s"), tr("Boot time"), 0, 3600, 0, 30, QStringLiteral("s"),
                          tr("From a launch to the copy joining the pool: it costs money but serves nothing meanwhile"))},
                  tr("Off: the pool is the servers linked from the balancer. Tick to launch copies of a web server "
                     "when the pool is busy, as an AWS Auto Scaling group does")});
}

void InspectorSchemas::offerTemplates(InspectorSchema &schema, const QStringList &webServers)
{
    for (InspectorGroupSpec &group : schema) {
        if (group.key != QLatin1String("autoscale"))
            continue;
        for (InspectorFieldSpec &field : group.fields) {
            if (field.key == QLatin1String("template")) {
                field.choices = webServers;
                field.defaultValue = webServers.value(0);
            }
        }
    }
}

void InspectorSchemas::addCacheFields(InspectorGroupSpec &main)
{
    // Size and expiry, and the caching strategies: fill, write policy, leases, gutter.
    main.fields = {
        integer(QStringLiteral("capacity"), tr("Capacity"), 1, 100'000'000, 1000, tr("items"),
                tr("Keys the cache holds; a fill into a full cache evicts one")),
        number(QStringLiteral("ttl_s"), tr("TTL"), 0, 365.0 * 86400, 1, 60, QStringLiteral("s"),
               tr("How long an entry serves hits; 0: entries never expire")),
        choice(QStringLiteral("eviction"), tr("Eviction"), vocabulary::evictions(), QStringLiteral("lru"),
               tr("Which entry a full cache gives up")),
        withChoiceHelp(choice(QStringLiteral("fill"), tr("Fill"), vocabulary::cacheFills(), QStringLiteral("cache_aside"),
                              tr("Who loads a missed key from the database. The chapter's \"read-through cache\" "
                                 "is cache-aside: the web server loads and fills")),
                       {tr("Cache-aside (default): the web server reads the database and fills the cache, as with memcached"),
                        tr("Read-through: the cache loads the key from the database it links to; "
                           "reads missing a key that is being loaded wait for that one load")}),
        withChoiceHelp(choice(QStringLiteral("write_policy"), tr("On write"), vocabulary::writePolicies(),
                              QStringLiteral("invalidate"), tr("What a write does to the cached key")),
                       {tr("The database takes the write, then the key is deleted from the cache"),
                        tr("Write-through: the database takes the write, then a cached key gets the new value"),
                        tr("The database takes the write; the cache keeps the old value until its TTL"),
                        tr("Write-back: the cache takes the write and answers; the database gets it after the delay. "
                           "A cache that dies loses the writes it has not sent"),
                        tr("Write-around: writes go to the database only, as with none")}),
        when(number(QStringLiteral("write_back_delay_ms"), tr("Write-back delay"), 0, 3'600'000, 0, 1000,
                    QStringLiteral("ms"), tr("How long the cache keeps a write before it sends it to the database")),
             QStringLiteral("write_policy"), {QStringLiteral("write_back")}),
        boolean(QStringLiteral("leases"), tr("Leases"), false,
                tr("memcache leases: one database load per key at a time, no stale sets")),
        when(number(QStringLiteral("lease_window_s"), tr("Lease window"), 0.1, 3600, 1, 10, QStringLiteral("s"),
                    tr("How long a lease stays out at most")),
             QStringLiteral("leases"), {QStringLiteral("true")}),
        boolean(QStringLiteral("gutter"), tr("Gutter pool"), false,
                tr("Stands in for a dead cache server instead of holding a shard")),
    };
}

void InspectorSchemas::addCdnEdgeFields(InspectorGroupSpec &main, InspectorSchema &extra)
{
    // Size, the TTLs an edge applies to an origin's max-age, and the cache key.
    main.fields = {
        integer(QStringLiteral("capacity"), tr("Capacity"), 1, double(qint64(1) << 50), 10'000'000'000LL,
                tr("bytes"), tr("Bytes of objects the edge holds (LRU)")),
        number(QStringLiteral("ttl_s"), tr("TTL"), 0, 365.0 * 86400, 0, 86400, QStringLiteral("s"),
               tr("How long an object serves hits when the origin sends no max-age")),
        number(QStringLiteral("min_ttl_s"), tr("Min TTL"), 0, 365.0 * 86400, 0, 0, QStringLiteral("s"),
               tr("An origin's max-age is raised to at least this")),
        number(QStringLiteral("max_ttl_s"), tr("Max TTL"), 0, 365.0 * 86400, 0, 31'536'000, QStringLiteral("s"),
               tr("An origin's max-age is lowered to at most this")),
    };
    extra.append({QStringLiteral("cache_key"), tr("Cache key"), false, false,
                  {boolean(QStringLiteral("query_strings"), tr("Query strings"), false,
                           tr("The query string is part of the cache key")),
                   boolean(QStringLiteral("cookies"), tr("Cookies"), false,
                           tr("The per-user session cookie is part of the cache key"))},
                  tr("What makes two requests the same object")});
}

InspectorSchema InspectorSchemas::link()
{
    return {{QString(), tr("Settings"), false, false,
             {number(QStringLiteral("latency_ms"), tr("Latency"), 0, 600'000, 2, 1, QStringLiteral("ms"),
                     tr("One-way network delay of every hop over this link"))},
             {}}};
}

InspectorSchema InspectorSchemas::topology()
{
    InspectorSchema schema;
    schema.append({QString(), tr("Topology"), false, false,
                   {text(QStringLiteral("name"), tr("Name"), tr("Title shown on the canvas and in the report")),
                    integer(QStringLiteral("seed"), tr("Seed"), 0, double(qint64(1) << 53), 1, {},
                            tr("Random seed: the same file and seed give the same run"))},
                   {}});
    schema.append({QStringLiteral("replication"), tr("Replication"), true, false,
                   {choice(QStringLiteral("mode"), tr("Mode"), vocabulary::replicationModes(), QStringLiteral("async"),
                           tr("When the primary answers a write: at once (async), after one replica (semi_sync), "
                              "after all (sync); or several masters")),
                    number(QStringLiteral("ship_delay_ms"), tr("Ship delay"), 0, 3'600'000, 0, 50, QStringLiteral("ms"),
                           tr("From commit to the binlog leaving the primary")),
                    number(QStringLiteral("apply_delay_ms"), tr("Apply delay"), 0, 3'600'000, 0, 0, QStringLiteral("ms"),
                           tr("From a write reaching a replica's relay log to the replica applying it; until then "
                              "the replica serves the old value, even after semi-sync has acknowledged the write")),
                    number(QStringLiteral("failover_ms"), tr("Failover after"), 0, 3'600'000, 0, 5000,
                           QStringLiteral("ms"), tr("From the primary's death to promoting a replica")),
                    boolean(QStringLiteral("recover_from_binlog"), tr("Recover from binlog"), false,
                            tr("Replay the dead primary's binlog onto the new one before promoting it")),
                    when(number(QStringLiteral("binlog_recovery_ms"), tr("Binlog recovery"), 0, 3'600'000, 0, 2000,
                                QStringLiteral("ms"), tr("How long replaying the binlog takes")),
                         QStringLiteral("recover_from_binlog"), {QStringLiteral("true")}),
                    when(choice(QStringLiteral("semi_sync_wait"), tr("Semi-sync wait"),
                                {QStringLiteral("after_sync"), QStringLiteral("after_commit")}, QStringLiteral("after_sync"),
                                tr("semi_sync: whether readers see a write before a replica has it (after_commit)")),
                         QStringLiteral("mode"), {QStringLiteral("semi_sync")}),
                    when(number(QStringLiteral("semi_sync_timeout_ms"), tr("Semi-sync timeout"), 0, 3'600'000, 0, 10000,
                                QStringLiteral("ms"), tr("semi_sync: with no replica answering, fall back to async")),
                         QStringLiteral("mode"), {QStringLiteral("semi_sync")}),
                    when(choice(QStringLiteral("conflict_resolution"), tr("Conflicts"), vocabulary::conflictResolutions(),
                                QStringLiteral("last_writer_wins"), tr("multi_master: which of two concurrent writes stays")),
                         QStringLiteral("mode"), {QStringLiteral("multi_master")})},
                   tr("Off: databases do not copy each other's writes. Tick to add replicas.")});
    schema.append({QStringLiteral("cdn"), tr("CDN prices"), true, false,
                   {number(QStringLiteral("price_per_gb"), tr("Edge to users"), 0, 100, 3, 0.085, tr("$/GB"), {}),
                    number(QStringLiteral("origin_price_per_gb"), tr("Origin to users"), 0, 100, 3, 0.09, tr("$/GB"),
                           tr("What a site without a CDN pays")),
                    number(QStringLiteral("origin_fill_price_per_gb"), tr("Origin to edge"), 0, 100, 3, 0.02,
                           tr("$/GB"), {}),
                    number(QStringLiteral("price_per_10k_requests"), tr("Requests"), 0, 100, 4, 0.0075,
                           tr("$/10k"), {}),
                    number(QStringLiteral("edge_timeout_ms"), tr("Edge timeout"), 1, 600'000, 0, 3000,
                           QStringLiteral("ms"), tr("A client gives up on a dead edge after this long")),
                    number(QStringLiteral("retry_s"), tr("Retry edge after"), 0, 86400, 0, 30, QStringLiteral("s"),
                           tr("... and goes straight to the origin for this long")),
                    number(QStringLiteral("invalidation_ms"), tr("Invalidation"), 0, 3'600'000, 0, 5000,
                           QStringLiteral("ms"), tr("An invalidation reaches every edge after this long")),
                    number(QStringLiteral("static_size_kb"), tr("Object size"), 0.1, 10'000'000, 1, 200,
                           QStringLiteral("KB"), tr("Mean size of a static object"))},
                   tr("Off: CloudFront-like prices and client behaviour. Tick to set your own.")});
    schema.append({QStringLiteral("sharding"), tr("Sharding"), true, false,
                   {withChoiceHelp(choice(QStringLiteral("strategy"), tr("Strategy"), vocabulary::shardingStrategies(),
                                          QStringLiteral("hash_mod"),
                                          tr("Which shard holds a key, and how many keys move when a shard joins")),
                                   {tr("hash(key) mod N: even, but a new shard moves about N/(N+1) of all keys"),
                                    tr("A consistent-hash ring of the shards: a new shard moves only about 1/(N+1) of the keys"),
                                    tr("Equal ranges of keys in key order: the popular keys all land on the first shard")}),
                    number(QStringLiteral("key_size_kb"), tr("Key size"), 0.1, 1e6, 1, 10, QStringLiteral("KB"),
                           tr("What one key's rows weigh: resharding copies this much per moved key")),
                    number(QStringLiteral("copy_mb_per_s"), tr("Copy speed"), 0.1, 1e7, 1, 10, tr("MB/s"),
                           tr("How fast a reshard copies the moved keys to their new shard"))},
                   tr("Off: every database holds every key. Tick to split the keys over shards "
                      "(each database its own shard at first; choose a database's shard in its inspector).")});
    return schema;
}

} // namespace scalelab
