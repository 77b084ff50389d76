// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: how fast the engine simulates a topology, and how much memory it needs.
//
//   bench_engine [FILE] [--requests N] [--rate RPS] [--seed S] [--repeat R]
//                [--rss-at N1,N2,...] [--validate] [--json]
//
// The run lasts N / rate simulated seconds (clients issue during that window, then every
// request in flight is carried to its end), so about N requests are simulated. The default
// topology is bench/millions.scalelab.json. Wall time covers runToCompletion() only; the
// file is loaded and the engine built before the clock starts.
#include "io/topologyreader.h"
#include "sim/simulation.h"
#include "sim/simulationobserver.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace scalelab;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// A field of /proc/self/status in KiB (VmRSS: now, VmHWM: peak); -1 when unavailable.
long procStatusKiB(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::size_t len = std::strlen(field);
    while (std::getline(in, line)) {
        if (line.compare(0, len, field) == 0 && line.size() > len && line[len] == ':')
            return std::stol(line.substr(len + 1));
    }
    return -1;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

double mib(long kib) { return kib / 1024.0; }

/// Validation only (it costs a virtual call per hop): mean latency of successful requests.
class LatencyTally final : public SimulationObserver
{
public:
    void requestFinished(const RequestRecord &r) override
    {
        if (r.outcome == Outcome::Ok) {
            m_sumUs += static_cast<double>((r.end - r.start).us);
            ++m_ok;
        }
    }
    double meanMs() const { return m_ok ? m_sumUs / static_cast<double>(m_ok) / 1000.0 : 0.0; }

private:
    double m_sumUs = 0.0;
    std::uint64_t m_ok = 0;
};

struct RunResult
{
    double wallS = 0.0;
    double setupS = 0.0;
    std::uint64_t events = 0;
    std::uint64_t requests = 0;
    double simTimeS = 0.0;
    RequestCounters counters;
    double p50 = 0.0, p95 = 0.0, p99 = 0.0;
    double meanMs = -1.0;
};

double clientRate(const Topology &topology)
{
    double rate = 0.0;
    for (const NodeSpec &node : topology.nodes)
        if (node.type == NodeType::Clients && node.trace.isEmpty())
            rate += node.rateRps;
    return rate;
}

RunResult runOnce(const Topology &topology, std::uint64_t seed, double durationS, bool validate)
{
    RunResult result;
    const auto setupStart = Clock::now();
    QString error;
    auto sim = Simulation::create(topology, seed, &error);
    if (!sim) {
        std::fprintf(stderr, "bench_engine: %s\n", qPrintable(error));
        std::exit(1);
    }
    LatencyTally tally;
    if (validate)
        sim->setObserver(&tally);
    result.setupS = secondsSince(setupStart);

    const auto start = Clock::now();
    sim->runToCompletion(SimTime::fromS(durationS));
    result.wallS = secondsSince(start);

    result.events = sim->eventsProcessed();
    result.requests = sim->requestsIssued();
    result.simTimeS = sim->now().s();
    result.counters = sim->metrics().requests();
    result.p50 = sim->metrics().latency().quantile(0.50);
    result.p95 = sim->metrics().latency().quantile(0.95);
    result.p99 = sim->metrics().latency().quantile(0.99);
    if (validate)
        result.meanMs = tally.meanMs();
    return result;
}

/// One long run, stepping the engine by hand, that reads the resident set size each time
/// the number of requests issued crosses a checkpoint. Mirrors runToCompletion()'s
/// once-a-second metrics upkeep so that memory behaves as in a real run.
QJsonArray rssProfile(const Topology &topology, std::uint64_t seed, std::vector<std::uint64_t> checkpoints)
{
    std::sort(checkpoints.begin(), checkpoints.end());
    QJsonArray rows;
    QString error;
    auto sim = Simulation::create(topology, seed, &error);
    if (!sim) {
        std::fprintf(stderr, "bench_engine: %s\n", qPrintable(error));
        std::exit(1);
    }
    std::printf("\nRSS while one run goes on (issuing never stops; read when the count is crossed)\n");
    std::printf("%12s %12s %10s %10s %10s %9s\n", "requests", "events", "in_flight", "RSS_MiB", "HWM_MiB", "wall_s");
    std::size_t next = 0;
    std::int64_t nextSecond = 1'000'000;
    const auto start = Clock::now();
    while (next < checkpoints.size() && sim->step()) {
        if (sim->now().us >= nextSecond) {
            sim->metrics().advanceTo(sim->now());
            nextSecond = (sim->now().us / 1'000'000 + 1) * 1'000'000;
        }
        if (sim->requestsIssued() < checkpoints[next])
            continue;
        const double wall = secondsSince(start);
        const long rss = procStatusKiB("VmRSS");
        const long hwm = procStatusKiB("VmHWM");
        std::printf("%12llu %12llu %10llu %10.1f %10.1f %9.3f\n",
                    static_cast<unsigned long long>(sim->requestsIssued()),
                    static_cast<unsigned long long>(sim->eventsProcessed()),
                    static_cast<unsigned long long>(sim->requestsInFlight()), mib(rss), mib(hwm), wall);
        rows.append(QJsonObject{
            {QStringLiteral("requests"), static_cast<qint64>(sim->requestsIssued())},
            {QStringLiteral("events"), static_cast<qint64>(sim->eventsProcessed())},
            {QStringLiteral("in_flight"), static_cast<qint64>(sim->requestsInFlight())},
            {QStringLiteral("rss_mib"), mib(rss)},
            {QStringLiteral("hwm_mib"), mib(hwm)},
            {QStringLiteral("wall_s"), wall},
        });
        ++next;
    }
    return rows;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures simulated events and requests per wall second."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("topology (default: bench/millions.scalelab.json)"));
    parser.addOption({QStringLiteral("requests"), QStringLiteral("Requests to simulate (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Override every clients node's rate_rps (total split evenly)."), QStringLiteral("RPS")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: the file's)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Timed runs; the median is reported (default 3)."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("rss-at"), QStringLiteral("Also make one run that reads RSS at these request counts, e.g. 250000,500000,1000000."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("validate"), QStringLiteral("Attach an observer and print the mean latency (slower; not a speed figure).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the results as one JSON object at the end.")});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }

    const QString file = parser.positionalArguments().value(0, QStringLiteral(SCALELAB_BENCH_TOPOLOGY));
    bool ok = true;
    const double requested = parser.value(QStringLiteral("requests")).toDouble(&ok);
    if (!ok || requested < 1)
        return usage(QStringLiteral("--requests: expected a count >= 1"));
    const int repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || repeat < 1)
        return usage(QStringLiteral("--repeat: expected a count >= 1"));

    TopologyReader reader;
    auto topology = reader.readFile(file);
    if (!topology) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        const double rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || rate <= 0)
            return usage(QStringLiteral("--rate: expected requests per second > 0"));
        int clients = 0;
        for (const NodeSpec &node : topology->nodes)
            clients += node.type == NodeType::Clients ? 1 : 0;
        for (NodeSpec &node : topology->nodes)
            if (node.type == NodeType::Clients)
                node.rateRps = rate / clients;
    }
    std::uint64_t seed = topology->seed;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed: expected a whole number"));
    }
    const double rate = clientRate(*topology);
    if (rate <= 0)
        return usage(file + QStringLiteral(": no synthetic clients node with rate_rps > 0"));
    const double durationS = requested / rate;
    const bool validate = parser.isSet(QStringLiteral("validate"));

    std::printf("topology   %s\n", qPrintable(file));
    std::printf("workload   %.0f requests/s for %.3f simulated s (about %.0f requests), seed %llu%s\n",
                rate, durationS, requested, static_cast<unsigned long long>(seed),
                validate ? ", validation observer attached" : "");

    std::vector<RunResult> runs;
    for (int i = 0; i < repeat; ++i) {
        runs.push_back(runOnce(*topology, seed, durationS, validate));
        const RunResult &r = runs.back();
        std::printf("run %d      %.3f s wall, %llu requests, %llu events, %.2f M requests/s, %.2f M events/s\n",
                    i + 1, r.wallS, static_cast<unsigned long long>(r.requests),
                    static_cast<unsigned long long>(r.events), r.requests / r.wallS / 1e6, r.events / r.wallS / 1e6);
    }
    std::vector<RunResult> sorted = runs;
    std::sort(sorted.begin(), sorted.end(), [](const RunResult &a, const RunResult &b) { return a.wallS < b.wallS; });
    const RunResult &median = sorted[sorted.size() / 2];
    const RunResult &best = sorted.front();
    const long hwmKiB = procStatusKiB("VmHWM");
    const long maxRssKiB = peakRssKiB();

    const RequestCounters &c = median.counters;
    std::printf("\nmedian of %d runs\n", repeat);
    std::printf("  wall                 %.3f s (best %.3f s; engine setup %.3f s, not timed)\n", median.wallS, best.wallS, median.setupS);
    std::printf("  simulated            %.3f s, %llu requests, %llu events (%.2f events/request)\n", median.simTimeS,
                static_cast<unsigned long long>(median.requests), static_cast<unsigned long long>(median.events),
                static_cast<double>(median.events) / static_cast<double>(median.requests));
    std::printf("  requests / wall s    %.0f\n", median.requests / median.wallS);
    std::printf("  events / wall s      %.0f\n", median.events / median.wallS);
    std::printf("  peak RSS             %.1f MiB (VmHWM), ru_maxrss %.1f MiB\n", mib(hwmKiB), mib(maxRssKiB));
    std::printf("  outcomes             total %llu, ok %llu, error %llu, timeout %llu, dropped %llu\n",
                static_cast<unsigned long long>(c.total), static_cast<unsigned long long>(c.ok),
                static_cast<unsigned long long>(c.error), static_cast<unsigned long long>(c.timeout),
                static_cast<unsigned long long>(c.dropped));
    std::printf("  latency (ok)         p50 %.3f ms, p95 %.3f ms, p99 %.3f ms", median.p50, median.p95, median.p99);
    if (validate)
        std::printf(", mean %.3f ms", median.meanMs);
    std::printf("\n");

    QJsonArray profile;
    if (parser.isSet(QStringLiteral("rss-at"))) {
        std::vector<std::uint64_t> checkpoints;
        for (const QString &part : parser.value(QStringLiteral("rss-at")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qulonglong n = part.trimmed().toULongLong(&ok);
            if (!ok || n == 0)
                return usage(QStringLiteral("--rss-at: expected request counts separated by commas"));
            checkpoints.push_back(n);
        }
        profile = rssProfile(*topology, seed, checkpoints);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject out{
            {QStringLiteral("topology"), file},
            {QStringLiteral("rate_rps"), rate},
            {QStringLiteral("duration_s"), durationS},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("wall_s"), median.wallS},
            {QStringLiteral("best_wall_s"), best.wallS},
            {QStringLiteral("setup_s"), median.setupS},
            {QStringLiteral("sim_time_s"), median.simTimeS},
            {QStringLiteral("requests"), static_cast<qint64>(median.requests)},
            {QStringLiteral("events"), static_cast<qint64>(median.events)},
            {QStringLiteral("requests_per_s"), median.requests / median.wallS},
            {QStringLiteral("events_per_s"), median.events / median.wallS},
            {QStringLiteral("peak_rss_mib"), mib(hwmKiB)},
            {QStringLiteral("ok"), static_cast<qint64>(c.ok)},
            {QStringLiteral("error"), static_cast<qint64>(c.error)},
            {QStringLiteral("timeout"), static_cast<qint64>(c.timeout)},
            {QStringLiteral("dropped"), static_cast<qint64>(c.dropped)},
            {QStringLiteral("p50_ms"), median.p50},
            {QStringLiteral("p95_ms"), median.p95},
            {QStringLiteral("p99_ms"), median.p99},
        };
        if (validate)
            out.insert(QStringLiteral("mean_ms"), median.meanMs);
        if (!profile.isEmpty())
            out.insert(QStringLiteral("rss_profile"), profile);
        std::printf("JSON %s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
