// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom protocol: what a student may send, and every way a frame can break the schema.
#include "classroom/classprotocol.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scalelab::classroom;

namespace {
// JSON written with single quotes, so the tests need no raw strings (moc 6.4 misreads some).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
} // namespace

class TestClassProtocol : public QObject
{
    Q_OBJECT
private slots:
    void readsAJoinAndAnAnswer()
    {
        QString why;
        const auto join = parseClientMessage(json("{'type': 'join', 'code': 'K7QX2M', 'name': 'Ana María', 'token': '0123456789abcdef0123456789abcdef'}"), &why);
        QVERIFY2(join, qPrintable(why));
        QCOMPARE(join->kind, ClientMessage::Kind::Join);
        QCOMPARE(join->name, QStringLiteral("Ana María"));
        QCOMPARE(join->token, QStringLiteral("0123456789abcdef0123456789abcdef"));
        const auto answer = parseClientMessage(json("{'type': 'answer', 'question': 'caching#3', 'round': 2, 'choice': 1}"), &why);
        QVERIFY2(answer, qPrintable(why));
        QCOMPARE(answer->round, 2);
        QCOMPARE(answer->answer.choice, 1);
        const auto number = parseClientMessage(json("{'type': 'answer', 'question': 'cdn#1', 'round': 1, 'number': 87.5}"), &why);
        QVERIFY2(number, qPrintable(why));
        QCOMPARE(number->answer.number, 87.5);
    }

    void readsAnAppJoinAndAChallenge()
    {
        QString why;
        const auto join = parseClientMessage(json("{'type': 'join', 'code': 'K7QX2M', 'name': 'Ana', 'app': true}"), &why);
        QVERIFY2(join, qPrintable(why));
        QVERIFY(join->app);
        const auto challenge = parseClientMessage(json("{'type': 'challenge', 'challenge': 'caching#6', 'passed': true, 'figures': [143.5, null]}"), &why);
        QVERIFY2(challenge, qPrintable(why));
        QCOMPARE(challenge->kind, ClientMessage::Kind::Challenge);
        QCOMPARE(challenge->question, QStringLiteral("caching#6"));
        QVERIFY(challenge->challenge.passed);
        QCOMPARE(challenge->challenge.figures.size(), 2);
        QCOMPARE(*challenge->challenge.figures[0], 143.5);
        QVERIFY(!challenge->challenge.figures[1]);
    }

    // What a joined ScaleLab reads from the teacher's app: checked as strictly.
    void readsTheTeachersMessages()
    {
        QString why;
        FollowState state{QStringLiteral("caching"), 3, false, QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}},
                          QJsonArray{QJsonObject{{QStringLiteral("at_s"), 12.000001}, {QStringLiteral("action"), QStringLiteral("kill")}}}};
        const auto follow = parseServerMessage(followMessage(state), &why);
        QVERIFY2(follow, qPrintable(why));
        QCOMPARE(follow->kind, ServerMessage::Kind::Follow);
        QVERIFY(follow->follow == state);
        const FollowClock clock{15000.5, true, 2};
        const auto tick = parseServerMessage(clockMessage(clock), &why);
        QVERIFY2(tick, qPrintable(why));
        QVERIFY(tick->clock == clock);
        QVERIFY(!parseServerMessage(json("{'type': 'clock', 'at_ms': -1, 'running': true, 'speed': 1}"), &why));
        QVERIFY2(why.contains(QStringLiteral("at_ms")), qPrintable(why));
        QVERIFY(!parseServerMessage(json("{'type': 'follow', 'lesson': '../x', 'step': 1, 'challenge': false, 'topology': {}, 'actions': []}"), &why));
        QVERIFY2(why.contains(QStringLiteral("lesson")), qPrintable(why));
        QVERIFY(!parseServerMessage(json("{'type': 'follow', 'lesson': 'a', 'step': 1.5, 'challenge': false, 'topology': {}, 'actions': []}"), &why));
        QVERIFY(!parseServerMessage(json("{'type': 'follow', 'lesson': 'a', 'step': 1, 'challenge': false, 'topology': 'x', 'actions': []}"), &why));
        QVERIFY(!parseServerMessage(json("{'type': 'run_command', 'command': 'rm'}"), &why));
        QVERIFY2(why.contains(QStringLiteral("unknown message type")), qPrintable(why));
        QVERIFY(!parseServerMessage("[]", &why));
    }

    // A challenge step has no question: the page is told there is a challenge, by its title.
    void aPageHearsOfAChallengeStep()
    {
        ClassSession session;
        QJsonObject none = QJsonDocument::fromJson(questionMessage(session, QString())).object();
        QVERIFY(!none.contains(QStringLiteral("challenge")));
        session.openChallenge(ClassChallenge{QStringLiteral("l#5"), QStringLiteral("Fast enough"), {QStringLiteral("p95 < 100 ms")}});
        none = QJsonDocument::fromJson(questionMessage(session, QString())).object();
        QCOMPARE(none.value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QCOMPARE(none.value(QStringLiteral("challenge")).toString(), QStringLiteral("Fast enough"));
    }

    void refusesWhatBreaksTheSchema_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("why");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
        QTest::newRow("type") << QByteArray(json("{'type': 'load_topology', 'path': '/etc/passwd'}")) << QStringLiteral("unknown message type \"load_topology\"");
        QTest::newRow("extra key") << QByteArray(json("{'type': 'join', 'code': 'ABCD', 'name': 'x', 'command': 'rm'}")) << QStringLiteral("unknown key \"command\"");
        QTest::newRow("no code") << QByteArray(json("{'type': 'join', 'name': 'x'}")) << QStringLiteral("code is missing");
        QTest::newRow("name control") << QByteArray("{\"type\": \"join\", \"code\": \"ABCD\", \"name\": \"a\\u0007b\"}") << QStringLiteral("name must be text");
        QTest::newRow("name html") << QByteArray(json("{'type': 'join', 'code': 'ABCD', 'name': '<script>'}")) << QStringLiteral("name must be text");
        QTest::newRow("long name") << QByteArray("{\"type\": \"join\", \"code\": \"ABCD\", \"name\": \"" + QByteArray(41, 'a') + "\"}") << QStringLiteral("name must be text");
        QTest::newRow("token") << QByteArray(json("{'type': 'join', 'code': 'ABCD', 'name': 'x', 'token': '../../x'}")) << QStringLiteral("token must be text");
        QTest::newRow("round 3") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 3, 'choice': 0}")) << QStringLiteral("round must be 1 or 2");
        QTest::newRow("both") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 1, 'choice': 0, 'number': 2}")) << QStringLiteral("either a choice or a number");
        QTest::newRow("half a choice") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 1, 'choice': 0.5}")) << QStringLiteral("choice must be a whole number");
        QTest::newRow("negative") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 1, 'choice': -1}")) << QStringLiteral("choice must be a whole number");
        QTest::newRow("string choice") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 1, 'choice': '1'}")) << QStringLiteral("choice must be a whole number");
        QTest::newRow("huge") << QByteArray(json("{'type': 'answer', 'question': 'a#1', 'round': 1, 'number': 1e300}")) << QStringLiteral("number must be a finite number");
        QTest::newRow("app not bool") << QByteArray(json("{'type': 'join', 'code': 'ABCD', 'name': 'x', 'app': 'yes'}")) << QStringLiteral("app must be true or false");
        QTest::newRow("challenge passed") << QByteArray(json("{'type': 'challenge', 'challenge': 'a#1', 'passed': 1, 'figures': []}")) << QStringLiteral("passed must be true or false");
        QTest::newRow("challenge figures") << QByteArray(json("{'type': 'challenge', 'challenge': 'a#1', 'passed': true, 'figures': ['1']}")) << QStringLiteral("each figure must be");
        QTest::newRow("challenge many") << QByteArray(json("{'type': 'challenge', 'challenge': 'a#1', 'passed': true, 'figures': [1,2,3,4,5,6,7,8,9]}")) << QStringLiteral("at most 8 numbers");
        QTest::newRow("challenge extra") << QByteArray(json("{'type': 'challenge', 'challenge': 'a#1', 'passed': true, 'figures': [], 'topology': {}}")) << QStringLiteral("unknown key \"topology\"");
        QTest::newRow("too big") << (QByteArray("{\"type\": \"join\", \"code\": \"ABCD\", \"name\": \"x\", \"pad\": \"") + QByteArray(2000, 'x') + "\"}")
                                 << QStringLiteral("the limit is 1024");
    }
    void refusesWhatBreaksTheSchema()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!parseClientMessage(frame, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // Every input the fuzzer kept (fuzz/corpus/fuzz_classmessage) parses or is refused with a
    // reason, and a parsed join keeps to the schema's limits.
    void theFuzzCorpusIsParsedOrRefusedWithAReason()
    {
        const QDir corpus(QStringLiteral(SCALELAB_CLASS_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 4);
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString why;
            const auto message = parseClientMessage(file.readAll(), &why);
            QVERIFY2(message || !why.isEmpty(), qPrintable(name));
            if (message && message->kind == ClientMessage::Kind::Join)
                QVERIFY(message->name.size() <= kMaxNameLength && !message->name.isEmpty());
        }
    }

    void theQuestionAStudentSeesHidesTheAnswerUntilTheReveal()
    {
        ClassSession session;
        ClassQuestion q;
        q.id = QStringLiteral("l#1");
        q.prompt = QStringLiteral("Which?");
        q.choices = {QStringLiteral("A"), QStringLiteral("B")};
        q.answer = 1;
        session.open(q);
        session.join(QString(), QStringLiteral("Ana"), QStringLiteral("a"));
        session.answer(QStringLiteral("a"), q.id, 1, StudentAnswer{0, 0});
        QJsonObject open = QJsonDocument::fromJson(questionMessage(session, QStringLiteral("a"))).object();
        QCOMPARE(open.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(open.value(QStringLiteral("yours")).toInt(), 0);
        QVERIFY(!open.contains(QStringLiteral("answer")));
        QVERIFY(!open.contains(QStringLiteral("rounds")));
        session.reveal();
        const QJsonObject revealed = QJsonDocument::fromJson(questionMessage(session, QStringLiteral("a"))).object();
        QCOMPARE(revealed.value(QStringLiteral("answer")).toInt(), 1);
        QCOMPARE(revealed.value(QStringLiteral("rounds")).toArray().at(0).toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{1, 0}));
        session.clear();
        QCOMPARE(QJsonDocument::fromJson(questionMessage(session, QStringLiteral("a"))).object().value(QStringLiteral("state")).toString(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestClassProtocol)
#include "tst_classprotocol.moc"
