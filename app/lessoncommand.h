// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineParser;
class QString;

namespace scalelab::cli {

/// `lesson FILE [--seeds N] [--seed S] [--jobs N]`: runs every checkpoint of every step of a
/// lesson headless and prints whether each holds: on each step's own seed, or with --seeds on
/// every seed from --seed (default 1) up, so that a claim resting on one lucky seed shows.
int lesson(const QCommandLineParser &parser, const QString &file);

} // namespace scalelab::cli
