// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace scalelab {

/// The example topologies embedded in ScaleLab (":/examples/<name>.scalelab.json").
class BuiltInExamples
{
public:
    /// Their file names, in the chapter's order (TeachingOrder).
    static QStringList files();
    /// The resource path of one by file name ("two-servers-balanced.scalelab.json").
    static QString path(const QString &fileName);
    /// What the File > Open Example menu calls it: "two servers balanced".
    static QString title(const QString &fileName);
};

} // namespace scalelab
