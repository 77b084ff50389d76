// SPDX-License-Identifier: GPL-3.0-or-later
// bench_classroom: the teacher's frame time while a class answers.
//
//   bench_classroom [--students N] [--frames N] [--live-counts] [--json]
//
// The teacher's window (offscreen) shows a lesson step with a question and runs it; a class
// session is hosted on 127.0.0.1. Each frame does what the window does every ~33 ms: handle
// what arrived (the students' messages among it, the Class dock's throttled refresh), advance
// the run by 33 ms, refresh the canvas and charts, and render the whole window into a QImage.
//
// Three phases of the same frames over the same simulated moments (the run is sought back
// to the same start before each, so the lesson's traffic is the same in all three): nobody
// connected, N students (default 60, on a thread of their own, as their devices would be)
// each changing their answer about once a second, and nobody again (how much the machine's
// load drifted during the run). Two figures per frame:
//
// - the whole window: what arrived + the engine + the views' refresh + rendering the whole
//   window (lesson panel, docks, charts, canvas) in software;
// - the canvas frame, bench_canvas's figure (placing the dots + painting the canvas; the
//   engine apart), plus whatever the class cost the window's thread in that frame: the host's
//   socket reads, parsing, answers and sends, and the Class dock's refresh and relayout.
//
// Times are wall-clock unless marked CPU; percentiles are nearest-rank.
#include "benchstats.h"
#include "canvas/flow/requestflowlayer.h"
#include "canvas/topologyview.h"
#include "classroom/classhost.h"
#include "classsession/classpanel.h"
#include "classsession/classroomsession.h"
#include "lessons/lessonsession.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPropertyAnimation>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace scalelab;
using bench::percentile;
using bench::threadCpuMs;

namespace {

// Attributes the window thread's time: each event the class caused (a student's socket, the
// host, the Class dock and what is inside it) and each paint of the canvas's viewport.
class FrameClock : public QApplication
{
public:
    using QApplication::QApplication;

    const QObject *host = nullptr;
    const QObject *panel = nullptr;
    const QObject *canvas = nullptr;
    bool arrivals = false;  ///< handling what arrived (the class's work is there, never in the render)
    double classMs = 0;
    double canvasPaintMs = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const bool paint = receiver == canvas && event->type() == QEvent::Paint;
        const bool ofClass = arrivals && m_depth == 0 && !paint && isOfClass(receiver, event);
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        if (paint)
            canvasPaintMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
        else if (ofClass)
            classMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
        return done;
    }

private:
    bool isOfClass(const QObject *receiver, const QEvent *event) const
    {
        // The window's thread has no sockets but the class's (QWebSocketServer has no parent).
        if (event->type() == QEvent::SockAct || event->type() == QEvent::SockClose)
            return true;
        // The main window animates its docks to their places after each layout, class or not.
        if (qobject_cast<const QPropertyAnimation *>(receiver))
            return false;
        for (const QObject *o = receiver; o; o = o->parent())
            if (o == host || o == panel || qstrncmp(o->metaObject()->className(), "QWebSocket", 10) == 0)
                return true;
        return false;
    }

    int m_depth = 0;
};

// The class: N students on their own thread, each joining and then answering (a new choice)
// at random moments, about once a second.
class Class : public QObject
{
public:
    Class(int students, quint16 port, QString code, QString question, int choices)
        : m_count(students), m_port(port), m_code(std::move(code)), m_question(std::move(question)), m_choices(choices) {}

    void start()
    {
        for (int i = 0; i < m_count; ++i) {
            auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            connect(socket, &QWebSocket::connected, socket, [this, socket, i] {
                socket->sendTextMessage(QStringLiteral(R"({"type": "join", "code": "%1", "name": "student %2"})").arg(m_code).arg(i));
            });
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port)));
            m_sockets.push_back(socket);
        }
        auto *tick = new QTimer(this);
        connect(tick, &QTimer::timeout, this, [this] {
            // Every 50 ms, a twentieth of the class answers: each student about once a second.
            for (QWebSocket *socket : m_sockets) {
                if (socket->state() != QAbstractSocket::ConnectedState || m_random.bounded(20) != 0)
                    continue;
                socket->sendTextMessage(QStringLiteral(R"({"type": "answer", "question": "%1", "round": 1, "choice": %2})")
                                            .arg(m_question).arg(m_random.bounded(m_choices)));
                ++sent;
            }
        });
        tick->start(50);
    }

    std::atomic<int> sent{0};

private:
    int m_count;
    quint16 m_port;
    QString m_code;
    QString m_question;
    int m_choices;
    std::vector<QWebSocket *> m_sockets;
    QRandomGenerator m_random{11};
};

struct Phase
{
    std::vector<double> whole, wholeCpu, canvas, classWork, canvasPaint, dots, engine, events, refresh, render;
};

struct Stats
{
    double p50, p99, max;
};

Stats stats(const std::vector<double> &v)
{
    return {percentile(v, 50), percentile(v, 99), percentile(v, 100)};
}

QJsonObject json(const std::vector<double> &v)
{
    const Stats s = stats(v);
    return QJsonObject{{"p50", s.p50}, {"p99", s.p99}, {"max", s.max}};
}

void printRow(const char *what, const std::vector<double> &alone, const std::vector<double> &withClass, const std::vector<double> &again)
{
    const Stats a = stats(alone), c = stats(withClass), g = stats(again);
    std::printf("%-30s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f | %5.2f %5.2f\n", what, a.p50, a.p99, a.max, c.p50, c.p99,
                c.max, g.p50, g.p99, a.p50 > 0 ? c.p50 / a.p50 : 0.0, a.p99 > 0 ? c.p99 / a.p99 : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    FrameClock app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Students answering (default 60)."), QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames measured per phase (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption countsOption(QStringLiteral("live-counts"), QStringLiteral("The Class dock shows the counts before the reveal."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addHelpOption();
    parser.addOptions({studentsOption, framesOption, countsOption, jsonOption});
    parser.process(app);
    const int students = parser.value(studentsOption).toInt();
    const int frames = parser.value(framesOption).toInt();
    if (students < 0 || frames <= 0) {
        std::fprintf(stderr, "bench_classroom: bad arguments\n");
        return 2;
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QString error;
    if (!window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond")), &error)
        || !window.classroom()->start(0, QStringLiteral("BENCH1"), &error)) {
        std::fprintf(stderr, "bench_classroom: %s\n", qPrintable(error));
        return 1;
    }
    const classroom::ClassHost &host = window.classroom()->host();
    window.classPanel()->findChild<QCheckBox *>(QStringLiteral("classLiveCounts"))->setChecked(parser.isSet(countsOption));
    app.host = &host;
    app.panel = window.classPanel();
    app.canvas = window.view()->viewport();
    const auto &question = *host.session().question();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    SimulationController *controller = window.controller();

    // Placing the dots, as bench_canvas times it: from a receiver of advanced() just before
    // the request layer's to one just after it.
    RequestFlowLayer *layer = controller->findChild<RequestFlowLayer *>();
    QElapsedTimer dotsClock;
    double dotsMs = 0;
    QObject::disconnect(controller, &SimulationController::advanced, layer, &RequestFlowLayer::sync);
    QObject::connect(controller, &SimulationController::advanced, layer, [&] { dotsClock.start(); });
    QObject::connect(controller, &SimulationController::advanced, layer, &RequestFlowLayer::sync);
    QObject::connect(controller, &SimulationController::advanced, layer, [&] { dotsMs = static_cast<double>(dotsClock.nsecsElapsed()) / 1e6; });

    const SimTime frameStep = SimTime::fromMs(33);
    controller->runTo(SimTime::fromS(2));  // warm-up: the lesson's traffic under way
    const SimTime start = controller->now();
    auto measure = [&] {
        // The same simulated moments in every phase: a later stretch of the run is busier.
        controller->seek(start - frameStep * 10);
        controller->runTo(start);
        QCoreApplication::processEvents();
        Phase phase;
        for (int f = 0; f < frames; ++f) {
            app.classMs = app.canvasPaintMs = dotsMs = 0;
            const double cpu = threadCpuMs();
            QElapsedTimer clock;
            clock.start();
            app.arrivals = true;
            QCoreApplication::processEvents();                 // the students' messages, the host's answers
            app.arrivals = false;
            const double events = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            controller->runTo(controller->now() + frameStep);  // the lesson's run goes on
            const double ran = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            window.refreshNow();                               // canvas, charts, tiles, inspector
            const double refreshed = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            // The Class dock refreshes on its own timer (at most ten times a second), as in the window.
            {
                QPainter painter(&image);
                window.render(&painter);
            }
            const double whole = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            phase.wholeCpu.push_back(threadCpuMs() - cpu);
            phase.whole.push_back(whole);
            phase.events.push_back(events);
            phase.engine.push_back(ran - events - dotsMs);
            phase.refresh.push_back(refreshed - ran);
            phase.render.push_back(whole - refreshed);
            phase.dots.push_back(dotsMs);
            phase.canvasPaint.push_back(app.canvasPaintMs);
            phase.classWork.push_back(app.classMs);
            phase.canvas.push_back(dotsMs + app.canvasPaintMs + app.classMs);
        }
        return phase;
    };

    const Phase alone = measure();
    QThread classThread;
    auto *klass = new Class(students, host.socketPort(), QStringLiteral("BENCH1"), question.id, static_cast<int>(question.choices.size()));
    klass->moveToThread(&classThread);
    classThread.start();
    QMetaObject::invokeMethod(klass, [klass] { klass->start(); });
    // Until the class has joined.
    for (int i = 0; i < 400 && host.session().connectedCount() < students; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 25);
    const Phase withClass = measure();
    const int joined = host.session().connectedCount();
    const int answered = host.session().answered(1);
    const int sent = klass->sent;
    QMetaObject::invokeMethod(klass, [klass] { delete klass; }, Qt::BlockingQueuedConnection);  // on its own thread
    classThread.quit();
    classThread.wait();
    for (int i = 0; i < 40; ++i)  // the host sees the students leave
        QCoreApplication::processEvents(QEventLoop::AllEvents, 25);
    const Phase again = measure();

    const double wholeRatio = percentile(withClass.whole, 99) / percentile(alone.whole, 99);
    const double canvasRatio = percentile(withClass.canvas, 99) / percentile(alone.canvas, 99);
    if (parser.isSet(jsonOption)) {
        auto phaseJson = [](const Phase &p) {
            return QJsonObject{{"whole_ms", json(p.whole)},   {"whole_cpu_ms", json(p.wholeCpu)}, {"canvas_frame_ms", json(p.canvas)},
                               {"class_ms", json(p.classWork)}, {"canvas_paint_ms", json(p.canvasPaint)}, {"dots_ms", json(p.dots)},
                               {"engine_ms", json(p.engine)},  {"events_ms", json(p.events)},       {"refresh_ms", json(p.refresh)},
                               {"render_ms", json(p.render)}};
        };
        const QJsonObject out{{"students", joined}, {"answered", answered}, {"messages", sent}, {"frames", frames},
                              {"live_counts", parser.isSet(countsOption)}, {"alone", phaseJson(alone)},
                              {"with_class", phaseJson(withClass)}, {"alone_again", phaseJson(again)},
                              {"whole_p99_ratio", wholeRatio}, {"canvas_p99_ratio", canvasRatio}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%d frames per phase over the same simulated %.1f s; %d students joined, %d answered, %d answers sent%s\n", frames,
                frames * frameStep.ms() / 1000.0, joined, answered, sent, parser.isSet(countsOption) ? "; dock shows the counts" : "");
    std::printf("%-30s %-20s | %-20s | %-13s | %s\n", "ms", "nobody p50 p99 max", "the class p50 p99 max", "nobody again", "class/nobody p50 p99");
    printRow("whole window frame", alone.whole, withClass.whole, again.whole);
    printRow("  of it, CPU of this thread", alone.wholeCpu, withClass.wholeCpu, again.wholeCpu);
    printRow("  what arrived (events)", alone.events, withClass.events, again.events);
    printRow("  engine", alone.engine, withClass.engine, again.engine);
    printRow("  refresh of the views", alone.refresh, withClass.refresh, again.refresh);
    printRow("  render of the window", alone.render, withClass.render, again.render);
    printRow("canvas frame (as bench_canvas)", alone.canvas, withClass.canvas, again.canvas);
    printRow("  dots placed", alone.dots, withClass.dots, again.dots);
    printRow("  canvas painted", alone.canvasPaint, withClass.canvasPaint, again.canvasPaint);
    printRow("  the class's work", alone.classWork, withClass.classWork, again.classWork);
    std::printf("p99 with the class / nobody: whole window %.2f, canvas frame %.2f\n", wholeRatio, canvasRatio);
    return 0;
}
