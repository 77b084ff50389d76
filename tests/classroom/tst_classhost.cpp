// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher's classroom host on 127.0.0.1 with simulated students: the page it serves
// and the page's words (every key the page uses),
// 60 students answering while the teacher moves on (every answer counted exactly once),
// reconnecting students, a full class, hostile or malformed clients dropped with a reason
// while the others carry on, and students answered while the teacher's window is busy.
#include "classroom/classhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <atomic>
#include <memory>

using namespace scalelab::classroom;

namespace {
// JSON written with single quotes, so the tests need no raw strings (moc 6.4 misreads some).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// GET http://127.0.0.1:PORT/PATH, finished.
std::unique_ptr<QNetworkReply> httpGet(QNetworkAccessManager &http, quint16 port, const QString &path)
{
    std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)))));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    done.wait(5000);
    return reply;
}

// Each match of `pattern`'s first group in `text`.
QSet<QString> captures(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : QRegularExpression(pattern).globalMatch(text))
        found.insert(m.captured(1));
    return found;
}
} // namespace

namespace {
// One simulated student: a WebSocket to the host and every message it got.
struct Student
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QList<QJsonObject> messages;
    bool closed = false;

    explicit Student(quint16 port)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [this](const QString &text) {
            messages << QJsonDocument::fromJson(text.toUtf8()).object();
        });
        QObject::connect(socket.get(), &QWebSocket::disconnected, [this] { closed = true; });
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port + 1)));
    }
    bool connected() const { return socket->state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &json) { socket->sendTextMessage(QString::fromUtf8(json)); }
    void join(const QString &code, const QString &name, const QString &token = QString())
    {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
        if (!token.isEmpty())
            o.insert(QStringLiteral("token"), token);
        send(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    void answer(const QString &question, int round, int choice)
    {
        send(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("answer")}, {QStringLiteral("question"), question},
                                       {QStringLiteral("round"), round}, {QStringLiteral("choice"), choice}})
                 .toJson(QJsonDocument::Compact));
    }
    QJsonObject last(const char *type) const
    {
        for (auto it = messages.rbegin(); it != messages.rend(); ++it)
            if (it->value(QStringLiteral("type")).toString() == QLatin1String(type))
                return *it;
        return {};
    }
};

ClassQuestion question(const QString &id, int choices = 4)
{
    ClassQuestion q;
    q.id = id;
    q.prompt = QStringLiteral("Which one?");
    for (int i = 0; i < choices; ++i)
        q.choices << QStringLiteral("choice %1").arg(i);
    q.answer = 2;
    return q;
}
} // namespace

class TestClassHost : public QObject
{
    Q_OBJECT
private slots:
    void servesThePageAndNothingElse()
    {
        ClassHost host;
        QString error;
        QVERIFY2(host.start(0, QStringLiteral("ABC234"), &error), qPrintable(error));
        QVERIFY(host.joinUrl().endsWith(QStringLiteral(":%1/?code=ABC234").arg(host.port())));
        QNetworkAccessManager http;
        const auto get = [&](const QString &path) { return httpGet(http, host.port(), path); };
        const auto page = get(QStringLiteral("/"));
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray html = page->readAll();
        QVERIFY(html.contains("ScaleLab class"));
        QVERIFY(html.contains("<html lang=\"en\">"));  // no translator: the page's words are English
        QVERIFY(page->rawHeader("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(get(QStringLiteral("/student.js"))->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(get(QStringLiteral("/../etc/passwd"))->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(get(QStringLiteral("/topology"))->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }

    void servesThePageWordsAsJsonWithEveryKeyThePageUses()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ABC234"), nullptr));
        QNetworkAccessManager http;
        const auto reply = httpGet(http, host.port(), QStringLiteral("/texts.json"));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/json; charset=utf-8"));
        // The same headers as the page's other assets; the page may fetch from its own origin.
        const QByteArray policy = reply->rawHeader("Content-Security-Policy");
        QVERIFY2(policy.startsWith("default-src 'self'; connect-src 'self' ws://127.0.0.1:"), policy.constData());
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply->rawHeader("X-Content-Type-Options"), QByteArray("nosniff"));

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(error.errorString()));
        const QJsonObject texts = document.object();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            QVERIFY2(it.value().isString() && !it.value().toString().isEmpty(), qPrintable(it.key()));
        QCOMPARE(texts.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QCOMPARE(texts.value(QStringLiteral("join")).toString(), QStringLiteral("Join"));
        QCOMPARE(texts.value(QStringLiteral("voteRightOf")).toString(), QStringLiteral("Vote {vote}: {right} of {answered} right"));

        // Every key the page uses, in its script (t('key'), not createElement('key')) or its
        // HTML (data-t="key"), is served; every key served but "lang" is used.
        const QString script = QString::fromUtf8(httpGet(http, host.port(), QStringLiteral("/student.js"))->readAll());
        const QString page = QString::fromUtf8(httpGet(http, host.port(), QStringLiteral("/"))->readAll());
        const QSet<QString> inScript = captures(script, QStringLiteral("(?<![\\w.$])t\\('(\\w+)'"));
        const QSet<QString> inPage = captures(page, QStringLiteral("data-t=\"(\\w+)\""));
        QVERIFY(inScript.contains(QStringLiteral("connecting")) && inScript.contains(QStringLiteral("voteRightOf")));
        QVERIFY(!inScript.contains(QStringLiteral("button")));
        QVERIFY(inPage.contains(QStringLiteral("join")) && inPage.contains(QStringLiteral("yourName")));
        const QSet<QString> used = inScript + inPage;
        const QStringList keys = texts.keys();
        QSet<QString> served(keys.cbegin(), keys.cend());
        for (const QString &key : used)
            QVERIFY2(served.contains(key), qPrintable(QStringLiteral("the page uses \"%1\", /texts.json lacks it").arg(key)));
        served.remove(QStringLiteral("lang"));
        for (const QString &key : std::as_const(served))
            QVERIFY2(used.contains(key), qPrintable(QStringLiteral("/texts.json has \"%1\", the page never uses it").arg(key)));
    }

    void sixtyStudentsAnswerWhileTheTeacherMovesOn()
    {
        ClassHost host;
        QVERIFY(host.start(0, QString(), nullptr));
        QCOMPARE(host.code().size(), 6);
        std::vector<std::unique_ptr<Student>> students;
        for (int i = 0; i < 60; ++i)
            students.push_back(std::make_unique<Student>(host.port()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(students.begin(), students.end(), [](const auto &s) { return s->connected(); }), 10000);
        for (int i = 0; i < 60; ++i)
            students[i]->join(host.code(), QStringLiteral("student %1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(host.session().connectedCount(), 60, 10000);

        host.putQuestion(question(QStringLiteral("l#1")));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(students.begin(), students.end(), [](const auto &s) {
            return s->last("question").value(QStringLiteral("id")).toString() == QLatin1String("l#1"); }), 10000);
        // Each answers; every third changes their mind: the last answer counts, once.
        std::vector<int> expected(4, 0);
        QRandomGenerator random(7);
        for (auto &s : students) {
            int choice = static_cast<int>(random.bounded(4));
            s->answer(QStringLiteral("l#1"), 1, choice);
            if (random.bounded(3) == 0) {
                choice = (choice + 1) % 4;
                s->answer(QStringLiteral("l#1"), 1, choice);
            }
            ++expected[static_cast<std::size_t>(choice)];
        }
        QTRY_COMPARE_WITH_TIMEOUT(host.session().answered(1), 60, 10000);
        QTest::qWait(200);  // any answer still on its way would show up now
        QCOMPARE(host.session().counts(1), expected);
        QVERIFY(host.session().notAnswered().isEmpty());

        // The teacher moves on while answers to the old question are still being sent: they count nowhere.
        host.putQuestion(question(QStringLiteral("l#2"), 3));
        for (auto &s : students)
            s->answer(QStringLiteral("l#1"), 1, 0);
        for (int i = 0; i < 30; ++i)
            students[i]->answer(QStringLiteral("l#2"), 1, 1);
        QTRY_COMPARE_WITH_TIMEOUT(host.session().answered(1), 30, 10000);
        QTest::qWait(200);
        QCOMPARE(host.session().counts(1), (std::vector<int>{0, 30, 0}));
        QCOMPARE(host.session().notAnswered().size(), 30);
        QCOMPARE(host.connectionCount(), 60);  // late answers are not an offence

        // Reveal: every page gets the result.
        host.reveal();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(students.begin(), students.end(), [](const auto &s) {
            return s->last("question").value(QStringLiteral("state")).toString() == QLatin1String("revealed"); }), 10000);
        QCOMPARE(students[59]->last("question").value(QStringLiteral("rounds")).toArray().at(0).toObject().value(QStringLiteral("answered")).toInt(), 30);
    }

    void aStudentWhoReconnectsResumesWhereTheClassIs()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("ROOM42"), nullptr));
        host.putQuestion(question(QStringLiteral("l#1")));
        auto ana = std::make_unique<Student>(host.port());
        QTRY_VERIFY(ana->connected());
        ana->join(QStringLiteral("ROOM43"), QStringLiteral("Ana"));
        QTRY_VERIFY(ana->closed);
        QCOMPARE(ana->last("error").value(QStringLiteral("reason")).toString(), QStringLiteral("gave a wrong join code"));

        ana = std::make_unique<Student>(host.port());
        QTRY_VERIFY(ana->connected());
        ana->join(QStringLiteral("room42"), QStringLiteral("Ana"));  // as typed on a phone: any case joins
        QTRY_VERIFY(!ana->last("welcome").isEmpty());
        const QString token = ana->last("welcome").value(QStringLiteral("token")).toString();
        ana->answer(QStringLiteral("l#1"), 1, 3);
        QTRY_COMPARE(host.session().answered(1), 1);
        ana->socket->close();
        QTRY_COMPARE(host.session().connectedCount(), 0);
        host.reveal();
        host.askAgain();

        auto back = std::make_unique<Student>(host.port());
        QTRY_VERIFY(back->connected());
        back->join(QStringLiteral("ROOM42"), QStringLiteral("Ana"), token);
        QTRY_VERIFY(!back->last("question").isEmpty());
        QCOMPARE(back->last("welcome").value(QStringLiteral("token")).toString(), token);
        QCOMPARE(back->last("question").value(QStringLiteral("round")).toInt(), 2);  // where the class is now
        QCOMPARE(host.session().studentCount(), 1);
    }

    void hostileClientsAreDroppedWithAReasonAndTheOthersCarryOn()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("SAFE99"), nullptr));
        QSignalSpy log(&host, &ClassHost::logged);
        host.putQuestion(question(QStringLiteral("l#1")));
        Student good(host.port());
        QTRY_VERIFY(good.connected());
        good.join(QStringLiteral("SAFE99"), QStringLiteral("Good"));
        QTRY_COMPARE(host.session().connectedCount(), 1);

        const auto attack = [&](const std::function<void(Student &)> &act, const QString &reason) {
            Student bad(host.port());
            QTRY_VERIFY(bad.connected());
            act(bad);
            QTRY_VERIFY2(bad.closed, qPrintable(reason));
            QVERIFY2(log.last().at(0).toString().contains(reason), qPrintable(log.last().at(0).toString()));
        };
        attack([](Student &s) { s.send(json("{'type': 'answer', 'question': 'l#1', 'round': 1, 'choice': 0}")); }, QStringLiteral("answered before joining"));
        attack([](Student &s) { s.send("not json at all"); }, QStringLiteral("breaks the protocol: not a JSON object"));
        attack([](Student &s) { s.send(json("{'type': 'open_file', 'path': '/etc/passwd'}")); }, QStringLiteral("unknown message type"));
        attack([](Student &s) { s.socket->sendBinaryMessage("\x01\x02"); }, QStringLiteral("sent binary data"));
        attack([](Student &s) {
            s.join(QStringLiteral("SAFE99"), QStringLiteral("Flood"));
            for (int i = 0; i < 50; ++i)
                s.answer(QStringLiteral("l#0"), 1, 0);  // a question long gone: nothing counted before the drop
        }, QStringLiteral("sent too many messages"));
        attack([](Student &s) {
            s.join(QStringLiteral("SAFE99"), QStringLiteral("Odd"));
            s.answer(QStringLiteral("l#1"), 1, 9);
        }, QStringLiteral("a choice the question does not have"));
        {
            // Over the size limit: the socket refuses the frame before the app reads it.
            Student big(host.port());
            QTRY_VERIFY(big.connected());
            big.send(QByteArray("{\"type\": \"join\", \"code\": \"SAFE99\", \"name\": \"") + QByteArray(5000, 'a') + "\"}");
            QTRY_VERIFY(big.closed);
        }
        // The good student is still there and still heard.
        QVERIFY(good.connected());
        good.answer(QStringLiteral("l#1"), 1, 2);
        QTRY_COMPARE(host.session().right(1), 1);
        QCOMPARE(host.session().answered(1), 1);
    }

    void aFullClassRefusesTheNextStudent()
    {
        ClassHost host;
        host.setLimits(ClassHost::Limits{3, 4, 10});
        QVERIFY(host.start(0, QStringLiteral("FULL33"), nullptr));
        QSignalSpy log(&host, &ClassHost::logged);
        std::vector<std::unique_ptr<Student>> students;
        for (int i = 0; i < 3; ++i)
            students.push_back(std::make_unique<Student>(host.port()));
        QTRY_COMPARE(host.connectionCount(), 3);
        Student late(host.port());
        QTRY_VERIFY(late.closed);
        QCOMPARE(late.last("error").value(QStringLiteral("reason")).toString(), QStringLiteral("The class is full."));
        QVERIFY(log.last().at(0).toString().contains(QStringLiteral("the class is full (3 students)")));
        QCOMPARE(host.connectionCount(), 3);
    }

    void aBusyWindowKeepsNoStudentWaiting()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("BUSY88"), nullptr));
        host.putQuestion(question(QStringLiteral("l#1")));
        // The student is on a thread of their own, as on their phone.
        QThread phone;
        phone.start();
        auto *device = new QObject;
        device->moveToThread(&phone);
        const auto hangUp = qScopeGuard([&] {
            QMetaObject::invokeMethod(device, [device] { delete device; }, Qt::BlockingQueuedConnection);
            phone.quit();
            phone.wait();
        });
        QWebSocket *socket = nullptr;
        std::atomic<bool> welcomed{false};
        std::atomic<qint64> answeredAtMs{-1};
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(device, [&, device] {
            socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, device);
            QObject::connect(socket, &QWebSocket::connected, device, [&] {
                socket->sendTextMessage(QString::fromUtf8(json("{'type': 'join', 'code': 'BUSY88', 'name': 'Ana'}")));
            });
            QObject::connect(socket, &QWebSocket::textMessageReceived, device, [&](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                if (message.value(QStringLiteral("type")).toString() == QLatin1String("welcome"))
                    welcomed = true;
                else if (message.contains(QStringLiteral("yours")))
                    answeredAtMs = clock.elapsed();
            });
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(host.socketPort())));
        });
        QTRY_VERIFY(welcomed);

        // The window is busy for 1.5 s (a long frame, a modal dialog's setup): the student
        // answers meanwhile and hears back at once; the window learns of it afterwards.
        const qint64 busyFrom = clock.elapsed();
        QMetaObject::invokeMethod(device, [&] { socket->sendTextMessage(QString::fromUtf8(json("{'type': 'answer', 'question': 'l#1', 'round': 1, 'choice': 2}"))); });
        QThread::msleep(1500);
        const qint64 busyUntil = clock.elapsed();
        QVERIFY2(answeredAtMs >= busyFrom && answeredAtMs < busyUntil, qPrintable(QString::number(answeredAtMs)));
        QTRY_COMPARE(host.session().answered(1), 1);
        QCOMPARE(host.session().right(1), 1);
    }

    void aBusyPortIsAClearError()
    {
        ClassHost first;
        QVERIFY(first.start(0, QString(), nullptr));
        ClassHost second;
        QString error;
        QVERIFY(!second.start(first.port(), QString(), &error));
        QCOMPARE(error, QStringLiteral("cannot listen on port %1 or %2: it is in use or not allowed").arg(first.port()).arg(first.port() + 1));
        QVERIFY(!second.running());
    }
};

QTEST_GUILESS_MAIN(TestClassHost)
#include "tst_classhost.moc"
