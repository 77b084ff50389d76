// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures that differ between two run reports (A/B comparison, issue #7). Pure data in,
// data out: the CLI's `compare` prints it, the GUI's A/B view can show the same list.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

/// One numeric report figure whose value in run A differs from run B.
struct ReportDifference
{
    /// Which way is better for this figure, where that is obvious (latency: lower).
    enum class Better { Unknown, Lower, Higher };
    enum class Side { Neither, A, B };

    QString key;               ///< dotted path in the report: "latency_ms.p99", "nodes[web3].served"
    std::optional<double> a;   ///< empty: the figure is only in B's report
    std::optional<double> b;   ///< empty: the figure is only in A's report
    Better better = Better::Unknown;

    /// b - a, when both sides have the figure.
    std::optional<double> delta() const;
    /// (b - a) / |a|, when both sides have the figure and a is not 0.
    std::optional<double> relative() const;
    /// The side with the better value, by `better`; Neither when there is no obvious direction.
    Side winner() const;
};

/// Walks two report objects (Report::toJson) together and returns every numeric figure that
/// differs, in report order: requests, latency, cache, cdn, replication, sessions, the rest,
/// then nodes. Objects in arrays that carry an "id" are matched by it (`nodes[web1].served`),
/// other array items by position (`list[2]`). A figure present on one side only is a
/// difference with the other side empty. Text values (names, states, roles) are not compared.
/// `ignoredKeys` are skipped: by default `wall_s`, the one figure that changes between runs.
QList<ReportDifference> compareReports(const QJsonObject &a, const QJsonObject &b,
                                       const QStringList &ignoredKeys = {QStringLiteral("wall_s")});

/// The obvious better direction of a report figure, by key ("nodes[db2].lag_ms" -> Lower).
ReportDifference::Better betterDirection(const QString &key);

/// [{"key", "a", "b", "delta", "relative", "better", "winner"}, ...]; absent values are null.
QJsonArray differencesToJson(const QList<ReportDifference> &differences);

/// A table for a terminal: figure, A, B, B - A, change, better.
QString differencesToText(const QList<ReportDifference> &differences);

} // namespace scalelab
