// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each fuzz target does with one input, shared with tests/core/tst_fuzzregressions.cpp
// so that the regression test replays kept inputs through exactly the fuzzed code.

#include "io/topologyreader.h"
#include "io/tracereader.h"
#include "lessons/checkpoint.h"
#include "lessons/lessonreader.h"
#include "report/report.h"
#include "sim/simulation.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>

namespace scalelab::fuzz {

/// Caps that keep every input fast: a few simulated seconds and a bounded number of events.
struct RunCaps
{
    SimTime simulated = SimTime::fromS(2);
    std::uint64_t maxEvents = 200'000;
    /// Clients' key space and user count for the run. The reader allows 10 million each, and
    /// setting up the skew tables for that many costs seconds under ASan before the first
    /// event (the built-in cdn lesson, example cdn-rarely-used with 5,000,000 keys, timed
    /// out at 17 s): a cost bounded by FileLimits, not a finding, but it hid every input
    /// built on such a file from the fuzzer.
    int maxKeys = 100'000;
    int maxUsers = 100'000;
};

/// Trace paths a fuzzed file may name: plain relative names only, resolved in `traceDir`,
/// so an input cannot make the harness read /dev/zero or the rest of the disk.
inline bool tracePathsAreHarmless(const Topology &topology)
{
    for (const NodeSpec &node : topology.nodes) {
        if (node.trace.isEmpty())
            continue;
        if (node.trace.startsWith(QLatin1Char('/')) || node.trace.contains(QLatin1String(".."))
            || node.trace.contains(QLatin1Char('\\')) || node.trace.contains(QLatin1Char(':')))
            return false;
    }
    return true;
}

/// Builds the engine for a loaded topology and runs it briefly. Returns the events processed.
inline std::uint64_t runLoaded(const Topology &topology, RunCaps caps = {})
{
    if (!tracePathsAreHarmless(topology))
        return 0;
    Topology capped = topology;
    for (NodeSpec &node : capped.nodes) {
        node.keys = std::min(node.keys, caps.maxKeys);
        node.users = std::min(node.users, caps.maxUsers);
    }
    QString error;
    auto sim = Simulation::create(capped, capped.seed, &error);
    if (!sim)
        return 0;
    while (sim->eventsProcessed() < caps.maxEvents && sim->now() < caps.simulated) {
        if (!sim->step())
            break;
    }
    // Touch the read-outs the GUI and the CLI report use.
    (void)sim->metrics().requests();
    (void)sim->divergedKeys();
    for (int i = 0; i < sim->nodeCount(); ++i) {
        (void)sim->nodeState(i);
        (void)sim->balancing().healthSeen(i);
    }
    return sim->eventsProcessed();
}

/// fuzz_topology: load the bytes as a topology file; if it loads, build the engine and run
/// it briefly. Returns the number of events processed (0 when the file was refused).
inline std::uint64_t runTopology(const QByteArray &bytes, const QString &traceDir, RunCaps caps = {})
{
    TopologyReader reader;
    const auto topology = reader.readBytes(bytes, traceDir);
    if (!topology) {
        (void)reader.errorText();
        return 0;
    }
    return runLoaded(*topology, caps);
}

/// fuzz_lesson: load the bytes as a lesson whose files resolve in `examplesDir` (as the
/// built-in examples do); if it loads, run every step briefly and read each checkpoint's
/// figure from the short run's report. Returns the number of steps (0 when refused).
inline std::size_t runLesson(const QByteArray &bytes, const QString &examplesDir)
{
    LessonReader reader;
    reader.setExamplesDirectory(examplesDir);
    const auto lesson = reader.readBytes(bytes, examplesDir);
    if (!lesson) {
        (void)reader.errorText();
        return 0;
    }
    RunCaps caps;
    caps.maxEvents = 50'000; // a lesson has many steps: keep each input fast
    for (const LessonStep &step : lesson->steps) {
        runLoaded(step.topology, caps);
        for (const Checkpoint &checkpoint : step.checkpoints) {
            (void)reportValue(QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("ok"), 1}}}}, checkpoint.metric);
            (void)compareCheckpoint(1.0, checkpoint.op, checkpoint.value);
        }
    }
    return static_cast<std::size_t>(lesson->steps.size());
}

/// fuzz_trace: parse the bytes as a clients trace. Returns the number of rows (0 when refused).
inline std::size_t runTrace(const QByteArray &bytes)
{
    TraceReader reader;
    const auto rows = reader.readText(bytes);
    if (!rows) {
        (void)reader.errorText();
        return 0;
    }
    return rows->size();
}

} // namespace scalelab::fuzz
