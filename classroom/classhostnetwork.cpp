// SPDX-License-Identifier: GPL-3.0-or-later
#include "classhostnetwork.h"

#include "classhost.h"
#include "classprotocol.h"
#include "studentpagetexts.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace scalelab::classroom {

// The texts a teacher reads (the log, the errors) keep ClassHost's context: ClassHost::tr.

namespace {
// The window reads the class at most this often while students answer.
constexpr int kPublishMs = 100;

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page, its script, style and words: nothing else is served, and the page may load
// nothing from anywhere else (it works with no internet) nor talk to anything but this app
// (its words at /texts.json) and this app's socket.
QHttpServerResponse asset(const char *mimeType, const QByteArray &body, const QHttpServerRequest &request, quint16 socketPort)
{
    QHttpServerResponse response(QByteArray(mimeType), body);
    const QString host = request.url().host();
    response.addHeader("Content-Security-Policy",
                       QStringLiteral("default-src 'self'; connect-src 'self' ws://%1:%2; img-src 'self' data:").arg(host).arg(socketPort).toUtf8());
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("X-Content-Type-Options", "nosniff");
    return response;
}

// The page in the language of its words (studentPageLanguage() is a plain tag, safe here).
QByteArray studentPage()
{
    return resource(QStringLiteral(":/classroom/student.html"))
        .replace("<html lang=\"en\">", QStringLiteral("<html lang=\"%1\">").arg(studentPageLanguage()).toUtf8());
}

QString newToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return token;
}
} // namespace

ClassHostNetwork::ClassHostNetwork(QObject *parent) : QObject(parent), m_publish(new QTimer(this))
{
    qRegisterMetaType<ClassHostState>();
    m_clock.start();
    m_sincePublished.start();
    m_publish->setSingleShot(true);
    connect(m_publish, &QTimer::timeout, this, &ClassHostNetwork::publishNow);
}

ClassHostNetwork::~ClassHostNetwork()
{
    stop();
}

ClassHostNetwork::Started ClassHostNetwork::start(quint16 port, const QString &code, const ClassLimits &limits,
                                                  const ClassSession &session, quint64 commands, quint64 run)
{
    stop();
    Started started;
    m_http = std::make_unique<QHttpServer>();
    m_sockets = std::make_unique<QWebSocketServer>(QStringLiteral("ScaleLab"), QWebSocketServer::NonSecureMode);
    connect(m_sockets.get(), &QWebSocketServer::newConnection, this, &ClassHostNetwork::acceptSockets);
    // A free page port whose next port is free too (port 0: let the system choose, then try the next).
    for (int attempt = 0; attempt < (port == 0 ? 20 : 1) && started.port == 0; ++attempt) {
        const quint16 page = m_http->listen(QHostAddress::Any, port);
        if (page != 0 && page < 65535 && m_sockets->listen(QHostAddress::Any, static_cast<quint16>(page + 1)))
            started.port = page;
        else if (page != 0)
            m_http = std::make_unique<QHttpServer>();  // closes the page port: try another pair
    }
    if (started.port == 0) {
        started.error = port == 0 ? ClassHost::tr("cannot find two free ports next to each other")
                                  : ClassHost::tr("cannot listen on port %1 or %2: it is in use or not allowed").arg(port).arg(port + 1);
        m_http.reset();
        m_sockets.reset();
        return started;
    }
    started.socketPort = m_sockets->serverPort();
    setUpRoutes();
    m_code = code;
    m_limits = limits;
    m_session = session;
    m_commands = commands;
    m_run = run;
    return started;
}

ClassSession ClassHostNetwork::stop()
{
    for (auto &[socket, connection] : m_connections) {
        if (!connection.token.isEmpty())
            m_session.setConnected(connection.token, false);
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    m_connections.clear();
    m_follow.reset();
    m_followMessage.clear();
    m_publish->stop();
    m_sockets.reset();
    m_http.reset();
    return m_session;
}

void ClassHostNetwork::setUpRoutes()
{
    const quint16 sockets = m_sockets->serverPort();
    // The words are read at each request: they follow the translator installed at that moment.
    m_http->route(QStringLiteral("/"), [sockets](const QHttpServerRequest &request) {
        return asset("text/html; charset=utf-8", studentPage(), request, sockets);
    });
    m_http->route(QStringLiteral("/student.js"), [sockets](const QHttpServerRequest &request) {
        return asset("text/javascript; charset=utf-8", resource(QStringLiteral(":/classroom/student.js")), request, sockets);
    });
    m_http->route(QStringLiteral("/student.css"), [sockets](const QHttpServerRequest &request) {
        return asset("text/css; charset=utf-8", resource(QStringLiteral(":/classroom/student.css")), request, sockets);
    });
    m_http->route(QStringLiteral("/texts.json"), [sockets](const QHttpServerRequest &request) {
        return asset("application/json; charset=utf-8", QJsonDocument(studentPageTexts()).toJson(QJsonDocument::Compact), request, sockets);
    });
}

void ClassHostNetwork::acceptSockets()
{
    while (m_sockets && m_sockets->hasPendingConnections()) {
        QWebSocket *socket = m_sockets->nextPendingConnection();
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(kMaxClientMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(kMaxClientMessageBytes);
        if (static_cast<int>(m_connections.size()) >= m_limits.maxStudents) {
            emit logged(ClassHost::tr("refused %1: the class is full (%2 students)").arg(socket->peerAddress().toString()).arg(m_limits.maxStudents));
            socket->sendTextMessage(QString::fromUtf8(errorMessage(ClassHost::tr("The class is full."))));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        m_connections.emplace(socket, Connection{QString(), RateLimit(m_limits.messagesPerSecond, m_limits.burst)});
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &frame) { received(socket, frame); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] { drop(socket, ClassHost::tr("sent binary data")); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { disconnected(socket); });
    }
    publishNow();
}

void ClassHostNetwork::received(QWebSocket *socket, const QString &frame)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    if (!connection.limit.allow(m_clock.elapsed())) {
        drop(socket, ClassHost::tr("sent too many messages"));
        return;
    }
    QString why;
    const auto message = parseClientMessage(frame.toUtf8(), &why);
    if (!message) {
        drop(socket, ClassHost::tr("sent a message that breaks the protocol: %1").arg(why));
        return;
    }
    if (message->kind == ClientMessage::Kind::Join) {
        joined(socket, *message);
        return;
    }
    if (connection.token.isEmpty()) {
        drop(socket, ClassHost::tr("answered before joining"));
        return;
    }
    if (message->kind == ClientMessage::Kind::Answer)
        answered(socket, *message);
    else
        reportedChallenge(socket, *message);
}

void ClassHostNetwork::joined(QWebSocket *socket, const ClientMessage &message)
{
    if (message.code.toUpper() != m_code) {  // as typed on a phone: any case
        drop(socket, ClassHost::tr("gave a wrong join code"));
        return;
    }
    Connection &connection = m_connections[socket];
    connection.token = m_session.join(message.token, message.name, newToken());
    connection.app = message.app;
    publishNow();  // the window knows of the student before the student hears back
    socket->sendTextMessage(QString::fromUtf8(welcomeMessage(connection.token, m_session.nameOf(connection.token))));
    sendState(socket);
    if (connection.app && m_follow) {
        socket->sendTextMessage(QString::fromUtf8(m_followMessage));
        socket->sendTextMessage(QString::fromUtf8(clockMessage(m_runClock)));
    }
}

void ClassHostNetwork::answered(QWebSocket *socket, const ClientMessage &message)
{
    // A late or stray answer (the question moved on) is not an attack: it is ignored.
    const auto result = m_session.answer(m_connections[socket].token, message.question, message.round, message.answer);
    if (result == ClassSession::AnswerResult::BadChoice) {
        drop(socket, ClassHost::tr("answered with a choice the question does not have"));
        return;
    }
    sendState(socket);
    if (result == ClassSession::AnswerResult::Counted || result == ClassSession::AnswerResult::Replaced)
        publishSoon();
}

void ClassHostNetwork::reportedChallenge(QWebSocket *socket, const ClientMessage &message)
{
    const auto result = m_session.reportChallenge(m_connections[socket].token, message.question, message.challenge.passed,
                                                  message.challenge.figures);
    if (result == ClassSession::ChallengeReport::BadFigures) {
        drop(socket, ClassHost::tr("reported a challenge with figures for goals it does not have"));
        return;
    }
    if (result == ClassSession::ChallengeReport::Recorded)
        publishSoon();
}

void ClassHostNetwork::drop(QWebSocket *socket, const QString &reason)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    const QString who = found->second.token.isEmpty() ? socket->peerAddress().toString()
                                                      : QStringLiteral("%1 (%2)").arg(m_session.nameOf(found->second.token), socket->peerAddress().toString());
    emit logged(ClassHost::tr("dropped %1: %2").arg(who, reason));
    socket->sendTextMessage(QString::fromUtf8(errorMessage(reason)));
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
    disconnected(socket);
}

void ClassHostNetwork::disconnected(QWebSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    if (!found->second.token.isEmpty())
        m_session.setConnected(found->second.token, false);
    m_connections.erase(found);
    socket->disconnect(this);
    socket->deleteLater();
    publishNow();
}

void ClassHostNetwork::sendState(QWebSocket *socket)
{
    socket->sendTextMessage(QString::fromUtf8(questionMessage(m_session, m_connections[socket].token)));
}

void ClassHostNetwork::command(quint64 commands, const std::function<void(ClassSession &)> &change, bool toEveryone)
{
    change(m_session);
    m_commands = commands;
    publishNow();
    if (!toEveryone)
        return;
    for (auto &[socket, connection] : m_connections)
        if (!connection.token.isEmpty())
            sendState(socket);
}

void ClassHostNetwork::setFollow(const FollowState &state)
{
    if (m_follow == state)
        return;
    m_follow = state;
    m_followMessage = followMessage(state);
    sendToApps(m_followMessage);
}

void ClassHostNetwork::setClock(const FollowClock &clock)
{
    m_runClock = clock;
    if (m_follow)
        sendToApps(clockMessage(clock));
}

void ClassHostNetwork::sendToApps(const QByteArray &message)
{
    const QString text = QString::fromUtf8(message);
    for (auto &[socket, connection] : m_connections)
        if (connection.app && !connection.token.isEmpty())
            socket->sendTextMessage(text);
}

int ClassHostNetwork::appCount() const
{
    return static_cast<int>(std::count_if(m_connections.begin(), m_connections.end(),
                                          [](const auto &entry) { return entry.second.app && !entry.second.token.isEmpty(); }));
}

void ClassHostNetwork::publishNow()
{
    m_publish->stop();
    m_sincePublished.restart();
    emit published(ClassHostState{m_session, static_cast<int>(m_connections.size()), appCount(), m_commands, m_run});
}

void ClassHostNetwork::publishSoon()
{
    if (m_publish->isActive())
        return;
    const qint64 since = m_sincePublished.elapsed();
    if (since >= kPublishMs)
        publishNow();
    else
        m_publish->start(static_cast<int>(kPublishMs - since));
}

} // namespace scalelab::classroom
