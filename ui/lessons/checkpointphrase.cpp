// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/checkpointphrase.h"

#include "lessons/checkpoint.h"

#include <QLocale>

#include <cmath>

namespace scalelab {

namespace {

QString count(double value)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString decimal(double value)
{
    return QLocale().toString(value, 'g', 6);
}

/// A latency as a class reads it: whole milliseconds from 10 ms, one decimal below
/// ("421 ms", not "421.121 ms").
QString milliseconds(double value)
{
    return QLocale().toString(value, 'f', std::abs(value) >= 10.0 ? 0 : 1);
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', ratio * 100.0 == std::round(ratio * 100.0) ? 0 : 1);
}

QString words(const QString &key)
{
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString CheckpointPhrase::name(const QString &metric)
{
    const std::optional<MetricPath> path = splitMetricPath(metric);
    if (!path)
        return words(metric);
    if (!path->node.isEmpty())
        return tr("%1 %2").arg(path->node, words(path->figure));
    if (path->section.isEmpty())
        return words(path->figure);
    return tr("%1 %2").arg(words(path->section), words(path->figure));
}

QString CheckpointPhrase::sentence(const QString &metric, double value)
{
    const std::optional<MetricPath> path = splitMetricPath(metric);
    if (!path)
        return tr("%1: %2").arg(words(metric), decimal(value));
    const QString &f = path->figure;
    if (!path->node.isEmpty())
        return nodeSentence(path->node, f, value);
    const QString &s = path->section;
    QString said;
    if (s == QLatin1String("requests") || s == QLatin1String("latency_ms"))
        said = requestSentence(s, f, value);
    else if (s == QLatin1String("cache"))
        said = cacheSentence(f, value);
    else if (s == QLatin1String("replication"))
        said = replicationSentence(f, value);
    else if (s == QLatin1String("sessions") && f == QLatin1String("lost"))
        said = tr("%1 users lost their session").arg(count(value));
    else if (s == QLatin1String("cdn"))
        said = cdnSentence(f, value);
    // A figure without a phrase of its own still reads as words.
    return said.isEmpty() ? tr("%1: %2").arg(name(metric), decimal(value)) : said;
}

QString CheckpointPhrase::nodeSentence(const QString &node, const QString &f, double value)
{
    const QString n = count(value);
    if (f == QLatin1String("served"))
        return tr("%1 served %2 requests").arg(node, n);
    if (f == QLatin1String("errors"))
        return tr("%1 answered %2 requests with an error").arg(node, n);
    if (f == QLatin1String("dropped"))
        return tr("%1 dropped %2 requests").arg(node, n);
    if (f == QLatin1String("queued"))
        return tr("%1 had %2 requests waiting").arg(node, n);
    if (f == QLatin1String("active"))
        return tr("%1 was working on %2 requests").arg(node, n);
    if (f == QLatin1String("applied"))
        return tr("%1 applied %2 writes").arg(node, n);
    if (f == QLatin1String("writes_behind"))
        return tr("%1 was %2 writes behind").arg(node, n);
    if (f == QLatin1String("lag_ms"))
        return tr("%1 lagged %2 ms behind").arg(node, decimal(value));
    if (f == QLatin1String("cached_items"))
        return tr("%1 held %2 items").arg(node, n);
    if (f == QLatin1String("connections"))
        return tr("%1 had %2 open connections").arg(node, n);
    return tr("%1's %2: %3").arg(node, words(f), decimal(value));
}

QString CheckpointPhrase::requestSentence(const QString &section, const QString &f, double value)
{
    const QString n = count(value);
    if (section == QLatin1String("requests")) {
        if (f == QLatin1String("total"))
            return tr("%1 requests in all").arg(n);
        if (f == QLatin1String("ok"))
            return tr("%1 requests succeeded").arg(n);
        if (f == QLatin1String("error"))
            return tr("%1 requests ended in an error").arg(n);
        if (f == QLatin1String("timeout"))
            return tr("%1 requests timed out").arg(n);
        if (f == QLatin1String("dropped"))
            return tr("%1 requests were dropped").arg(n);
        if (f == QLatin1String("in_flight"))
            return tr("%1 requests were in flight").arg(n);
        return {};
    }
    if (f == QLatin1String("p50"))
        return tr("half of the requests took at most %1 ms").arg(milliseconds(value));
    if (f == QLatin1String("p95"))
        return tr("95% of the requests took at most %1 ms").arg(milliseconds(value));
    if (f == QLatin1String("p99"))
        return tr("99% of the requests took at most %1 ms").arg(milliseconds(value));
    return {};
}

QString CheckpointPhrase::cacheSentence(const QString &f, double value)
{
    const QString n = count(value);
    if (f == QLatin1String("hits"))
        return tr("the cache answered %1 reads").arg(n);
    if (f == QLatin1String("misses"))
        return tr("%1 reads missed the cache").arg(n);
    if (f == QLatin1String("hit_ratio"))
        return tr("the cache answered %1% of the reads").arg(percent(value));
    if (f == QLatin1String("stale_hits"))
        return tr("the cache returned %1 stale values").arg(n);
    if (f == QLatin1String("evictions"))
        return tr("the cache evicted %1 entries").arg(n);
    if (f == QLatin1String("expirations"))
        return tr("%1 cache entries expired").arg(n);
    if (f == QLatin1String("invalidations"))
        return tr("%1 cache entries were invalidated").arg(n);
    return {};
}

QString CheckpointPhrase::replicationSentence(const QString &f, double value)
{
    const QString n = count(value);
    if (f == QLatin1String("stale_reads"))
        return tr("%1 reads returned stale data").arg(n);
    if (f == QLatin1String("read_your_writes_violations"))
        return tr("%1 times a user did not see their own write").arg(n);
    if (f == QLatin1String("lost_writes"))
        return tr("%1 writes were lost").arg(n);
    if (f == QLatin1String("recovered_writes"))
        return tr("%1 writes were recovered").arg(n);
    if (f == QLatin1String("promotions"))
        return tr("%1 replicas were promoted to primary").arg(n);
    if (f == QLatin1String("conflicts"))
        return tr("%1 writes conflicted").arg(n);
    if (f == QLatin1String("discarded_updates"))
        return tr("%1 updates were silently discarded").arg(n);
    if (f == QLatin1String("rolled_back"))
        return tr("%1 writes were rolled back").arg(n);
    if (f == QLatin1String("stranded_writes"))
        return tr("%1 writes were held up at a dead ring node").arg(n);
    if (f == QLatin1String("ring_lost_writes"))
        return tr("%1 writes were lost with a dead ring node").arg(n);
    if (f == QLatin1String("diverged_keys"))
        return tr("%1 keys differed between the databases").arg(n);
    if (f == QLatin1String("max_lag_ms"))
        return tr("replicas fell up to %1 ms behind").arg(decimal(value));
    return {};
}

QString CheckpointPhrase::cdnSentence(const QString &f, double value)
{
    const QString n = count(value);
    if (f == QLatin1String("hits"))
        return tr("the CDN answered %1 requests").arg(n);
    if (f == QLatin1String("misses"))
        return tr("%1 requests missed the CDN").arg(n);
    if (f == QLatin1String("fallbacks"))
        return tr("%1 requests fell back to the origin").arg(n);
    if (f == QLatin1String("invalidated"))
        return tr("%1 CDN entries were invalidated").arg(n);
    if (f == QLatin1String("offload"))
        return tr("the CDN served %1% of the static requests").arg(percent(value));
    if (f == QLatin1String("origin_gb"))
        return tr("%1 GB came from the origin").arg(decimal(value));
    if (f == QLatin1String("egress_gb"))
        return tr("%1 GB went out to users").arg(decimal(value));
    if (f == QLatin1String("cost_usd"))
        return tr("the traffic cost %1 USD").arg(QLocale().toString(value, 'f', 2));
    return {};
}

QString CheckpointPhrase::claim(const Checkpoint &checkpoint)
{
    if (!checkpoint.says.isEmpty())
        return checkpoint.says;
    return tr("%1 %2 %3").arg(name(checkpoint.metric), checkpoint.op, decimal(checkpoint.value));
}

} // namespace scalelab
