// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace scalelab::cli {

/// `scalelab-cli sweep FILE --set NODE.KEY=V1,V2,... [--seeds N] [--seed N] [--duration S]
/// [--jobs N] [--metric PATH]... [--report text|json|csv]` (docs/CLI.md, "sweep").
/// Returns the exit code.
int sweep(const QCommandLineParser &parser, const QString &file);

} // namespace scalelab::cli
