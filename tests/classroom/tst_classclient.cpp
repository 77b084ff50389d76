// SPDX-License-Identifier: GPL-3.0-or-later
// A student's ScaleLab in the teacher's class, on 127.0.0.1: it joins as an app and gets where
// the teacher's lesson and run are (pages do not), answers, reports challenge tries, resumes
// after the teacher's app went away and came back, and ends with the reason when it is
// refused or the teacher's app sends what the protocol does not allow.
#include "classroom/classclient.h"
#include "classroom/classhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace scalelab::classroom;

namespace {
FollowState followState(int step)
{
    return FollowState{QStringLiteral("caching"), step, false,
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("step %1").arg(step)}, {QStringLiteral("seed"), 7}},
                       QJsonArray{QJsonObject{{QStringLiteral("at_s"), 3.000001}, {QStringLiteral("action"), QStringLiteral("kill")},
                                              {QStringLiteral("node"), QStringLiteral("web1")}}}};
}

ClassQuestion question(const QString &id)
{
    ClassQuestion q;
    q.id = id;
    q.prompt = QStringLiteral("Which one?");
    q.choices = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    q.answer = 1;
    return q;
}
} // namespace

class TestClassClient : public QObject
{
    Q_OBJECT
private slots:
    void readsTheAddressAsTheTeachersScreenShowsIt_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host:port") << QStringLiteral("192.168.1.20:8080") << QStringLiteral("192.168.1.20") << 8080;
        QTest::newRow("url") << QStringLiteral(" http://192.168.1.20:9000/?code=K7QX2M ") << QStringLiteral("192.168.1.20") << 9000;
        QTest::newRow("name") << QStringLiteral("teacher-laptop.local") << QStringLiteral("teacher-laptop.local") << 8080;
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("other scheme") << QStringLiteral("ftp://host:21") << QString() << 0;
        QTest::newRow("port too high") << QStringLiteral("host:65535") << QString() << 0;
    }
    void readsTheAddressAsTheTeachersScreenShowsIt()
    {
        QFETCH(QString, address);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString gotHost, error;
        quint16 gotPort = 0;
        const bool ok = ClassClient::parseAddress(address, &gotHost, &gotPort, &error);
        QCOMPARE(ok, !host.isEmpty());
        if (ok) {
            QCOMPARE(gotHost, host);
            QCOMPARE(int(gotPort), port);
        } else {
            QVERIFY(error.contains(QStringLiteral("HOST:PORT")));
        }
    }

    void anAppFollowsTheTeacherAndAPageDoesNot()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ABCD23"), nullptr));
        host.setFollow(followState(2));
        host.setClock(FollowClock{4000, true, 2});
        ClassClient app;
        app.join(QStringLiteral("127.0.0.1"), host.port(), QStringLiteral("abcd23"), QStringLiteral("Ana"));
        QTRY_COMPARE(app.state(), ClassClient::State::Joined);
        QCOMPARE(host.appCount(), 1);
        // What was set before the app joined reaches it as it joins.
        QTRY_VERIFY(app.follow().has_value());
        QVERIFY(*app.follow() == followState(2));
        QTRY_COMPARE(app.clock().atMs, 4000.0);
        QVERIFY(app.clock().running);

        // A page joins too: it gets questions, never the teacher's run.
        QWebSocket page;
        QList<QString> pageGot;
        connect(&page, &QWebSocket::textMessageReceived, this, [&](const QString &m) { pageGot << m; });
        page.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(host.socketPort())));
        QTRY_COMPARE(page.state(), QAbstractSocket::ConnectedState);
        page.sendTextMessage(QStringLiteral("{\"type\":\"join\",\"code\":\"ABCD23\",\"name\":\"Bo\"}"));
        QTRY_COMPARE(host.session().connectedCount(), 2);

        QSignalSpy follows(&app, &ClassClient::followChanged);
        host.setFollow(followState(3));
        host.setFollow(followState(3));  // the same again: not sent again
        host.setClock(FollowClock{0, false, 1});
        QTRY_COMPARE(app.clock().running, false);
        QCOMPARE(follows.count(), 1);
        QCOMPARE(app.follow()->step, 3);
        QCOMPARE(host.appCount(), 1);
        for (const QString &m : pageGot)
            QVERIFY2(!m.contains(QStringLiteral("\"follow\"")) && !m.contains(QStringLiteral("\"clock\"")), qPrintable(m));

        // The app answers the question open now, like a page.
        host.putQuestion(question(QStringLiteral("caching#3")));
        QTRY_COMPARE(app.question().value(QStringLiteral("id")).toString(), QStringLiteral("caching#3"));
        app.answer(QStringLiteral("caching#3"), 1, StudentAnswer{1, 0});
        QTRY_COMPARE(host.session().answered(1), 1);
        QCOMPARE(host.session().right(1), 1);
    }

    void challengeTriesReachTheTeacher()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ABCD23"), nullptr));
        host.putChallenge(ClassChallenge{QStringLiteral("caching#6"), QStringLiteral("Fast enough"),
                                         {QStringLiteral("p95 < 100 ms"), QStringLiteral("errors < 1 %")}});
        ClassClient ana, bo;
        ana.join(QStringLiteral("127.0.0.1"), host.port(), QStringLiteral("ABCD23"), QStringLiteral("Ana"));
        bo.join(QStringLiteral("127.0.0.1"), host.port(), QStringLiteral("ABCD23"), QStringLiteral("Bo"));
        QTRY_COMPARE(host.session().connectedCount(), 2);
        QSignalSpy changed(&host, &ClassHost::changed);
        ana.reportChallenge(QStringLiteral("caching#6"), true, {87.0, 0.2});
        bo.reportChallenge(QStringLiteral("caching#5"), true, {1.0, 1.0});  // an old step's: ignored
        QTRY_COMPARE(host.session().challengeResults().size(), 1);
        QCOMPARE(host.session().challengeResults()[0].name, QStringLiteral("Ana"));
        QCOMPARE(*host.session().challengeResults()[0].result.figures[0], 87.0);
        QVERIFY(changed.count() >= 1);
        // Figures for goals the challenge does not have break the protocol: Bo is dropped.
        bo.reportChallenge(QStringLiteral("caching#6"), false, {1.0});
        QTRY_COMPARE(bo.state(), ClassClient::State::Ended);
        QVERIFY2(bo.endReason().contains(QStringLiteral("figures")), qPrintable(bo.endReason()));
        QCOMPARE(ana.state(), ClassClient::State::Joined);
    }

    void resumesWhenTheTeachersAppComesBack()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ABCD23"), nullptr));
        const quint16 port = host.port();
        ClassClient app;
        app.setRetryDelay(50);
        app.join(QStringLiteral("127.0.0.1"), port, QStringLiteral("ABCD23"), QStringLiteral("Ana"));
        QTRY_COMPARE(app.state(), ClassClient::State::Joined);
        host.stop();
        QTRY_COMPARE(app.state(), ClassClient::State::Reconnecting);
        QVERIFY(host.start(port, QStringLiteral("ABCD23"), nullptr));
        host.setFollow(followState(4));
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), ClassClient::State::Joined, 10000);
        QCOMPARE(host.session().studentCount(), 1);  // the same student, by token
        QTRY_VERIFY(app.follow().has_value() && app.follow()->step == 4);
    }

    void endsWithTheReasonWhenRefused()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ABCD23"), nullptr));
        ClassClient app;
        app.join(QStringLiteral("127.0.0.1"), host.port(), QStringLiteral("WRONG1"), QStringLiteral("Ana"));
        QTRY_COMPARE(app.state(), ClassClient::State::Ended);
        QVERIFY2(app.endReason().contains(QStringLiteral("wrong join code")), qPrintable(app.endReason()));
        QCOMPARE(host.session().studentCount(), 0);
    }

    // A "teacher" that sends what the protocol does not allow: the app stops listening to it.
    void endsWhenTheTeachersAppBreaksTheProtocol()
    {
        QWebSocketServer fake(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        connect(&fake, &QWebSocketServer::newConnection, this, [&fake] {
            QWebSocket *socket = fake.nextPendingConnection();
            socket->sendTextMessage(QStringLiteral("{\"type\":\"run\",\"command\":\"rm -rf ~\"}"));
        });
        ClassClient app;
        app.join(QStringLiteral("127.0.0.1"), static_cast<quint16>(fake.serverPort() - 1), QStringLiteral("ABCD23"), QStringLiteral("Ana"));
        QTRY_COMPARE(app.state(), ClassClient::State::Ended);
        QVERIFY2(app.endReason().contains(QStringLiteral("unknown message type")), qPrintable(app.endReason()));
    }

    void saysSoWhenNoClassAnswers()
    {
        ClassClient app;
        app.setRetryDelay(20);
        app.join(QStringLiteral("127.0.0.1"), 1, QStringLiteral("ABCD23"), QStringLiteral("Ana"));  // port 2: nobody
        QTRY_COMPARE_WITH_TIMEOUT(app.state(), ClassClient::State::Ended, 10000);
        QVERIFY2(app.endReason().contains(QStringLiteral("no class answers")), qPrintable(app.endReason()));
    }
};

QTEST_GUILESS_MAIN(TestClassClient)
#include "tst_classclient.moc"
