// SPDX-License-Identifier: GPL-3.0-or-later
// Follow the teacher: a teacher's window hosting a class and a student's window joined to it,
// in one process on 127.0.0.1. The student's ScaleLab shows the teacher's lesson step and the
// very same run (same report at the same moment, a live kill included) from the step, seed,
// actions and clock alone; exploring stops following until Follow the Teacher; a prediction
// is the student's answer; a graded challenge try reaches the teacher; a topology of the
// teacher's own (no lesson) is followed too; the class bar says where the student is.
#include "classsession/classbar.h"
#include "classsession/classpanel.h"
#include "classsession/classroomsession.h"
#include "classsession/followteacher.h"
#include "document/topologydocument.h"
#include "io/topologywriter.h"
#include "lessons/lessonsession.h"
#include "report/report.h"
#include "run/simulationcontroller.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QAction>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace scalelab;

namespace {
constexpr int kTimeoutMs = 15000;

// The teacher's window hosting a class on a built-in lesson, and a student's window in it.
struct Classroom
{
    MainWindow teacher;
    MainWindow student;

    explicit Classroom(const QString &lesson, int step = 0)
    {
        teacher.openLesson(LessonSession::builtInLesson(lesson));
        teacher.lessons()->goTo(step);
        teacher.classroom()->start(0, QStringLiteral("FOLLOW"), nullptr);
        student.lessons()->close();
        student.followTeacher()->join(QStringLiteral("127.0.0.1"), teacher.classroom()->host().port(), QStringLiteral("follow"),
                                      QStringLiteral("Ana"));
    }
    bool studentOnTeachersStep() const
    {
        return student.lessons()->isOpen() && student.lessons()->lesson().id == teacher.lessons()->lesson().id
               && student.lessons()->stepIndex() == teacher.lessons()->stepIndex();
    }
    QJsonObject report(const MainWindow &window) const
    {
        QJsonObject r = Report::toJson(*window.controller()->simulation(), 0.0);
        r.remove(QStringLiteral("wall_seconds"));
        r.remove(QStringLiteral("speed"));
        return r;
    }
};

QString firstOfType(const Topology &topology, NodeType type)
{
    for (const NodeSpec &node : topology.nodes)
        if (node.type == type)
            return node.id;
    return QString();
}
} // namespace

class TestFollowTeacher : public QObject
{
    Q_OBJECT
private slots:
    void theStudentSeesTheTeachersStepAndTheSameRun()
    {
        Classroom room(QStringLiteral("one-server-to-two"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        QVERIFY(room.student.followTeacher()->isFollowing());

        // The teacher runs, kills a web server from the canvas, runs on and pauses.
        SimulationController *teacher = room.teacher.controller();
        teacher->runTo(SimTime::fromS(8));
        const QString web = firstOfType(teacher->topology(), NodeType::WebServer);
        QVERIFY(!web.isEmpty());
        ScenarioEvent kill;
        kill.action = QStringLiteral("kill");
        kill.node = web;
        QCOMPARE(teacher->applyAction(kill), QString());
        teacher->runTo(SimTime::fromS(15));
        QVERIFY(!teacher->isRunning());

        SimulationController *student = room.student.controller();
        QTRY_COMPARE_WITH_TIMEOUT(student->now(), SimTime::fromS(15), kTimeoutMs);
        QCOMPARE(student->liveActions().size(), 1);
        QCOMPARE(room.report(room.student), room.report(room.teacher));  // the same run, to the request
        QCOMPARE(TopologyWriter::toJson(room.student.document()->topology()), TopologyWriter::toJson(room.teacher.document()->topology()));

        // Play and pause follow too.
        teacher->run();
        QTRY_VERIFY_WITH_TIMEOUT(student->isRunning(), kTimeoutMs);
        teacher->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!student->isRunning() && student->now() == teacher->now(), kTimeoutMs);
    }

    void exploringStopsFollowingUntilFollowTheTeacher()
    {
        Classroom room(QStringLiteral("one-server-to-two"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        FollowTeacher *follow = room.student.followTeacher();
        QVERIFY(!follow->followAction()->isEnabled());
        room.student.lessons()->goTo(3);  // the student looks ahead
        QVERIFY(!follow->isFollowing());
        QVERIFY(follow->followAction()->isEnabled());
        QVERIFY(follow->statusText().contains(QStringLiteral("exploring on your own")));
        room.teacher.lessons()->goTo(2);
        QTest::qWait(600);
        QCOMPARE(room.student.lessons()->stepIndex(), 3);  // left alone while exploring
        follow->followAction()->trigger();
        QVERIFY(follow->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        QVERIFY(follow->statusText().contains(QStringLiteral("following the teacher")));

        // Running on their own is exploring too.
        room.student.controller()->runTo(SimTime::fromS(1));
        QVERIFY(follow->isFollowing());  // not through the run controls: still following
        room.teacher.controller()->runTo(SimTime::fromS(3));
        QTRY_COMPARE_WITH_TIMEOUT(room.student.controller()->now(), SimTime::fromS(3), kTimeoutMs);
    }

    void aPredictionIsTheStudentsAnswer()
    {
        Classroom room(QStringLiteral("one-server-to-two"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        const auto &session = room.teacher.classroom()->host().session();
        QVERIFY(session.question());
        QTRY_COMPARE_WITH_TIMEOUT(room.student.followTeacher()->client().question().value(QStringLiteral("id")).toString(),
                                  session.question()->id, kTimeoutMs);
        Prediction prediction;
        prediction.choice = 1;
        room.student.lessons()->predict(prediction);
        QTRY_COMPARE_WITH_TIMEOUT(session.answered(1), 1, kTimeoutMs);
        QCOMPARE(session.counts(1)[1], 1);
        prediction.choice = 0;  // changed before the run: the new one stands, counted once
        room.student.lessons()->predict(prediction);
        QTRY_COMPARE_WITH_TIMEOUT(session.counts(1)[0], 1, kTimeoutMs);
        QCOMPARE(session.answered(1), 1);
        // The second vote from the class bar's menu.
        room.teacher.classroom()->host().reveal();
        QTRY_VERIFY_WITH_TIMEOUT(room.student.followTeacher()->statusText().contains(QStringLiteral("the class: 0 of 1 right")), kTimeoutMs);
        room.teacher.classroom()->host().askAgain();
        QTRY_COMPARE_WITH_TIMEOUT(room.student.followTeacher()->client().question().value(QStringLiteral("round")).toInt(), 2, kTimeoutMs);
        room.student.followTeacher()->answerClass(classroom::StudentAnswer{2, 0});
        QTRY_COMPARE_WITH_TIMEOUT(session.answered(2), 1, kTimeoutMs);
        QCOMPARE(session.counts(2)[2], 1);
    }

    void aGradedChallengeTryReachesTheTeacher()
    {
        Classroom room(QStringLiteral("one-server-to-two"), 4);
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        QVERIFY(room.student.lessons()->challenge());
        QVERIFY(room.student.followTeacher()->statusText().contains(QStringLiteral("challenge")));
        const auto &session = room.teacher.classroom()->host().session();
        QVERIFY(session.challenge());
        // Designing is the point of a challenge step: an edit does not stop following.
        room.student.lessons()->checkChallenge();
        QTRY_VERIFY_WITH_TIMEOUT(!room.student.lessons()->isGrading() && room.student.lessons()->challengeGrade(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(session.challengeResults().size(), 1, kTimeoutMs);
        const auto result = session.challengeResults().constFirst();
        QCOMPARE(result.name, QStringLiteral("Ana"));
        QCOMPARE(result.result.passed, room.student.lessons()->challengeGrade()->passed());
        QCOMPARE(result.result.figures.size(), room.student.lessons()->challenge()->checkpoints.size());
        QVERIFY(room.student.followTeacher()->isFollowing());
        // The teacher's Class dock lists the try with its figures.
        room.teacher.classPanel()->refreshNow();
        auto *table = room.teacher.classPanel()->findChild<QTableWidget *>(QStringLiteral("classChallengeTable"));
        QVERIFY(table && table->isVisibleTo(room.teacher.classPanel()));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Ana"));
        QCOMPARE(table->columnCount(), 3 + int(result.result.figures.size()));
        QVERIFY(room.teacher.classPanel()->findChild<QLabel *>(QStringLiteral("classChallengeTitle"))->text().contains(QStringLiteral("of 1 met the goal")));
    }

    void aTopologyOfTheTeachersOwnIsFollowedToo()
    {
        Classroom room(QStringLiteral("one-server-to-two"));
        QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
        room.teacher.lessons()->close();
        QString error;
        QVERIFY2(room.teacher.loadFile(QStringLiteral(":/examples/cache-read-through.scalelab.json"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!room.student.lessons()->isOpen()
                                     && room.student.document()->topology().name == room.teacher.document()->topology().name,
                                 kTimeoutMs);
        room.teacher.controller()->runTo(SimTime::fromS(5));
        QTRY_COMPARE_WITH_TIMEOUT(room.student.controller()->now(), SimTime::fromS(5), kTimeoutMs);
        QCOMPARE(room.report(room.student), room.report(room.teacher));
    }

    // Settings > Language rebuilds the window: the class goes on, with the same students.
    void aChangeOfLanguageKeepsTheClassGoing()
    {
        auto *teacher = new MainWindow;
        auto *student = new MainWindow;
        teacher->openLesson(LessonSession::builtInLesson(QStringLiteral("one-server-to-two")));
        teacher->lessons()->goTo(1);
        QVERIFY(teacher->classroom()->start(0, QStringLiteral("LANG42"), nullptr));
        const quint16 port = teacher->classroom()->host().port();
        student->followTeacher()->join(QStringLiteral("127.0.0.1"), port, QStringLiteral("LANG42"), QStringLiteral("Ana"));
        QTRY_COMPARE_WITH_TIMEOUT(student->followTeacher()->client().state(), classroom::ClassClient::State::Joined, kTimeoutMs);
        const QString token = student->followTeacher()->client().token();
        Prediction prediction;
        prediction.choice = 2;
        QTRY_VERIFY_WITH_TIMEOUT(student->lessons()->isOpen() && student->lessons()->stepIndex() == 1, kTimeoutMs);
        student->lessons()->predict(prediction);
        QTRY_COMPARE_WITH_TIMEOUT(teacher->classroom()->host().session().answered(1), 1, kTimeoutMs);

        teacher = LanguageSwitcher::instance()->switchLanguage(teacher, QStringLiteral("de"));
        QVERIFY(teacher->classroom()->running());
        QCOMPARE(teacher->classroom()->host().port(), port);
        QCOMPARE(teacher->classroom()->host().code(), QStringLiteral("LANG42"));
        QCOMPARE(teacher->classroom()->host().session().answered(1), 1);  // the answers stay
        QTRY_COMPARE_WITH_TIMEOUT(teacher->classroom()->host().session().connectedCount(), 1, kTimeoutMs);
        QCOMPARE(teacher->classroom()->host().session().studentCount(), 1);  // Ana came back as Ana
        QCOMPARE(teacher->classroom()->host().session().answered(1), 1);      // as the network side has it

        student = LanguageSwitcher::instance()->switchLanguage(student, QStringLiteral("de"));
        QTRY_COMPARE_WITH_TIMEOUT(student->followTeacher()->client().state(), classroom::ClassClient::State::Joined, kTimeoutMs);
        QCOMPARE(student->followTeacher()->client().token(), token);
        QVERIFY(student->followTeacher()->isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(teacher->classroom()->host().session().connectedCount(), 1, kTimeoutMs);
        QCOMPARE(teacher->classroom()->host().session().studentCount(), 1);

        teacher = LanguageSwitcher::instance()->switchLanguage(teacher, QStringLiteral("en"));
        student = LanguageSwitcher::instance()->switchLanguage(student, QStringLiteral("en"));
        delete student;
        delete teacher;
    }

    void theClassBarSaysWhereTheStudentIs()
    {
        MainWindow student;
        auto *bar = student.findChild<ClassBar *>(QStringLiteral("classBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisibleTo(&student));  // not in a class: no bar
        {
            Classroom room(QStringLiteral("one-server-to-two"));
            auto *roomBar = room.student.findChild<ClassBar *>(QStringLiteral("classBar"));
            QTRY_VERIFY_WITH_TIMEOUT(room.studentOnTeachersStep(), kTimeoutMs);
            QVERIFY(roomBar->isVisibleTo(&room.student));
            QVERIFY(roomBar->findChild<QLabel *>(QStringLiteral("classStatus"))->text().contains(QStringLiteral("In class as Ana")));
            room.teacher.classroom()->stop();
            QTRY_VERIFY_WITH_TIMEOUT(roomBar->findChild<QLabel *>(QStringLiteral("classStatus"))->text().contains(QStringLiteral("trying again")),
                                     kTimeoutMs);
            room.student.followTeacher()->leave();
            QVERIFY(roomBar->findChild<QLabel *>(QStringLiteral("classStatus"))->text().contains(QStringLiteral("you left the class")));
        }
    }
};

QTEST_MAIN(TestFollowTeacher)
#include "tst_followteacher.moc"
