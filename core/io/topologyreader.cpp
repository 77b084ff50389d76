// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/topologyreader.h"

#include "io/boundedread.h"
#include "io/jsonfields.h"
#include "io/nodereader.h"
#include "model/topologyvalidator.h"
#include "model/vocabulary.h"
#include "model/serversize.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>

namespace scalelab {

namespace {
const QString kFormat = QStringLiteral("scalelab-topology");
constexpr int kVersion = 1;
constexpr int kMaxShards = 64;        // a shard's number fits the charts' legend and the ring's 64-bit masks
constexpr int kMaxShardMembers = 16;  // a primary and its replicas

QString indexed(const QString &array, int i)
{
    return QStringLiteral("%1[%2]").arg(array).arg(i);
}

// Reads the array at `key` ("nodes"), one object (`what`: "a node") at a time, into `into`.
template<typename Spec, typename ReadOne>
void readArray(JsonFields &top, const QString &key, const QString &what, bool required, int limit,
               Diagnostics &diagnostics, QList<Spec> &into, ReadOne readOne)
{
    const QJsonValue value = top.raw(key);
    if ((required || !value.isUndefined()) && !value.isArray()) {
        diagnostics.error(key, QStringLiteral("expected an array of %1, got %2").arg(key, describeJson(value)));
    } else if (value.toArray().size() > limit) {
        diagnostics.error(key, QStringLiteral("%1 %2; the limit is %3").arg(value.toArray().size()).arg(key).arg(limit));
    } else {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = indexed(key, i);
            if (!array[i].isObject()) {
                diagnostics.error(path, QStringLiteral("expected %1 object, got %2").arg(what, describeJson(array[i])));
                continue;
            }
            Spec spec;
            readOne(array[i].toObject(), path, spec);
            into.append(spec);
        }
    }
}

// The least a runtime `set` may give a setting: a rate or a time may be 0, a count not.
double minimumSetting(const QString &key)
{
    return key == QLatin1String("service_ms") || key == QLatin1String("static_version") || key == QLatin1String("rate_rps") ? 0 : 1;
}
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
    const std::optional<QJsonObject> object = parseObject(json);
    if (!object)
        return std::nullopt;

    Topology topology;
    topology.baseDirectory = baseDirectory;
    JsonFields top(*object, QString(), m_diagnostics);
    if (!readHeader(top, *object, topology))
        return std::nullopt;

    readArray(top, QStringLiteral("nodes"), QStringLiteral("a node"), true, m_limits.maxNodes, m_diagnostics, topology.nodes,
              [this](const QJsonObject &o, const QString &path, NodeSpec &node) { readNode(o, path, node); });
    readArray(top, QStringLiteral("links"), QStringLiteral("a link"), false, m_limits.maxLinks, m_diagnostics, topology.links,
              [this](const QJsonObject &o, const QString &path, LinkSpec &link) { readLink(o, path, link); });
    readReplication(top, topology);
    readCdn(top, topology);
    readSharding(top, topology);
    readArray(top, QStringLiteral("events"), QStringLiteral("an event"), false, m_limits.maxEvents, m_diagnostics, topology.events,
              [this](const QJsonObject &o, const QString &path, ScenarioEvent &event) { readEvent(o, path, event); });
    readAlerts(top, topology);
    readLayout(top, topology);
    topology.extra = top.unknown();

    if (m_checkGraph && !m_diagnostics.hasErrors())
        TopologyValidator(topology, m_diagnostics).check();
    if (m_diagnostics.hasErrors())
        return std::nullopt;
    return topology;
}

std::optional<QJsonObject> TopologyReader::parseObject(const QByteArray &json)
{
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
    return doc.object();
}

// Format, version, name and seed. False when the file is not one this ScaleLab reads.
bool TopologyReader::readHeader(JsonFields &top, const QJsonObject &object, Topology &topology)
{
    const QJsonValue format = top.raw(QStringLiteral("format"));
    if (format != QJsonValue(kFormat)) {
        m_diagnostics.error(QStringLiteral("format"),
                            QStringLiteral("expected \"%1\", got %2").arg(kFormat, describeJson(format)));
        return false;
    }
    int version = 0;
    top.integer(QStringLiteral("version"), version, 0, 1'000'000);
    if (version != kVersion) {
        m_diagnostics.error(QStringLiteral("version"),
                            QStringLiteral("expected %1, got %2 (this ScaleLab reads schema version %1)")
                                .arg(kVersion).arg(describeJson(object.value(QStringLiteral("version")))));
        return false;
    }
    top.string(QStringLiteral("name"), topology.name);
    qint64 seed = 1;
    top.integer64(QStringLiteral("seed"), seed, 0, (qint64(1) << 53));
    topology.seed = static_cast<std::uint64_t>(seed);
    return true;
}

void TopologyReader::readReplication(JsonFields &top, Topology &topology)
{
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
}

void TopologyReader::readCdn(JsonFields &top, Topology &topology)
{
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
}

// `sharding`: a strategy and the shards, each a list of database ids (its primary first).
void TopologyReader::readSharding(JsonFields &top, Topology &topology)
{
    const QJsonObject sharding = top.object(QStringLiteral("sharding"), &topology.hasSharding);
    if (!topology.hasSharding)
        return;
    JsonFields f(sharding, QStringLiteral("sharding"), m_diagnostics);
    ShardingSpec &spec = topology.sharding;
    f.choice(QStringLiteral("strategy"), spec.strategy, vocabulary::shardingStrategies());
    f.number(QStringLiteral("key_size_kb"), spec.keySizeKb, 0.001, 1e6);
    f.number(QStringLiteral("copy_mb_per_s"), spec.copyMbPerS, 0.001, 1e7);
    f.number(QStringLiteral("fan_out_reads"), spec.fanOutReads, 0, 1);
    const QJsonValue shards = f.raw(QStringLiteral("shards"));
    if (!shards.isArray() || shards.toArray().isEmpty() || shards.toArray().size() > kMaxShards) {
        m_diagnostics.error(f.path(QStringLiteral("shards")),
                            QStringLiteral("expected a list of 1 to %1 shards, each a list of database ids (its primary first), got %2")
                                .arg(kMaxShards).arg(describeJson(shards)));
    } else {
        const QJsonArray list = shards.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            spec.shards.append(readShard(list[i], QStringLiteral("sharding.shards[%1]").arg(i)));
    }
    spec.extra = f.unknown();
}

QStringList TopologyReader::readShard(const QJsonValue &value, const QString &path)
{
    QStringList ids;
    const QJsonArray members = value.toArray();
    if (!value.isArray() || members.isEmpty() || members.size() > kMaxShardMembers) {
        m_diagnostics.error(path, QStringLiteral("expected a list of 1 to %1 database ids (the shard's primary first), got %2")
                                      .arg(kMaxShardMembers).arg(describeJson(value)));
        return ids;
    }
    for (qsizetype j = 0; j < members.size(); ++j) {
        if (!members[j].isString() || members[j].toString().isEmpty())
            m_diagnostics.error(QStringLiteral("%1[%2]").arg(path).arg(j), QStringLiteral("expected a database id, got %1").arg(describeJson(members[j])));
        else
            ids.append(members[j].toString());
    }
    return ids;
}

void TopologyReader::readAlerts(JsonFields &top, Topology &topology)
{
    readArray(top, QStringLiteral("alerts"), QStringLiteral("an alert rule"), false, m_limits.maxAlerts, m_diagnostics,
              topology.alerts,
              [this](const QJsonObject &o, const QString &path, AlertRuleSpec &alert) { readAlert(o, path, alert); });
    // The events CSV and the report name an alert by its name: one name, one rule.
    for (int i = 1; i < topology.alerts.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (topology.alerts[i].name == topology.alerts[j].name) {
                m_diagnostics.error(QStringLiteral("alerts[%1].name").arg(i),
                                    QStringLiteral("alerts[%1] is called \"%2\" already").arg(j).arg(topology.alerts[i].name));
                break;
            }
        }
    }
}

// One alert rule: a name, a metric, exactly one of `above` and `below`, and `for_s`.
void TopologyReader::readAlert(const QJsonObject &object, const QString &path, AlertRuleSpec &alert)
{
    JsonFields f(object, path, m_diagnostics);
    f.string(QStringLiteral("name"), alert.name, true);
    // One word, as Prometheus names alerts: the events CSV and the report carry it as is.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (f.has(QStringLiteral("name")) && !word.match(alert.name).hasMatch())
        m_diagnostics.error(f.path(QStringLiteral("name")),
                            QStringLiteral("expected one word of letters, digits, _ . or - (HighLatency), got \"%1\"").arg(alert.name));
    if (!f.has(QStringLiteral("metric")))
        m_diagnostics.error(f.path(QStringLiteral("metric")), QStringLiteral("missing; expected %1").arg(humanList(alertMetricNames())));
    f.choice(QStringLiteral("metric"), alert.metric, alertMetricNames());
    const bool above = f.has(QStringLiteral("above"));
    const bool below = f.has(QStringLiteral("below"));
    if (above == below)
        m_diagnostics.error(f.path(above ? QStringLiteral("below") : QStringLiteral("above")),
                            above ? QStringLiteral("give either above or below, not both")
                                  : QStringLiteral("missing; expected above or below: the threshold"));
    alert.above = !below;
    f.number(alert.above ? QStringLiteral("above") : QStringLiteral("below"), alert.threshold, -1e12, 1e12);
    f.integer(QStringLiteral("for_s"), alert.forS, 1, 86400);
    // Host metrics watch one node (checked against the nodes by the validator).
    f.string(QStringLiteral("node"), alert.node);
    const auto metric = alertMetricNamed(alert.metric);
    if (metric && alertMetricWatchesNode(*metric) && alert.node.isEmpty())
        m_diagnostics.error(f.path(QStringLiteral("node")), QStringLiteral("missing; %1 watches one node: give its id").arg(alert.metric));
    else if (metric && !alertMetricWatchesNode(*metric) && !alert.node.isEmpty())
        m_diagnostics.error(f.path(QStringLiteral("node")), QStringLiteral("%1 is a figure of the whole system; only busy and queued watch a node")
                                                               .arg(alert.metric));
    alert.extra = f.unknown();
}

void TopologyReader::readLayout(JsonFields &top, Topology &topology)
{
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
}

void TopologyReader::readNode(const QJsonObject &object, const QString &path, NodeSpec &node)
{
    NodeReader(m_limits, m_diagnostics).read(object, path, node);
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
    const QStringList actions = vocabulary::nodeActions() + vocabulary::linkActions() + vocabulary::topologyActions();
    if (!f.has(QStringLiteral("action")))
        m_diagnostics.error(f.path(QStringLiteral("action")), QStringLiteral("missing; expected %1").arg(humanList(actions)));
    f.choice(QStringLiteral("action"), event.action, actions);
    f.string(QStringLiteral("node"), event.node);
    if (event.action == QLatin1String("kill") || event.action == QLatin1String("revive"))
        f.string(QStringLiteral("datacenter"), event.datacenter);
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
                 && (!event.value.isDouble() || event.value.toDouble() < minimumSetting(event.key)))
            m_diagnostics.error(f.path(QStringLiteral("value")), QStringLiteral("expected a number >= %1, got %2")
                                                                     .arg(minimumSetting(event.key)).arg(describeJson(event.value)));
    }
    if (event.action == QLatin1String("link"))
        f.number(QStringLiteral("latency_ms"), event.latencyMs, 0, 600'000);
    if (event.action == QLatin1String("invalidate"))
        f.string(QStringLiteral("path"), event.path, true);
    if (event.action == QLatin1String("add_shard"))
        event.shard = readShard(f.raw(QStringLiteral("shard")), f.path(QStringLiteral("shard")));
    if (event.action == QLatin1String("resize")) {
        const QJsonValue size = f.raw(QStringLiteral("size"));
        if (!size.isString() || !ServerSizes::find(size.toString()))
            m_diagnostics.error(f.path(QStringLiteral("size")), QStringLiteral("%1expected %2, got %3")
                                                                    .arg(size.isUndefined() ? QStringLiteral("missing; ") : QString(),
                                                                         ServerSizes::expected(), describeJson(size)));
        else
            event.size = size.toString();
    }
    event.extra = f.unknown();
}

} // namespace scalelab
