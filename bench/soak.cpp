// SPDX-License-Identifier: GPL-3.0-or-later
// Soak (issue 10): one simulated hour at high load with faults and every feature on. Prints
// RSS and events/s per 10-minute slice: memory must stay flat (it grows with requests in
// flight, not with requests served) and the engine must not slow down.
//   soak [--rps N] [--minutes M]
#include "io/topologyreader.h"
#include "sim/simulation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

using namespace scalelab;

namespace {

double rssMb()
{
    std::FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0.0;
    long pages = 0, resident = 0;
    const int read = std::fscanf(f, "%ld %ld", &pages, &resident);
    std::fclose(f);
    return read == 2 ? resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0.0;
}

QByteArray soakTopology(int rps, int minutes)
{
    QJsonArray nodes, links, events;
    auto link = [&links](const QString &from, const QString &to, double ms) {
        links.append(QJsonObject{{"from", from}, {"to", to}, {"latency_ms", ms}});
    };
    nodes.append(QJsonObject{{"id", "users"}, {"type", "clients"}, {"rate_rps", rps}, {"users", 200000},
                             {"keys", 100000}, {"zipf_s", 0.99}, {"user_zipf_s", 0.5}, {"timeout_ms", 3000},
                             {"mix", QJsonObject{{"read", 0.8}, {"write", 0.1}, {"static", 0.1}}},
                             {"websockets", QJsonObject{{"rate_cps", 20}, {"mean_duration_s", 60}, {"reconnect_ms", 500}}}});
    nodes.append(QJsonObject{{"id", "lb"}, {"type", "load_balancer"}, {"algorithm", "least_connections"},
                             {"health_check", QJsonObject{{"interval_ms", 1000}, {"rise", 2}, {"fall", 2}}},
                             {"outlier_detection", QJsonObject{{"consecutive_errors", 5}, {"base_ejection_s", 10}, {"max_ejection_s", 60}}}});
    nodes.append(QJsonObject{{"id", "lb-standby"}, {"type", "load_balancer"}, {"algorithm", "round_robin"}});
    nodes.append(QJsonObject{{"id", "sessions"}, {"type", "session_store"}, {"concurrency", 500}});
    nodes.append(QJsonObject{{"id", "cache"}, {"type", "cache"}, {"capacity", 20000}, {"ttl_s", 120}, {"eviction", "lru"}});
    nodes.append(QJsonObject{{"id", "edge"}, {"type", "cdn_edge"}, {"capacity", 50000}, {"ttl_s", 600}});
    nodes.append(QJsonObject{{"id", "assets"}, {"type", "object_storage"}});
    for (int d = 1; d <= 3; ++d)
        nodes.append(QJsonObject{{"id", QStringLiteral("db%1").arg(d)}, {"type", "database"},
                                 {"role", d == 1 ? "primary" : "replica"}, {"concurrency", 400}, {"service_ms", 2}, {"queue", 5000}});
    link("users", "lb", 10);
    link("users", "lb-standby", 10);
    link("users", "edge", 5);
    link("edge", "assets", 40);
    const int webs = 12;
    for (int w = 1; w <= webs; ++w) {
        const QString web = QStringLiteral("web%1").arg(w, 2, 10, QLatin1Char('0'));
        nodes.append(QJsonObject{{"id", web}, {"type", "web_server"}, {"concurrency", 100}, {"service_ms", 10},
                                 {"queue", 300}, {"sessions", w % 3 == 0 ? "local" : "stateless"}});
        link("lb", web, 1);
        link("lb-standby", web, 1);
        link(web, "sessions", 1);
        link(web, "cache", 1);
        link(web, "assets", 5);
        for (int d = 1; d <= 3; ++d)
            link(web, QStringLiteral("db%1").arg(d), 1);
    }
    link("db1", "db2", 5);
    link("db1", "db3", 5);

    // Faults every few minutes: a web server dies and comes back, a link is cut and healed,
    // the cache and the primary database die once in a while.
    for (int minute = 2; minute < minutes; minute += 3) {
        const QString web = QStringLiteral("web%1").arg(1 + (minute / 3) % webs, 2, 10, QLatin1Char('0'));
        events.append(QJsonObject{{"at_s", minute * 60.0}, {"action", "kill"}, {"node", web}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 45}, {"action", "revive"}, {"node", web}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 90}, {"action", "partition"}, {"from", "lb"}, {"to", web}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 110}, {"action", "heal"}, {"from", "lb"}, {"to", web}});
    }
    for (int minute = 10; minute < minutes; minute += 20) {
        events.append(QJsonObject{{"at_s", minute * 60.0}, {"action", "kill"}, {"node", "cache"}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 30}, {"action", "revive"}, {"node", "cache"}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 300}, {"action", "kill"}, {"node", "db1"}});
        events.append(QJsonObject{{"at_s", minute * 60.0 + 420}, {"action", "revive"}, {"node", "db1"}});
    }
    QJsonObject file{{"format", "scalelab-topology"}, {"version", 1}, {"name", "soak"}, {"seed", 7},
                     {"nodes", nodes}, {"links", links}, {"events", events},
                     {"replication", QJsonObject{{"mode", "semi_sync"}, {"ship_delay_ms", 20}, {"failover_ms", 5000},
                                                 {"recover_from_binlog", true}}}};
    return QJsonDocument(file).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rps = 10000;
    int minutes = 60;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--rps") == 0)
            rps = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--minutes") == 0)
            minutes = std::atoi(argv[++i]);
    }
    TopologyReader reader;
    const auto topology = reader.readBytes(soakTopology(rps, minutes));
    if (!topology) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorText()));
        return 1;
    }
    QString error;
    auto sim = Simulation::create(*topology, topology->seed, &error);
    if (!sim) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("soak: %d rps, %d simulated minutes, %d nodes, %lld links, %lld scheduled faults\n", rps, minutes,
                sim->nodeCount(), static_cast<long long>(topology->links.size()), static_cast<long long>(topology->events.size()));
    std::printf("%8s %12s %10s %12s %10s %10s %10s\n", "minute", "events", "wall_s", "events/s", "requests", "in_flight", "rss_mb");
    std::printf("%8d %12d %10.2f %12s %10d %10d %10.1f\n", 0, 0, 0.0, "-", 0, 0, rssMb());
    std::fflush(stdout);
    QElapsedTimer total;
    total.start();
    const int slice = 10;
    for (int minute = slice; minute <= minutes; minute += slice) {
        const std::uint64_t eventsBefore = sim->eventsProcessed();
        QElapsedTimer timer;
        timer.start();
        sim->runUntil(SimTime::fromS(minute * 60.0));
        const double wall = timer.nsecsElapsed() / 1e9;
        const std::uint64_t events = sim->eventsProcessed() - eventsBefore;
        std::printf("%8d %12llu %10.2f %12.0f %10llu %10llu %10.1f\n", minute, static_cast<unsigned long long>(events), wall,
                    wall > 0 ? events / wall : 0.0, static_cast<unsigned long long>(sim->metrics().requests().total),
                    static_cast<unsigned long long>(sim->requestsInFlight()), rssMb());
        std::fflush(stdout);
    }
    const RequestCounters &c = sim->metrics().requests();
    std::printf("total: %.1f s wall, %llu events; requests %llu (ok %llu, error %llu, timeout %llu, dropped %llu); "
                "lost writes %llu, promotions %llu, sessions lost %llu\n",
                total.nsecsElapsed() / 1e9, static_cast<unsigned long long>(sim->eventsProcessed()),
                static_cast<unsigned long long>(c.total), static_cast<unsigned long long>(c.ok),
                static_cast<unsigned long long>(c.error), static_cast<unsigned long long>(c.timeout),
                static_cast<unsigned long long>(c.dropped), static_cast<unsigned long long>(sim->replication().lostWrites),
                static_cast<unsigned long long>(sim->replication().promotions),
                static_cast<unsigned long long>(sim->sessions().lost()));
    return 0;
}
