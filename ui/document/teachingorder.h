// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scalelab {

/// The order a class meets the built-in lessons and examples in: the chapter's, read from
/// ":/teaching-order.json" (resources/teaching-order.json). The menus list them so.
class TeachingOrder
{
public:
    /// `ids` in the order listed under `list` ("lessons" or "examples"); ids not listed
    /// follow, in the order given.
    static QStringList sorted(const QStringList &ids, const QString &list);
    /// The ids listed under `list`, in order.
    static QStringList listed(const QString &list);
    /// The title given to example `id` where its file name does not read well; empty: none.
    static QString title(const QString &id);

private:
    static QJsonObject read();
};

} // namespace scalelab
