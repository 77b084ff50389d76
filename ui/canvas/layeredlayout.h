// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace scalelab {

struct Topology;

/// Where each node goes on the canvas. The file's `layout` wins when it places every node
/// (spread uniformly, never shrunk, when its points are too close for the cards); otherwise
/// nodes are laid out left to right in layers by their hop distance from the clients (users
/// on the left, storage on the right), each layer centred vertically.
class LayeredLayout
{
public:
    static constexpr double kColumnSpacing = 250.0;
    static constexpr double kRowSpacing = 90.0;
    /// Least space between two cards placed from a file's layout.
    static constexpr double kCardGap = 6.0;
    /// Extra room between cards side by side: links run left to right, and a link squeezed
    /// between two cards has no room for its arrow and latency label.
    static constexpr double kLinkRoom = 50.0;

    /// Centre of every node by id.
    static QMap<QString, QPointF> positions(const Topology &topology);
    /// The layered placement, whatever the file's layout says ("Arrange automatically").
    static QMap<QString, QPointF> layered(const Topology &topology);
    /// The factor positions() applies to a complete file layout (1 when it is incomplete).
    static double layoutScale(const Topology &topology);
    /// The smallest factor >= 1 by which to multiply `points` so that cards of `cardSize`
    /// (plus `gap`) centred on them do not overlap; capped at `maxFactor`.
    static double spreadFactor(const QList<QPointF> &points, const QSizeF &cardSize, double gap,
                               double maxFactor = 4.0);
    /// True when the file's layout has a position for every node.
    static bool fileLayoutComplete(const Topology &topology);
};

} // namespace scalelab
