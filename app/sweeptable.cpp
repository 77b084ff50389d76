// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeptable.h"

#include "sweep/sweepplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scalelab::cli {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// A seed is exact in JSON up to 2^53; a larger one is written as text, not rounded.
QJsonValue seedJson(std::uint64_t seed)
{
    return seed <= (std::uint64_t(1) << 53) ? QJsonValue(qint64(seed)) : QJsonValue(QString::number(seed));
}

} // namespace

SweepTable::SweepTable(QStringList parameters, QStringList metrics)
    : m_parameters(std::move(parameters)), m_metrics(std::move(metrics))
{
}

void SweepTable::addRow(const QList<QJsonValue> &values, std::uint64_t seed, const QList<std::optional<double>> &metrics)
{
    m_rows.append(Row{values, seed, metrics});
}

QString SweepTable::number(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QList<QStringList> SweepTable::cells(const QString &missing) const
{
    QList<QStringList> table;
    table.append(m_parameters + QStringList{QStringLiteral("seed")} + m_metrics);
    for (const Row &row : m_rows) {
        QStringList line;
        for (const QJsonValue &value : row.values)
            line.append(SweepPlan::valueText(value));
        line.append(QString::number(row.seed));
        for (const std::optional<double> &metric : row.metrics)
            line.append(metric ? number(*metric) : missing);
        table.append(line);
    }
    return table;
}

QString SweepTable::toText() const
{
    const QList<QStringList> table = cells(QStringLiteral("-"));
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : table) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line[c].size());
    }
    // Numbers line up on the right; a column of words (an algorithm, a mode) on the left.
    QList<bool> words(widths.size(), false);
    for (const Row &row : m_rows) {
        for (qsizetype p = 0; p < row.values.size(); ++p)
            words[p] = words[p] || row.values[p].isString();
    }
    QString text;
    for (const QStringList &line : table) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c)
            padded.append(words[c] ? line[c].leftJustified(widths[c]) : line[c].rightJustified(widths[c]));
        text += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

QString SweepTable::toCsv() const
{
    QString text;
    for (const QStringList &line : cells(QString())) {
        QStringList quoted;
        for (const QString &cell : line)
            quoted.append(csvCell(cell));
        text += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

QByteArray SweepTable::toJson() const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        QJsonObject set;
        for (qsizetype p = 0; p < m_parameters.size(); ++p)
            set.insert(m_parameters[p], row.values[p]);
        QJsonObject metrics;
        for (qsizetype m = 0; m < m_metrics.size(); ++m)
            metrics.insert(m_metrics[m], row.metrics[m] ? QJsonValue(*row.metrics[m]) : QJsonValue());
        rows.append(QJsonObject{{QStringLiteral("set"), set}, {QStringLiteral("seed"), seedJson(row.seed)},
                                {QStringLiteral("metrics"), metrics}});
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace scalelab::cli
