// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/lesson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace scalelab {

/// Writes a Lesson in the lesson file format, each step's topology whole and inline (its
/// scenario holds the step's actions), so the file stands alone. Reading it back gives the
/// same lesson.
class LessonWriter
{
public:
    static QJsonObject toJson(const Lesson &lesson);
    static QByteArray toBytes(const Lesson &lesson);
    /// Atomic: QSaveFile, so a failed save leaves the old file intact.
    static bool save(const Lesson &lesson, const QString &fileName, QString *error = nullptr);
};

} // namespace scalelab
