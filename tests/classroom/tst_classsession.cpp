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
};

QTEST_GUILESS_MAIN(TestClassSession)
#include "tst_classsession.moc"
