// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetype.h"

#include <QColor>
#include <QString>

class QSvgRenderer;

namespace scalelab {

/// The SVG icon and accent colour of each node type (resources/icons/<type>.svg).
class NodeIcons
{
public:
    /// ":/icons/web_server.svg"
    static QString resourcePath(NodeType type);
    /// Shared renderer, loaded on first use; lives until the program ends.
    static QSvgRenderer *renderer(NodeType type);
    /// The icon's main colour, for accents that should match it.
    static QColor color(NodeType type);
};

} // namespace scalelab
