// SPDX-License-Identifier: GPL-3.0-or-later
#include "classhost.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QThread>

namespace scalelab::classroom {

ClassHost::ClassHost(QObject *parent) : QObject(parent) {}

ClassHost::~ClassHost()
{
    stop();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();  // the network side is deleted on its thread as it finishes
    }
}

QString ClassHost::randomCode()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < 6; ++i)
        code += alphabet.at(static_cast<qsizetype>(QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size()))));
    return code;
}

QStringList ClassHost::localAddresses()
{
    QStringList addresses;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                addresses << entry.ip().toString();
    }
    return addresses;
}

QString ClassHost::joinUrl() const
{
    const QStringList addresses = localAddresses();
    return QStringLiteral("http://%1:%2/?code=%3").arg(addresses.isEmpty() ? QStringLiteral("127.0.0.1") : addresses.first()).arg(m_port).arg(m_code);
}

bool ClassHost::start(quint16 port, const QString &code, QString *error)
{
    stop();
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("ClassHost network"));
        m_network = new ClassHostNetwork;
        m_network->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_network, &QObject::deleteLater);
        connect(m_network, &ClassHostNetwork::published, this, &ClassHost::take);
        connect(m_network, &ClassHostNetwork::logged, this, &ClassHost::logged);
        m_thread->start();
    }
    const QString joinCode = code.isEmpty() ? randomCode() : code.toUpper();
    const quint64 run = m_run + 1;
    ClassHostNetwork::Started started;
    QMetaObject::invokeMethod(m_network, [&] {
        started = m_network->start(port, joinCode, m_limits, m_session, m_commands, run);
        if (started.port != 0)
            m_network->setClock(m_runClock);  // a follow comes after the start, the clock may come before
    }, Qt::BlockingQueuedConnection);
    if (started.port == 0) {
        if (error)
            *error = started.error;
        return false;
    }
    m_run = run;
    m_port = started.port;
    m_socketPort = started.socketPort;
    m_code = joinCode;
    return true;
}

void ClassHost::stop()
{
    if (!running())
        return;
    ClassSession last;
    QMetaObject::invokeMethod(m_network, [&] { last = m_network->stop(); }, Qt::BlockingQueuedConnection);
    m_session = last;  // its students no longer connected; what the network published before is stale now
    m_connections = 0;
    m_apps = 0;
    m_port = 0;
    m_socketPort = 0;
}

void ClassHost::take(const ClassHostState &state)
{
    if (state.run != m_run || !running())
        return;  // from a run stopped since
    m_connections = state.connections;
    m_apps = state.apps;
    // A copy from before the teacher's latest command would undo it here until the next one.
    if (state.commands == m_commands)
        m_session = state.session;
    emit changed();
}

void ClassHost::command(const std::function<void(ClassSession &)> &change, bool toEveryone)
{
    change(m_session);
    if (running()) {
        const quint64 commands = ++m_commands;
        QMetaObject::invokeMethod(m_network, [network = m_network, commands, change, toEveryone] {
            network->command(commands, change, toEveryone);
        });
    }
    emit changed();
}

void ClassHost::putQuestion(const ClassQuestion &question)
{
    command([question](ClassSession &session) { session.open(question); }, true);
}

void ClassHost::clearQuestion()
{
    command([](ClassSession &session) { session.clear(); }, true);
}

void ClassHost::reveal()
{
    command([](ClassSession &session) { session.reveal(); }, true);
}

void ClassHost::askAgain()
{
    command([](ClassSession &session) { session.askAgain(); }, true);
}

void ClassHost::putChallenge(const ClassChallenge &challenge)
{
    command([challenge](ClassSession &session) { session.openChallenge(challenge); }, false);
}

void ClassHost::clearChallenge()
{
    command([](ClassSession &session) { session.clearChallenge(); }, false);
}

void ClassHost::setFollow(const FollowState &state)
{
    if (running())
        QMetaObject::invokeMethod(m_network, [network = m_network, state] { network->setFollow(state); });
}

void ClassHost::setClock(const FollowClock &clock)
{
    m_runClock = clock;
    if (running())
        QMetaObject::invokeMethod(m_network, [network = m_network, clock] { network->setClock(clock); });
}

} // namespace scalelab::classroom
