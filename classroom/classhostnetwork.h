// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classprotocol.h"
#include "classsession.h"
#include "ratelimit.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace scalelab::classroom {

/// How many students a class takes, and how fast each may send.
struct ClassLimits
{
    int maxStudents = 200;
    double messagesPerSecond = 4;  ///< sustained, per student
    double burst = 10;             ///< messages at once, per student
};

/// What the teacher's window reads of a running class, as the network side published it.
struct ClassHostState
{
    ClassSession session;
    int connections = 0;    ///< students connected (joined or not yet)
    int apps = 0;           ///< joined ScaleLabs among them
    quint64 commands = 0;   ///< the teacher's commands the session has had so far
    quint64 run = 0;        ///< which start() of the host it comes from
};

/// ClassHost's network side, on a thread of its own so that the teacher's window never waits
/// for a student: the page's HTTP server, the students' sockets, every frame read, checked
/// against the protocol and the rate limit, and answered, and the live session.
///
/// Threads: the object lives on ClassHost's worker thread and every member function runs
/// there; ClassHost calls it only through queued or blocking queued calls, and it answers
/// only through its signals (queued to the window). It shares no data with the window: a
/// published ClassHostState is a copy (Qt's containers share their data between copies
/// until either side writes, atomically counted, so a copy costs nothing until then).
/// Joins, departures and the teacher's commands are published at once (before the student
/// hears back, so the window is never behind what a student saw); answers and challenge
/// tries at most ten times a second.
class ClassHostNetwork : public QObject
{
    Q_OBJECT
public:
    explicit ClassHostNetwork(QObject *parent = nullptr);
    ~ClassHostNetwork() override;

    struct Started
    {
        quint16 port = 0;        ///< 0: not started, see `error`
        quint16 socketPort = 0;
        QString error;
    };
    /// Listens as ClassHost::start() says, the class's state being `session` after the
    /// teacher's `commands` so far; `run` stamps what is published.
    Started start(quint16 port, const QString &code, const ClassLimits &limits, const ClassSession &session,
                  quint64 commands, quint64 run);
    /// Closes every socket and both ports; the session, its students no longer connected.
    ClassSession stop();
    /// The teacher's `commands`-th command: `change` (the window made the same change to its
    /// copy); with `toEveryone` each joined student gets the question's new state.
    void command(quint64 commands, const std::function<void(ClassSession &)> &change, bool toEveryone);
    void setFollow(const FollowState &state);
    void setClock(const FollowClock &clock);

signals:
    void published(const scalelab::classroom::ClassHostState &state);
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
    void joined(QWebSocket *socket, const ClientMessage &message);
    void drop(QWebSocket *socket, const QString &reason);
    void disconnected(QWebSocket *socket);
    void sendState(QWebSocket *socket);
    void sendToApps(const QByteArray &message);
    void answered(QWebSocket *socket, const ClientMessage &message);
    void reportedChallenge(QWebSocket *socket, const ClientMessage &message);
    void setUpRoutes();
    void publishNow();
    /// At most ten times a second: sixty answers a second are one copy for the window each 100 ms.
    void publishSoon();
    int appCount() const;

    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<QWebSocketServer> m_sockets;
    QString m_code;
    ClassLimits m_limits;
    ClassSession m_session;
    quint64 m_commands = 0;
    quint64 m_run = 0;
    std::map<QWebSocket *, Connection> m_connections;
    QElapsedTimer m_clock;
    std::optional<FollowState> m_follow;
    QByteArray m_followMessage;  ///< m_follow as sent (a topology can be large: built once)
    FollowClock m_runClock;
    QTimer *m_publish = nullptr;
    QElapsedTimer m_sincePublished;
};

} // namespace scalelab::classroom
