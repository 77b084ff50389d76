// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher's messages to a joined ScaleLab (follow, clock), and how that ScaleLab checks
// every message from the teacher's app before it uses one: a student's app trusts the
// teacher's no more than the teacher's trusts a student.
#include "classprotocol.h"

#include "jsonframe.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace scalelab::classroom {

QByteArray followMessage(const FollowState &state)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("follow")},
                                     {QStringLiteral("lesson"), state.lesson},
                                     {QStringLiteral("step"), state.step},
                                     {QStringLiteral("challenge"), state.challenge},
                                     {QStringLiteral("topology"), state.topology},
                                     {QStringLiteral("actions"), state.actions}})
        .toJson(QJsonDocument::Compact);
}

QByteArray clockMessage(const FollowClock &clock)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("clock")},
                                     {QStringLiteral("at_ms"), clock.atMs},
                                     {QStringLiteral("running"), clock.running},
                                     {QStringLiteral("speed"), clock.speed}})
        .toJson(QJsonDocument::Compact);
}

namespace {
bool number(const QJsonObject &o, const char *key, double low, double high, double *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < low || d > high) {
        *error = QStringLiteral("%1 must be a number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high);
        return false;
    }
    *out = d;
    return true;
}

bool readFollow(const QJsonObject &o, ServerMessage &m, QString *error)
{
    static const QRegularExpression lessonId(QStringLiteral("^[A-Za-z0-9_.-]{0,80}$"));
    m.kind = ServerMessage::Kind::Follow;
    const QString lesson = o.value(QStringLiteral("lesson")).toString();
    double step = 0;
    if (!o.value(QStringLiteral("lesson")).isString() || !lessonId.match(lesson).hasMatch()) {
        *error = QStringLiteral("lesson must be a lesson's id");
        return false;
    }
    if (!number(o, "step", 0, 999, &step, error))
        return false;
    if (step != std::floor(step)) {
        *error = QStringLiteral("step must be a whole number");
        return false;
    }
    if (!o.value(QStringLiteral("challenge")).isBool() || !o.value(QStringLiteral("topology")).isObject()
        || !o.value(QStringLiteral("actions")).isArray()) {
        *error = QStringLiteral("a follow has a challenge flag, a topology object and a list of actions");
        return false;
    }
    m.follow = FollowState{lesson, static_cast<int>(step), o.value(QStringLiteral("challenge")).toBool(),
                           o.value(QStringLiteral("topology")).toObject(), o.value(QStringLiteral("actions")).toArray()};
    return true;
}

bool readClock(const QJsonObject &o, ServerMessage &m, QString *error)
{
    m.kind = ServerMessage::Kind::Clock;
    if (!o.value(QStringLiteral("running")).isBool()) {
        *error = QStringLiteral("running must be true or false");
        return false;
    }
    m.clock.running = o.value(QStringLiteral("running")).toBool();
    return number(o, "at_ms", 0, 1e12, &m.clock.atMs, error) && number(o, "speed", 0.001, 1e6, &m.clock.speed, error);
}

bool readText(const QJsonObject &o, const char *key, int maxLength, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().size() > maxLength) {
        *error = QStringLiteral("%1 must be text of at most %2 characters").arg(QLatin1String(key)).arg(maxLength);
        return false;
    }
    *out = v.toString();
    return true;
}
} // namespace

std::optional<ServerMessage> parseServerMessage(const QByteArray &frame, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const std::optional<QJsonObject> object = readJsonFrame(frame, kMaxServerMessageBytes, why);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    const QString type = o.value(QStringLiteral("type")).toString();
    ServerMessage message;
    bool ok = false;
    if (type == QLatin1String("welcome")) {
        message.kind = ServerMessage::Kind::Welcome;
        ok = readText(o, "token", 32, &message.token, &why) && readText(o, "name", kMaxNameLength, &message.name, &why);
    } else if (type == QLatin1String("question")) {
        message.kind = ServerMessage::Kind::Question;
        message.question = o;
        ok = true;
    } else if (type == QLatin1String("follow")) {
        ok = readFollow(o, message, &why);
    } else if (type == QLatin1String("clock")) {
        ok = readClock(o, message, &why);
    } else if (type == QLatin1String("error")) {
        message.kind = ServerMessage::Kind::Error;
        ok = readText(o, "reason", 400, &message.reason, &why);
    } else {
        why = QStringLiteral("unknown message type \"%1\"").arg(type.left(32));
    }
    if (!ok)
        return std::nullopt;
    return message;
}

} // namespace scalelab::classroom
