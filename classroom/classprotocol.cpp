// SPDX-License-Identifier: GPL-3.0-or-later
#include "classprotocol.h"

#include "jsonframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace scalelab::classroom {

namespace {
bool onlyKeys(const QJsonObject &o, const QSet<QString> &allowed, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = QStringLiteral("unknown key \"%1\"").arg(it.key().left(32));
            return false;
        }
    }
    return true;
}

bool text(const QJsonObject &o, const char *key, bool required, int maxLength, const QRegularExpression &pattern, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            *error = QStringLiteral("%1 is missing").arg(QLatin1String(key));
        return !required;
    }
    if (!v.isString() || v.toString().size() > maxLength || !pattern.match(v.toString()).hasMatch()) {
        *error = QStringLiteral("%1 must be text of at most %2 characters of the allowed kind").arg(QLatin1String(key)).arg(maxLength);
        return false;
    }
    *out = v.toString();
    return true;
}

bool flag(const QJsonObject &o, const char *key, bool *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool()) {
        *error = QStringLiteral("%1 must be true or false").arg(QLatin1String(key));
        return false;
    }
    *out = v.toBool();
    return true;
}

// A question's or a challenge's id: "lesson-id#step".
const QRegularExpression &questionId()
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_.#-]{1,80}$"));
    return id;
}

// Letters of any script, digits, spaces and a little punctuation; no control characters.
const QRegularExpression &studentName()
{
    static const QRegularExpression name(QStringLiteral("^[\\p{L}\\p{M}\\p{N} .'_-]{1,40}$"));
    return name;
}

bool readJoin(const QJsonObject &o, ClientMessage &m, QString *error)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9]{4,12}$"));
    static const QRegularExpression token(QStringLiteral("^[0-9a-f]{32}$"));
    m.kind = ClientMessage::Kind::Join;
    return onlyKeys(o, {QStringLiteral("type"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("token"), QStringLiteral("app")}, error)
           && text(o, "code", true, 12, code, &m.code, error) && text(o, "name", true, kMaxNameLength, studentName(), &m.name, error)
           && text(o, "token", false, 32, token, &m.token, error) && flag(o, "app", &m.app, error);
}

bool readChallenge(const QJsonObject &o, ClientMessage &m, QString *error)
{
    m.kind = ClientMessage::Kind::Challenge;
    if (!onlyKeys(o, {QStringLiteral("type"), QStringLiteral("challenge"), QStringLiteral("passed"), QStringLiteral("figures")}, error)
        || !text(o, "challenge", true, 80, questionId(), &m.question, error))
        return false;
    const QJsonValue passed = o.value(QStringLiteral("passed"));
    if (!passed.isBool()) {
        *error = QStringLiteral("passed must be true or false");
        return false;
    }
    m.challenge.passed = passed.toBool();
    const QJsonValue figures = o.value(QStringLiteral("figures"));
    if (!figures.isArray() || figures.toArray().size() > kMaxChallengeGoals) {
        *error = QStringLiteral("figures must be a list of at most %1 numbers").arg(kMaxChallengeGoals);
        return false;
    }
    for (const QJsonValue figure : figures.toArray()) {
        if (figure.isNull()) {
            m.challenge.figures.push_back(std::nullopt);
            continue;
        }
        const double f = figure.toDouble(std::nan(""));
        if (!figure.isDouble() || !std::isfinite(f) || std::abs(f) > 1e15) {
            *error = QStringLiteral("each figure must be a finite number or null");
            return false;
        }
        m.challenge.figures.push_back(f);
    }
    return true;
}

bool readAnswer(const QJsonObject &o, ClientMessage &m, QString *error)
{
    m.kind = ClientMessage::Kind::Answer;
    if (!onlyKeys(o, {QStringLiteral("type"), QStringLiteral("question"), QStringLiteral("round"), QStringLiteral("choice"), QStringLiteral("number")}, error)
        || !text(o, "question", true, 80, questionId(), &m.question, error))
        return false;
    const QJsonValue round = o.value(QStringLiteral("round"));
    if (!round.isDouble() || (round.toDouble() != 1 && round.toDouble() != 2)) {
        *error = QStringLiteral("round must be 1 or 2");
        return false;
    }
    m.round = round.toInt();
    const QJsonValue choice = o.value(QStringLiteral("choice"));
    const QJsonValue number = o.value(QStringLiteral("number"));
    if (choice.isUndefined() == number.isUndefined()) {
        *error = QStringLiteral("an answer has either a choice or a number");
        return false;
    }
    if (!choice.isUndefined()) {
        const double c = choice.toDouble(-1);
        if (!choice.isDouble() || c != std::floor(c) || c < 0 || c > 25) {
            *error = QStringLiteral("choice must be a whole number from 0 to 25");
            return false;
        }
        m.answer.choice = static_cast<int>(c);
    } else {
        const double n = number.toDouble(std::nan(""));
        if (!number.isDouble() || !std::isfinite(n) || std::abs(n) > 1e15) {
            *error = QStringLiteral("number must be a finite number");
            return false;
        }
        m.answer.number = n;
    }
    return true;
}
} // namespace

bool isValidStudentName(const QString &name)
{
    return studentName().match(name).hasMatch();
}

std::optional<ClientMessage> parseClientMessage(const QByteArray &frame, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const std::optional<QJsonObject> object = readJsonFrame(frame, kMaxClientMessageBytes, why);
    if (!object)
        return std::nullopt;
    const QJsonObject &o = *object;
    const QString type = o.value(QStringLiteral("type")).toString();
    ClientMessage message;
    bool ok = false;
    if (type == QLatin1String("join"))
        ok = readJoin(o, message, &why);
    else if (type == QLatin1String("answer"))
        ok = readAnswer(o, message, &why);
    else if (type == QLatin1String("challenge"))
        ok = readChallenge(o, message, &why);
    else
        why = QStringLiteral("unknown message type \"%1\"").arg(type.left(32));
    if (!ok)
        return std::nullopt;
    return message;
}

QByteArray welcomeMessage(const QString &token, const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("welcome")},
                                     {QStringLiteral("token"), token},
                                     {QStringLiteral("name"), name}})
        .toJson(QJsonDocument::Compact);
}

QByteArray questionMessage(const ClassSession &session, const QString &token)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("question")}};
    const auto &q = session.question();
    if (!q) {
        o.insert(QStringLiteral("state"), QStringLiteral("none"));
        // A challenge step: the page says so (a try needs ScaleLab's engine).
        if (session.challenge())
            o.insert(QStringLiteral("challenge"), session.challenge()->title);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    const bool revealed = session.state() == QuestionState::Revealed;
    o.insert(QStringLiteral("id"), q->id);
    o.insert(QStringLiteral("prompt"), q->prompt);
    o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(q->choices));
    o.insert(QStringLiteral("unit"), q->unit);
    o.insert(QStringLiteral("round"), session.round());
    o.insert(QStringLiteral("state"), revealed ? QStringLiteral("revealed") : QStringLiteral("open"));
    if (const auto mine = session.answerOf(token, session.round()))
        o.insert(QStringLiteral("yours"), q->isNumeric() ? QJsonValue(mine->number) : QJsonValue(mine->choice));
    if (revealed) {
        QJsonArray rounds;
        for (int r = 1; r <= session.round(); ++r) {
            QJsonArray counts;
            for (int c : session.counts(r))
                counts.append(c);
            rounds.append(QJsonObject{{QStringLiteral("counts"), counts},
                                      {QStringLiteral("answered"), session.answered(r)},
                                      {QStringLiteral("right"), session.right(r)}});
        }
        o.insert(QStringLiteral("rounds"), rounds);
        if (q->isNumeric() && q->numericAnswer)
            o.insert(QStringLiteral("answer"), *q->numericAnswer);
        else
            o.insert(QStringLiteral("answer"), q->answer);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorMessage(const QString &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("reason"), reason}})
        .toJson(QJsonDocument::Compact);
}

} // namespace scalelab::classroom
