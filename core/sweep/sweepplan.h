// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scalelab {

/// One --set NODE.KEY=V1,V2,...: where the values go and the values, in the order given.
struct SweepParameter
{
    QString spec;  ///< as given before "=": "web1.concurrency", "replication.ship_delay_ms"
    QString node;  ///< the node's id; empty for a top-level path
    QString key;   ///< the (dotted) key inside the node, or from the top level
    QList<QJsonValue> values;
};

/// One point of a sweep: a value for each parameter and the topology they give.
struct SweepVariant
{
    QList<QJsonValue> values;  ///< parallel to SweepPlan::parameters()
    Topology topology;
};

/// The topologies of `scalelab-cli sweep` and of a lesson's explore step: the file with each combination of the --set
/// values written into its JSON (as a lesson step's "set" change does) and read again by
/// TopologyReader, so a value is checked exactly as the same value in the file would be.
class SweepPlan
{
public:
    /// Largest number of combinations (times seeds, checked by the caller).
    static constexpr qsizetype kMaxRuns = 10'000;

    /// Resolves each "SPEC=V1,V2,..." of `sets` against `file` (already read and valid)
    /// and builds every combination, the first --set varying slowest. Nothing, with
    /// `error` naming the --set, the value and the culprit, when one cannot be applied.
    static std::optional<SweepPlan> build(const QString &file, const QStringList &sets, QString *error);
    /// The same from a topology in its file form (TopologyWriter::toJson) whose relative
    /// paths (a trace) resolve against `baseDirectory`.
    static std::optional<SweepPlan> build(const QJsonObject &original, const QString &baseDirectory, const QStringList &sets,
                                          QString *error);

    /// A value as it appears in the text and CSV output: 20, round_robin, true.
    static QString valueText(const QJsonValue &value);

    const QList<SweepParameter> &parameters() const { return m_parameters; }
    const QList<SweepVariant> &variants() const { return m_variants; }

private:
    QList<SweepParameter> m_parameters;
    QList<SweepVariant> m_variants;
};

} // namespace scalelab
