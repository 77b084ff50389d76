// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a classroom student's frame (classroom/classprotocol.h), then what the
// teacher's app does with it: a join, an answer or a challenge try applied to a session with a
// question and a challenge open, and the question message sent back. The same bytes as the
// teacher's frame, as a student's ScaleLab reads it (parseServerMessage).
#include "classroom/classprotocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace scalelab::classroom;
    const QByteArray frame = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto fromTeacher = parseServerMessage(frame, nullptr); fromTeacher && fromTeacher->kind == ServerMessage::Kind::Follow)
        (void)followMessage(fromTeacher->follow);
    const auto message = parseClientMessage(frame, nullptr);
    if (!message)
        return 0;
    static ClassSession session;
    if (!session.question()) {
        ClassQuestion q;
        q.id = QStringLiteral("lesson#1");
        q.prompt = QStringLiteral("Which?");
        q.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        q.answer = 1;
        session.open(q);
        session.openChallenge(ClassChallenge{QStringLiteral("lesson#2"), QStringLiteral("Goal"), {QStringLiteral("p95"), QStringLiteral("errors")}});
    }
    const QString token = message->kind == ClientMessage::Kind::Join
                              ? session.join(message->token, message->name, QStringLiteral("0123456789abcdef0123456789abcdef"))
                              : QStringLiteral("0123456789abcdef0123456789abcdef");
    if (message->kind == ClientMessage::Kind::Answer)
        session.answer(token, message->question, message->round, message->answer);
    if (message->kind == ClientMessage::Kind::Challenge)
        session.reportChallenge(token, message->question, message->challenge.passed, message->challenge.figures);
    (void)questionMessage(session, token);
    return 0;
}
