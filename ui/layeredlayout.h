#pragma once

#include <QMap>
#include <QPointF>
#include <QString>

namespace scalelab {

struct Topology;

/// Where each node goes on the canvas. The file's `layout` wins when it places every node;
/// otherwise nodes are laid out left to right in layers by their hop distance from the
/// clients (users on the left, storage on the right), each layer centred vertically.
class LayeredLayout
{
public:
    static constexpr double kColumnSpacing = 250.0;
    static constexpr double kRowSpacing = 90.0;

    /// Centre of every node by id.
    static QMap<QString, QPointF> positions(const Topology &topology);
    /// True when the file's layout has a position for every node.
    static bool fileLayoutComplete(const Topology &topology);
};

} // namespace scalelab
