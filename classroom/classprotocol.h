// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classsession.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace scalelab::classroom {

/// The messages of a classroom session, JSON text over one WebSocket per student
/// (docs/CLASSROOM.md). A student's page or app sends only these; the teacher's app takes
/// nothing else from a student (no topology, no file path, no command).
///
///   {"type": "join", "code": "K7QX2M", "name": "Ana", "token": "...", "app": true}
///        token: to resume; app: a ScaleLab that follows the teacher's run (a page does not)
///   {"type": "answer", "question": "caching#3", "round": 1, "choice": 2}   or "number": 120
///   {"type": "challenge", "challenge": "caching#6", "passed": true, "figures": [143.5, null]}
///        a challenge step's try, graded on the student's own ScaleLab: one figure per goal
///
/// Every frame is checked against this schema before anything reads it: its size, its type,
/// each field's type and range, and no key besides these.
struct ClientMessage
{
    enum class Kind { Join, Answer, Challenge };
    Kind kind = Kind::Join;
    QString code;
    QString name;
    QString token;
    bool app = false;        ///< join: a ScaleLab that follows the teacher (follow, clock)
    QString question;        ///< answer: the question; challenge: the challenge
    int round = 1;
    StudentAnswer answer;
    ChallengeResult challenge;
};

/// The largest frame a student may send, in bytes (a join with a long name is about 200).
inline constexpr int kMaxClientMessageBytes = 1024;
/// The longest name a student may give, in characters.
inline constexpr int kMaxNameLength = 40;
/// The most goals a challenge's result may carry figures for.
inline constexpr int kMaxChallengeGoals = 8;

/// A name a student may give: 1 to 40 letters of any script, digits, spaces or .'_-.
bool isValidStudentName(const QString &name);

/// The message in `frame`, or why it breaks the schema (`*error`).
std::optional<ClientMessage> parseClientMessage(const QByteArray &frame, QString *error);

/// What the teacher's app sends.
QByteArray welcomeMessage(const QString &token, const QString &name);
/// The question open now (or none) as this student sees it: the prompt and choices; once
/// revealed, the class's counts per choice, the answer and both rounds' results.
QByteArray questionMessage(const ClassSession &session, const QString &token);
/// Why the app refuses or drops this student; the socket closes after it.
QByteArray errorMessage(const QString &reason);

/// Follow the teacher (to a joined ScaleLab only): where the teacher's lesson and run are, not
/// pictures of them. The engine is deterministic, so the step, the topology with its seed and
/// the actions applied while it ran are enough for the student's ScaleLab to show the same run.
///   {"type": "follow", "lesson": "caching", "step": 2, "challenge": false,
///    "topology": {...a *.scalelab.json...}, "actions": [{"at_s": 12.000001, "action": "kill", ...}]}
///   {"type": "clock", "at_ms": 15000, "running": true, "speed": 1}
/// `lesson` is a built-in lesson's id, or "" (the teacher shows a topology or a lesson file of
/// their own: the student follows the run alone). The classroom library relays the topology
/// and actions as they are; the student's window reads them with the topology reader.
struct FollowState
{
    QString lesson;
    int step = 0;
    bool challenge = false;  ///< the step is a challenge: each student designs their own
    QJsonObject topology;
    QJsonArray actions;
    bool operator==(const FollowState &) const = default;
};
struct FollowClock
{
    double atMs = 0;
    bool running = false;
    double speed = 1;
    bool operator==(const FollowClock &) const = default;
};
QByteArray followMessage(const FollowState &state);
QByteArray clockMessage(const FollowClock &clock);

/// The largest frame the teacher's app sends a student's ScaleLab (a follow with a large topology).
inline constexpr int kMaxServerMessageBytes = 16 * 1024 * 1024;

/// What the teacher's app sends, as a joined ScaleLab reads it: checked like a student's
/// message (a known type, each field of its type and range) before anything uses it.
struct ServerMessage
{
    enum class Kind { Welcome, Question, Follow, Clock, Error };
    Kind kind = Kind::Welcome;
    QString token;       ///< welcome
    QString name;        ///< welcome
    QJsonObject question;  ///< question: the message as the page reads it
    FollowState follow;
    FollowClock clock;
    QString reason;      ///< error
};
std::optional<ServerMessage> parseServerMessage(const QByteArray &frame, QString *error);

} // namespace scalelab::classroom
