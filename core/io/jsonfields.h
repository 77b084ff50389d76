// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnostic.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace scalelab {

/// Reads typed fields out of one JSON object, reporting each problem with its JSON path.
/// Fields it reads are marked known; the rest are returned by unknown() so a save can keep them.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString path, Diagnostics &diagnostics);

    QString path(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key);

    /// Each reader leaves `value` at its default when the key is absent or wrong.
    void string(const QString &key, QString &value, bool required = false);
    void choice(const QString &key, QString &value, const QStringList &choices);
    void number(const QString &key, double &value, double min, double max);
    void integer(const QString &key, int &value, int min, int max);
    void integer64(const QString &key, qint64 &value, qint64 min, qint64 max);
    void boolean(const QString &key, bool &value);
    /// At most `maxCount` non-empty texts of at most `maxLength` characters; bad items are left out.
    void texts(const QString &key, QStringList &value, int maxCount, int maxLength);
    /// Returns the sub-object, or an empty one (with an error when present but not an object).
    QJsonObject object(const QString &key, bool *present = nullptr);

    QJsonObject unknown() const;

private:
    QJsonObject m_object;
    QString m_path;
    Diagnostics &m_diagnostics;
    QSet<QString> m_known;
};

/// "a string", "a number"... for "expected X, got Y" messages.
QString describeJson(const QJsonValue &value);

} // namespace scalelab
