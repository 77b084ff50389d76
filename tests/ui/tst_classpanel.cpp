// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom session in the window: each lesson step's question put to the class as the
// teacher moves through the lesson, the Class dock's figures as a student answers, Reveal and
// Ask Again, the join address as a QR code, the dock kept on the projector, a port in use, and
// a vote going on without laying the dock out (sixty students answering refresh it ten times a
// second).
#include "classsession/classpanel.h"
#include "classsession/classroomsession.h"
#include "classsession/figurelabel.h"
#include "classsession/qrcodeimage.h"
#include "lessons/lessonsession.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTimer>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWebSocket>
#include <QtTest>

using namespace scalelab;

namespace {
// Counts the layout requests Qt posts to `root` and the widgets in it: each is a layout pass
// of that widget, and of its parents up to the window.
class LayoutRequests : public QObject
{
public:
    explicit LayoutRequests(QWidget *root) : m_root(root) { qApp->installEventFilter(this); }
    ~LayoutRequests() override { qApp->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest && watched->isWidgetType()
            && (watched == m_root || m_root->isAncestorOf(static_cast<QWidget *>(watched))))
            ++count;
        return false;
    }

private:
    QWidget *m_root;
};

void sendJson(QWebSocket &socket, const QJsonObject &message)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}
} // namespace

class TestClassPanel : public QObject
{
    Q_OBJECT
private slots:
    void eachStepsQuestionIsPutToTheClass()
    {
        MainWindow window;
        QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond"))));
        QString error;
        QVERIFY2(window.classroom()->start(0, QStringLiteral("TEST42"), &error), qPrintable(error));
        const auto &host = window.classroom()->host();
        const LessonSession *lessons = window.lessons();
        const auto expected = ClassroomSession::questionOf(lessons->lesson(), lessons->stepIndex());
        QVERIFY(expected);
        QCOMPARE(host.session().question()->id, QStringLiteral("millions-and-beyond#%1").arg(lessons->stepIndex() + 1));
        QCOMPARE(host.session().question()->choices, lessons->step().question.choices);
        window.lessons()->next();
        QCOMPARE(host.session().question()->id, QStringLiteral("millions-and-beyond#%1").arg(lessons->stepIndex() + 1));
        window.lessons()->close();
        QVERIFY(!host.session().question());
        window.classroom()->stop();
        QVERIFY(!host.running());
        QVERIFY(window.classroom()->startAction()->isEnabled());
    }

    void theDockFollowsTheVote()
    {
        MainWindow window;
        QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond"))));
        ClassPanel *panel = window.classPanel();
        QVERIFY(window.classroom()->start(0, QStringLiteral("VOTE77"), nullptr));
        QVERIFY(panel->isVisibleTo(&window));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("classCode"))->text().contains(QStringLiteral("VOTE77")));
        QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("classQr"))->pixmap().isNull());

        QWebSocket student;
        student.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(window.classroom()->host().socketPort())));
        QTRY_COMPARE(student.state(), QAbstractSocket::ConnectedState);
        student.sendTextMessage(QStringLiteral(R"({"type": "join", "code": "VOTE77", "name": "Ana"})"));
        QTRY_COMPARE(window.classroom()->host().session().connectedCount(), 1);
        panel->refreshNow();
        auto *answered = panel->findChild<QLabel *>(QStringLiteral("classAnswered"));
        QCOMPARE(answered->text(), QStringLiteral("Vote 1: 0 of 1 answered"));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("classMissing"))->text().contains(QStringLiteral("Ana")));

        const QString id = window.classroom()->host().session().question()->id;
        const int right = window.classroom()->host().session().question()->answer;
        student.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("answer")},
            {QStringLiteral("question"), id}, {QStringLiteral("round"), 1}, {QStringLiteral("choice"), right}}).toJson()));
        QTRY_COMPARE(window.classroom()->host().session().answered(1), 1);
        panel->refreshNow();
        QCOMPARE(answered->text(), QStringLiteral("Vote 1: 1 of 1 answered"));
        QVERIFY(panel->findChildren<QProgressBar *>().isEmpty());  // no counts on the projector before the reveal
        panel->findChild<QCheckBox *>(QStringLiteral("classLiveCounts"))->setChecked(true);
        QVERIFY(!panel->findChildren<QProgressBar *>().isEmpty());

        auto *reveal = panel->findChild<QPushButton *>(QStringLiteral("classReveal"));
        auto *again = panel->findChild<QPushButton *>(QStringLiteral("classAskAgain"));
        QVERIFY(!again->isEnabled());
        reveal->click();
        panel->refreshNow();
        QVERIFY(!reveal->isEnabled());
        QVERIFY(again->isEnabled());
        const auto bars = panel->findChildren<QProgressBar *>();
        QCOMPARE(bars.size(), window.classroom()->host().session().question()->choices.size());
        QCOMPARE(bars[right]->value(), 1);
        QVERIFY(bars[right]->format().contains(QChar(0x2714)));
        again->click();
        panel->refreshNow();
        QCOMPARE(window.classroom()->host().session().round(), 2);
        QCOMPARE(answered->text(), QStringLiteral("Vote 2: 0 of 1 answered"));
    }

    // Reveal stays where the teacher's mouse is while the vote changes below it, and Stop asks
    // first while students are connected (a click meant for Reveal once stopped a class).
    void theVoteButtonsStayPutAndStopAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond"))));
        ClassPanel *panel = window.classPanel();
        QVERIFY(window.classroom()->start(0, QStringLiteral("STAY77"), nullptr));
        QWebSocket student;
        student.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(window.classroom()->host().socketPort())));
        QTRY_COMPARE(student.state(), QAbstractSocket::ConnectedState);
        student.sendTextMessage(QStringLiteral("{\"type\": \"join\", \"code\": \"STAY77\", \"name\": \"Ana\"}"));
        QTRY_COMPARE(window.classroom()->host().session().connectedCount(), 1);
        panel->refreshNow();
        auto *reveal = panel->findChild<QPushButton *>(QStringLiteral("classReveal"));
        auto *missing = panel->findChild<QLabel *>(QStringLiteral("classMissing"));
        QTRY_VERIFY(missing->isVisible());
        const QPoint before = reveal->mapTo(panel, QPoint());
        const auto &q = *window.classroom()->host().session().question();
        student.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("answer")},
            {QStringLiteral("question"), q.id}, {QStringLiteral("round"), 1}, {QStringLiteral("choice"), 0}}).toJson()));
        QTRY_COMPARE(window.classroom()->host().session().answered(1), 1);
        panel->refreshNow();
        QTRY_VERIFY(!missing->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(reveal->mapTo(panel, QPoint()), before);

        auto *stop = panel->findChild<QPushButton *>(QStringLiteral("classStop"));
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("connected student")));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        stop->click();
        QVERIFY(window.classroom()->running());
        answer(QMessageBox::Yes);
        stop->click();
        QVERIFY(!window.classroom()->running());
    }

    void theJoinAddressIsAQrCode()
    {
        const QImage qr = qrCodeImage(QStringLiteral("http://192.168.1.20:8080/?code=K7QX2M"), 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        // 37 bytes at error correction M need version 3 (29 modules), plus a quiet zone of four
        // modules on each side, 4 pixels a module.
        QCOMPARE(qr.width(), (29 + 8) * 4);
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));             // the quiet zone
        QCOMPARE(qr.pixelColor(16, 16), QColor(Qt::black));           // the top-left finder pattern's corner
        QVERIFY(qrCodeImage(QString(8000, QLatin1Char('x'))).isNull());  // too long for any QR code
    }

    void theClassDockStaysOnTheProjector()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond"))));
        QVERIFY(window.classroom()->start(0, QString(), nullptr));
        window.presenter()->setActive(true);
        QVERIFY(window.classPanel()->isVisible());
        window.presenter()->setActive(false);
        window.classroom()->stop();
        window.classPanel()->hide();
        window.presenter()->setActive(true);
        QVERIFY(!window.classPanel()->isVisible());
        window.presenter()->setActive(false);
    }

    void aChangedAnswerMovesTheBarsWithoutLayingTheDockOut()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond"))));
        ClassPanel *panel = window.classPanel();
        QVERIFY(window.classroom()->start(0, QStringLiteral("BARS55"), nullptr));
        panel->findChild<QCheckBox *>(QStringLiteral("classLiveCounts"))->setChecked(true);
        const auto &session = window.classroom()->host().session();
        QWebSocket ana;
        ana.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(window.classroom()->host().socketPort())));
        QTRY_COMPARE(ana.state(), QAbstractSocket::ConnectedState);
        sendJson(ana, {{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("code"), QStringLiteral("BARS55")},
                       {QStringLiteral("name"), QStringLiteral("Ana")}});
        const auto answer = [&](int choice) {
            sendJson(ana, {{QStringLiteral("type"), QStringLiteral("answer")}, {QStringLiteral("question"), session.question()->id},
                           {QStringLiteral("round"), 1}, {QStringLiteral("choice"), choice}});
        };
        QTRY_COMPARE(session.connectedCount(), 1);
        answer(0);
        QTRY_COMPARE(session.counts(1)[0], 1);
        panel->refreshNow();
        QTest::qWait(300);  // the dock laid out for the first answer, the window's docks after it
        QList<QPointer<QProgressBar>> bars;
        for (QProgressBar *bar : panel->findChildren<QProgressBar *>())
            bars << bar;
        QCOMPARE(bars.size(), session.question()->choices.size());
        QCOMPARE(bars[0]->value(), 1);

        // Ana changes her mind: the same bars show it, and nothing is laid out again.
        const LayoutRequests layouts(panel);
        answer(1);
        QTRY_COMPARE(session.counts(1)[1], 1);
        panel->refreshNow();
        QTest::qWait(300);
        QVERIFY(std::all_of(bars.begin(), bars.end(), [](const QPointer<QProgressBar> &bar) { return !bar.isNull(); }));
        QCOMPARE(panel->findChildren<QProgressBar *>().size(), bars.size());
        QCOMPARE(bars[0]->value(), 0);
        QCOMPARE(bars[1]->value(), 1);
        QVERIFY(bars[1]->format().startsWith(QStringLiteral("1  ")));
        QCOMPARE(layouts.count, 0);
    }

    void aFigureAsWideAsTheLastOneLaysNothingOut()
    {
        QWidget dock;
        auto *layout = new QVBoxLayout(&dock);
        auto *figure = new FigureLabel(&dock);
        layout->addWidget(figure);
        layout->addWidget(new QLabel(QStringLiteral("below"), &dock));
        figure->setFigure(QStringLiteral("Vote 1: 10 of 60 answered"));
        dock.show();
        QCoreApplication::processEvents();
        const LayoutRequests layouts(&dock);
        figure->setFigure(QStringLiteral("Vote 1: 11 of 60 answered"));  // digits are as wide as each other
        QCoreApplication::processEvents();
        QCOMPARE(figure->text(), QStringLiteral("Vote 1: 11 of 60 answered"));
        QCOMPARE(layouts.count, 0);

        // A longer figure, or a larger font (presenter mode), gets the room it needs.
        figure->setFigure(QStringLiteral("Vote 1: 111 of 600 answered, and more"));
        QCoreApplication::processEvents();
        QVERIFY(layouts.count > 0);
        QCOMPARE(figure->size(), figure->sizeHint());
        const int height = figure->height();
        QFont larger = dock.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        dock.setFont(larger);
        QCoreApplication::processEvents();
        QVERIFY(figure->height() > height);
        QCOMPARE(figure->size(), figure->sizeHint());
    }

    void aPortInUseIsSaidInThePanel()
    {
        classroom::ClassHost other;
        QVERIFY(other.start(0, QString(), nullptr));
        MainWindow window;
        ClassPanel *panel = window.classPanel();
        auto *port = panel->findChild<QSpinBox *>(QStringLiteral("classPort"));
        port->setValue(other.port());
        panel->startFromPanel();
        QVERIFY(!window.classroom()->running());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("classStartError"))->text().contains(QStringLiteral("in use")));
    }
};

QTEST_MAIN(TestClassPanel)
#include "tst_classpanel.moc"
