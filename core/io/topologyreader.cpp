#include "io/topologyreader.h"

#include "io/boundedread.h"
#include "io/jsonfields.h"
#include "model/topologyvalidator.h"
#include "model/vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace scalelab {

namespace {
const QString kFormat = QStringLiteral("scalelab-topology");
constexpr int kVersion = 1;

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

std::optional<Topology> TopologyReader::readFile(const QString &fileName)
{
    m_diagnostics = {};
    m_fileName = fileName;
    QFile file(fileName);
    if (QFileInfo(fileName).exists() && !QFileInfo(fileName).isFile()) {
        m_diagnostics.error(QString(), QStringLiteral("not a regular file"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_diagnostics.error(QString(), QStringLiteral("cannot open: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = readAtMost(file, m_limits.maxFileBytes);  // never trust size() for the limit
    if (bytes.size() > m_limits.maxFileBytes) {
        m_diagnostics.error(QString(), QStringLiteral("file is larger than the limit of %1 bytes").arg(m_limits.maxFileBytes));
        return std::nullopt;
    }
    const QString fileNameCopy = m_fileName;
    auto result = readBytes(bytes, QFileInfo(fileName).absolutePath());
    m_fileName = fileNameCopy;
    return result;
}

std::optional<Topology> TopologyReader::readBytes(const QByteArray &json, const QString &baseDirectory)
{
    m_diagnostics = {};
    if (json.size() > m_limits.maxFileBytes) {
        m_diagnostics.error(QString(), QStringLiteral("file is %1 bytes; the limit is %2")
                                           .arg(json.size()).arg(m_limits.maxFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column a person can find.
        const QByteArray before = json.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        m_diagnostics.error(QString(), QStringLiteral("not valid JSON at line %1, column %2: %3")
                                           .arg(line).arg(column).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_diagnostics.error(QString(), QStringLiteral("expected a JSON object at the top level"));
        return std::nullopt;
    }

    Topology topology;
    topology.baseDirectory = baseDirectory;
    JsonFields top(doc.object(), QString(), m_diagnostics);

    const QJsonValue format = top.raw(QStringLiteral("format"));
    if (format != QJsonValue(kFormat)) {
        m_diagnostics.error(QStringLiteral("format"),
                            QStringLiteral("expected \"%1\", got %2").arg(kFormat, describeJson(format)));
        return std::nullopt;
    }
    int version = 0;
    top.integer(QStringLiteral("version"), version, 0, 1'000'000);
    if (version != kVersion) {
        m_diagnostics.error(QStringLiteral("version"),
                            QStringLiteral("expected %1, got %2 (this ScaleLab reads schema version %1)")
                                .arg(kVersion).arg(describeJson(doc.object().value(QStringLiteral("version")))));
        return std::nullopt;
    }
    top.string(QStringLiteral("name"), topology.name);
    qint64 seed = 1;
    top.integer64(QStringLiteral("seed"), seed, 0, (qint64(1) << 53));
    topology.seed = static_cast<std::uint64_t>(seed);

    const QJsonValue nodes = top.raw(QStringLiteral("nodes"));
    if (!nodes.isArray()) {
        m_diagnostics.error(QStringLiteral("nodes"), QStringLiteral("expected an array of nodes, got %1").arg(describeJson(nodes)));
    } else if (nodes.toArray().size() > m_limits.maxNodes) {
        m_diagnostics.error(QStringLiteral("nodes"), QStringLiteral("%1 nodes; the limit is %2")
                                                         .arg(nodes.toArray().size()).arg(m_limits.maxNodes));
    } else {
        const QJsonArray array = nodes.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = indexed(QStringLiteral("nodes"), i);
            if (!array[i].isObject()) {
                m_diagnostics.error(path, QStringLiteral("expected a node object, got %1").arg(describeJson(array[i])));
                continue;
            }
            NodeSpec node;
            readNode(array[i].toObject(), path, node);
            topology.nodes.append(node);
        }
    }

    const QJsonValue links = top.raw(QStringLiteral("links"));
    if (!links.isUndefined() && !links.isArray()) {
        m_diagnostics.error(QStringLiteral("links"), QStringLiteral("expected an array of links, got %1").arg(describeJson(links)));
    } else if (links.toArray().size() > m_limits.maxLinks) {
        m_diagnostics.error(QStringLiteral("links"), QStringLiteral("%1 links; the limit is %2")
                                                         .arg(links.toArray().size()).arg(m_limits.maxLinks));
    } else {
        const QJsonArray array = links.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = indexed(QStringLiteral("links"), i);
            if (!array[i].isObject()) {
                m_diagnostics.error(path, QStringLiteral("expected a link object, got %1").arg(describeJson(array[i])));
                continue;
            }
            LinkSpec link;
            readLink(array[i].toObject(), path, link);
            topology.links.append(link);
        }
    }

    bool hasReplication = false;
    const QJsonObject replication = top.object(QStringLiteral("replication"), &hasReplication);
    if (hasReplication) {
        topology.hasReplication = true;
        JsonFields r(replication, QStringLiteral("replication"), m_diagnostics);
        ReplicationSpec &spec = topology.replication;
        r.choice(QStringLiteral("mode"), spec.mode, vocabulary::replicationModes());
        r.number(QStringLiteral("ship_delay_ms"), spec.shipDelayMs, 0, 3'600'000);
        r.boolean(QStringLiteral("recover_from_binlog"), spec.recoverFromBinlog);
        r.choice(QStringLiteral("conflict_resolution"), spec.conflictResolution, vocabulary::conflictResolutions());
        r.choice(QStringLiteral("semi_sync_wait"), spec.semiSyncWait, {QStringLiteral("after_sync"), QStringLiteral("after_commit")});
        r.number(QStringLiteral("semi_sync_timeout_ms"), spec.semiSyncTimeoutMs, 0, 3'600'000);
        r.number(QStringLiteral("failover_ms"), spec.failoverMs, 0, 3'600'000);
        r.number(QStringLiteral("binlog_recovery_ms"), spec.binlogRecoveryMs, 0, 3'600'000);
        r.number(QStringLiteral("apply_delay_ms"), spec.applyDelayMs, 0, 3'600'000);
        r.number(QStringLiteral("data_size_mb"), spec.dataSizeMb, 0, 1e9);
        r.number(QStringLiteral("copy_mb_per_s"), spec.copyMbPerS, 0.001, 1e7);
        r.boolean(QStringLiteral("auto_replace"), spec.autoReplace);
        r.number(QStringLiteral("replace_delay_s"), spec.replaceDelayS, 0, 86400);
        spec.extra = r.unknown();
    }

    const QJsonObject cdn = top.object(QStringLiteral("cdn"), &topology.hasCdn);
    if (topology.hasCdn) {
        JsonFields c(cdn, QStringLiteral("cdn"), m_diagnostics);
        CdnSpec &spec = topology.cdn;
        c.number(QStringLiteral("price_per_gb"), spec.pricePerGb, 0, 100);
        c.number(QStringLiteral("origin_price_per_gb"), spec.originPricePerGb, 0, 100);
        c.choice(QStringLiteral("origin"), spec.origin, vocabulary::cdnOrigins());
        c.number(QStringLiteral("origin_fill_price_per_gb"), spec.originFillPricePerGb, 0, 100);
        if (spec.origin == QLatin1String("cloud") && c.has(QStringLiteral("origin_fill_price_per_gb")))
            m_diagnostics.error(c.path(QStringLiteral("origin_fill_price_per_gb")),
                                QStringLiteral("a cloud origin's fills are free; set cdn.origin to custom to price them"));
        c.number(QStringLiteral("price_per_10k_requests"), spec.pricePer10kRequests, 0, 100);
        c.number(QStringLiteral("edge_timeout_ms"), spec.edgeTimeoutMs, 1, 600'000);
        c.number(QStringLiteral("retry_s"), spec.retryS, 0, 86400);
        c.number(QStringLiteral("invalidation_ms"), spec.invalidationMs, 0, 3'600'000);
        c.number(QStringLiteral("static_size_kb"), spec.staticSizeKb, 0.001, 10'000'000);
        spec.extra = c.unknown();
    }

    const QJsonValue events = top.raw(QStringLiteral("events"));
    if (!events.isUndefined() && !events.isArray()) {
        m_diagnostics.error(QStringLiteral("events"), QStringLiteral("expected an array of events, got %1").arg(describeJson(events)));
    } else if (events.toArray().size() > m_limits.maxEvents) {
        m_diagnostics.error(QStringLiteral("events"), QStringLiteral("%1 events; the limit is %2")
                                                          .arg(events.toArray().size()).arg(m_limits.maxEvents));
    } else {
        const QJsonArray array = events.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = indexed(QStringLiteral("events"), i);
            if (!array[i].isObject()) {
                m_diagnostics.error(path, QStringLiteral("expected an event object, got %1").arg(describeJson(array[i])));
                continue;
            }
            ScenarioEvent event;
            readEvent(array[i].toObject(), path, event);
            topology.events.append(event);
        }
    }

    const QJsonObject layout = top.object(QStringLiteral("layout"));
    for (auto it = layout.begin(); it != layout.end(); ++it) {
        const QJsonArray xy = it.value().toArray();
        if (!it.value().isArray() || xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble()) {
            m_diagnostics.error(QStringLiteral("layout.") + it.key(),
                                QStringLiteral("expected [x, y], got %1").arg(describeJson(it.value())));
            continue;
        }
        topology.layout.insert(it.key(), LayoutPoint{xy[0].toDouble(), xy[1].toDouble()});
    }
    topology.extra = top.unknown();

    if (m_checkGraph && !m_diagnostics.hasErrors())
        TopologyValidator(topology, m_diagnostics).check();
    if (m_diagnostics.hasErrors())
        return std::nullopt;
    return topology;
}

void TopologyReader::readNode(const QJsonObject &object, const QString &path, NodeSpec &node)
{
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("id"), node.id, true);
    if (node.id.size() > m_limits.maxIdLength)
        m_diagnostics.error(f.path(QStringLiteral("id")), QStringLiteral("id is %1 characters; the limit is %2")
                                                              .arg(node.id.size()).arg(m_limits.maxIdLength));
    const QJsonValue type = f.raw(QStringLiteral("type"));
    const auto parsed = nodeTypeFromName(type.toString());
    if (type.isUndefined()) {
        m_diagnostics.error(f.path(QStringLiteral("type")), QStringLiteral("missing; expected %1").arg(humanList(nodeTypeNames())));
        return;
    }
    if (!type.isString() || !parsed) {
        m_diagnostics.error(f.path(QStringLiteral("type")),
                            QStringLiteral("expected %1, got %2").arg(humanList(nodeTypeNames()), describeJson(type)));
        return;
    }
    node.type = *parsed;
    f.string(QStringLiteral("region"), node.region);

    // Per-type defaults that differ from the struct's.
    switch (node.type) {
    case NodeType::Database: node.concurrency = 100; node.serviceMs = 5; node.queue = 1000; break;
    case NodeType::SessionStore: node.concurrency = 200; node.serviceMs = 1; node.queue = 1000; break;
    case NodeType::ObjectStorage: node.concurrency = 1000; node.serviceMs = 30; node.queue = 10000; break;
    case NodeType::Cache: node.concurrency = 10000; node.serviceMs = 0.5; node.queue = 10000; break;
    case NodeType::CdnEdge: node.capacity = 10'000'000'000; node.ttlS = 86400; node.concurrency = 100000; node.serviceMs = 1; node.queue = 0; break;
    default: break;
    }

    switch (node.type) {
    case NodeType::Clients: {
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
        bool hasMix = false;
        const QJsonObject mix = f.object(QStringLiteral("mix"), &hasMix);
        if (hasMix) {
            JsonFields m(mix, f.path(QStringLiteral("mix")), m_diagnostics);
            OpMix parsedMix{0, 0, 0};
            m.number(QStringLiteral("read"), parsedMix.read, 0, 1);
            m.number(QStringLiteral("write"), parsedMix.write, 0, 1);
            m.number(QStringLiteral("static"), parsedMix.staticShare, 0, 1);
            const QJsonObject unknownOps = m.unknown();
            for (auto it = unknownOps.begin(); it != unknownOps.end(); ++it)
                m_diagnostics.error(m.path(it.key()), QStringLiteral("unknown operation; expected read, write or static"));
            const double sum = parsedMix.read + parsedMix.write + parsedMix.staticShare;
            if (std::abs(sum - 1.0) > 1e-6)
                m_diagnostics.error(f.path(QStringLiteral("mix")),
                                    QStringLiteral("read + write + static must add up to 1, got %1").arg(sum));
            node.mix = parsedMix;
        }
        break;
    }
    case NodeType::LoadBalancer: {
        f.choice(QStringLiteral("algorithm"), node.algorithm, vocabulary::algorithms());
        const QJsonObject hc = f.object(QStringLiteral("health_check"), &node.hasHealthCheck);
        if (node.hasHealthCheck) {
            JsonFields h(hc, f.path(QStringLiteral("health_check")), m_diagnostics);
            h.integer(QStringLiteral("interval_ms"), node.healthCheck.intervalMs, 1, 3'600'000);
            h.integer(QStringLiteral("rise"), node.healthCheck.rise, 1, 1000);
            h.integer(QStringLiteral("fall"), node.healthCheck.fall, 1, 1000);
        }
        const QJsonObject od = f.object(QStringLiteral("outlier_detection"), &node.hasOutlierDetection);
        if (node.hasOutlierDetection) {
            JsonFields o(od, f.path(QStringLiteral("outlier_detection")), m_diagnostics);
            o.integer(QStringLiteral("consecutive_errors"), node.outlierDetection.consecutiveErrors, 1, 1000);
            o.number(QStringLiteral("base_ejection_s"), node.outlierDetection.baseEjectionS, 0.001, 86400);
            o.number(QStringLiteral("max_ejection_s"), node.outlierDetection.maxEjectionS, 0.001, 86400);
        }
        f.boolean(QStringLiteral("sticky"), node.sticky);
        f.number(QStringLiteral("failover_ms"), node.failoverMs, 0, 600'000);
        break;
    }
    case NodeType::WebServer:
        f.integer(QStringLiteral("weight"), node.weight, 1, 1000);
        f.choice(QStringLiteral("sessions"), node.sessions, vocabulary::sessionModes());
        [[fallthrough]];
    case NodeType::SessionStore:
    case NodeType::ObjectStorage:
    case NodeType::Database:
        f.integer(QStringLiteral("concurrency"), node.concurrency, 1, 1'000'000);
        f.number(QStringLiteral("service_ms"), node.serviceMs, 0, 3'600'000);
        f.integer(QStringLiteral("queue"), node.queue, 0, 10'000'000);
        if (node.type == NodeType::Database) {
            f.choice(QStringLiteral("role"), node.role, vocabulary::databaseRoles());
            f.boolean(QStringLiteral("provisioned"), node.provisioned);
        }
        if (node.type == NodeType::ObjectStorage)
            f.number(QStringLiteral("max_age_s"), node.maxAgeS, -1, 365.0 * 86400);
        break;
    case NodeType::Cache:
        f.integer64(QStringLiteral("capacity"), node.capacity, 1, 100'000'000);
        f.number(QStringLiteral("ttl_s"), node.ttlS, 0, 365.0 * 86400);
        f.choice(QStringLiteral("eviction"), node.eviction, vocabulary::evictions());
        f.choice(QStringLiteral("write_policy"), node.writePolicy, vocabulary::writePolicies());
        f.choice(QStringLiteral("fill"), node.fill, vocabulary::cacheFills());
        f.number(QStringLiteral("write_back_delay_ms"), node.writeBackDelayMs, 0, 3'600'000);
        f.boolean(QStringLiteral("leases"), node.leases);
        f.boolean(QStringLiteral("gutter"), node.gutter);
        f.number(QStringLiteral("lease_window_s"), node.leaseWindowS, 0.001, 3600);
        break;
    case NodeType::CdnEdge: {
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
        if (node.minTtlS > node.maxTtlS)
            m_diagnostics.error(f.path(QStringLiteral("min_ttl_s")), QStringLiteral("expected at most max_ttl_s (%1), got %2").arg(node.maxTtlS).arg(node.minTtlS));
        break;
    }
        break;
    }
    node.extra = f.unknown();
}

void TopologyReader::readLink(const QJsonObject &object, const QString &path, LinkSpec &link)
{
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("from"), link.from, true);
    f.string(QStringLiteral("to"), link.to, true);
    f.number(QStringLiteral("latency_ms"), link.latencyMs, 0, 600'000);
    link.extra = f.unknown();
}

void TopologyReader::readEvent(const QJsonObject &object, const QString &path, ScenarioEvent &event)
{
    JsonFields f(object, path, m_diagnostics);
    if (!f.has(QStringLiteral("at_s")))
        m_diagnostics.error(f.path(QStringLiteral("at_s")), QStringLiteral("missing; expected a time in seconds"));
    f.number(QStringLiteral("at_s"), event.atS, 0, 1e7);
    const QStringList actions = vocabulary::nodeActions() + vocabulary::linkActions();
    if (!f.has(QStringLiteral("action")))
        m_diagnostics.error(f.path(QStringLiteral("action")), QStringLiteral("missing; expected %1").arg(humanList(actions)));
    f.choice(QStringLiteral("action"), event.action, actions);
    f.string(QStringLiteral("node"), event.node);
    f.string(QStringLiteral("from"), event.from);
    f.string(QStringLiteral("to"), event.to);
    if (event.action == QLatin1String("set")) {
        f.choice(QStringLiteral("key"), event.key, vocabulary::settableKeys());
        if (!f.has(QStringLiteral("key")))
            m_diagnostics.error(f.path(QStringLiteral("key")), QStringLiteral("missing; expected %1").arg(humanList(vocabulary::settableKeys())));
        event.value = f.raw(QStringLiteral("value"));
        const bool wantsText = event.key == QLatin1String("algorithm");
        if (event.value.isUndefined())
            m_diagnostics.error(f.path(QStringLiteral("value")), QStringLiteral("missing; expected the new value of %1").arg(event.key));
        else if (wantsText && !vocabulary::algorithms().contains(event.value.toString()))
            m_diagnostics.error(f.path(QStringLiteral("value")), QStringLiteral("expected %1, got %2")
                                                                     .arg(humanList(vocabulary::algorithms()), describeJson(event.value)));
        else if (!wantsText && !event.key.isEmpty()
                 && (!event.value.isDouble() || event.value.toDouble() < (event.key == QLatin1String("service_ms") || event.key == QLatin1String("static_version") ? 0 : 1)))
            m_diagnostics.error(f.path(QStringLiteral("value")), QStringLiteral("expected a number >= %1, got %2")
                                                                     .arg(event.key == QLatin1String("service_ms") || event.key == QLatin1String("static_version") ? 0 : 1)
                                                                     .arg(describeJson(event.value)));
    }
    if (event.action == QLatin1String("link"))
        f.number(QStringLiteral("latency_ms"), event.latencyMs, 0, 600'000);
    if (event.action == QLatin1String("invalidate"))
        f.string(QStringLiteral("path"), event.path, true);
    event.extra = f.unknown();
}

} // namespace scalelab
