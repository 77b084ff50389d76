// SPDX-License-Identifier: GPL-3.0-or-later
#include "classclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace scalelab::classroom {

namespace {
constexpr int kMaxRetryMs = 10000;
constexpr quint16 kDefaultPort = 8080;
// An address that has never answered after this many tries is most likely mistyped.
constexpr int kTriesBeforeJoining = 4;
} // namespace

ClassClient::ClassClient(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ClassClient::open);
}

ClassClient::~ClassClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool ClassClient::parseAddress(const QString &address, QString *host, quint16 *port, QString *error)
{
    const QString trimmed = address.trimmed();
    const QUrl url = QUrl::fromUserInput(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    const int p = url.port(kDefaultPort);
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("http") || p < 1 || p > 65534) {
        *error = tr("\"%1\" is not a class's address: expected HOST:PORT, as the teacher's screen shows it (192.168.1.20:8080)")
                     .arg(trimmed.left(80));
        return false;
    }
    *host = url.host();
    *port = static_cast<quint16>(p);
    return true;
}

QString ClassClient::address() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void ClassClient::join(const QString &host, quint16 port, const QString &code, const QString &name, const QString &token)
{
    leave();
    m_host = host;
    m_port = port;
    m_code = code;
    m_name = name;
    m_token = token;
    m_endReason.clear();
    m_question = QJsonObject();
    m_follow.reset();
    m_retryMs = m_firstRetryMs;
    m_failedTries = 0;
    open();
}

void ClassClient::leave()
{
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket.release()->deleteLater();
    }
    if (m_state != State::Idle && m_state != State::Ended)
        end(tr("you left the class"));
}

void ClassClient::open()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(kMaxServerMessageBytes);
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        QJsonObject join{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("code"), m_code},
                         {QStringLiteral("name"), m_name}, {QStringLiteral("app"), true}};
        if (!m_token.isEmpty())
            join.insert(QStringLiteral("token"), m_token);
        send(join);
    });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ClassClient::received);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &ClassClient::closed);
    setState(m_token.isEmpty() ? State::Connecting : State::Reconnecting);
    // The sockets are on the port after the page's (docs/CLASSROOM.md).
    m_socket->open(QUrl(QStringLiteral("ws://%1:%2/").arg(m_host).arg(m_port + 1)));
}

void ClassClient::received(const QString &frame)
{
    QString why;
    const auto message = parseServerMessage(frame.toUtf8(), &why);
    if (!message) {
        end(tr("the teacher's app sent a message ScaleLab does not understand: %1").arg(why));
        return;
    }
    switch (message->kind) {
    case ServerMessage::Kind::Welcome:
        m_token = message->token;
        m_name = message->name;
        m_retryMs = m_firstRetryMs;
        setState(State::Joined);
        break;
    case ServerMessage::Kind::Question:
        m_question = message->question;
        emit questionChanged();
        break;
    case ServerMessage::Kind::Follow:
        m_follow = message->follow;
        emit followChanged();
        break;
    case ServerMessage::Kind::Clock:
        m_clock = message->clock;
        emit clockChanged();
        break;
    case ServerMessage::Kind::Error:
        end(message->reason);
        break;
    }
}

void ClassClient::closed()
{
    if (m_state == State::Ended || m_state == State::Idle)
        return;
    if (m_token.isEmpty() && ++m_failedTries >= kTriesBeforeJoining) {
        end(tr("no class answers at %1").arg(address()));
        return;
    }
    setState(State::Reconnecting);
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
}

void ClassClient::send(const QJsonObject &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ClassClient::answer(const QString &questionId, int round, const StudentAnswer &answer)
{
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("answer")}, {QStringLiteral("question"), questionId},
                        {QStringLiteral("round"), round}};
    if (answer.choice >= 0)
        message.insert(QStringLiteral("choice"), answer.choice);
    else
        message.insert(QStringLiteral("number"), answer.number);
    send(message);
}

void ClassClient::reportChallenge(const QString &challengeId, bool passed, const QList<std::optional<double>> &figures)
{
    QJsonArray values;
    for (const auto &figure : figures)
        values.append(figure ? QJsonValue(*figure) : QJsonValue(QJsonValue::Null));
    send(QJsonObject{{QStringLiteral("type"), QStringLiteral("challenge")}, {QStringLiteral("challenge"), challengeId},
                     {QStringLiteral("passed"), passed}, {QStringLiteral("figures"), values}});
}

void ClassClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ClassClient::end(const QString &reason)
{
    m_retry.stop();
    if (m_endReason.isEmpty())
        m_endReason = reason;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket.release()->deleteLater();
    }
    setState(State::Ended);
}

} // namespace scalelab::classroom
