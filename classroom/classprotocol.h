// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classsession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scalelab::classroom {

/// The messages of a classroom session, JSON text over one WebSocket per student
/// (docs/CLASSROOM.md). A student's page or app sends only these; the teacher's app takes
/// nothing else from a student (no topology, no file path, no command).
///
///   {"type": "join", "code": "K7QX2M", "name": "Ana", "token": "..."}   token: to resume
///   {"type": "answer", "question": "caching#3", "round": 1, "choice": 2}   or "number": 120
///
/// Every frame is checked against this schema before anything reads it: its size, its type,
/// each field's type and range, and no key besides these.
struct ClientMessage
{
    enum class Kind { Join, Answer };
    Kind kind = Kind::Join;
    QString code;
    QString name;
    QString token;
    QString question;
    int round = 1;
    StudentAnswer answer;
};

/// The largest frame a student may send, in bytes (a join with a long name is about 200).
inline constexpr int kMaxClientMessageBytes = 1024;
/// The longest name a student may give, in characters.
inline constexpr int kMaxNameLength = 40;

/// The message in `frame`, or why it breaks the schema (`*error`).
std::optional<ClientMessage> parseClientMessage(const QByteArray &frame, QString *error);

/// What the teacher's app sends.
QByteArray welcomeMessage(const QString &token, const QString &name);
/// The question open now (or none) as this student sees it: the prompt and choices; once
/// revealed, the class's counts per choice, the answer and both rounds' results.
QByteArray questionMessage(const ClassSession &session, const QString &token);
/// Why the app refuses or drops this student; the socket closes after it.
QByteArray errorMessage(const QString &reason);

} // namespace scalelab::classroom
