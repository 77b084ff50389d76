// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classprotocol.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace scalelab::classroom {

/// A student's ScaleLab in the teacher's class: joins with the code as an app (so the
/// teacher's app sends where its lesson and run are), answers the questions and reports
/// challenge tries. If the connection drops (Wi-Fi, the teacher's laptop asleep) it tries
/// again, less often each time up to every ten seconds, and resumes with its token; a
/// refusal (wrong code, full class, a broken rule) ends it, with the teacher's reason.
///
/// Everything the teacher's app sends is checked (parseServerMessage) before it is used; a
/// message that breaks the protocol ends the session with that reason.
class ClassClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Joined, Reconnecting, Ended };

    explicit ClassClient(QObject *parent = nullptr);
    ~ClassClient() override;

    /// "HOST:PORT" (or "http://HOST:PORT/...", as the teacher's screen shows it) as a
    /// host and the page's port; false with `*error` when it is neither.
    static bool parseAddress(const QString &address, QString *host, quint16 *port, QString *error);

    /// Joins the class at `host`:`port` (the page's port; the sockets are on the next one);
    /// with the `token` an earlier join got, as the same student.
    void join(const QString &host, quint16 port, const QString &code, const QString &name, const QString &token = QString());
    /// Leaves the class: no more reconnecting.
    void leave();

    State state() const { return m_state; }
    /// Why the session ended (refused, the protocol broken, left), or "".
    QString endReason() const { return m_endReason; }
    /// The name the teacher's app knows this student by (after joining).
    QString name() const { return m_name; }
    QString code() const { return m_code; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    /// What the teacher's app knows this student by (after joining): to join again as them.
    QString token() const { return m_token; }
    QString address() const;
    /// The question open now as the teacher's app sent it ("state": "none" between questions).
    QJsonObject question() const { return m_question; }
    /// The latest follow and clock from the teacher (empty follow before the first).
    const std::optional<FollowState> &follow() const { return m_follow; }
    FollowClock clock() const { return m_clock; }

    /// Answers the question `questionId` in `round`; the teacher's app keeps the last before the reveal.
    void answer(const QString &questionId, int round, const StudentAnswer &answer);
    /// Reports a graded try at the challenge `challengeId`: one figure per goal.
    void reportChallenge(const QString &challengeId, bool passed, const QList<std::optional<double>> &figures);

    /// How long the first reconnect waits (tests shorten it).
    void setRetryDelay(int ms) { m_firstRetryMs = ms; }

signals:
    void stateChanged(scalelab::classroom::ClassClient::State state);
    void questionChanged();
    void followChanged();
    void clockChanged();

private:
    void open();
    void received(const QString &frame);
    void closed();
    void send(const QJsonObject &message);
    void setState(State state);
    void end(const QString &reason);

    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_retry;
    QString m_host;
    quint16 m_port = 0;
    QString m_code;
    QString m_name;
    QString m_token;
    State m_state = State::Idle;
    QString m_endReason;
    int m_firstRetryMs = 1000;
    int m_retryMs = 1000;
    int m_failedTries = 0;  ///< connections lost before ever joining
    QJsonObject m_question;
    std::optional<FollowState> m_follow;
    FollowClock m_clock;
};

} // namespace scalelab::classroom
