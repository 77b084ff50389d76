// SPDX-License-Identifier: GPL-3.0-or-later
// bench_canvas: how long one frame of the canvas takes with thousands of requests in flight.
//
//   bench_canvas [--rate RPS] [--frames N] [--size WxH] [--speed X] [--layout grid|layered]
//                [--direct] [--json] [--save OUT.png]
//
// A generated scene of 100 nodes (users, a balancer, 79 web servers, 8 caches, a primary
// database with 9 read replicas, object storage; 405 links) runs at --rate requests/s,
// about 2,000 of them in flight. After two simulated seconds of warm-up, each frame does
// what the window does every ~33 ms: advance the engine by 33 ms x speed (the controller's
// runTo, which also prunes the request buffer and places the dots), copy node states to the
// cards, and render the whole view into a QImage with the raster (software) engine.
// The canvas frame is placing the dots plus rendering; the engine's share is reported apart
// (the controller budgets it on its own). Times are wall-clock unless marked CPU;
// percentiles are nearest-rank. --direct paints cards and the background grid directly,
// as before they kept pictures of themselves (DevicePicture, DotGrid), for comparison.
#include "benchstats.h"
#include "canvas/devicepicture.h"
#include "canvas/flow/requestflowitem.h"
#include "canvas/flow/requestflowlayer.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "io/topologyreader.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace scalelab;
using bench::percentile;
using bench::threadCpuMs;

namespace {

constexpr int kWebServers = 79;
constexpr int kCaches = 8;
constexpr int kReplicas = 9;

/// `grid`: the layout a teacher might drag out; otherwise none, so the canvas lays the nodes
/// out in layers (79 web servers in one column: zoomed far out, small text, thin lines).
QByteArray hundredNodeTopology(double rate, bool grid)
{
    QStringList nodes;
    QStringList links;
    // A grid a teacher might drag out, rather than the automatic layers: 79 web servers in
    // one column would zoom the view out to unreadable.
    QStringList layout;
    auto place = [&layout](const QString &id, int x, int y) { layout << QStringLiteral(R"("%1": [%2, %3])").arg(id).arg(x).arg(y); };
    constexpr int kColumns = 8;
    constexpr int kColumnStep = 190;
    constexpr int kRowStep = 80;
    const int rows = (kWebServers + kColumns - 1) / kColumns;
    const int middle = rows * kRowStep / 2;
    const int backends = 400 + kColumns * kColumnStep + 120;
    place(QStringLiteral("users"), 0, middle);
    place(QStringLiteral("lb"), 220, middle);
    place(QStringLiteral("db00"), backends + 440, middle);
    place(QStringLiteral("assets"), backends + 220, rows * kRowStep + 40);
    auto node = [&nodes](const QString &json) { nodes << json; };
    auto link = [&links](const QString &from, const QString &to, double ms) {
        links << QStringLiteral(R"({"from": "%1", "to": "%2", "latency_ms": %3})").arg(from, to).arg(ms);
    };
    node(QStringLiteral(R"({"id": "users", "type": "clients", "rate_rps": %1, "users": 50000,
        "mix": {"read": 0.8, "write": 0.1, "static": 0.1}, "keys": 100000, "zipf_s": 0.99})").arg(rate));
    node(QStringLiteral(R"({"id": "lb", "type": "load_balancer", "algorithm": "least_connections"})"));
    node(QStringLiteral(R"({"id": "assets", "type": "object_storage"})"));
    node(QStringLiteral(R"({"id": "db00", "type": "database", "role": "primary", "concurrency": 500, "service_ms": 2})"));
    link(QStringLiteral("users"), QStringLiteral("lb"), 50);
    for (int c = 0; c < kCaches; ++c)
        place(QStringLiteral("cache%1").arg(c), backends, c * rows * kRowStep / kCaches);
    for (int c = 0; c < kCaches; ++c)
        node(QStringLiteral(R"({"id": "cache%1", "type": "cache", "capacity": 20000, "ttl_s": 60})").arg(c));
    for (int r = 1; r <= kReplicas; ++r) {
        const QString id = QStringLiteral("db%1").arg(r, 2, 10, QLatin1Char('0'));
        node(QStringLiteral(R"({"id": "%1", "type": "database", "role": "replica", "concurrency": 500, "service_ms": 2})").arg(id));
        place(id, backends + 660, (r - 1) * rows * kRowStep / kReplicas);
        link(QStringLiteral("db00"), id, 3);
    }
    for (int w = 0; w < kWebServers; ++w) {
        const QString id = QStringLiteral("web%1").arg(w, 2, 10, QLatin1Char('0'));
        node(QStringLiteral(R"({"id": "%1", "type": "web_server", "concurrency": 400, "service_ms": 12})").arg(id));
        place(id, 440 + (w % kColumns) * kColumnStep, (w / kColumns) * kRowStep);
        link(QStringLiteral("lb"), id, 10);
        link(id, QStringLiteral("cache%1").arg(w % kCaches), 3);
        link(id, QStringLiteral("db00"), 8);
        link(id, QStringLiteral("db%1").arg(1 + w % kReplicas, 2, 10, QLatin1Char('0')), 8);
        link(id, QStringLiteral("assets"), 15);
    }
    return QStringLiteral(R"({"format": "scalelab-topology", "version": 1, "seed": 11,
        "name": "Canvas benchmark: 100 nodes", "nodes": [%1], "links": [%2],
        "replication": {"mode": "async", "ship_delay_ms": 50}, "layout": {%3}})")
        .arg(nodes.join(QStringLiteral(",\n")), links.join(QStringLiteral(",\n")), grid ? layout.join(QStringLiteral(", ")) : QString())
        .toUtf8();
}

// CPU time of this thread: on a shared machine it shows the frame's own cost, where the
// wall time also counts waiting for a core.
double mean(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Frame time of the ScaleLab canvas with thousands of requests in flight."));
    parser.addHelpOption();
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Requests per second offered (default 50000)."),
                                        QStringLiteral("RPS"), QStringLiteral("50000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames measured (default 600)."),
                                          QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Image size (default 1600x1000)."),
                                        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Simulated seconds per wall second (default 1)."),
                                         QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption layoutOption(QStringLiteral("layout"), QStringLiteral("grid (default) or layered."),
                                          QStringLiteral("KIND"), QStringLiteral("grid"));
    const QCommandLineOption saveOption(QStringLiteral("save"), QStringLiteral("Also write the last frame as a PNG."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption directOption(QStringLiteral("direct"),
                                          QStringLiteral("Paint cards and the grid directly, without their cached pictures."));
    parser.addOptions({rateOption, framesOption, sizeOption, speedOption, jsonOption, layoutOption, saveOption, directOption});
    parser.process(app);
    DevicePicture::setEnabled(!parser.isSet(directOption));

    const double rate = parser.value(rateOption).toDouble();
    const int frames = parser.value(framesOption).toInt();
    const double speed = parser.value(speedOption).toDouble();
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
    const QString layoutKind = parser.value(layoutOption);
    if (rate <= 0 || frames <= 0 || speed <= 0 || !size.hasMatch()
        || (layoutKind != QLatin1String("grid") && layoutKind != QLatin1String("layered"))) {
        std::fprintf(stderr, "bench_canvas: bad arguments\n");
        return 2;
    }

    TopologyReader reader;
    const auto topology = reader.readBytes(hundredNodeTopology(rate, layoutKind == QLatin1String("grid")), QString());
    if (!topology) {
        std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(reader.errorText()));
        return 1;
    }

    SimulationController controller;
    TopologyScene scene;
    TopologyView view(&scene);
    view.resize(size.captured(1).toInt(), size.captured(2).toInt());
    QObject::connect(&controller, &SimulationController::simulationReplaced, &scene, [&] {
        scene.setTopology(controller.topology());
        view.fitScene();
    });
    // The layer places the dots on advanced(): time it from a receiver connected before it
    // to one connected after it.
    QElapsedTimer syncClock;
    double syncMs = 0.0;
    QObject::connect(&controller, &SimulationController::advanced, &scene, [&] { syncClock.start(); });
    RequestFlowLayer layer(&controller, &scene, &view);
    QObject::connect(&controller, &SimulationController::advanced, &scene, [&] { syncMs = syncClock.nsecsElapsed() / 1e6; });
    QString error;
    if (!controller.setTopology(*topology, &error)) {
        std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(error));
        return 1;
    }
    view.show();
    QCoreApplication::processEvents();

    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    auto render = [&] {
        QPainter painter(&image);
        view.render(&painter);
    };
    controller.runTo(SimTime::fromS(2));   // warm-up: queues and caches at their steady state
    render();

    const SimTime frameStep = SimTime::fromMs(1000.0 / 30.0 * speed);
    std::vector<double> frameMs, cpuMs, engineMs, syncMsAll, canvasMs, renderMs, renderCpuMs, inFlight, dots;
    QElapsedTimer clock;
    for (int f = 0; f < frames; ++f) {
        const double cpuBefore = threadCpuMs();
        clock.start();
        controller.runTo(controller.now() + frameStep);   // engine + RequestFlowLayer::sync
        scene.syncFrom(*controller.simulation());
        controller.takeEngineEvents();   // the window drains them for its status bar each frame
        const qint64 afterEngine = clock.nsecsElapsed();
        const double cpuBeforeRender = threadCpuMs();
        render();
        const qint64 afterRender = clock.nsecsElapsed();
        renderCpuMs.push_back(threadCpuMs() - cpuBeforeRender);
        engineMs.push_back(afterEngine / 1e6 - syncMs);
        syncMsAll.push_back(syncMs);
        renderMs.push_back((afterRender - afterEngine) / 1e6);
        canvasMs.push_back(syncMs + (afterRender - afterEngine) / 1e6);
        frameMs.push_back(afterRender / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuBefore);
        inFlight.push_back(static_cast<double>(controller.simulation()->requestsInFlight()));
        dots.push_back(static_cast<double>(layer.item()->dots().size()));
    }

    if (parser.isSet(saveOption) && !image.save(parser.value(saveOption), "PNG"))
        std::fprintf(stderr, "bench_canvas: cannot write %s\n", qPrintable(parser.value(saveOption)));
    const int links = scene.linkItemCount();
    auto stats = [](const std::vector<double> &v) {
        return QJsonObject{{"p50", percentile(v, 50)}, {"p99", percentile(v, 99)}, {"max", percentile(v, 100)}};
    };
    if (parser.isSet(jsonOption)) {
        const QJsonObject out{{"nodes", scene.nodeItemCount()},
                              {"links", links},
                              {"rate_rps", rate},
                              {"frames", frames},
                              {"size", parser.value(sizeOption)},
                              {"layout", layoutKind},
                              {"pictures", DevicePicture::isEnabled()},
                              {"in_flight_mean", mean(inFlight)},
                              {"in_flight_min", *std::min_element(inFlight.begin(), inFlight.end())},
                              {"dots_mean", mean(dots)},
                              {"canvas_frame_ms", stats(canvasMs)},
                              {"sync_ms", stats(syncMsAll)},
                              {"render_ms", stats(renderMs)},
                              {"render_cpu_ms", stats(renderCpuMs)},
                              {"engine_ms", stats(engineMs)},
                              {"whole_frame_ms", stats(frameMs)},
                              {"whole_frame_cpu_ms", stats(cpuMs)}};
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    auto line = [](const char *what, const std::vector<double> &v) {
        std::printf("%-34s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", what, percentile(v, 50), percentile(v, 99),
                    percentile(v, 100));
    };
    std::printf("scene: %d nodes, %d links (%s layout, zoom %.2f), %.0f requests/s offered, %s raster image, %d frames of %.1f ms simulated%s\n",
                scene.nodeItemCount(), links, qPrintable(layoutKind), view.transform().m11(), rate,
                qPrintable(parser.value(sizeOption)), frames, frameStep.ms(),
                DevicePicture::isEnabled() ? "" : ", painted directly (--direct)");
    std::printf("in flight: mean %.0f, min %.0f; dots drawn: mean %.0f\n", mean(inFlight),
                *std::min_element(inFlight.begin(), inFlight.end()), mean(dots));
    line("canvas frame (sync + render)", canvasMs);
    line("  dots placed (RequestFlowLayer)", syncMsAll);
    line("  render (QGraphicsView, raster)", renderMs);
    line("  render (CPU of this thread)", renderCpuMs);
    line("engine (runTo + node cards)", engineMs);
    line("whole frame (wall)", frameMs);
    line("whole frame (CPU of this thread)", cpuMs);
    return 0;
}
