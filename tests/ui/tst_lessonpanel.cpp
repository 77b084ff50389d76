// A lesson in the window: steps load their exact topology, back restores the earlier step,
// the run pauses at the step's end and the answer and checkpoints show, a locked lesson runs
// but cannot be edited, highlights follow the step, presenter mode hides the editing chrome
// and puts it back, and the handout is a PDF with a page per step plus the answer key.

#include "io/topologywriter.h"
#include "lessoneditor.h"
#include "lessonhandout.h"
#include "lessonhighlighter.h"
#include "lessonpanel.h"
#include "lessonsession.h"
#include "lessons/lessonreader.h"
#include "mainwindow.h"
#include "presentermode.h"
#include "sim/simulation.h"
#include "simulationcontroller.h"
#include "topologydocument.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace scalelab;

namespace {

const QString kLesson = QStringLiteral(":/lessons/one-server-to-two.lesson.json");

Lesson readLesson()
{
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    std::optional<Lesson> lesson = reader.readFile(kLesson);
    if (!lesson)
        qFatal("%s", qPrintable(reader.errorText()));
    return *lesson;
}

} // namespace

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void builtInLessonsAreListed();
    void stepsLoadTheirTopologyAndBackRestoresIt();
    void stepPausesAtItsEndAndShowsAnswerAndCheckpoints();
    void lockedLessonRunsButCannotBeEdited();
    void highlightsFollowTheStep();
    void presenterModeHidesTheChromeAndPutsItBack();
    void handoutIsAPdfWithAnAnswerKey();
    void openingAFileEndsTheLesson();
    void editorRecordsTheCanvasReordersAndSaves();
};

void TestLessonPanel::builtInLessonsAreListed()
{
    QVERIFY(LessonSession::builtInLessons().contains(QStringLiteral("one-server-to-two")));
}

void TestLessonPanel::stepsLoadTheirTopologyAndBackRestoresIt()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openLesson(kLesson, &error), qPrintable(error));
    const Lesson lesson = readLesson();
    LessonSession *session = window.lessons();
    QCOMPARE(session->stepIndex(), 0);
    QCOMPARE(TopologyWriter::toBytes(window.document()->topology()), TopologyWriter::toBytes(lesson.steps[0].topology));
    QVERIFY(window.lessonPanel()->narrationText().contains(QStringLiteral("web1")));
    QVERIFY(!window.lessonPanel()->backButton()->isEnabled());

    window.controller()->runTo(SimTime::fromS(5));
    window.lessonPanel()->nextButton()->click();
    QCOMPARE(session->stepIndex(), 1);
    QCOMPARE(window.document()->topology().node(QStringLiteral("users"))->rateRps, 400.0);
    QCOMPARE(window.controller()->now(), SimTime{}); // each step starts at time zero
    window.lessonPanel()->backButton()->click();
    QCOMPARE(TopologyWriter::toBytes(window.document()->topology()), TopologyWriter::toBytes(lesson.steps[0].topology));
    QCOMPARE(window.controller()->now(), SimTime{});
    // Page Down, as a presenter's clicker sends.
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(session->stepIndex(), 1);
}

void TestLessonPanel::stepPausesAtItsEndAndShowsAnswerAndCheckpoints()
{
    MainWindow window;
    QVERIFY(window.openLesson(kLesson));
    window.lessons()->goTo(1); // 400 req/s on one server, a question and a checkpoint
    const LessonStep &step = window.lessons()->step();
    QVERIFY(step.question.isSet());
    QVERIFY(!window.lessonPanel()->isAnswerShown());
    QVERIFY(window.lessonPanel()->checkpointLines().first().startsWith(QStringLiteral("\u25CB")));

    window.controller()->runTo(SimTime::fromS(step.runS));
    QVERIFY(window.lessons()->isStepDone());
    QVERIFY(window.lessonPanel()->isAnswerShown());
    const QString line = window.lessonPanel()->checkpointLines().first();
    QVERIFY2(line.startsWith(QStringLiteral("\u2713")), qPrintable(line));
    // The figure shown is the engine's.
    const double dropped = static_cast<double>(window.controller()->simulation()->metrics().requests().dropped);
    QCOMPARE(*window.lessons()->results().first()->actual, dropped);
}

void TestLessonPanel::lockedLessonRunsButCannotBeEdited()
{
    QTemporaryDir dir;
    QFile source(kLesson);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    json.replace("\"id\": \"one-server-to-two\",", "\"id\": \"one-server-to-two\", \"locked\": true,");
    const QString file = dir.filePath(QStringLiteral("locked.lesson.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    // "example:" resolves in the built-in examples wherever the lesson file is.
    MainWindow window;
    QString error;
    QVERIFY2(window.openLesson(file, &error), qPrintable(error));
    QVERIFY(window.lessons()->lesson().locked);
    QVERIFY(window.document()->isLocked());
    QVERIFY(!window.document()->setNodeSetting(QStringLiteral("web1"), QStringLiteral("concurrency"), 64, &error));
    QVERIFY(window.document()->addNode(NodeType::Cache, {}).isEmpty());
    // Running and killing are what students do with it.
    window.controller()->runTo(SimTime::fromS(2));
    window.applyNodeAction(QStringLiteral("web1"), QStringLiteral("kill"));
    const Simulation &simulation = *window.controller()->simulation();
    QVERIFY(!simulation.node(simulation.nodeIndex(QStringLiteral("web1"))).up);
    // Leaving the lesson unlocks the editor.
    window.lessons()->close();
    QVERIFY(!window.document()->isLocked());
}

void TestLessonPanel::highlightsFollowTheStep()
{
    MainWindow window;
    QVERIFY(window.openLesson(kLesson));
    auto *highlighter = window.findChild<LessonHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->highlighted(), QStringList{QStringLiteral("web1")});
    QCOMPARE(highlighter->haloCount(), 1);
    window.lessons()->goTo(2);
    QCOMPARE(highlighter->highlighted(), (QStringList{QStringLiteral("lb"), QStringLiteral("web2")}));
    QCOMPARE(highlighter->haloCount(), 2);
    window.lessons()->close();
    QCOMPARE(highlighter->haloCount(), 0);
}

void TestLessonPanel::presenterModeHidesTheChromeAndPutsItBack()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openLesson(kLesson));
    auto *palette = window.findChild<QDockWidget *>(QStringLiteral("nodePalette"));
    auto *fileBar = window.findChild<QToolBar *>(QStringLiteral("fileToolBar"));
    QVERIFY(palette && fileBar);
    QVERIFY(fileBar->isVisible());
    window.presenter()->setActive(true);
    QVERIFY(!fileBar->isVisible());
    QVERIFY(!palette->isVisible());
    QVERIFY(window.lessonPanel()->isVisible());
    QVERIFY(window.isFullScreen());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presenter()->isActive());
    QVERIFY(fileBar->isVisible());
    QVERIFY(!window.isFullScreen());
}

void TestLessonPanel::handoutIsAPdfWithAnAnswerKey()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    const Lesson lesson = readLesson();
    QVERIFY2(LessonHandout::write(lesson, file, &error), qPrintable(error));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // A page per step and one for the answer key.
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page>>")
                 + bytes.count("/Type /Page "),
             lesson.steps.size() + 1);
}

void TestLessonPanel::openingAFileEndsTheLesson()
{
    MainWindow window;
    QVERIFY(window.openLesson(kLesson));
    QVERIFY(window.lessonPanel()->isVisibleTo(&window));
    QVERIFY(window.loadFile(MainWindow::builtInExample(QStringLiteral("two-servers-balanced.scalelab.json"))));
    QVERIFY(!window.lessons()->isOpen());
    QVERIFY(!window.lessonPanel()->isVisibleTo(&window));
}

void TestLessonPanel::editorRecordsTheCanvasReordersAndSaves()
{
    MainWindow window;
    QVERIFY(window.loadFile(MainWindow::builtInExample(QStringLiteral("two-servers-balanced.scalelab.json"))));
    window.controller()->runTo(SimTime::fromS(3));
    window.applyNodeAction(QStringLiteral("web2"), QStringLiteral("kill")); // recorded in the scenario

    LessonEditor editor(readLesson(), window.document());
    editor.addStepFromCanvas();
    QCOMPARE(editor.stepList()->count(), 4);
    QCOMPARE(editor.stepList()->currentRow(), 3);
    editor.findChild<QLineEdit *>(QStringLiteral("stepTitle"))->setText(QStringLiteral("Kill a server")); // the step's title
    editor.moveStep(-1);
    QCOMPARE(editor.stepList()->currentRow(), 2);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.lesson.json"));
    QString error;
    QVERIFY2(editor.saveTo(file, &error), qPrintable(error));
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    const std::optional<Lesson> saved = reader.readFile(file);
    QVERIFY2(saved, qPrintable(reader.errorText()));
    QCOMPARE(saved->steps.size(), 4);
    QCOMPARE(saved->steps[2].title, QStringLiteral("Kill a server"));
    QCOMPARE(saved->steps[3].title, readLesson().steps[2].title);
    const QList<ScenarioEvent> &events = saved->steps[2].topology.events;
    QVERIFY(std::any_of(events.begin(), events.end(), [](const ScenarioEvent &e) {
        return e.action == QLatin1String("kill") && e.node == QLatin1String("web2") && std::abs(e.atS - 3.000001) < 1e-9;
    }));
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
