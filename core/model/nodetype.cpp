// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/nodetype.h"

#include <array>

namespace scalelab {

namespace {
struct Entry { NodeType type; const char *name; };
constexpr std::array kTypes{
    Entry{NodeType::Clients, "clients"},
    Entry{NodeType::LoadBalancer, "load_balancer"},
    Entry{NodeType::WebServer, "web_server"},
    Entry{NodeType::SessionStore, "session_store"},
    Entry{NodeType::Cache, "cache"},
    Entry{NodeType::Database, "database"},
    Entry{NodeType::CdnEdge, "cdn_edge"},
    Entry{NodeType::ObjectStorage, "object_storage"},
    Entry{NodeType::MessageQueue, "message_queue"},
    Entry{NodeType::Worker, "worker"},
    Entry{NodeType::Dns, "dns"},
};
} // namespace

QString nodeTypeName(NodeType type)
{
    for (const auto &e : kTypes)
        if (e.type == type)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<NodeType> nodeTypeFromName(const QString &name)
{
    for (const auto &e : kTypes)
        if (name == QLatin1String(e.name))
            return e.type;
    return std::nullopt;
}

QStringList nodeTypeNames()
{
    QStringList names;
    for (const auto &e : kTypes)
        names << QString::fromLatin1(e.name);
    return names;
}

QString humanList(const QStringList &choices)
{
    if (choices.size() <= 1)
        return choices.join(QString());
    return choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
           + choices.last();
}

} // namespace scalelab
