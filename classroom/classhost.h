// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classhostnetwork.h"
#include "classprotocol.h"
#include "classsession.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

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
///
/// Threads: the network (servers, sockets, parsing, rate limits, answers to students) runs
/// on a thread of the host's own, ClassHostNetwork, which owns the live session; this object
/// and all of its functions belong to the window's thread. session(), connectionCount() and
/// appCount() are what the network side last published (at once for a join, a departure or
/// a teacher's command; at most ten times a second for answers), with the teacher's own
/// commands applied at once: reading them never waits for, nor races with, the network.
class ClassHost : public QObject
{
    Q_OBJECT
public:
    using Limits = ClassLimits;

    explicit ClassHost(QObject *parent = nullptr);
    ~ClassHost() override;

    /// Listens on every interface at `port` (0: a free one) for the page and at port + 1 for
    /// the students' sockets, with `code` (empty: a random one). False with `*error` when a
    /// port cannot be opened.
    bool start(quint16 port, const QString &code, QString *error);
    void stop();
    bool running() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    quint16 socketPort() const { return m_socketPort; }
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
    int appCount() const { return m_apps; }
    /// Students connected now.
    int connectionCount() const { return m_connections; }

signals:
    /// A student joined, left or answered: the teacher's panel shows the new figures.
    void changed();
    /// A client refused or dropped, with the reason (for the teacher's log).
    void logged(const QString &line);

private:
    /// A teacher's command: made to the window's copy at once, and to the live session.
    void command(const std::function<void(ClassSession &)> &change, bool toEveryone);
    void take(const ClassHostState &state);

    std::unique_ptr<QThread> m_thread;        ///< started at the first start()
    ClassHostNetwork *m_network = nullptr;    ///< lives on m_thread
    quint16 m_port = 0;
    quint16 m_socketPort = 0;
    QString m_code;
    Limits m_limits;
    ClassSession m_session;  ///< as last published, with the teacher's commands since
    int m_connections = 0;
    int m_apps = 0;
    quint64 m_commands = 0;  ///< the teacher's commands sent to the network side
    quint64 m_run = 0;       ///< which start() is running
    FollowClock m_runClock;  ///< for the apps that join once the teacher's run is followed
};

} // namespace scalelab::classroom
