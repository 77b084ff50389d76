// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodeicons.h"

#include <QSvgRenderer>

#include <array>
#include <memory>

namespace scalelab {

namespace {
constexpr int kTypeCount = static_cast<int>(NodeType::Dns) + 1;
}

QString NodeIcons::resourcePath(NodeType type)
{
    return QStringLiteral(":/icons/%1.svg").arg(nodeTypeName(type));
}

QSvgRenderer *NodeIcons::renderer(NodeType type)
{
    static std::array<std::unique_ptr<QSvgRenderer>, kTypeCount> renderers;
    auto &slot = renderers[static_cast<int>(type)];
    if (!slot)
        slot = std::make_unique<QSvgRenderer>(resourcePath(type));
    return slot.get();
}

QColor NodeIcons::color(NodeType type)
{
    switch (type) {
    case NodeType::Clients: return QColor(0x5C6BC0);
    case NodeType::LoadBalancer: return QColor(0x8E24AA);
    case NodeType::WebServer: return QColor(0x1E88E5);
    case NodeType::SessionStore: return QColor(0xF9A825);
    case NodeType::Cache: return QColor(0xF4511E);
    case NodeType::Database: return QColor(0x43A047);
    case NodeType::CdnEdge: return QColor(0x00ACC1);
    case NodeType::ObjectStorage: return QColor(0x6D4C41);
    case NodeType::MessageQueue: return QColor(0xD81B60);
    case NodeType::Worker: return QColor(0x00897B);
    case NodeType::Dns: return QColor(0x3949AB);
    }
    return QColor(0x607D8B);
}

} // namespace scalelab
