// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the engine test suites: build a simulation from JSON text and record what it does.
#include "io/topologyreader.h"
#include "sim/simulation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

namespace scalelab::testing {

/// Collects finished requests (by id) and engine events.
class SimulationRecorder : public SimulationObserver
{
public:
    std::map<std::uint64_t, RequestRecord> requests;
    std::vector<EngineEvent> events;

    void requestFinished(const RequestRecord &r) override { requests[r.id] = r; }
    void engineEvent(const EngineEvent &e) override { events.push_back(e); }

    std::vector<const EngineEvent *> eventsOfKind(EngineEventKind kind) const
    {
        std::vector<const EngineEvent *> out;
        for (const EngineEvent &e : events)
            if (e.kind == kind)
                out.push_back(&e);
        return out;
    }
};

/// What the requests that ended in [from, to) simulated seconds did.
struct Window
{
    std::uint64_t total = 0, ok = 0, dropped = 0, failed = 0;  ///< failed: every outcome but ok
};
inline Window window(const SimulationRecorder &rec, double from, double to)
{
    Window w;
    for (const auto &[id, r] : rec.requests) {
        if (r.end.s() < from || r.end.s() >= to)
            continue;
        ++w.total;
        w.ok += r.outcome == Outcome::Ok;
        w.dropped += r.outcome == Outcome::Dropped;
        w.failed += r.outcome != Outcome::Ok;
    }
    return w;
}

/// Loads `json` (a whole topology file) and builds its simulation; fails the test on error.
inline std::unique_ptr<Simulation> simulationFrom(const QByteArray &json, const QString &baseDirectory = QString())
{
    TopologyReader reader;
    const auto topology = reader.readBytes(json, baseDirectory);
    if (!topology) {
        qWarning("%s", qPrintable(reader.errorText()));
        return nullptr;
    }
    QString error;
    auto sim = Simulation::create(*topology, &error);
    if (!sim)
        qWarning("%s", qPrintable(error));
    return sim;
}

/// One of resources/examples by name ("cache-spof"); a broken example stops the test run.
inline Topology loadExample(const char *name)
{
    TopologyReader reader;
    const auto topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name)));
    if (!topology)
        qFatal("%s", qPrintable(reader.errorText()));
    return *topology;
}

/// One of resources/examples run headless on `seed` for `durationS` seconds (clients send
/// for that long; the run goes on until what they sent has ended), recorded by `rec` if given.
inline std::unique_ptr<Simulation> runExample(const char *name, std::uint64_t seed, double durationS, SimulationRecorder *rec = nullptr)
{
    Topology topology = loadExample(name);
    topology.seed = seed;
    auto sim = Simulation::create(topology);
    if (!sim)
        qFatal("%s does not build", name);
    sim->setObserver(rec);
    sim->runToCompletion(SimTime::fromS(durationS));
    return sim;
}

/// Writes `rows` (without the header) as trace.csv in a directory shared by the test, then
/// builds the topology, whose clients name "trace": "trace.csv".
inline std::unique_ptr<Simulation> simulationWithTrace(const QByteArray &json, const QByteArray &rows)
{
    static QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("trace.csv")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    file.write("t_ms,ip,op,key\n" + rows);
    file.close();
    return simulationFrom(json, dir.path());
}

} // namespace scalelab::testing

namespace QTest {
template<> inline char *toString(const scalelab::SimTime &t)
{
    return qstrdup(QByteArray::number(static_cast<qlonglong>(t.us)).append(" us").constData());
}
} // namespace QTest
