// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/nodereader.h"

#include "io/jsonfields.h"
#include "io/topologyreader.h"
#include "model/vocabulary.h"
#include "model/serversize.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace scalelab {

namespace {
QString indexed(const QString &array, int i)
{
    return QStringLiteral("%1[%2]").arg(array).arg(i);
}

// An HTTP header name is an RFC 9110 token; names compare case-insensitively.
bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return name.size() <= 64 && token.match(name).hasMatch();
}
constexpr int kMaxCacheKeyHeaders = 10;  // CloudFront's limit per cache policy
} // namespace

void NodeReader::read(const QJsonObject &object, const QString &path, NodeSpec &node)
{
    JsonFields f(object, path, m_diagnostics);
    if (!readType(f, node))
        return;
    f.string(QStringLiteral("region"), node.region);
    f.string(QStringLiteral("datacenter"), node.datacenter);
    if (node.datacenter.size() > m_limits.maxIdLength)
        m_diagnostics.error(f.path(QStringLiteral("datacenter")), QStringLiteral("datacenter is %1 characters; the limit is %2")
                                                                      .arg(node.datacenter.size()).arg(m_limits.maxIdLength));

    // Per-type defaults that differ from the struct's.
    switch (node.type) {
    case NodeType::Database: node.concurrency = 100; node.serviceMs = 5; node.queue = 1000; break;
    case NodeType::SessionStore: node.concurrency = 200; node.serviceMs = 1; node.queue = 1000; break;
    case NodeType::ObjectStorage: node.concurrency = 1000; node.serviceMs = 30; node.queue = 10000; break;
    case NodeType::Cache: node.concurrency = 10000; node.serviceMs = 0.5; node.queue = 10000; break;
    case NodeType::CdnEdge: node.capacity = 10'000'000'000; node.ttlS = 86400; node.concurrency = 100000; node.serviceMs = 1; node.queue = 0; break;
    case NodeType::MessageQueue: node.capacity = 100'000; node.concurrency = 1000; node.serviceMs = 1; node.queue = 10000; break;
    case NodeType::Worker: node.concurrency = 4; node.serviceMs = 200; break;
    case NodeType::Dns: node.healthCheck = HealthCheckSpec{30000, 3, 3}; break;  // Route 53: every 30 s, failure threshold 3
    default: break;
    }

    switch (node.type) {
    case NodeType::Clients: readClients(f, node); break;
    case NodeType::LoadBalancer: readLoadBalancer(f, node); break;
    case NodeType::WebServer:
        f.integer(QStringLiteral("weight"), node.weight, 1, 1000);
        f.choice(QStringLiteral("sessions"), node.sessions, vocabulary::sessionModes());
        [[fallthrough]];
    case NodeType::SessionStore:
    case NodeType::ObjectStorage:
    case NodeType::Database: readServer(f, node); break;
    case NodeType::Cache: readCache(f, node); break;
    case NodeType::CdnEdge: readCdnEdge(f, node); break;
    case NodeType::MessageQueue:
        readServer(f, node);
        f.integer64(QStringLiteral("capacity"), node.capacity, 1, 100'000'000);
        f.number(QStringLiteral("visibility_timeout_ms"), node.visibilityTimeoutMs, 1, 43'200'000);  // SQS: at most 12 h
        readAutoscale(f, node);  // workers scaled by the queue's backlog
        break;
    case NodeType::Worker:
        f.integer(QStringLiteral("concurrency"), node.concurrency, 1, 1'000'000);
        f.number(QStringLiteral("service_ms"), node.serviceMs, 0, 3'600'000);
        break;
    case NodeType::Dns:
        f.number(QStringLiteral("ttl_s"), node.ttlS, 0, 86400);
        readHealthCheck(f, node);
        break;
    }
    if (ServerSizes::sizable(node.type))
        readSize(f, node);
    node.extra = f.unknown();
}

// Returns false when the type is missing or unknown: nothing else can be read then.
bool NodeReader::readType(JsonFields &f, NodeSpec &node)
{
    f.string(QStringLiteral("id"), node.id, true);
    if (node.id.size() > m_limits.maxIdLength)
        m_diagnostics.error(f.path(QStringLiteral("id")), QStringLiteral("id is %1 characters; the limit is %2")
                                                              .arg(node.id.size()).arg(m_limits.maxIdLength));
    const QJsonValue type = f.raw(QStringLiteral("type"));
    const auto parsed = nodeTypeFromName(type.toString());
    if (type.isUndefined()) {
        m_diagnostics.error(f.path(QStringLiteral("type")), QStringLiteral("missing; expected %1").arg(humanList(nodeTypeNames())));
        return false;
    }
    if (!type.isString() || !parsed) {
        m_diagnostics.error(f.path(QStringLiteral("type")),
                            QStringLiteral("expected %1, got %2").arg(humanList(nodeTypeNames()), describeJson(type)));
        return false;
    }
    node.type = *parsed;
    return true;
}

void NodeReader::readClients(JsonFields &f, NodeSpec &node)
{
    f.number(QStringLiteral("rate_rps"), node.rateRps, 0, 10'000'000);
    f.integer(QStringLiteral("users"), node.users, 1, m_limits.maxUsers);
    f.integer(QStringLiteral("keys"), node.keys, 1, m_limits.maxKeys);
    f.number(QStringLiteral("zipf_s"), node.zipfS, 0, 10);
    f.number(QStringLiteral("user_zipf_s"), node.userZipfS, 0, 10);
    if (f.has(QStringLiteral("write_zipf_s"))) {
        double writeSkew = node.zipfS;
        f.number(QStringLiteral("write_zipf_s"), writeSkew, 0, 10);
        node.writeZipfS = writeSkew;
    }
    f.integer(QStringLiteral("query_variants"), node.queryVariants, 1, 1'000'000);
    readHeaderVariants(f, node);
    f.number(QStringLiteral("timeout_ms"), node.timeoutMs, 1, 3'600'000);
    f.string(QStringLiteral("trace"), node.trace);
    f.number(QStringLiteral("reread_own_writes"), node.rereadOwnWrites, 0, 1);
    f.number(QStringLiteral("reread_after_ms"), node.rereadAfterMs, 0, 3'600'000);
    if (node.rereadOwnWrites > 0 && !node.trace.isEmpty())
        m_diagnostics.error(f.path(QStringLiteral("reread_own_writes")),
                            QStringLiteral("cannot be used with a trace: the trace already lists every request, reads back included"));
    const QJsonObject ws = f.object(QStringLiteral("websockets"), &node.hasWebsockets);
    if (node.hasWebsockets) {
        JsonFields w(ws, f.path(QStringLiteral("websockets")), m_diagnostics);
        w.number(QStringLiteral("rate_cps"), node.websockets.rateCps, 0, 1'000'000);
        w.number(QStringLiteral("mean_duration_s"), node.websockets.meanDurationS, 0.001, 86400 * 30);
        w.number(QStringLiteral("reconnect_ms"), node.websockets.reconnectMs, 0, 3'600'000);
    }
    readMix(f, node);
}

void NodeReader::readHeaderVariants(JsonFields &f, NodeSpec &node)
{
    bool hasHeaders = false;
    const QJsonObject headers = f.object(QStringLiteral("header_variants"), &hasHeaders);
    QSet<QString> seenHeaders;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString at = f.path(QStringLiteral("header_variants")) + QLatin1Char('.') + it.key();
        if (!isHeaderName(it.key())) {
            m_diagnostics.error(at, QStringLiteral("expected an HTTP header name (letters, digits, '-'...)"));
            continue;
        }
        if (seenHeaders.contains(it.key().toLower())) {
            m_diagnostics.error(at, QStringLiteral("header named twice (names ignore case)"));
            continue;
        }
        seenHeaders.insert(it.key().toLower());
        const double n = it.value().toDouble(-1);
        if (!it.value().isDouble() || n != std::floor(n) || n < 1 || n > 1'000'000) {
            m_diagnostics.error(at, QStringLiteral("expected a whole number from 1 to 1000000, got %1").arg(describeJson(it.value())));
            continue;
        }
        node.headerVariants.insert(it.key(), static_cast<int>(n));
    }
}

void NodeReader::readMix(JsonFields &f, NodeSpec &node)
{
    bool hasMix = false;
    const QJsonObject mix = f.object(QStringLiteral("mix"), &hasMix);
    if (hasMix) {
        JsonFields m(mix, f.path(QStringLiteral("mix")), m_diagnostics);
        OpMix parsedMix{0, 0, 0};
        m.number(QStringLiteral("read"), parsedMix.read, 0, 1);
        m.number(QStringLiteral("write"), parsedMix.write, 0, 1);
        m.number(QStringLiteral("static"), parsedMix.staticShare, 0, 1);
        m.number(QStringLiteral("job"), parsedMix.job, 0, 1);
        const QJsonObject unknownOps = m.unknown();
        for (auto it = unknownOps.begin(); it != unknownOps.end(); ++it)
            m_diagnostics.error(m.path(it.key()), QStringLiteral("unknown operation; expected read, write, static or job"));
        const double sum = parsedMix.read + parsedMix.write + parsedMix.staticShare + parsedMix.job;
        if (std::abs(sum - 1.0) > 1e-6)
            m_diagnostics.error(f.path(QStringLiteral("mix")),
                                QStringLiteral("read + write + static + job must add up to 1, got %1").arg(sum));
        node.mix = parsedMix;
    }
}

void NodeReader::readLoadBalancer(JsonFields &f, NodeSpec &node)
{
    f.choice(QStringLiteral("algorithm"), node.algorithm, vocabulary::algorithms());
    readHealthCheck(f, node);
    const QJsonObject od = f.object(QStringLiteral("outlier_detection"), &node.hasOutlierDetection);
    if (node.hasOutlierDetection) {
        JsonFields o(od, f.path(QStringLiteral("outlier_detection")), m_diagnostics);
        o.integer(QStringLiteral("consecutive_errors"), node.outlierDetection.consecutiveErrors, 1, 1000);
        o.number(QStringLiteral("base_ejection_s"), node.outlierDetection.baseEjectionS, 0.001, 86400);
        o.number(QStringLiteral("max_ejection_s"), node.outlierDetection.maxEjectionS, 0.001, 86400);
    }
    f.boolean(QStringLiteral("sticky"), node.sticky);
    f.number(QStringLiteral("failover_ms"), node.failoverMs, 0, 600'000);
    readAutoscale(f, node);
}

// A balancer probes its pool; a dns node, the entries of the data centres it answers with.
void NodeReader::readHealthCheck(JsonFields &f, NodeSpec &node)
{
    const QJsonObject hc = f.object(QStringLiteral("health_check"), &node.hasHealthCheck);
    if (node.hasHealthCheck) {
        JsonFields h(hc, f.path(QStringLiteral("health_check")), m_diagnostics);
        h.integer(QStringLiteral("interval_ms"), node.healthCheck.intervalMs, 1, 3'600'000);
        h.integer(QStringLiteral("rise"), node.healthCheck.rise, 1, 1000);
        h.integer(QStringLiteral("fall"), node.healthCheck.fall, 1, 1000);
    }
}

// Web servers (after their weight and sessions), session stores, object storage, databases.
void NodeReader::readServer(JsonFields &f, NodeSpec &node)
{
    f.integer(QStringLiteral("concurrency"), node.concurrency, 1, 1'000'000);
    f.number(QStringLiteral("service_ms"), node.serviceMs, 0, 3'600'000);
    f.integer(QStringLiteral("queue"), node.queue, 0, 10'000'000);
    if (node.type == NodeType::Database) {
        f.choice(QStringLiteral("role"), node.role, vocabulary::databaseRoles());
        f.boolean(QStringLiteral("provisioned"), node.provisioned);
    }
    if (node.type == NodeType::ObjectStorage)
        f.number(QStringLiteral("max_age_s"), node.maxAgeS, -1, 365.0 * 86400);
}

void NodeReader::readCache(JsonFields &f, NodeSpec &node)
{
    f.integer64(QStringLiteral("capacity"), node.capacity, 1, 100'000'000);
    f.number(QStringLiteral("ttl_s"), node.ttlS, 0, 365.0 * 86400);
    f.choice(QStringLiteral("eviction"), node.eviction, vocabulary::evictions());
    f.choice(QStringLiteral("write_policy"), node.writePolicy, vocabulary::writePolicies());
    f.choice(QStringLiteral("fill"), node.fill, vocabulary::cacheFills());
    f.number(QStringLiteral("write_back_delay_ms"), node.writeBackDelayMs, 0, 3'600'000);
    f.boolean(QStringLiteral("leases"), node.leases);
    f.boolean(QStringLiteral("gutter"), node.gutter);
    f.number(QStringLiteral("lease_window_s"), node.leaseWindowS, 0.001, 3600);
}

// A balancer's pool of web servers, or a message queue's workers, as an auto scaling group.
void NodeReader::readAutoscale(JsonFields &f, NodeSpec &node)
{
    const QJsonObject autoscale = f.object(QStringLiteral("autoscale"), &node.hasAutoscale);
    if (node.hasAutoscale) {
        JsonFields a(autoscale, f.path(QStringLiteral("autoscale")), m_diagnostics);
        AutoscaleSpec &spec = node.autoscale;
        a.string(QStringLiteral("template"), spec.templateId, true);
        a.integer(QStringLiteral("min"), spec.min, 1, 1000);
        a.integer(QStringLiteral("max"), spec.max, 1, 1000);
        a.number(QStringLiteral("target_utilization"), spec.targetUtilization, 0.01, 1);
        a.number(QStringLiteral("cooldown_s"), spec.cooldownS, 0, 86400);
        a.number(QStringLiteral("provision_s"), spec.provisionS, 0, 3600);
        if (spec.min > spec.max)
            m_diagnostics.error(a.path(QStringLiteral("min")), QStringLiteral("expected at most max (%1), got %2").arg(spec.max).arg(spec.min));
        spec.extra = a.unknown();
    }
}

// The machine: a size sets the workers, so a file gives one or the other, never both.
void NodeReader::readSize(JsonFields &f, NodeSpec &node)
{
    const QJsonValue size = f.raw(QStringLiteral("size"));
    const auto found = ServerSizes::find(size.toString());
    if (!size.isUndefined() && (!size.isString() || !found)) {
        m_diagnostics.error(f.path(QStringLiteral("size")), QStringLiteral("expected %1, got %2").arg(ServerSizes::expected(), describeJson(size)));
    } else if (found) {
        node.size = found->name;
        const int workers = ServerSizes::workers(node.type, found->vcpus);
        if (f.has(QStringLiteral("concurrency")))
            m_diagnostics.error(f.path(QStringLiteral("concurrency")),
                                QStringLiteral("cannot be given with size: size \"%1\" sets %2 workers; remove concurrency, or size for a custom machine")
                                    .arg(node.size).arg(workers));
        node.concurrency = workers;
    }
    if (f.has(QStringLiteral("price_per_hour"))) {
        double price = 0;
        f.number(QStringLiteral("price_per_hour"), price, 0, 1'000'000);
        node.pricePerHour = price;
    }
    f.number(QStringLiteral("resize_downtime_s"), node.resizeDowntimeS, 0, 86400);
}

void NodeReader::readCdnEdge(JsonFields &f, NodeSpec &node)
{
    f.integer64(QStringLiteral("capacity"), node.capacity, 1, qint64(1) << 50);
    f.number(QStringLiteral("ttl_s"), node.ttlS, 0, 365.0 * 86400);
    f.number(QStringLiteral("min_ttl_s"), node.minTtlS, 0, 365.0 * 86400);
    f.number(QStringLiteral("max_ttl_s"), node.maxTtlS, 0, 365.0 * 86400);
    bool hasKey = false;
    const QJsonObject key = f.object(QStringLiteral("cache_key"), &hasKey);
    if (hasKey) {
        JsonFields k(key, f.path(QStringLiteral("cache_key")), m_diagnostics);
        k.boolean(QStringLiteral("query_strings"), node.cacheKeyQueryStrings);
        k.boolean(QStringLiteral("cookies"), node.cacheKeyCookies);
        readCacheKeyHeaders(k, node);
    }
    if (node.minTtlS > node.maxTtlS)
        m_diagnostics.error(f.path(QStringLiteral("min_ttl_s")), QStringLiteral("expected at most max_ttl_s (%1), got %2").arg(node.maxTtlS).arg(node.minTtlS));
}

void NodeReader::readCacheKeyHeaders(JsonFields &k, NodeSpec &node)
{
    const QJsonValue names = k.raw(QStringLiteral("headers"));
    const QString at = k.path(QStringLiteral("headers"));
    if (!names.isUndefined() && !names.isArray()) {
        m_diagnostics.error(at, QStringLiteral("expected a list of header names, got %1").arg(describeJson(names)));
    } else if (names.toArray().size() > kMaxCacheKeyHeaders) {
        m_diagnostics.error(at, QStringLiteral("%1 headers; the limit is %2").arg(names.toArray().size()).arg(kMaxCacheKeyHeaders));
    } else {
        QSet<QString> seen;
        const QJsonArray list = names.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toString();
            if (!list.at(i).isString() || !isHeaderName(name))
                m_diagnostics.error(indexed(at, i), QStringLiteral("expected an HTTP header name such as Accept-Language, got %1").arg(describeJson(list.at(i))));
            else if (seen.contains(name.toLower()))
                m_diagnostics.error(indexed(at, i), QStringLiteral("%1 is already in the key (names ignore case)").arg(name));
            else
                node.cacheKeyHeaders << name;
            seen.insert(name.toLower());
        }
    }
}

} // namespace scalelab
