// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace scalelab
