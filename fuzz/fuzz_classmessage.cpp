// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a classroom student's frame (classroom/classprotocol.h), then what the
// teacher's app does with it: a join or an answer applied to a session with a question open,
// and the question message sent back.
#include "classroom/classprotocol.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace scalelab::classroom;
    const QByteArray frame = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
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
    }
    const QString token = message->kind == ClientMessage::Kind::Join
                              ? session.join(message->token, message->name, QStringLiteral("0123456789abcdef0123456789abcdef"))
                              : QStringLiteral("0123456789abcdef0123456789abcdef");
    if (message->kind == ClientMessage::Kind::Answer)
        session.answer(token, message->question, message->round, message->answer);
    (void)questionMessage(session, token);
    return 0;
}
