// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace scalelab {

struct Topology;

/// The one-click B sides of an A/B comparison: each edits a copy of the topology in one
/// way a lesson asks about (round robin vs least connections, LRU vs LFU, async vs
/// semi-sync, stateless vs stateful sessions), in whichever direction A allows.
class AbCompareVariants
{
    Q_DECLARE_TR_FUNCTIONS(AbCompareVariants)

public:
    struct Variant
    {
        QString id;          ///< "balancing", "eviction", "replication", "sessions"
        QString label;       ///< for the button: "Least connections instead of round robin"
    };

    /// The variants that change something in `topology`, in a fixed order.
    static QList<Variant> available(const Topology &topology);
    /// Applies variant `id` to `topology`; returns what changed, one line per node ("lb:
    /// round_robin -> least_connections"), or nothing when the variant does not apply.
    static QStringList apply(const QString &id, Topology &topology);
};

} // namespace scalelab
