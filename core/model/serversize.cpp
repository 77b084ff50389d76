// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/serversize.h"

namespace scalelab::ServerSizes {

namespace {
ServerSize row(const char *name, int vcpus)
{
    return ServerSize{QString::fromLatin1(name), vcpus, vcpus * kPricePerVcpuHour};
}
} // namespace

const QList<ServerSize> &all()
{
    // vCPUs as AWS m5.large ... m5.24xlarge; the names are ScaleLab's, shorter.
    static const QList<ServerSize> table{row("small", 2),    row("medium", 4),   row("large", 8),   row("xlarge", 16),
                                         row("2xlarge", 32), row("4xlarge", 64), row("8xlarge", 96)};
    return table;
}

QStringList names()
{
    QStringList list;
    for (const ServerSize &size : all())
        list << size.name;
    return list;
}

std::optional<ServerSize> find(const QString &name)
{
    for (const ServerSize &size : all())
        if (size.name == name)
            return size;
    return std::nullopt;
}

QString expected()
{
    QStringList list = names();
    const QString last = list.takeLast();
    return QStringLiteral("one of %1 or %2 (the largest machine: %3 vCPUs)").arg(list.join(QStringLiteral(", ")), last).arg(largest().vcpus);
}

const ServerSize &largest()
{
    return all().constLast();
}

bool sizable(NodeType type)
{
    return type == NodeType::WebServer || type == NodeType::Database || type == NodeType::Worker;
}

int workers(NodeType type, int vcpus)
{
    // Per vCPU: a web server's and a database's threads wait on I/O, a worker's jobs are CPU-bound.
    switch (type) {
    case NodeType::WebServer:
    case NodeType::Database: return 25 * vcpus;
    case NodeType::Worker: return 2 * vcpus;
    default: return 0;
    }
}

} // namespace scalelab::ServerSizes
