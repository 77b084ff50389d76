// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonfields.h"

#include "model/nodetype.h"

#include <QJsonArray>

#include <cmath>

namespace scalelab {

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

JsonFields::JsonFields(const QJsonObject &object, QString path, Diagnostics &diagnostics)
    : m_object(object), m_path(std::move(path)), m_diagnostics(diagnostics)
{
}

QString JsonFields::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue JsonFields::raw(const QString &key)
{
    m_known.insert(key);
    return m_object.value(key);
}

void JsonFields::string(const QString &key, QString &value, bool required)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined()) {
        if (required)
            m_diagnostics.error(path(key), QStringLiteral("missing; expected a string"));
        return;
    }
    if (!v.isString()) {
        m_diagnostics.error(path(key), QStringLiteral("expected a string, got %1").arg(describeJson(v)));
        return;
    }
    value = v.toString();
}

void JsonFields::texts(const QString &key, QStringList &value, int maxCount, int maxLength)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return;
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.size() > maxCount) {
        m_diagnostics.error(path(key), QStringLiteral("expected an array of at most %1 texts, got %2").arg(maxCount).arg(describeJson(v)));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString() || array[i].toString().isEmpty() || array[i].toString().size() > maxLength)
            m_diagnostics.error(QStringLiteral("%1[%2]").arg(path(key)).arg(i),
                                QStringLiteral("expected a non-empty text, got %1").arg(describeJson(array[i])));
        else
            value << array[i].toString();
    }
}

void JsonFields::choice(const QString &key, QString &value, const QStringList &choices)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return;
    if (!v.isString() || !choices.contains(v.toString())) {
        m_diagnostics.error(path(key), QStringLiteral("expected %1, got %2").arg(humanList(choices), describeJson(v)));
        return;
    }
    value = v.toString();
}

void JsonFields::number(const QString &key, double &value, double min, double max)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return;
    if (!v.isDouble()) {
        m_diagnostics.error(path(key), QStringLiteral("expected a number, got %1").arg(describeJson(v)));
        return;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        m_diagnostics.error(path(key), QStringLiteral("expected a number from %1 to %2, got %3")
                                           .arg(min).arg(max).arg(d));
        return;
    }
    value = d;
}

void JsonFields::integer64(const QString &key, qint64 &value, qint64 min, qint64 max)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d)) {
        m_diagnostics.error(path(key), QStringLiteral("expected a whole number, got %1").arg(describeJson(v)));
        return;
    }
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        m_diagnostics.error(path(key), QStringLiteral("expected a whole number from %1 to %2, got %3")
                                           .arg(min).arg(max).arg(d, 0, 'f', 0));
        return;
    }
    value = static_cast<qint64>(d);
}

void JsonFields::integer(const QString &key, int &value, int min, int max)
{
    qint64 v = value;
    integer64(key, v, min, max);
    value = static_cast<int>(v);
}

void JsonFields::boolean(const QString &key, bool &value)
{
    const QJsonValue v = raw(key);
    if (v.isUndefined())
        return;
    if (!v.isBool()) {
        m_diagnostics.error(path(key), QStringLiteral("expected true or false, got %1").arg(describeJson(v)));
        return;
    }
    value = v.toBool();
}

QJsonObject JsonFields::object(const QString &key, bool *present)
{
    const QJsonValue v = raw(key);
    if (present)
        *present = !v.isUndefined();
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        m_diagnostics.error(path(key), QStringLiteral("expected an object, got %1").arg(describeJson(v)));
        if (present)
            *present = false;
        return {};
    }
    return v.toObject();
}

QJsonObject JsonFields::unknown() const
{
    QJsonObject out;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_known.contains(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

} // namespace scalelab
