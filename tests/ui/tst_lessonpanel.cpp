// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson in the window: steps load their exact topology, back restores the earlier step,
// the run pauses at the step's end and the answer and checkpoints show, a locked lesson runs
// but cannot be edited, highlights follow the step, presenter mode hides the editing chrome
// and puts it back, and the handout is a PDF with a page per step plus the answer key.

#include "document/builtinexamples.h"
#include "document/topologydocument.h"
#include "io/topologywriter.h"
#include "lessons/checkpointphrase.h"
#include "lessons/lessonchallengebox.h"
#include "lessons/lessonchoice.h"
#include "lessons/lessoneditor.h"
#include "lessons/lessonexplorebox.h"
#include "lessons/lessonhandout.h"
#include "lessons/lessonhighlighter.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonsession.h"
#include "lessons/lessonwriter.h"
#include "lessons/prediction.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "sim/simulation.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <qcustomplot.h>

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
    void initTestCase();
    void builtInLessonsAreListed();
    void predictionsLockWhenTheRunStartsAndCountWhenRevealed();
    void numericPredictionCountsWithinItsTolerance();
    void stepsLoadTheirTopologyAndBackRestoresIt();
    void stepPausesAtItsEndAndShowsAnswerAndCheckpoints();
    void lockedLessonRunsButCannotBeEdited();
    void highlightsFollowTheStep();
    void presenterModeHidesTheChromeAndPutsItBack();
    void handoutIsAPdfWithAnAnswerKey();
    void choicesWrapAndNeverOverlapWithTheEventLogOpen();
    void panelKeepsItsWidthFromStepToStep();
    void checkpointTicksReadAsSentences();
    void checkpointPhrasesNameTheNodeAndTheFigure_data();
    void checkpointPhrasesNameTheNodeAndTheFigure();
    void openingAFileEndsTheLesson();
    void editorRecordsTheCanvasReordersAndSaves();
    void aChallengeIsGradedOnTheStudentsSeedWithHints();
    void anExploreSliderRunsTheValueAndPlotsTheCurve();
};

void TestLessonPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // the student key is kept in the settings: not the user's
}

void TestLessonPanel::predictionsLockWhenTheRunStartsAndCountWhenRevealed()
{
    MainWindow window;
    QVERIFY(window.openLesson(kLesson));
    LessonSession *session = window.lessons();
    LessonPanel *panel = window.lessonPanel();
    // Shown in the student's own order: a different student sees another (for some step).
    session->setStudentKey(1);
    session->goTo(1);
    const LessonQuestion question = session->step().question;
    QVERIFY(question.isSet() && !question.ordered);
    QList<int> shown;
    for (LessonChoice *choice : panel->choices())
        shown << question.choices.indexOf(choice->text());
    QCOMPARE(shown, session->choiceOrder());
    bool differs = false;
    for (std::uint64_t key = 2; key < 12 && !differs; ++key)
        differs = choiceOrder(question, key, session->lesson().id, 1) != shown;
    QVERIFY(differs);
    QVERIFY(panel->scoreText().isEmpty());

    // Picking the right one, whatever place it is shown in.
    LessonChoice *right = panel->choices().at(int(shown.indexOf(question.answer)));
    QTest::mouseClick(right->button(), Qt::LeftButton);
    QCOMPARE(session->prediction().choice, question.answer);
    QVERIFY(!session->isPredictionLocked());

    // The run starts: the prediction is final and the choices are greyed.
    window.controller()->runTo(SimTime::fromS(1));
    QVERIFY(session->isPredictionLocked());
    QVERIFY(!right->isEnabled());
    session->predict({(question.answer + 1) % int(question.choices.size()), std::nullopt});
    QCOMPARE(session->prediction().choice, question.answer);
    QVERIFY(panel->answerText().contains(QLatin1String("Your prediction is in")));
    QVERIFY(panel->scoreText().isEmpty());  // nothing counts before the answer shows

    window.controller()->runTo(SimTime::fromS(session->step().runS));
    QVERIFY(panel->answerText().startsWith(QLatin1String("Right.")));
    QCOMPARE(session->revealedQuestions(), 1);
    QCOMPARE(session->rightPredictions(), 1);
    QCOMPARE(panel->scoreText(), QStringLiteral("Predictions: 1 right of 1 so far"));

    // Back on the step later: the locked prediction is still there, and it still counts once.
    session->goTo(0);
    session->goTo(1);
    QCOMPARE(session->prediction().choice, question.answer);
    QVERIFY(session->isPredictionLocked());
    QVERIFY(panel->choices().at(int(shown.indexOf(question.answer)))->button()->isChecked());
    window.controller()->runTo(SimTime::fromS(session->step().runS));
    QCOMPARE(session->revealedQuestions(), 1);
}

void TestLessonPanel::numericPredictionCountsWithinItsTolerance()
{
    QTemporaryDir dir;
    Lesson lesson = readLesson();
    LessonQuestion &question = lesson.steps[1].question;
    question.choices.clear();
    question.feedback.clear();
    question.answer = -1;
    question.numeric = NumericAnswer{2000.0, 0.25, QStringLiteral("requests")};
    const QString file = dir.filePath(QStringLiteral("numeric.lesson.json"));
    QString error;
    QVERIFY2(LessonWriter::save(lesson, file, &error), qPrintable(error));

    MainWindow window;
    QVERIFY(window.openLesson(file));
    LessonSession *session = window.lessons();
    LessonPanel *panel = window.lessonPanel();
    session->goTo(1);
    QVERIFY(panel->choices().isEmpty());
    QVERIFY(panel->numberField()->isVisibleTo(panel));
    QTest::keyClicks(panel->numberField(), QStringLiteral("2400"));
    QCOMPARE(session->prediction().number.value_or(-1), 2400.0);
    window.controller()->runTo(SimTime::fromS(session->step().runS));
    QVERIFY(panel->numberField()->isReadOnly());
    QVERIFY2(panel->answerText().startsWith(QLatin1String("Right. The answer: 2,000 requests (within 25 % counts as right). You predicted 2,400.")),
             qPrintable(panel->answerText()));
    QCOMPARE(panel->scoreText(), QStringLiteral("Predictions: 1 right of 1 so far"));
}

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
    window.runtimeActions()->applyNodeAction(QStringLiteral("web1"), QStringLiteral("kill"));
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
    QVERIFY(window.loadFile(BuiltInExamples::path(QStringLiteral("two-servers-balanced.scalelab.json"))));
    QVERIFY(!window.lessons()->isOpen());
    QVERIFY(!window.lessonPanel()->isVisibleTo(&window));
}

void TestLessonPanel::editorRecordsTheCanvasReordersAndSaves()
{
    MainWindow window;
    QVERIFY(window.loadFile(BuiltInExamples::path(QStringLiteral("two-servers-balanced.scalelab.json"))));
    window.controller()->runTo(SimTime::fromS(3));
    window.runtimeActions()->applyNodeAction(QStringLiteral("web2"), QStringLiteral("kill")); // recorded in the scenario

    const Lesson lesson = readLesson();
    const int n = int(lesson.steps.size()); // the new step goes last, then moves one up
    LessonEditor editor(lesson, window.document());
    editor.addStepFromCanvas();
    QCOMPARE(editor.stepList()->count(), n + 1);
    QCOMPARE(editor.stepList()->currentRow(), n);
    editor.findChild<QLineEdit *>(QStringLiteral("stepTitle"))->setText(QStringLiteral("Kill a server")); // the step's title
    editor.moveStep(-1);
    QCOMPARE(editor.stepList()->currentRow(), n - 1);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.lesson.json"));
    QString error;
    QVERIFY2(editor.saveTo(file, &error), qPrintable(error));
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(":/examples"));
    const std::optional<Lesson> saved = reader.readFile(file);
    QVERIFY2(saved, qPrintable(reader.errorText()));
    QCOMPARE(saved->steps.size(), n + 1);
    QCOMPARE(saved->steps[n - 1].title, QStringLiteral("Kill a server"));
    QCOMPARE(saved->steps[n].title, lesson.steps[n - 1].title);
    const QList<ScenarioEvent> &events = saved->steps[n - 1].topology.events;
    QVERIFY(std::any_of(events.begin(), events.end(), [](const ScenarioEvent &e) {
        return e.action == QLatin1String("kill") && e.node == QLatin1String("web2") && std::abs(e.atS - 3.000001) < 1e-9;
    }));
}

void TestLessonPanel::choicesWrapAndNeverOverlapWithTheEventLogOpen()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral(":/lessons/zero-to-millions.lesson.json")));
    auto *log = window.findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
    QVERIFY(log);
    log->show();
    log->raise();
    LessonPanel *panel = window.lessonPanel();
    for (int i = 0; i < window.lessons()->stepCount(); ++i) {
        window.lessons()->goTo(i);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        if (!window.lessons()->step().question.isSet())
            continue;
        // Every choice whole, in its own rows, below the previous one and above the answer.
        const QList<LessonChoice *> choices = panel->choices();
        QCOMPARE(choices.size(), window.lessons()->step().question.choices.size());
        int below = panel->findChild<QLabel *>(QStringLiteral("lessonPrompt"))->geometry().bottom();
        for (LessonChoice *choice : choices) {
            QLabel *text = choice->label();
            QVERIFY2(choice->geometry().top() > below, qPrintable(QStringLiteral("step %1: \"%2\" overlaps what is above it")
                                                                    .arg(i + 1).arg(choice->text())));
            QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(QStringLiteral("step %1: \"%2\" is cut").arg(i + 1).arg(choice->text())));
            QVERIFY(text->width() + text->x() <= choice->width());
            below = choice->geometry().bottom();
        }
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("lessonAnswer"))->geometry().top() > below);
    }
}

void TestLessonPanel::panelKeepsItsWidthFromStepToStep()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLesson(QStringLiteral(":/lessons/zero-to-millions.lesson.json")));
    QCoreApplication::processEvents();
    const int width = window.lessonPanel()->width();
    const QPoint next = window.lessonPanel()->nextButton()->mapTo(&window, QPoint(0, 0));
    for (int i = 1; i < window.lessons()->stepCount(); ++i) {
        window.lessonPanel()->nextButton()->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QCOMPARE(window.lessons()->stepIndex(), i);
        QCOMPARE(window.lessonPanel()->width(), width);
        if (i + 1 < window.lessons()->stepCount())
            QCOMPARE(window.lessonPanel()->nextButton()->mapTo(&window, QPoint(0, 0)).x(), next.x());
    }
}

void TestLessonPanel::checkpointTicksReadAsSentences()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    QVERIFY(window.openLesson(kLesson));
    window.lessons()->goTo(2); // two servers: requests.dropped == 0 and nodes[web2].served > 3000
    window.controller()->runTo(SimTime::fromS(window.lessons()->step().runS));
    const QStringList lines = window.lessonPanel()->checkpointLines();
    QCOMPARE(lines.size(), 2);
    const qlonglong served = static_cast<qlonglong>(*window.lessons()->results().at(1)->actual);
    QVERIFY(served > 3000);
    QCOMPARE(lines[1], QStringLiteral("\u2713 web2 takes its half. (web2 served %1 requests)").arg(QLocale().toString(served)));
    QCOMPARE(lines[0], QStringLiteral("\u2713 Two servers share 400 requests a second without dropping any. (0 requests were dropped)"));
    // The panel shows the same words, no report key.
    const QString shown = window.lessonPanel()->findChild<QLabel *>(QStringLiteral("lessonCheckpoints"))->text();
    QVERIFY2(shown.contains(QStringLiteral("web2 served ")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("nodes[")) && !shown.contains(QStringLiteral("requests.dropped")), qPrintable(shown));
    QLocale::setDefault(QLocale::system());
}

void TestLessonPanel::checkpointPhrasesNameTheNodeAndTheFigure_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("served") << "nodes[web1].served" << 6088.0 << "web1 served 6,088 requests";
    QTest::newRow("errors") << "nodes[web2].errors" << 12.0 << "web2 answered 12 requests with an error";
    QTest::newRow("hit ratio") << "cache.hit_ratio" << 0.625 << "the cache answered 62.5% of the reads";
    QTest::newRow("p95") << "latency_ms.p95" << 120.0 << "95% of the requests took at most 120 ms";
    // Whole milliseconds from 10 ms, one decimal below: what a class reads, not 421.121.
    QTest::newRow("p95 with a fraction") << "latency_ms.p95" << 421.121 << "95% of the requests took at most 421 ms";
    QTest::newRow("p50 under 10 ms") << "latency_ms.p50" << 8.26 << "half of the requests took at most 8.3 ms";
    QTest::newRow("stale") << "replication.stale_reads" << 1234.0 << "1,234 reads returned stale data";
    QTest::newRow("node, unknown figure") << "nodes[db2].last_write" << 77.0 << "db2's last write: 77";
    QTest::newRow("section, unknown figure") << "cache.lease_waits" << 3.0 << "cache lease waits: 3";
    QTest::newRow("not a path") << "a.b.c" << 1.5 << "a.b.c: 1.5";
}

void TestLessonPanel::checkpointPhrasesNameTheNodeAndTheFigure()
{
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(QString, sentence);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(CheckpointPhrase::sentence(metric, value), sentence);
    QLocale::setDefault(QLocale::system());
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"

namespace {

/// A locked two-step lesson: a challenge (round robin in front of a slow server drops
/// requests; least connections does not) and an explore of the replicas' ship delay.
QString writeChallengeLesson(const QTemporaryDir &dir)
{
    const QByteArray json = R"json({"format": "scalelab-lesson", "version": 1, "id": "probe", "title": "Probe", "locked": true,
      "steps": [
        {"title": "Your turn", "topology": "example:lb-least-connections", "run_s": 20,
         "changes": [{"op": "set", "node": "lb", "key": "algorithm", "value": "round_robin"}],
         "challenge": {"goal": "<p>Drop nothing.</p>",
                       "checkpoints": [{"metric": "requests.dropped", "op": "==", "value": 0, "says": "Nothing dropped"}],
                       "settings": ["load_balancer.algorithm"], "hints": ["Look at the balancer.", "Which algorithm watches the queues?"],
                       "solution": [{"op": "set", "node": "lb", "key": "algorithm", "value": "least_connections"}]}},
        {"title": "Ship delay", "topology": "example:replication-read-replicas", "run_s": 10,
         "changes": [{"op": "set", "key": "replication.ship_delay_ms", "value": 100}],
         "explore": {"parameter": "replication.ship_delay_ms", "values": [0, 100, 400], "metric": "replication.stale_reads",
                     "label": "Ship delay (ms)", "seeds": 2, "trend": "rises"}}]})json";
    const QString file = dir.filePath(QStringLiteral("probe.lesson.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return {};
    return file;
}

} // namespace

void TestLessonPanel::aChallengeIsGradedOnTheStudentsSeedWithHints()
{
    QTemporaryDir dir;
    MainWindow window;
    QString error;
    QVERIFY2(window.openLesson(writeChallengeLesson(dir), &error), qPrintable(error));
    LessonSession *session = window.lessons();
    LessonChallengeBox *box = window.lessonPanel()->challengeBox();
    QVERIFY(box->isVisibleTo(window.lessonPanel()));
    // The step runs on the student's own seed, and a locked lesson's challenge may be edited.
    QCOMPARE(window.document()->topology().seed, session->challengeSeed());
    QVERIFY(!window.document()->isLocked());
    QCOMPARE(box->goalLines(), QStringList{QStringLiteral("\u25CB Nothing dropped (by 20 s)")});
    QVERIFY(box->hintTexts().isEmpty());

    QSignalSpy challengeChanged(session, &LessonSession::challengeChanged);
    box->checkButton()->click();
    QVERIFY(session->isGrading() || session->challengeGrade());
    QTRY_VERIFY_WITH_TIMEOUT(session->challengeGrade().has_value(), 20000);
    QVERIFY(!session->challengeGrade()->passed());
    QVERIFY2(box->goalLines().constFirst().startsWith(QStringLiteral("\u2717 Nothing dropped (")), qPrintable(box->goalLines().constFirst()));
    QVERIFY(box->goalLines().constFirst().contains(QStringLiteral("missed by")));
    QCOMPARE(box->hintTexts(), QStringList{QStringLiteral("Look at the balancer.")});
    QVERIFY2(box->verdictText().startsWith(QStringLiteral("Not yet (try 1): 0 of 1 goals met")), qPrintable(box->verdictText()));

    // A setting the challenge does not allow is named, and the goal is not reached with it.
    QVERIFY2(window.document()->setNodeSetting(QStringLiteral("web1"), QStringLiteral("service_ms"), 1, &error), qPrintable(error));
    QVERIFY(window.document()->setNodeSetting(QStringLiteral("lb"), QStringLiteral("algorithm"), QStringLiteral("least_connections"), &error));
    session->checkChallenge();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isGrading(), 20000);
    QCOMPARE(session->challengeTries(), 2);
    QVERIFY(!session->challengeGrade()->passed());
    QVERIFY2(box->verdictText().contains(QStringLiteral("web1.service_ms was changed")), qPrintable(box->verdictText()));
    QCOMPARE(box->hintTexts().size(), 2);

    // Start over keeps the tries; the allowed change alone reaches the goal.
    session->startChallengeOver();
    QCOMPARE(window.document()->topology().nodes[window.document()->topology().indexOf(QStringLiteral("lb"))].algorithm,
             session->step().topology.nodes[session->step().topology.indexOf(QStringLiteral("lb"))].algorithm);
    QVERIFY(window.document()->setNodeSetting(QStringLiteral("lb"), QStringLiteral("algorithm"), QStringLiteral("least_connections"), &error));
    session->checkChallenge();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isGrading(), 20000);
    QVERIFY(session->challengeGrade()->passed());
    QCOMPARE(session->metChallenges(), 1);
    QVERIFY2(box->verdictText().startsWith(QStringLiteral("Goal reached on your seed")), qPrintable(box->verdictText()));
    QVERIFY(window.lessonPanel()->scoreText().contains(QStringLiteral("Challenges met: 1 of 1")));

    // The design is kept when the class moves on and comes back.
    session->next();
    QVERIFY(!box->isVisibleTo(window.lessonPanel()));
    QVERIFY(window.document()->isLocked());
    session->back();
    const Topology &shown = window.document()->topology();
    QCOMPARE(shown.nodes[shown.indexOf(QStringLiteral("lb"))].algorithm, QStringLiteral("least_connections"));
}

void TestLessonPanel::anExploreSliderRunsTheValueAndPlotsTheCurve()
{
    QTemporaryDir dir;
    MainWindow window;
    QString error;
    QVERIFY2(window.openLesson(writeChallengeLesson(dir), &error), qPrintable(error));
    LessonSession *session = window.lessons();
    session->goTo(1);
    LessonExploreBox *box = window.lessonPanel()->exploreBox();
    QVERIFY(box->isVisibleTo(window.lessonPanel()));
    // The slider starts at the step's own value, 100 ms.
    QCOMPARE(session->exploreIndex(), 1);
    QCOMPARE(box->slider()->value(), 1);
    QVERIFY2(box->valueText().contains(QStringLiteral("100")), qPrintable(box->valueText()));
    QTRY_VERIFY_WITH_TIMEOUT(session->exploreCurve().size() == 3, 30000);
    const QList<ExplorePoint> curve = session->exploreCurve();
    QCOMPARE(curve[0].runs, 2);
    QVERIFY(curve[2].mean > curve[0].mean);
    QCOMPARE(box->plot()->graph(2)->dataCount(), 3);
    QVERIFY2(box->statusText().startsWith(QStringLiteral("Each point: the mean of 2 runs of 10 s")), qPrintable(box->statusText()));

    // Moving the slider puts the value on the canvas and runs the step with it.
    box->slider()->setFocus();
    QTest::keyClick(box->slider(), Qt::Key_End);
    QCOMPARE(session->exploreIndex(), 2);
    QCOMPARE(window.document()->topology().replication.shipDelayMs, 400.0);
    QVERIFY(window.controller()->isRunning());
    // The curve is computed once per step: coming back shows it at once.
    session->back();
    session->next();
    QCOMPARE(session->exploreCurve().size(), 3);
    QVERIFY(!session->isCurveComputing());
}
