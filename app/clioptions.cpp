#include "clioptions.h"

#include "io/topologyreader.h"

#include <QCommandLineParser>

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

} // namespace scalelab::cli
