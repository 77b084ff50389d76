// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include <optional>

namespace scalelab::classroom {

/// The first check of every frame either side receives: at most `maxBytes`, and a JSON
/// object; else nothing, with why in `why`.
inline std::optional<QJsonObject> readJsonFrame(const QByteArray &frame, int maxBytes, QString &why)
{
    if (frame.size() > maxBytes) {
        why = QStringLiteral("a message of %1 bytes; the limit is %2").arg(frame.size()).arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        why = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace scalelab::classroom
