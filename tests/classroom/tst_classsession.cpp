// SPDX-License-Identifier: GPL-3.0-or-later
// A classroom session's state: joining and resuming, one answer per student per round,
// peer instruction's second vote beside the first, who has not answered, and the CSV.
#include "classroom/classsession.h"

#include <QTest>

using namespace scalelab::classroom;

namespace {
ClassQuestion question(const char *id = "lesson#1")
{
    ClassQuestion q;
    q.id = QLatin1String(id);
    q.prompt = QStringLiteral("Where does the write go?");
    q.choices = {QStringLiteral("Here"), QStringLiteral("There, far away"), QStringLiteral("Both")};
    q.answer = 1;
    return q;
}
StudentAnswer choice(int c) { return StudentAnswer{c, 0}; }
} // namespace

class TestClassSession : public QObject
{
    Q_OBJECT
private slots:
    void aStudentWhoComesBackKeepsTheirPlace()
    {
        ClassSession session;
        const QString ana = session.join(QString(), QStringLiteral("Ana"), QStringLiteral("t1"));
        QCOMPARE(ana, QStringLiteral("t1"));
        session.open(question());
        QCOMPARE(session.answer(ana, QStringLiteral("lesson#1"), 1, choice(1)), ClassSession::AnswerResult::Counted);
        session.setConnected(ana, false);
        QCOMPARE(session.connectedCount(), 0);
        // Back with the token: the same student, their answer still there; a stranger's token is a new student.
        QCOMPARE(session.join(ana, QStringLiteral("Ana"), QStringLiteral("t2")), ana);
        QCOMPARE(session.answerOf(ana, 1)->choice, 1);
        QCOMPARE(session.join(QStringLiteral("forged"), QStringLiteral("Bo"), QStringLiteral("t3")), QStringLiteral("t3"));
        QCOMPARE(session.studentCount(), 2);
        QCOMPARE(session.connectedCount(), 2);
    }

    void eachStudentCountsOncePerRound()
    {
        ClassSession session;
        session.open(question());
        for (int i = 0; i < 5; ++i)
            session.join(QString(), QStringLiteral("s%1").arg(i), QStringLiteral("t%1").arg(i));
        QCOMPARE(session.answer(QStringLiteral("t0"), QStringLiteral("lesson#1"), 1, choice(0)), ClassSession::AnswerResult::Counted);
        QCOMPARE(session.answer(QStringLiteral("t0"), QStringLiteral("lesson#1"), 1, choice(1)), ClassSession::AnswerResult::Replaced);
        session.answer(QStringLiteral("t1"), QStringLiteral("lesson#1"), 1, choice(1));
        session.answer(QStringLiteral("t2"), QStringLiteral("lesson#1"), 1, choice(2));
        QCOMPARE(session.counts(1), (std::vector<int>{0, 2, 1}));
        QCOMPARE(session.answered(1), 3);
        QCOMPARE(session.right(1), 2);
        QCOMPARE(session.notAnswered(), (QStringList{QStringLiteral("s3"), QStringLiteral("s4")}));
        // Stray answers change nothing.
        QCOMPARE(session.answer(QStringLiteral("t3"), QStringLiteral("other#2"), 1, choice(0)), ClassSession::AnswerResult::OtherQuestion);
        QCOMPARE(session.answer(QStringLiteral("t3"), QStringLiteral("lesson#1"), 2, choice(0)), ClassSession::AnswerResult::OtherQuestion);
        QCOMPARE(session.answer(QStringLiteral("t3"), QStringLiteral("lesson#1"), 1, choice(3)), ClassSession::AnswerResult::BadChoice);
        QCOMPARE(session.answered(1), 3);
    }

    void aSecondVoteKeepsTheFirstBesideIt()
    {
        ClassSession session;
        session.open(question());
        session.join(QString(), QStringLiteral("Ana"), QStringLiteral("a"));
        session.join(QString(), QStringLiteral("Bo"), QStringLiteral("b"));
        session.answer(QStringLiteral("a"), QStringLiteral("lesson#1"), 1, choice(0));
        session.answer(QStringLiteral("b"), QStringLiteral("lesson#1"), 1, choice(0));
        session.reveal();
        QCOMPARE(session.answer(QStringLiteral("a"), QStringLiteral("lesson#1"), 1, choice(1)), ClassSession::AnswerResult::Revealed);
        session.askAgain();
        QCOMPARE(session.round(), 2);
        QCOMPARE(session.state(), QuestionState::Open);
        QCOMPARE(session.notAnswered().size(), 2);
        session.answer(QStringLiteral("a"), QStringLiteral("lesson#1"), 2, choice(1));
        session.answer(QStringLiteral("b"), QStringLiteral("lesson#1"), 2, choice(1));
        QCOMPARE(session.counts(1), (std::vector<int>{2, 0, 0}));
        QCOMPARE(session.counts(2), (std::vector<int>{0, 2, 0}));
        QCOMPARE(session.right(1), 0);
        QCOMPARE(session.right(2), 2);
        session.askAgain();  // two rounds at most
        QCOMPARE(session.round(), 2);
    }

    void numberQuestionsCountAnswersWithinTheTolerance()
    {
        ClassSession session;
        ClassQuestion q;
        q.id = QStringLiteral("lesson#2");
        q.prompt = QStringLiteral("How many ms?");
        q.numericAnswer = 100;
        q.tolerance = 0.2;
        session.open(q);
        session.join(QString(), QStringLiteral("Ana"), QStringLiteral("a"));
        session.join(QString(), QStringLiteral("Bo"), QStringLiteral("b"));
        session.answer(QStringLiteral("a"), q.id, 1, StudentAnswer{-1, 115});
        session.answer(QStringLiteral("b"), q.id, 1, StudentAnswer{-1, 300});
        QCOMPARE(session.answered(1), 2);
        QCOMPARE(session.right(1), 1);
    }

    void theCsvHasEveryAnswerOfEveryRound()
    {
        ClassSession session;
        session.open(question());
        session.join(QString(), QStringLiteral("Ana, the \"first\""), QStringLiteral("a"));
        session.answer(QStringLiteral("a"), QStringLiteral("lesson#1"), 1, choice(0));
        session.reveal();
        session.askAgain();
        session.answer(QStringLiteral("a"), QStringLiteral("lesson#1"), 2, choice(1));
        session.open(question("lesson#4"));
        QCOMPARE(session.csv(), QByteArray("student,question,prompt,round,answer,right\n"
                                           "\"Ana, the \"\"first\"\"\",lesson#1,Where does the write go?,1,Here,no\n"
                                           "\"Ana, the \"\"first\"\"\",lesson#1,Where does the write go?,2,\"There, far away\",yes\n"));
    }

    // Challenge steps: each student's latest try stands; who passed first; the CSV has them.
    void aChallengeKeepsEachStudentsLatestTry()
    {
        ClassSession session;
        session.join(QString(), QStringLiteral("Bo"), QStringLiteral("b"));
        session.join(QString(), QStringLiteral("-A1"), QStringLiteral("a"));
        QCOMPARE(session.reportChallenge(QStringLiteral("b"), QStringLiteral("l#5"), true, {120.0}),
                 ClassSession::ChallengeReport::OtherChallenge);
        session.openChallenge(ClassChallenge{QStringLiteral("l#5"), QStringLiteral("Keep p95 low"), {QStringLiteral("p95 < 200 ms")}});
        QCOMPARE(session.reportChallenge(QStringLiteral("b"), QStringLiteral("l#5"), false, {350.0}),
                 ClassSession::ChallengeReport::Recorded);
        QCOMPARE(session.reportChallenge(QStringLiteral("b"), QStringLiteral("l#5"), false, {150.0, 2.0}),
                 ClassSession::ChallengeReport::BadFigures);
        QCOMPARE(session.reportChallenge(QStringLiteral("a"), QStringLiteral("l#5"), true, {120.5}),
                 ClassSession::ChallengeReport::Recorded);
        session.reportChallenge(QStringLiteral("b"), QStringLiteral("l#5"), false, {std::nullopt});
        const auto results = session.challengeResults();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].name, QStringLiteral("-A1"));  // passed: first
        QVERIFY(results[0].result.passed);
        QCOMPARE(results[1].result.tries, 2);
        QVERIFY(!results[1].result.figures[0].has_value());
        session.clearChallenge();
        QVERIFY(session.challengeResults().isEmpty());
        // A name a spreadsheet would run as a formula is written as text.
        QCOMPARE(session.csv(), QByteArray("student,question,prompt,round,answer,right\n"
                                           "'-A1,l#5,Keep p95 low,challenge,p95 < 200 ms: 120.5,yes\n"
                                           "Bo,l#5,Keep p95 low,challenge,p95 < 200 ms: -,no\n"));
    }
};

QTEST_GUILESS_MAIN(TestClassSession)
#include "tst_classsession.moc"
