// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QCoreApplication>
#include <QString>

namespace scalelab {

/// A checkpoint's figure in words for the class: "nodes[web1].served" = 6088 reads
/// "web1 served 6,088 requests", "cache.hit_ratio" = 0.62 "the cache answered 62% of the
/// reads". Built from the report key's parts (splitMetricPath), so any node id works; a key
/// without a phrase of its own still reads as words ("cache lease waits: 3"), never as a path.
class CheckpointPhrase
{
    Q_DECLARE_TR_FUNCTIONS(scalelab::CheckpointPhrase)

public:
    /// What the run measured, as a sentence without a final stop.
    static QString sentence(const QString &metric, double value);
    /// The figure's name in words: "web1 served", "cache hit ratio".
    static QString name(const QString &metric);
    /// What a checkpoint or a challenge's goal claims, for a list: its `says`, or in words
    /// from its metric ("web1 served > 5,000") when it has none.
    static QString claim(const Checkpoint &checkpoint);

private:
    // sentence() by the report's part the figure is in; empty for a figure without a phrase.
    static QString nodeSentence(const QString &node, const QString &figure, double value);
    static QString requestSentence(const QString &section, const QString &figure, double value);
    static QString cacheSentence(const QString &figure, double value);
    static QString replicationSentence(const QString &figure, double value);
    static QString cdnSentence(const QString &figure, double value);
};

} // namespace scalelab
