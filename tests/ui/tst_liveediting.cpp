// SPDX-License-Identifier: GPL-3.0-or-later
// The run follows the document: edits the engine can take apply live at the current time,
// others replay to the same moment; the timeline goes back by exact replay; actions from the
// canvas land in the scenario; a topology under construction says why it cannot run; and
// unsaved work survives a crash.

#include "document/autosaver.h"
#include "document/documentfiles.h"
#include "document/recoveryprompt.h"
#include "document/topologydocument.h"
#include "io/topologywriter.h"
#include "run/liveeditbridge.h"
#include "run/runtimeactions.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cstdlib>

using namespace scalelab;

namespace {

const char *const kChildEnv = "SCALELAB_TEST_AUTOSAVE_CHILD";

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(name);
}

// What must be equal for two runs to be the same run at the same moment.
struct RunState
{
    qint64 nowUs = 0;
    std::uint64_t events = 0;
    std::uint64_t issued = 0;
    std::uint64_t ok = 0;
    std::uint64_t errors = 0;
    std::uint64_t dropped = 0;
    std::size_t seconds = 0;
    bool operator==(const RunState &) const = default;
};

RunState stateOf(const Simulation &simulation)
{
    const RequestCounters &r = simulation.metrics().requests();
    return {simulation.now().us, simulation.eventsProcessed(), simulation.requestsIssued(), r.ok,
            r.error + r.timeout,   r.dropped,                     simulation.metrics().series().size()};
}

bool nodeUp(const Simulation &simulation, const char *id)
{
    return simulation.node(simulation.nodeIndex(QLatin1String(id))).up;
}

// The crashing child: edits a document, lets the autosaver write it, then dies.
[[noreturn]] void runCrashingChild(const QString &directory, const QString &file)
{
    TopologyDocument document;
    DocumentFiles files(&document, new QWidget);
    if (!files.load(file))
        std::exit(3);
    Autosaver autosaver(&document, directory);
    document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 7);
    autosaver.saveNow();
    std::abort();
}

} // namespace

namespace QTest {
template<>
char *toString(const SimTime &t)
{
    return qstrdup((std::to_string(t.us) + " us").c_str());
}

template<>
char *toString(const RunState &s)
{
    const std::string text = "t=" + std::to_string(s.nowUs) + "us events=" + std::to_string(s.events)
                             + " issued=" + std::to_string(s.issued) + " ok=" + std::to_string(s.ok)
                             + " errors=" + std::to_string(s.errors) + " dropped=" + std::to_string(s.dropped)
                             + " seconds=" + std::to_string(s.seconds);
    return qstrdup(text.c_str());
}
} // namespace QTest

class TestLiveEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineGoesBackByExactReplay();
    void liveActionsAreReplayedWhereTheyHappened();
    void settingTheEngineCanTakeAppliesLive();
    void structuralEditReplaysToTheSameMoment();
    void deletingANodeWhileRunningSaysTheRunWasReplayedWithoutIt();
    void aLongReplayGoesOnInSlicesAndReachesTheSameRun();
    void canvasActionIsRecordedInTheScenarioAndUndone();
    void topologyUnderConstructionSaysWhyItCannotRun();
    void unsavedWorkIsOfferedBackAfterACrash();
    void liveWindowsWorkIsNotOfferedAsRecovery();
};

void TestLiveEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveEditing::timelineGoesBackByExactReplay()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    SimulationController *controller = window.controller();
    controller->runTo(SimTime::fromS(4));
    const RunState atFour = stateOf(*controller->simulation());
    controller->runTo(SimTime::fromS(9));
    QCOMPARE(controller->furthest(), SimTime::fromS(9));

    controller->seek(SimTime::fromS(4));
    QCOMPARE(stateOf(*controller->simulation()), atFour);
    // The end of the timeline stays where the run had been; forward runs on.
    QCOMPARE(controller->furthest(), SimTime::fromS(9));
    controller->seek(SimTime::fromS(6));
    QCOMPARE(controller->now(), SimTime::fromS(6));
}

void TestLiveEditing::liveActionsAreReplayedWhereTheyHappened()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    SimulationController *controller = window.controller();
    controller->runTo(SimTime::fromMs(2500));
    ScenarioEvent kill;
    kill.action = QStringLiteral("kill");
    kill.node = QStringLiteral("web2");
    QCOMPARE(controller->applyAction(kill), QString());
    controller->runTo(SimTime::fromS(5));
    const RunState atFive = stateOf(*controller->simulation());
    controller->runTo(SimTime::fromS(8));

    controller->seek(SimTime::fromS(5));
    QCOMPARE(stateOf(*controller->simulation()), atFive);
    QVERIFY(!nodeUp(*controller->simulation(), "web2"));
    controller->seek(SimTime::fromS(2));
    QVERIFY(nodeUp(*controller->simulation(), "web2"));
    QCOMPARE(controller->liveActions().size(), 1);
    QCOMPARE(SimTime::fromS(controller->liveActions().first().atS), SimTime::fromUs(2'500'001));
}

void TestLiveEditing::settingTheEngineCanTakeAppliesLive()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("lb-weighted.scalelab.json")));
    SimulationController *controller = window.controller();
    controller->runTo(SimTime::fromS(3));
    const std::uint64_t eventsBefore = controller->simulation()->eventsProcessed();
    QVERIFY(window.document()->setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 9));
    const Simulation &simulation = *controller->simulation();
    // Same engine, nothing replayed: the weight changed now (as a scenario event 1 µs on).
    QCOMPARE(simulation.now(), SimTime::fromUs(3'000'001));
    QCOMPARE(simulation.eventsProcessed(), eventsBefore + 1);
    QCOMPARE(simulation.node(simulation.nodeIndex(QStringLiteral("web2"))).weight, 9);
    QCOMPARE(controller->liveActions().size(), 1);
    QCOMPARE(controller->liveActions().first().action, QStringLiteral("set"));
    // Undo sets the old weight back, live as well.
    window.document()->undoStack()->undo();
    QCOMPARE(controller->simulation()->node(simulation.nodeIndex(QStringLiteral("web2"))).weight,
             window.document()->topology().node(QStringLiteral("web2"))->weight);
}

void TestLiveEditing::structuralEditReplaysToTheSameMoment()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    SimulationController *controller = window.controller();
    controller->runTo(SimTime::fromS(3));
    const RunState before = stateOf(*controller->simulation());
    // A cache with no link gets no traffic: the replayed run is the same run plus a node.
    const QString id = window.document()->addNode(NodeType::Cache, {0, 0});
    const Simulation &simulation = *controller->simulation();
    QCOMPARE(simulation.now(), SimTime::fromS(3));
    QVERIFY(simulation.nodeIndex(id) >= 0);
    QCOMPARE(stateOf(simulation), before);
}

void TestLiveEditing::deletingANodeWhileRunningSaysTheRunWasReplayedWithoutIt()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    window.controller()->runTo(SimTime::fromS(12));
    QSignalSpy replayed(window.liveEdits(), &LiveEditBridge::replayedFromZero);
    window.document()->removeItems({QStringLiteral("web2")});
    QCOMPARE(replayed.count(), 1);
    QCOMPARE(replayed.first().at(0).toString(), QStringLiteral("web2 deleted"));
    QCOMPARE(replayed.first().at(1).value<SimTime>(), SimTime::fromS(12));
    QCOMPARE(window.controller()->now(), SimTime::fromS(12));
    QCOMPARE(window.controller()->simulation()->nodeIndex(QStringLiteral("web2")), -1);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Topology edited: web2 deleted \u2014 run replayed from 0 s to 12.0 s with the change.")),
             qPrintable(message));
    // An edit the engine takes live is no replay.
    window.document()->setNodeSetting(QStringLiteral("web1"), QStringLiteral("weight"), 3);
    QCOMPARE(replayed.count(), 1);
}

void TestLiveEditing::aLongReplayGoesOnInSlicesAndReachesTheSameRun()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("millions.scalelab.json")));
    SimulationController *controller = window.controller();
    const SimTime moment = SimTime::fromS(6);
    controller->runTo(moment);
    QVERIFY(controller->simulation()->eventsProcessed() > LiveEditBridge::kEventsReplayedAtOnce);
    QSignalSpy replayed(window.liveEdits(), &LiveEditBridge::replayedFromZero);
    QSignalSpy replaying(window.liveEdits(), &LiveEditBridge::replaying);
    int turns = 0;   // the event loop's turns while the replay goes on
    QTimer other;
    other.setInterval(0);
    connect(&other, &QTimer::timeout, [&turns] { ++turns; });
    other.start();

    window.document()->removeItems({QStringLiteral("web20")});
    // The edit returns at once; the run is replayed from zero in slices the window lives between.
    QVERIFY(controller->now() < moment);
    QVERIFY(window.liveEdits()->isReplaying());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Topology edited: web20 deleted \u2014 replaying the run from 0 s: ")),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 120000);
    QVERIFY(!window.liveEdits()->isReplaying());
    QVERIFY2(replaying.count() >= 3, qPrintable(QString::number(replaying.count())));
    QVERIFY(turns >= replaying.count() - 1);
    QCOMPARE(replayed.first().at(1).value<SimTime>(), moment);
    QCOMPARE(controller->now(), moment);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("run replayed from 0 s to 6.0 s")));

    // The same run as a replay in one go.
    SimulationController direct;
    QVERIFY(direct.setTopology(window.document()->topology()));
    direct.runTo(moment);
    QCOMPARE(stateOf(*controller->simulation()), stateOf(*direct.simulation()));
}

void TestLiveEditing::canvasActionIsRecordedInTheScenarioAndUndone()
{
    MainWindow window;
    QVERIFY(window.loadFile(example("two-servers-balanced.scalelab.json")));
    SimulationController *controller = window.controller();
    controller->runTo(SimTime::fromS(4));
    const qsizetype events = window.document()->topology().events.size();
    window.runtimeActions()->applyNodeAction(QStringLiteral("web2"), QStringLiteral("kill"));
    QVERIFY(!nodeUp(*controller->simulation(), "web2"));
    const ScenarioEvent &recorded = window.document()->topology().events.last();
    QCOMPARE(window.document()->topology().events.size(), events + 1);
    QCOMPARE(recorded.action, QStringLiteral("kill"));
    QCOMPARE(recorded.node, QStringLiteral("web2"));
    // One microsecond after the moment the run was at: where a scenario event replays it.
    QCOMPARE(SimTime::fromS(recorded.atS), SimTime::fromUs(4'000'001));
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Kill web2 at 4.0 s"));
    // The saved file replays it.
    QVERIFY(TopologyWriter::toBytes(window.document()->topology()).contains("\"kill\""));
    controller->runTo(SimTime::fromS(6));
    const RunState withKill = stateOf(*controller->simulation());
    controller->seek(SimTime::fromS(5));
    QVERIFY(!nodeUp(*controller->simulation(), "web2"));
    controller->runTo(SimTime::fromS(6));
    QCOMPARE(stateOf(*controller->simulation()), withKill);

    // Undo: the kill never happened, the run is replayed to the same moment without it.
    window.document()->undoStack()->undo();
    QCOMPARE(controller->now(), SimTime::fromS(6));
    QVERIFY(nodeUp(*controller->simulation(), "web2"));
}

void TestLiveEditing::topologyUnderConstructionSaysWhyItCannotRun()
{
    MainWindow window;
    window.files()->newDocument();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("problemBanner"));
    QVERIFY(banner);
    QVERIFY(!window.liveEdits()->isRunnable());
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("clients")), qPrintable(banner->text()));

    TopologyDocument *document = window.document();
    const QString users = document->addNode(NodeType::Clients, {0, 0});
    const QString web = document->addNode(NodeType::WebServer, {200, 0});
    QVERIFY(document->addLink(users, web));
    QVERIFY2(window.liveEdits()->isRunnable(), qPrintable(window.liveEdits()->problems()));
    QVERIFY(banner->isHidden());
    window.controller()->runTo(SimTime::fromS(2));
    QVERIFY(window.controller()->simulation()->metrics().requests().ok > 0);
}

void TestLiveEditing::unsavedWorkIsOfferedBackAfterACrash()
{
    QTemporaryDir dir;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildEnv), dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QList<Autosaver::Recovery> recoveries = Autosaver::pendingRecoveries(dir.path());
    QCOMPARE(recoveries.size(), 1);
    QCOMPARE(recoveries.first().originalFile, example("two-servers-balanced.scalelab.json"));

    MainWindow window;
    QString error;
    QVERIFY2(RecoveryPrompt(window.document(), &window).recover(recoveries.first().autosaveFile, recoveries.first().originalFile, &error), qPrintable(error));
    QCOMPARE(window.document()->topology().node(QStringLiteral("web2"))->weight, 7);
    QCOMPARE(window.document()->fileName(), example("two-servers-balanced.scalelab.json"));
    QVERIFY(window.document()->isModified());
    Autosaver::discard(recoveries.first());
    QVERIFY(Autosaver::pendingRecoveries(dir.path()).isEmpty());
}

void TestLiveEditing::liveWindowsWorkIsNotOfferedAsRecovery()
{
    QTemporaryDir dir;
    TopologyDocument document;
    DocumentFiles files(&document, new QWidget);
    QVERIFY(files.load(example("two-servers-balanced.scalelab.json")));
    {
        Autosaver autosaver(&document, dir.path());
        document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 7);
        autosaver.saveNow();
        QVERIFY(QFile::exists(autosaver.autosaveFile()));
        // Its window is alive (the lock is held): not work to recover.
        QVERIFY(Autosaver::pendingRecoveries(dir.path()).isEmpty());
        // A save makes the copy pointless.
        QVERIFY(document.save(dir.filePath(QStringLiteral("saved.scalelab.json"))));
        QVERIFY(!QFile::exists(autosaver.autosaveFile()));
        document.setNodeSetting(QStringLiteral("web2"), QStringLiteral("weight"), 8);
        autosaver.saveNow();
        QVERIFY(QFile::exists(autosaver.autosaveFile()));
    }
    // Closed normally: nothing left behind.
    QVERIFY(Autosaver::pendingRecoveries(dir.path()).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.scalelab.json")}, QDir::Files),
             QStringList{QStringLiteral("saved.scalelab.json")});
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (qEnvironmentVariableIsSet(kChildEnv))
        runCrashingChild(qEnvironmentVariable(kChildEnv), example("two-servers-balanced.scalelab.json"));
    TestLiveEditing test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_liveediting.moc"
