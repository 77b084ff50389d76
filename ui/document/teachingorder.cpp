// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/teachingorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace scalelab {

QJsonObject TeachingOrder::read()
{
    QFile file(QStringLiteral(":/teaching-order.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList TeachingOrder::listed(const QString &list)
{
    QStringList ids;
    for (const QJsonValue &id : read().value(list).toArray())
        ids << id.toString();
    return ids;
}

QString TeachingOrder::title(const QString &id)
{
    return read().value(QStringLiteral("titles")).toObject().value(id).toString();
}

QStringList TeachingOrder::sorted(const QStringList &ids, const QString &list)
{
    const QStringList order = listed(list);
    QStringList result = ids;
    std::stable_sort(result.begin(), result.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        // Listed ones first, in the list's order; the others keep theirs.
        return ia >= 0 && (ib < 0 || ia < ib);
    });
    return result;
}

} // namespace scalelab
