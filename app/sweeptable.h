// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace scalelab::cli {

/// The output of `scalelab-cli sweep`: one row per run (swept values, seed, metrics), in
/// the order the rows were added, as an aligned text table, a JSON array or CSV.
class SweepTable
{
public:
    SweepTable(QStringList parameters, QStringList metrics);

    void addRow(const QList<QJsonValue> &values, std::uint64_t seed, const QList<std::optional<double>> &metrics);

    QString toText() const;
    QByteArray toJson() const;
    QString toCsv() const;

    /// A figure without noise: whole numbers in full (1198286, not 1.19829e+06), others
    /// in the fewest digits that read back the same (142.476, 0.5961).
    static QString number(double value);

private:
    struct Row
    {
        QList<QJsonValue> values;
        std::uint64_t seed = 0;
        QList<std::optional<double>> metrics;
    };
    /// Header then rows, every cell as text; a missing figure is `missing`.
    QList<QStringList> cells(const QString &missing) const;

    QStringList m_parameters;
    QStringList m_metrics;
    QList<Row> m_rows;
};

} // namespace scalelab::cli
