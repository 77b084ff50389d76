// SPDX-License-Identifier: GPL-3.0-or-later
// bench_seek: how long the timeline takes to move the window to another moment of a long run.
//
//   bench_seek [--file F] [--minutes M] [--seeks N] [--snapshots-mb MB] [--no-snapshots]
//
// The whole main window (offscreen) opens the millions example and plays M simulated minutes
// the way the window does at high speed (the controller advancing in frames, every view
// observing). Then the timeline is moved N times to moments drawn uniformly over the run
// (a fixed seed), and a drag back is made as a mouse makes it: 570 -> 543 s, a new position
// every 16 ms, coalesced by the timeline bar while seeks run.
// Each seek is timed from the call to the end of the event loop's work (charts, cards, event
// log painted). --no-snapshots keeps only the run's start, as a replay from time zero would.
// Prints one JSON object: seek_ms{p50,p95,max} (seek_engine_ms: the controller's part),
// the drag's seeks and the wall time between two positions reaching the handle,
// snapshot_mb, snapshots, play_s.
#include "benchstats.h"
#include "run/simulationcontroller.h"
#include "run/timelinebar.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace scalelab;

namespace {

QJsonObject summary(const std::vector<double> &ms)
{
    return QJsonObject{{QStringLiteral("p50"), bench::percentile(ms, 50)},
                       {QStringLiteral("p95"), bench::percentile(ms, 95)},
                       {QStringLiteral("max"), bench::percentile(ms, 100)},
                       {QStringLiteral("count"), static_cast<qint64>(ms.size())}};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("file"), QStringLiteral("Topology to play."), QStringLiteral("F"),
                      QStringLiteral(SCALELAB_BENCH_TOPOLOGY)});
    parser.addOption({QStringLiteral("minutes"), QStringLiteral("Simulated minutes to play first."), QStringLiteral("M"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seeks"), QStringLiteral("Seeks to time."), QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("no-snapshots"), QStringLiteral("Keep only the run's start (a replay from zero).")});
    parser.addOption({QStringLiteral("snapshots-mb"), QStringLiteral("Memory the snapshots may hold (default: the window's)."), QStringLiteral("MB")});
    parser.process(app);

    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QString error;
    if (!window.loadFile(parser.value(QStringLiteral("file")), &error)) {
        std::fprintf(stderr, "bench_seek: %s\n", qPrintable(error));
        return 1;
    }
    SimulationController *controller = window.controller();
    if (parser.isSet(QStringLiteral("snapshots-mb"))) {
        SnapshotTimeline::Budget budget;
        budget.maxBytes = static_cast<std::size_t>(parser.value(QStringLiteral("snapshots-mb")).toDouble() * 1024 * 1024);
        controller->setSnapshotBudget(budget);
    }
    if (parser.isSet(QStringLiteral("no-snapshots")))
        controller->setSnapshotBudget(SnapshotTimeline::Budget{0, 1, SimTime::fromS(1e9)});

    // Play as the window does at top speed: frames of engine time, each followed by the
    // views' work, so every observer has seen the whole run.
    const SimTime end = SimTime::fromS(parser.value(QStringLiteral("minutes")).toDouble() * 60.0);
    QElapsedTimer play;
    play.start();
    while (controller->now() < end) {
        controller->runTo(std::min(end, controller->now() + SimTime::fromS(1)));
        QCoreApplication::processEvents();
    }
    const double playS = play.elapsed() / 1000.0;

    auto settle = [] {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };
    settle();

    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> moment(0.0, end.s());
    std::vector<double> seeks;
    std::vector<double> engine;   // the controller's part: restore and run on
    const int count = parser.value(QStringLiteral("seeks")).toInt();
    for (int i = 0; i < count; ++i) {
        const SimTime target = SimTime::fromS(std::round(moment(random) * 10.0) / 10.0);
        QElapsedTimer t;
        t.start();
        controller->seek(target);
        engine.push_back(t.nsecsElapsed() / 1e6);
        settle();
        seeks.push_back(t.nsecsElapsed() / 1e6);
    }

    // A drag back as a mouse makes it: a new slider position every 16 ms of wall time
    // (570 -> 543 s, a tenth of a second per step), delivered by the event loop while seeks
    // run. The bar coalesces what arrives during a seek; the handle lags at most one seek.
    controller->seek(std::min(end, SimTime::fromS(570)));
    settle();
    QSlider *slider = window.timeline()->slider();
    const int from = slider->value();
    const int to = std::max(0, from - 27 * TimelineBar::kTicksPerSecond);
    int position = from;
    int jumps = 0;
    QObject::connect(controller, &SimulationController::timeJumped, [&jumps] { ++jumps; });
    std::vector<double> handleGaps;   // wall time between two positions reaching the handle
    QElapsedTimer whole;
    QElapsedTimer sinceLast;
    QTimer mouse;
    mouse.setInterval(16);
    QObject::connect(&mouse, &QTimer::timeout, [&] {
        // Where the mouse is by now: the moves queued while a seek ran all arrive at once,
        // and the slider ends at the last of them.
        const int due = std::max(to, from - static_cast<int>(whole.elapsed() / 16));
        if (due >= position)
            return;
        if (sinceLast.isValid())
            handleGaps.push_back(sinceLast.nsecsElapsed() / 1e6);
        sinceLast.start();
        for (position = position - 1; position > due; --position)
            slider->setValue(position);
        slider->setValue(position);
        if (position <= to)
            mouse.stop();
    });
    slider->setSliderDown(true);
    whole.start();
    mouse.start();
    while (mouse.isActive() || controller->now() != SimTime::fromS(static_cast<double>(to) / TimelineBar::kTicksPerSecond))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double dragTotalMs = whole.nsecsElapsed() / 1e6;
    slider->setSliderDown(false);
    settle();

    const SnapshotTimeline &snapshots = controller->snapshots();
    QJsonObject out{{QStringLiteral("file"), parser.value(QStringLiteral("file"))},
                    {QStringLiteral("run_s"), end.s()},
                    {QStringLiteral("play_s"), playS},
                    {QStringLiteral("seek_ms"), summary(seeks)},
                    {QStringLiteral("seek_engine_ms"), summary(engine)},
                    {QStringLiteral("drag_positions"), from - to},
                    {QStringLiteral("drag_seeks"), jumps},
                    {QStringLiteral("drag_handle_gap_ms"), summary(handleGaps)},
                    {QStringLiteral("drag_total_ms"), dragTotalMs},
                    {QStringLiteral("drag_landed_s"), controller->now().s()},
                    {QStringLiteral("snapshot_mb"), static_cast<double>(snapshots.bytes()) / (1024.0 * 1024.0)},
                    {QStringLiteral("snapshots"), static_cast<qint64>(snapshots.count())}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
