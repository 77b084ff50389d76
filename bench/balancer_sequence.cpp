// SPDX-License-Identifier: GPL-3.0-or-later
// Which server ScaleLab's balancers pick, request by request, so that bench/peer/real/ can
// diff them against real nginx and HAProxy (docs/PEERS.md).
//
//   balancer_sequence ALGORITHM --weights 5,1,1 [--requests 70] [--ips FILE] [--down 1,2]
//       prints the 0-based pool index chosen for each request (-1: none eligible). With
//       --ips, one request per address of FILE (dotted IPv4, one a line), in order.
//   balancer_sequence health --interval-ms 2000 --rise 2 --fall 3 --first-check-ms T
//                            --kill-ms K [--revive-ms R]
//       feeds HealthTracker checks at T, T + interval, ... (failing while killed) and prints
//       health_down_ms=... and health_up_ms=..., the check times that change the verdict.
#include "balancing/balancer.h"
#include "balancing/outlierdetector.h"
#include "base/healthtracker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <vector>

namespace {

using scalelab::BackendView;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "balancer_sequence: %s\n", qPrintable(message));
    std::exit(2);
}

std::vector<int> intList(const QString &text, const char *what)
{
    std::vector<int> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok)
            fail(QStringLiteral("%1: not an integer: %2").arg(QLatin1String(what), part));
        values.push_back(v);
    }
    return values;
}

std::vector<std::uint32_t> readIps(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1").arg(path));
    std::vector<std::uint32_t> ips;
    QTextStream in(&file);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList octets = line.split(QLatin1Char('.'));
        std::uint32_t ip = 0;
        bool ok = octets.size() == 4;
        for (const QString &octet : octets) {
            bool isNumber = false;
            const uint v = octet.toUInt(&isNumber);
            ok = ok && isNumber && v <= 255;
            ip = ip << 8 | v;
        }
        if (!ok)
            fail(QStringLiteral("%1:%2: not an IPv4 address: %3").arg(path).arg(lineNo).arg(line));
        ips.push_back(ip);
    }
    return ips;
}

long long intOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const long long v = parser.value(name).toLongLong(&ok);
    if (!ok)
        fail(QStringLiteral("--%1: expected an integer").arg(name));
    return v;
}

int runHealth(const QCommandLineParser &parser)
{
    const long long interval = intOption(parser, QStringLiteral("interval-ms"));
    const long long first = intOption(parser, QStringLiteral("first-check-ms"));
    const long long kill = intOption(parser, QStringLiteral("kill-ms"));
    const bool revives = parser.isSet(QStringLiteral("revive-ms"));
    const long long revive = revives ? intOption(parser, QStringLiteral("revive-ms")) : -1;
    if (interval <= 0)
        fail(QStringLiteral("--interval-ms must be positive"));
    scalelab::HealthTracker tracker(static_cast<int>(intOption(parser, QStringLiteral("rise"))),
                                    static_cast<int>(intOption(parser, QStringLiteral("fall"))));
    const long long horizon = (revives ? revive : kill) + 1000 * interval;
    bool wentDown = false;
    for (long long t = first; t <= horizon; t += interval) {
        const bool alive = t < kill || (revives && t >= revive);
        switch (tracker.record(alive)) {
        case scalelab::HealthTracker::Change::WentDown:
            std::printf("health_down_ms=%lld\n", t);
            wentDown = true;
            if (!revives)
                return 0;
            break;
        case scalelab::HealthTracker::Change::WentUp:
            if (wentDown) {
                std::printf("health_up_ms=%lld\n", t);
                return 0;
            }
            break;
        case scalelab::HealthTracker::Change::None:
            break;
        }
    }
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The server ScaleLab's balancer picks for each request."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("algorithm"),
                                 QStringLiteral("round_robin, weighted, least_connections, ip_hash, consistent_hash, power_of_two, or health"));
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("Pool weights in pool order, e.g. 5,1,1."), QStringLiteral("list"), QStringLiteral("1,1,1")},
        {QStringLiteral("requests"), QStringLiteral("Requests without --ips (client 0.0.0.0)."), QStringLiteral("n"), QStringLiteral("70")},
        {QStringLiteral("ips"), QStringLiteral("File of client IPv4 addresses, one request each."), QStringLiteral("file")},
        {QStringLiteral("down"), QStringLiteral("0-based pool indices that are not eligible."), QStringLiteral("list")},
        {QStringLiteral("seed"), QStringLiteral("Seed for randomised balancers."), QStringLiteral("n"), QStringLiteral("42")},
        {QStringLiteral("interval-ms"), QStringLiteral("health: check interval."), QStringLiteral("ms"), QStringLiteral("2000")},
        {QStringLiteral("rise"), QStringLiteral("health: good checks in a row to come up."), QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("fall"), QStringLiteral("health: failed checks in a row to go down."), QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("first-check-ms"), QStringLiteral("health: time of one check (fixes the phase)."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("kill-ms"), QStringLiteral("health: when the server dies."), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("revive-ms"), QStringLiteral("health: when it comes back."), QStringLiteral("ms")},
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        fail(QStringLiteral("expected one algorithm (see --help)"));
    const QString algorithm = parser.positionalArguments().constFirst();
    if (algorithm == QLatin1String("health"))
        return runHealth(parser);

    const std::unique_ptr<scalelab::Balancer> balancer =
        scalelab::Balancer::create(algorithm, static_cast<std::uint64_t>(intOption(parser, QStringLiteral("seed"))));
    if (!balancer)
        fail(QStringLiteral("unknown algorithm %1").arg(algorithm));

    std::vector<BackendView> pool;
    for (const int w : intList(parser.value(QStringLiteral("weights")), "--weights")) {
        if (w <= 0)
            fail(QStringLiteral("--weights: weights must be positive"));
        BackendView view;
        view.node = static_cast<std::int32_t>(pool.size());
        view.key = 0x9e3779b97f4a7c15ULL * (pool.size() + 1);
        view.weight = w;
        pool.push_back(view);
    }
    for (const int d : intList(parser.value(QStringLiteral("down")), "--down")) {
        if (d < 0 || d >= static_cast<int>(pool.size()))
            fail(QStringLiteral("--down: no server %1 in a pool of %2").arg(d).arg(pool.size()));
        pool[d].eligible = false;
    }

    std::vector<std::uint32_t> ips;
    if (parser.isSet(QStringLiteral("ips")))
        ips = readIps(parser.value(QStringLiteral("ips")));
    else
        ips.assign(static_cast<std::size_t>(intOption(parser, QStringLiteral("requests"))), 0);

    // Requests are sequential (one finishes before the next starts), so nothing is active.
    for (const std::uint32_t ip : ips)
        std::printf("%d\n", balancer->pick(pool, ip));
    return 0;
}
