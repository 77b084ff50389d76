// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/topology.h"

#include <QString>

#include <cstdint>
#include <optional>

class QCommandLineParser;

namespace scalelab::cli {

/// DESIGN.md, "Headless CLI": 0 ok, 1 simulation or I/O failure, 2 bad arguments or file.
enum ExitCode { kOk = 0, kFailure = 1, kBadInput = 2 };

/// Prints "scalelab-cli: message" on stderr and returns `code`.
int fail(int code, const QString &message);

/// Reads a topology file, printing its warnings to stderr; sets `error` when it is refused.
std::optional<Topology> load(const QString &file, QString *error);

/// The options the commands share. Each parse* sets `error` on a bad value.
std::optional<double> parseDuration(const QCommandLineParser &parser, QString *error);
/// The seed of --seed, or `fallback` when it is not given.
std::optional<std::uint64_t> parseSeed(const QCommandLineParser &parser, std::uint64_t fallback, QString *error);
/// --report of run, compare and lesson: text or json (sweep adds csv and checks its own).
std::optional<QString> parseReportKind(const QCommandLineParser &parser, QString *error);
/// A whole number from `min` to `max` for `option` (--seeds, --jobs), or `fallback` when it
/// is not given.
std::optional<int> parseCount(const QCommandLineParser &parser, const QString &option, int fallback, int min, int max, QString *error);

/// A figure as a teacher reads it: whole numbers without a fraction or an exponent
/// (1198286, not 1.19829e+06), others to 6 significant digits.
QString figure(double value);

} // namespace scalelab::cli
