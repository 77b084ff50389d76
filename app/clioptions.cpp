// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "io/topologyreader.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

namespace scalelab::cli {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "scalelab-cli: %s\n", qPrintable(message));
    return code;
}

std::optional<Topology> load(const QString &file, QString *error)
{
    TopologyReader reader;
    auto topology = reader.readFile(file);
    if (!topology) {
        *error = reader.errorText();
        return std::nullopt;
    }
    for (const Diagnostic &d : reader.diagnostics().warnings())
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(d.toString()));
    return topology;
}

std::optional<double> parseDuration(const QCommandLineParser &parser, QString *error)
{
    bool ok = true;
    const double duration = parser.value(QStringLiteral("duration")).toDouble(&ok);
    if (!ok || duration <= 0 || duration > 1e7) {
        *error = QStringLiteral("--duration: expected seconds > 0, got \"%1\"").arg(parser.value(QStringLiteral("duration")));
        return std::nullopt;
    }
    return duration;
}

std::optional<std::uint64_t> parseSeed(const QCommandLineParser &parser, std::uint64_t fallback, QString *error)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return fallback;
    bool ok = true;
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed: expected a whole number >= 0, got \"%1\"").arg(parser.value(QStringLiteral("seed")));
        return std::nullopt;
    }
    return seed;
}

std::optional<QString> parseReportKind(const QCommandLineParser &parser, QString *error)
{
    const QString kind = parser.value(QStringLiteral("report"));
    if (kind != QLatin1String("text") && kind != QLatin1String("json")) {
        *error = QStringLiteral("--report: expected text or json, got \"%1\"").arg(kind);
        return std::nullopt;
    }
    return kind;
}

std::optional<int> parseCount(const QCommandLineParser &parser, const QString &option, int fallback, int min, int max, QString *error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"").arg(option).arg(min).arg(max).arg(parser.value(option));
        return std::nullopt;
    }
    return value;
}

QString figure(double value)
{
    if (value == static_cast<double>(static_cast<long long>(value)) && std::abs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    return QString::number(value, 'g', 6);
}

} // namespace scalelab::cli
