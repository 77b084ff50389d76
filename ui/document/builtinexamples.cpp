// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/builtinexamples.h"

#include "document/teachingorder.h"

#include <QDir>

namespace scalelab {

namespace {
const QString kSuffix = QStringLiteral(".scalelab.json");
}

QStringList BuiltInExamples::files()
{
    QStringList ids;
    for (const QString &file : QDir(QStringLiteral(":/examples")).entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name))
        ids << file.chopped(kSuffix.size());
    QStringList files;
    for (const QString &id : TeachingOrder::sorted(ids, QStringLiteral("examples")))
        files << id + kSuffix;
    return files;
}

QString BuiltInExamples::path(const QString &fileName)
{
    return QStringLiteral(":/examples/") + fileName;
}

QString BuiltInExamples::title(const QString &fileName)
{
    const QString id = QString(fileName).remove(kSuffix);
    const QString given = TeachingOrder::title(id);
    return given.isEmpty() ? QString(id).replace(QLatin1Char('-'), QLatin1Char(' ')) : given;
}

} // namespace scalelab
