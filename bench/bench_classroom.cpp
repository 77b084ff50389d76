// SPDX-License-Identifier: GPL-3.0-or-later
// bench_classroom: the teacher's frame time while a class answers.
//
//   bench_classroom [--students N] [--frames N] [--json]
//
// The teacher's window (offscreen) shows a lesson step with a question and runs it; a class
// session is hosted on 127.0.0.1. Each frame does what the window does every ~33 ms: handle
// what arrived (the students' messages among it, the Class dock's throttled refresh), advance
// the run by 33 ms, refresh the canvas and charts, and render the whole window into a QImage. The same number
// of frames is measured twice in one run: first with nobody connected, then with N students
// (default 60, in a thread of their own, as their devices would be) each changing their
// answer about once a second. Percentiles are nearest-rank, wall-clock.
#include "classroom/classhost.h"
#include "classsession/classpanel.h"
#include "classsession/classroomsession.h"
#include "lessons/lessonsession.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace scalelab;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Students answering (default 60)."), QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames measured per phase (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addHelpOption();
    parser.addOptions({studentsOption, framesOption, jsonOption});
    parser.process(app);
    const int students = parser.value(studentsOption).toInt();
    const int frames = parser.value(framesOption).toInt();

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QString error;
    if (!window.openLesson(LessonSession::builtInLesson(QStringLiteral("millions-and-beyond")), &error)
        || !window.classroom()->start(0, QStringLiteral("BENCH1"), &error)) {
        std::fprintf(stderr, "bench_classroom: %s\n", qPrintable(error));
        return 1;
    }
    const auto &question = *window.classroom()->host().session().question();
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    SimulationController *controller = window.controller();
    const SimTime frameStep = SimTime::fromMs(33);

    auto measure = [&] {
        std::vector<double> ms;
        for (int f = 0; f < frames; ++f) {
            QElapsedTimer timer;
            timer.start();
            QCoreApplication::processEvents();                 // the students' messages, the host's answers
            controller->runTo(controller->now() + frameStep);  // the lesson's run goes on
            window.refreshNow();                               // canvas, charts, tiles, inspector
            // The Class dock refreshes on its own timer (at most ten times a second), as in the window.
            QPainter painter(&image);
            window.render(&painter);
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        return ms;
    };

    const std::vector<double> alone = measure();
    QThread classThread;
    auto *klass = new Class(students, window.classroom()->host().socketPort(), QStringLiteral("BENCH1"), question.id,
                            static_cast<int>(question.choices.size()));
    klass->moveToThread(&classThread);
    classThread.start();
    QMetaObject::invokeMethod(klass, [klass] { klass->start(); });
    // Until the class has joined.
    for (int i = 0; i < 400 && window.classroom()->host().session().connectedCount() < students; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 25);
    const std::vector<double> withClass = measure();
    const int joined = window.classroom()->host().session().connectedCount();
    const int answered = window.classroom()->host().session().answered(1);
    QMetaObject::invokeMethod(klass, [klass] { delete klass; }, Qt::BlockingQueuedConnection);  // on its own thread
    classThread.quit();
    classThread.wait();

    if (parser.isSet(jsonOption)) {
        auto stats = [](const std::vector<double> &v) {
            return QJsonObject{{"p50", percentile(v, 50)}, {"p99", percentile(v, 99)}, {"max", percentile(v, 100)}};
        };
        const QJsonObject out{{"students", joined}, {"answered", answered}, {"frames", frames},
                              {"alone_ms", stats(alone)}, {"with_class_ms", stats(withClass)},
                              {"p99_ratio", percentile(withClass, 99) / percentile(alone, 99)}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%d frames each; %d students joined, %d answered (answers changed about once a second each)\n", frames, joined, answered);
    std::printf("teacher's frame, nobody connected   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", percentile(alone, 50),
                percentile(alone, 99), percentile(alone, 100));
    std::printf("teacher's frame, the class answering p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", percentile(withClass, 50),
                percentile(withClass, 99), percentile(withClass, 100));
    std::printf("p99 ratio (with / without): %.2f\n", percentile(withClass, 99) / percentile(alone, 99));
    return 0;
}
