// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classprotocol.h"
#include "classsession.h"
#include "ratelimit.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QObject>
#include <QWebSocketServer>
#include <QStringList>

#include <map>
#include <memory>

class QWebSocket;

namespace scalelab::classroom {

/// The teacher's side of a classroom session: a port on the local network that serves the
/// students' page (http://HOST:PORT/), the next port up for their WebSockets (Qt 6.4's HTTP
/// server does not hand over WebSocket upgrades), a join code, and the session's state. It
/// never connects anywhere itself; students only join and answer.
///
/// Safe by default: a student is heard only after joining with the code; every frame is
/// checked against the protocol's schema (classprotocol.h), frames over the size limit or
/// faster than the rate limit drop the student with the reason logged; at most
/// `maxStudents` connections. A student who reconnects with their token resumes where the
/// class is. Nothing a student sends reaches the teacher's topology, files or commands.
class ClassHost : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxStudents = 200;
        double messagesPerSecond = 4;  ///< sustained, per student
        double burst = 10;             ///< messages at once, per student
    };

    explicit ClassHost(QObject *parent = nullptr);
    ~ClassHost() override;

    /// Listens on every interface at `port` (0: a free one) for the page and at port + 1 for
    /// the students' sockets, with `code` (empty: a random one). False with `*error` when a
    /// port cannot be opened.
    bool start(quint16 port, const QString &code, QString *error);
    void stop();
    bool running() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    quint16 socketPort() const;
    QString code() const { return m_code; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    /// This machine's addresses on the local network (IPv4, not loopback), best first.
    static QStringList localAddresses();
    /// What students open: http://ADDRESS:PORT/?code=CODE (the first local address; 127.0.0.1 without one).
    QString joinUrl() const;
    /// Six characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    static QString randomCode();

    const ClassSession &session() const { return m_session; }
    /// Carries on a session another host had (the window rebuilt for another language): its
    /// students resume with their tokens as they reconnect. Call before start().
    void restoreSession(const ClassSession &session) { m_session = session; }
    /// The teacher puts a question, clears it, reveals the result or asks again; every
    /// student's page follows at once.
    void putQuestion(const ClassQuestion &question);
    void clearQuestion();
    void reveal();
    void askAgain();
    /// The challenge step the class is on (students' ScaleLabs report their tries), or none.
    void putChallenge(const ClassChallenge &challenge);
    void clearChallenge();
    /// Where the teacher's lesson and run are: sent to every joined ScaleLab (not to the
    /// pages) when it changes, and to each one as it joins. Clock: the run's moment, whether
    /// it plays and how fast; sent on every change and now and then while it plays.
    void setFollow(const FollowState &state);
    void setClock(const FollowClock &clock);
    /// Joined ScaleLabs (students following the teacher) connected now.
    int appCount() const;
    /// Students connected now.
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

signals:
    /// A student joined, left or answered: the teacher's panel shows the new figures.
    void changed();
    /// A client refused or dropped, with the reason (for the teacher's log).
    void logged(const QString &line);

private:
    struct Connection
    {
        QString token;   ///< empty until joined
        RateLimit limit;
        bool app = false;  ///< a ScaleLab: gets follow and clock messages
    };

    void acceptSockets();
    void received(QWebSocket *socket, const QString &frame);
    void drop(QWebSocket *socket, const QString &reason);
    void disconnected(QWebSocket *socket);
    void sendState(QWebSocket *socket);
    void broadcast();
    void sendToApps(const QByteArray &message);
    void answered(QWebSocket *socket, const ClientMessage &message);
    void reportedChallenge(QWebSocket *socket, const ClientMessage &message);
    void setUpRoutes();

    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<QWebSocketServer> m_sockets;
    quint16 m_port = 0;
    QString m_code;
    Limits m_limits;
    ClassSession m_session;
    std::map<QWebSocket *, Connection> m_connections;
    QElapsedTimer m_clock;
    std::optional<FollowState> m_follow;
    QByteArray m_followMessage;  ///< m_follow as sent (a topology can be large: built once)
    FollowClock m_runClock;
};

} // namespace scalelab::classroom
