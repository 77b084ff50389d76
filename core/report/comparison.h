// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A/B comparison (issue #7): two topologies run on one seed and one duration, so that the
// clients send the same requests to both, and the differences between their reports.

#include "report/reportdiff.h"
#include "base/simtime.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace scalelab {

struct Topology;

/// One side of a comparison after its run: the reports `scalelab-cli run` would print.
struct ComparedRun
{
    QJsonObject report; ///< Report::toJson
    QString text;       ///< Report::toText
};

/// Two runs on the same seed and duration and what differs between their reports.
struct Comparison
{
    std::uint64_t seed = 0;
    ComparedRun a;
    ComparedRun b;
    QList<ReportDifference> differences; ///< compareReports(a.report, b.report)
    QStringList workloadNotes;           ///< why the clients do not send the same requests, if they do not

    /// Runs `a` and `b` one after the other, each exactly as `scalelab-cli run` with `seed`
    /// and `duration` would. On failure returns nothing, sets `error` and `failedSide`.
    static std::optional<Comparison> run(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration,
                                         QString *error = nullptr, ReportDifference::Side *failedSide = nullptr);

    /// Clients settings that differ between `a` and `b`, in words ("users: rate_rps, mix
    /// differ"). Empty when every clients node is the same on both sides: with one seed, they
    /// then send the same requests at the same times, whatever else the variants change.
    static QStringList workloadDifferences(const Topology &a, const Topology &b);
};

} // namespace scalelab
