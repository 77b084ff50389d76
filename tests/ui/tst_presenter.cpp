// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode on a projector: every step of every built-in lesson shows whole at 1280x720
// and 1920x1080 (no scroll bar, no label shorter or narrower than its text, nothing outside
// the window, the canvas fitted to what is left), before and after its answer is revealed;
// menu shortcuts (speed, kill) work with the menu bar hidden; one chart can be shown; Esc
// leaves with the student's answer kept and every font as it was.

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "inspector/inspectordock.h"
#include "lessons/lessonchoice.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonsession.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "sim/simulation.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QPointer>
#include <QRadioButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QtTest>

using namespace scalelab;

namespace {

// Each pass of posted layout requests settles one level of nesting (label, group box,
// scroll area, dock, window): enough passes for all of them.
void settle()
{
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 16; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        QTest::qWait(20);
    }
}

QString where(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    if (auto *label = qobject_cast<const QLabel *>(widget))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(60));
    return name;
}

// What a projector's audience could not read in full right now.
QStringList clipped(MainWindow &window)
{
    QStringList problems;
    const QRect inside = window.rect();
    for (QAbstractScrollArea *area : window.lessonPanel()->findChildren<QAbstractScrollArea *>()) {
        if (area->isVisible() && (area->verticalScrollBar()->isVisible() || area->verticalScrollBar()->maximum() > 0))
            problems << QStringLiteral("%1 scrolls (range %2)").arg(where(area)).arg(area->verticalScrollBar()->maximum());
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (label->height() < needed)
            problems << QStringLiteral("%1 is %2 px high, needs %3").arg(where(label)).arg(label->height()).arg(needed);
        if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
            problems << QStringLiteral("%1 is %2 px wide, needs %3").arg(where(label)).arg(label->width()).arg(label->minimumSizeHint().width());
        const QRect rect(label->mapTo(&window, QPoint(0, 0)), label->size());
        if (!inside.contains(rect))
            problems << QStringLiteral("%1 at %2,%3 %4x%5 is outside the window")
                            .arg(where(label)).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
    }
    for (QAbstractButton *button : window.lessonPanel()->findChildren<QAbstractButton *>()) {
        const QRect rect(button->mapTo(&window, QPoint(0, 0)), button->size());
        if (button->isVisible() && !inside.contains(rect))
            problems << QStringLiteral("%1 is outside the window").arg(where(button));
    }
    // Choices one under the other, never over each other.
    const QList<LessonChoice *> choices = window.lessonPanel()->choices();
    for (int i = 1; i < choices.size(); ++i) {
        if (choices[i]->geometry().top() <= choices[i - 1]->geometry().bottom())
            problems << QStringLiteral("choice %1 overlaps choice %2").arg(i + 1).arg(i);
    }
    // The whole topology on the canvas that is left.
    TopologyView *view = window.view();
    const QRect drawn = view->mapFromScene(window.scene()->contentRect()).boundingRect();
    if (!view->viewport()->rect().adjusted(-1, -1, 1, 1).contains(drawn))
        problems << QStringLiteral("the topology (%1,%2 %3x%4) is not inside the canvas (%5x%6)")
                        .arg(drawn.x()).arg(drawn.y()).arg(drawn.width()).arg(drawn.height())
                        .arg(view->viewport()->width()).arg(view->viewport()->height());
    return problems;
}

NodeItem *nodeNamed(MainWindow &window, const QString &id)
{
    for (QGraphicsItem *item : window.scene()->items()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item); node && node->id() == id)
            return node;
    }
    return nullptr;
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonStepShowsWholeOnAProjector_data();
    void everyLessonStepShowsWholeOnAProjector();
    void menuShortcutsWorkWithTheMenuBarHidden();
    void oneChartShowsOnRequest();
    void escapeKeepsTheAnswerAndPutsEveryFontBack();
};

void TestPresenter::everyLessonStepShowsWholeOnAProjector_data()
{
    QTest::addColumn<QString>("lesson");
    for (const QString &id : LessonSession::builtInLessons())
        QTest::newRow(qPrintable(id)) << id;
}

void TestPresenter::everyLessonStepShowsWholeOnAProjector()
{
    QFETCH(QString, lesson);
    const QList<QSize> sizes{QSize(1280, 720), QSize(1920, 1080)};
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.openLesson(LessonSession::builtInLesson(lesson), &error), qPrintable(error));
    window.presenter()->setActive(true);
    LessonSession *session = window.lessons();
    auto check = [&](int step, QSize size, const char *when) {
        // The first resize after going full screen may be overridden by the screen's size.
        for (int attempt = 0; attempt < 3 && window.size() != size; ++attempt) {
            window.resize(size);
            settle();
        }
        settle();
        QCOMPARE(window.size(), size);
        const QStringList problems = clipped(window);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("step %1 at %2x%3 %4 (type %6):\n  %5")
                                                   .arg(step + 1).arg(size.width()).arg(size.height())
                                                   .arg(QLatin1String(when), problems.join(QStringLiteral("\n  ")))
                                                   .arg(window.lessonPanel()->typeScale())));
        // Never smaller than the normal type, and the lesson keeps its share of the width.
        QVERIFY(window.lessonPanel()->typeScale() >= LessonPanel::kMinPresenterScale);
        QVERIFY(window.lessonPanel()->width() >= size.width() * PresenterMode::kLessonShare * 0.9);
    };
    for (int i = 0; i < session->stepCount(); ++i) {
        session->goTo(i);
        check(i, sizes[0], "before running");
        check(i, sizes[1], "before running");
        // The longest verdict: the wrong answer with the longest feedback picked (choices
        // are shown in the student's own order).
        const LessonStep &step = session->step();
        const QList<LessonChoice *> choices = window.lessonPanel()->choices();
        const QList<int> order = session->choiceOrder();
        if (step.question.isSet() && !step.question.isNumeric()) {
            int wrong = -1;
            for (int shown = 0; shown < order.size(); ++shown) {
                if (order[shown] != step.question.answer
                    && (wrong < 0 || step.question.feedbackFor(order[shown]).size() > step.question.feedbackFor(order[wrong]).size()))
                    wrong = shown;
            }
            choices[wrong]->button()->click();
        }
        window.controller()->runTo(SimTime::fromS(step.runS));
        QVERIFY(session->isStepDone());
        settle();
        if (step.question.isSet() && !step.question.isNumeric())
            QVERIFY2(window.lessonPanel()->answerText().contains(QStringLiteral("Not quite")),
                     qPrintable(window.lessonPanel()->answerText()));
        check(i, sizes[1], "with the answer");
        check(i, sizes[0], "with the answer");
    }
}

void TestPresenter::menuShortcutsWorkWithTheMenuBarHidden()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("one-server-to-two"))));
    window.presenter()->setActive(true);
    settle();
    QVERIFY(!window.menuBar()->isVisible());
    const double speed = window.controller()->speed();
    QTest::keyClick(&window, Qt::Key_Plus);
    QVERIFY2(window.controller()->speed() > speed, "+ (Simulation > Faster) did nothing while presenting");
    QTest::keyClick(&window, Qt::Key_Minus);
    QTest::keyClick(&window, Qt::Key_Minus);
    QVERIFY2(window.controller()->speed() < speed, "- (Simulation > Slower) did nothing while presenting");
    // Kill (K) on the selected node, from the same hidden menu.
    window.controller()->runTo(SimTime::fromS(1));
    NodeItem *web1 = nodeNamed(window, QStringLiteral("web1"));
    QVERIFY(web1);
    web1->setSelected(true);
    QTest::keyClick(&window, Qt::Key_K);
    const Simulation *simulation = window.controller()->simulation();
    QTRY_VERIFY(!simulation->node(simulation->nodeIndex(QStringLiteral("web1"))).up);
    // Back in the ordinary window the menus hold them again, once.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presenter()->isActive());
    QVERIFY(window.menuBar()->isVisible());
    const double before = window.controller()->speed();
    QTest::keyClick(&window, Qt::Key_Plus);
    QVERIFY(window.controller()->speed() > before);
}

void TestPresenter::oneChartShowsOnRequest()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("one-server-to-two"))));
    window.resize(1280, 720);
    window.presenter()->setActive(true);
    window.resize(1280, 720);
    settle();
    ChartsDock *charts = window.chart();
    QVERIFY(!charts->isVisible());
    QTest::keyClick(&window, Qt::Key_C);
    settle();
    QVERIFY(charts->isVisible());
    int shown = 0;
    for (ChartPanel *panel : charts->panels())
        shown += panel->isVisible() ? 1 : 0;
    QCOMPARE(shown, 1);
    QVERIFY2(clipped(window).isEmpty(), qPrintable(clipped(window).join(QLatin1Char('\n'))));
    QTest::keyClick(&window, Qt::Key_C);
    settle();
    QVERIFY(!charts->isVisible());
    // Leaving brings back the charts the user had, all of them.
    QTest::keyClick(&window, Qt::Key_C);
    QTest::keyClick(&window, Qt::Key_Escape);
    settle();
    QVERIFY(charts->isVisible());
    shown = 0;
    for (ChartPanel *panel : charts->panels())
        shown += panel->isVisible() ? 1 : 0;
    QVERIFY(shown > 1);
}

void TestPresenter::escapeKeepsTheAnswerAndPutsEveryFontBack()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openLesson(LessonSession::builtInLesson(QStringLiteral("one-server-to-two"))));
    settle();
    QList<QPointer<QWidget>> widgets;
    QList<QFont> fonts;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        widgets << widget;
        fonts << widget->font();
    }
    const qreal normal = QApplication::font().pointSizeF();
    auto inspectorLabels = [&window, normal] {
        QStringList large;
        int plain = 0;
        for (QLabel *label : window.inspector()->findChildren<QLabel *>()) {
            if (label->font().pointSizeF() <= 0)
                continue;   // a size of its own in pixels (the heading)
            ++plain;
            if (!qFuzzyCompare(label->font().pointSizeF(), normal))
                large << QStringLiteral("%1: %2 pt").arg(where(label)).arg(label->font().pointSizeF());
        }
        return std::make_pair(plain, large);
    };
    QVERIFY(inspectorLabels().first > 3);
    QVERIFY2(inspectorLabels().second.isEmpty(), qPrintable(inspectorLabels().second.join(QLatin1Char('\n'))));

    window.presenter()->setActive(true);
    settle();
    QVERIFY(window.lessonPanel()->typeScale() > 1.0);
    // A new step while presenting rebuilds the inspector's page under presenter mode.
    window.lessons()->goTo(1);
    settle();
    const QList<LessonChoice *> choices = window.lessonPanel()->choices();
    QVERIFY(choices.size() > 1);
    choices[0]->button()->click();
    window.controller()->runTo(SimTime::fromS(window.lessons()->step().runS));
    settle();
    QVERIFY(window.lessonPanel()->isAnswerShown());
    const QString answer = window.lessonPanel()->answerText();
    QVERIFY2(answer.contains(QStringLiteral("Right")) || answer.contains(QStringLiteral("Not quite")), qPrintable(answer));

    QTest::keyClick(&window, Qt::Key_Escape);
    settle();
    QVERIFY(!window.presenter()->isActive());
    // The student's pick and its verdict are still there.
    QVERIFY(window.lessonPanel()->choices().value(0) == choices[0]);
    QVERIFY(choices[0]->button()->isChecked());
    QCOMPARE(window.lessonPanel()->answerText(), answer);
    QCOMPARE(window.lessonPanel()->typeScale(), 1.0);
    // Every font as it was, the inspector's new page included.
    QStringList changed;
    for (int i = 0; i < widgets.size(); ++i) {
        if (widgets[i] && widgets[i]->font() != fonts[i])
            changed << QStringLiteral("%1: %2 pt, was %3 pt").arg(where(widgets[i]))
                           .arg(widgets[i]->font().pointSizeF()).arg(fonts[i].pointSizeF());
    }
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
    QVERIFY2(inspectorLabels().second.isEmpty(), qPrintable(inspectorLabels().second.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
