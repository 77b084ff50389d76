// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdiff.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <set>

namespace scalelab {

namespace {

// Headline figures first, per-node detail last: what a class looks at, in that order.
const QStringList kTopLevelOrder = {
    QStringLiteral("requests"), QStringLiteral("latency_ms"), QStringLiteral("cache"), QStringLiteral("cdn"),
    QStringLiteral("replication"), QStringLiteral("sessions"), QStringLiteral("connections"),
};
const QString kNodesKey = QStringLiteral("nodes");

class Walker
{
public:
    explicit Walker(const QStringList &ignored) : m_ignored(ignored) {}

    QList<ReportDifference> differences;

    void object(const QString &prefix, const QJsonObject &a, const QJsonObject &b)
    {
        QStringList keys = a.keys();
        for (const QString &k : b.keys()) {
            if (!a.contains(k))
                keys << k;
        }
        std::sort(keys.begin(), keys.end());
        if (prefix.isEmpty())
            std::stable_sort(keys.begin(), keys.end(), [](const QString &x, const QString &y) { return rank(x) < rank(y); });
        for (const QString &k : keys)
            value(prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k, a.value(k), b.value(k));
    }

private:
    static int rank(const QString &topLevelKey)
    {
        if (topLevelKey == kNodesKey)
            return int(kTopLevelOrder.size()) + 1;
        const qsizetype i = kTopLevelOrder.indexOf(topLevelKey);
        return i < 0 ? int(kTopLevelOrder.size()) : int(i);
    }

    void value(const QString &key, const QJsonValue &a, const QJsonValue &b)
    {
        if (m_ignored.contains(key))
            return;
        const bool numberA = a.isDouble(), numberB = b.isDouble();
        if ((numberA || numberB) && !(numberA && numberB && a.toDouble() == b.toDouble())) {
            ReportDifference d;
            d.key = key;
            if (numberA)
                d.a = a.toDouble();
            if (numberB)
                d.b = b.toDouble();
            d.better = betterDirection(key);
            differences << d;
        }
        if (a.isObject() || b.isObject())
            object(key, a.toObject(), b.toObject());
        else if (a.isArray() || b.isArray())
            array(key, a.toArray(), b.toArray());
    }

    static QString itemId(const QJsonValue &item) { return item.toObject().value(QStringLiteral("id")).toString(); }

    // Nodes are matched by id: B may add, remove or reorder nodes and web1 is still web1.
    void array(const QString &key, const QJsonArray &a, const QJsonArray &b)
    {
        const bool byId = std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return !itemId(v).isEmpty(); })
                          && std::all_of(b.begin(), b.end(), [](const QJsonValue &v) { return !itemId(v).isEmpty(); });
        if (!byId) {
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
                value(QStringLiteral("%1[%2]").arg(key).arg(i), a.at(i), b.at(i));
            return;
        }
        QStringList ids;
        QJsonObject itemsA, itemsB;
        for (const QJsonValue &v : a) {
            ids << itemId(v);
            itemsA.insert(itemId(v), v);
        }
        for (const QJsonValue &v : b) {
            if (!itemsA.contains(itemId(v)))
                ids << itemId(v);
            itemsB.insert(itemId(v), v);
        }
        for (const QString &id : ids)
            value(QStringLiteral("%1[%2]").arg(key, id), itemsA.value(id), itemsB.value(id));
    }

    const QStringList &m_ignored;
};

QString number(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    QString s = QString::number(v, 'f', 4);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString signedNumber(double v) { return v > 0 ? QLatin1Char('+') + number(v) : number(v); }

// One decimal is enough to read a change; a tiny one gets two so it never shows as "-0.0%".
QString percent(double relative)
{
    const double p = 100.0 * relative;
    if (std::fabs(p) < 0.005)
        return QStringLiteral("~0%");
    const QString sign = p > 0 ? QStringLiteral("+") : QString();
    return sign + QString::number(p, 'f', std::fabs(p) < 0.1 ? 2 : 1) + QLatin1Char('%');
}

const QString kAbsent = QStringLiteral("-");

} // namespace

std::optional<double> ReportDifference::delta() const
{
    if (!a || !b)
        return std::nullopt;
    return *b - *a;
}

std::optional<double> ReportDifference::relative() const
{
    if (!a || !b || *a == 0)
        return std::nullopt;
    return (*b - *a) / std::fabs(*a);
}

ReportDifference::Side ReportDifference::winner() const
{
    if (!a || !b || *a == *b || better == Better::Unknown)
        return Side::Neither;
    const bool bLower = *b < *a;
    return (better == Better::Lower) == bLower ? Side::B : Side::A;
}

QList<ReportDifference> compareReports(const QJsonObject &a, const QJsonObject &b, const QStringList &ignoredKeys)
{
    Walker walker(ignoredKeys);
    walker.object(QString(), a, b);
    return walker.differences;
}

ReportDifference::Better betterDirection(const QString &key)
{
    // Only figures whose good direction a teacher would not argue about; served counts,
    // evictions, events or promotions depend on what the variant is meant to show.
    static const std::set<QString> lower = {
        QStringLiteral("requests.error"), QStringLiteral("requests.timeout"), QStringLiteral("requests.dropped"),
        QStringLiteral("latency_ms.p50"), QStringLiteral("latency_ms.p95"), QStringLiteral("latency_ms.p99"),
        QStringLiteral("cache.misses"), QStringLiteral("cache.stale_hits"), QStringLiteral("cache.stale_fills"),
        QStringLiteral("cdn.misses"), QStringLiteral("cdn.fallbacks"), QStringLiteral("cdn.origin_gb"), QStringLiteral("cdn.cost_usd"),
        QStringLiteral("replication.stale_reads"), QStringLiteral("replication.read_your_writes_violations"),
        QStringLiteral("replication.lost_writes"), QStringLiteral("replication.phantom_reads"),
        QStringLiteral("replication.conflicts"), QStringLiteral("replication.discarded_updates"),
        QStringLiteral("replication.rolled_back"), QStringLiteral("replication.stranded_writes"), QStringLiteral("replication.ring_lost_writes"),
        QStringLiteral("replication.diverged_keys"), QStringLiteral("replication.max_lag_ms"),
        QStringLiteral("sessions.lost"), QStringLiteral("connections.dropped"), QStringLiteral("connections.failed"),
        QStringLiteral("nodes[].errors"), QStringLiteral("nodes[].dropped"), QStringLiteral("nodes[].lag_ms"),
        QStringLiteral("nodes[].writes_behind"),
    };
    static const std::set<QString> higher = {
        QStringLiteral("requests.ok"), QStringLiteral("cache.hits"), QStringLiteral("cache.hit_ratio"),
        QStringLiteral("cdn.hits"), QStringLiteral("cdn.offload"),
    };
    static const QRegularExpression itemIndex(QStringLiteral("\\[[^\\]]*\\]"));
    QString general = key;
    general.replace(itemIndex, QStringLiteral("[]"));
    if (lower.count(general))
        return ReportDifference::Better::Lower;
    if (higher.count(general))
        return ReportDifference::Better::Higher;
    return ReportDifference::Better::Unknown;
}

QJsonArray differencesToJson(const QList<ReportDifference> &differences)
{
    auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonArray out;
    for (const ReportDifference &d : differences) {
        const double relative = d.relative().value_or(0);
        QJsonValue better = QJsonValue::Null;
        if (d.better != ReportDifference::Better::Unknown)
            better = d.better == ReportDifference::Better::Lower ? QStringLiteral("lower") : QStringLiteral("higher");
        QJsonValue winner = QJsonValue::Null;
        if (d.winner() != ReportDifference::Side::Neither)
            winner = d.winner() == ReportDifference::Side::A ? QStringLiteral("a") : QStringLiteral("b");
        out.append(QJsonObject{
            {QStringLiteral("key"), d.key},
            {QStringLiteral("a"), optional(d.a)},
            {QStringLiteral("b"), optional(d.b)},
            // report figures have at most 6 decimals; rounding keeps 595.35 from printing as 595.3499999999999
            {QStringLiteral("delta"), d.delta() ? QJsonValue(std::round(*d.delta() * 1e6) / 1e6) : QJsonValue(QJsonValue::Null)},
            // 4 decimals: +0.1234 is +12.34 %, as precise as a report's ratios
            {QStringLiteral("relative"), d.relative() ? QJsonValue(std::round(relative * 1e4) / 1e4) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("better"), better},
            {QStringLiteral("winner"), winner},
        });
    }
    return out;
}

QString differencesToText(const QList<ReportDifference> &differences)
{
    if (differences.isEmpty())
        return QStringLiteral("no figure differs\n");
    QList<QStringList> rows = {{QStringLiteral("figure"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B - A"),
                                QStringLiteral("change"), QStringLiteral("better")}};
    for (const ReportDifference &d : differences) {
        const auto delta = d.delta();
        const auto relative = d.relative();
        QString winner;
        if (d.winner() != ReportDifference::Side::Neither)
            winner = d.winner() == ReportDifference::Side::A ? QStringLiteral("A") : QStringLiteral("B");
        rows << QStringList{d.key, d.a ? number(*d.a) : kAbsent, d.b ? number(*d.b) : kAbsent,
                            delta ? signedNumber(*delta) : kAbsent,
                            relative ? percent(*relative) : kAbsent,
                            winner};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line = row[0].leftJustified(widths[0]);
        // numbers right-aligned so their digits line up; the verdict left-aligned after them
        for (qsizetype c = 1; c < row.size() - 1; ++c)
            line += QStringLiteral("  ") + row[c].rightJustified(widths[c]);
        line += QStringLiteral("  ") + row.last();
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace scalelab
