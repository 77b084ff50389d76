// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/randomstream.h"
#include "testsupport.h"
#include "workload/clientworkload.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
std::vector<double> draw(RandomStream &r, int n)
{
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(r.uniform());
    return v;
}

/// Everything a clients node sent, in order: when, from where, what.
struct Sent
{
    std::int64_t at;
    std::uint32_t ip;
    Op op;
    std::uint32_t key;
    bool operator==(const Sent &) const = default;
};

class SentBy final : public SimulationObserver
{
public:
    explicit SentBy(int clientsNode) : m_node(clientsNode) {}
    std::vector<Sent> sent;
    void requestStarted(const RequestRecord &r) override
    {
        if (r.clientsNode == m_node)
            sent.push_back({r.start.us, r.clientIp, r.op, r.key});
    }

private:
    int m_node;
};

std::vector<Sent> sentByUsers(const Topology &topology, double seconds)
{
    auto sim = Simulation::create(topology, 2024);
    if (!sim)
        return {};
    SentBy observer(sim->nodeIndex(QStringLiteral("users")));
    sim->setObserver(&observer);
    sim->runToCompletion(SimTime::fromS(seconds));
    return observer.sent;
}
} // namespace

class TestRandomStream : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedAndNameGiveTheSameSequence()
    {
        RandomStream a(42, "users");
        RandomStream b(42, "users");
        QCOMPARE(draw(a, 1000), draw(b, 1000));
        QCOMPARE(a.below(1000), b.below(1000));
        QCOMPARE(a.exponential(5.0), b.exponential(5.0));
    }

    void differentNamesGiveDifferentSequences_data()
    {
        QTest::addColumn<QString>("other");
        QTest::newRow("another id") << "mobile";
        QTest::newRow("one letter more") << "users2";
        QTest::newRow("case differs") << "Users";
        QTest::newRow("empty") << "";
    }

    void differentNamesGiveDifferentSequences()
    {
        QFETCH(QString, other);
        RandomStream a(42, "users");
        RandomStream b(42, other.toStdString());
        QVERIFY(draw(a, 100) != draw(b, 100));
        QVERIFY(RandomStream::deriveSeed(42, "users") != RandomStream::deriveSeed(42, other.toStdString()));
    }

    void differentSeedsGiveDifferentSequences()
    {
        RandomStream a(1, "users");
        RandomStream b(2, "users");
        QVERIFY(draw(a, 100) != draw(b, 100));
    }

    void derivedSeedIsStableAcrossBuilds()
    {
        // FNV-1a + splitmix64: a fixed function of (seed, name). A change here changes every run.
        QCOMPARE(RandomStream::deriveSeed(42, "users"), RandomStream::deriveSeed(42, std::string("users")));
        QCOMPARE(RandomStream::deriveSeed(0, ""), RandomStream::deriveSeed(0, ""));
        QVERIFY(RandomStream::deriveSeed(0, "a") != RandomStream::deriveSeed(1, "a"));
    }

    void uniformStaysInUnitInterval()
    {
        RandomStream r(9, "x");
        double lo = 1, hi = 0, sum = 0;
        for (int i = 0; i < 100'000; ++i) {
            const double u = r.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            lo = std::min(lo, u);
            hi = std::max(hi, u);
            sum += u;
        }
        QVERIFY(lo < 0.001 && hi > 0.999);
        QVERIFY(std::abs(sum / 100'000 - 0.5) < 0.005);
    }

    void belowCoversTheWholeRange()
    {
        RandomStream r(3, "below");
        std::vector<int> seen(7);
        for (int i = 0; i < 7000; ++i) {
            const auto v = r.below(7);
            QVERIFY(v < 7);
            ++seen[v];
        }
        for (int c : seen)
            QVERIFY(c > 800 && c < 1200);
    }

    void clientsNodeDrawsTheSameRequestsWhenAnotherNodeIsAdded()
    {
        const auto topology = load(examplesDir() + QStringLiteral("/two-servers-balanced.scalelab.json"));
        QVERIFY(topology);
        Topology base = *topology;
        base.events.clear();
        base.nodes[0].rateRps = 300;

        // Same scenario with a second clients node and a third web server placed before the
        // users node, so every index of the original nodes moves.
        Topology grown = base;
        NodeSpec mobile = base.nodes[0];
        mobile.id = QStringLiteral("mobile");
        mobile.rateRps = 150;
        NodeSpec web3 = base.nodes[2];
        web3.id = QStringLiteral("web3");
        grown.nodes.prepend(web3);
        grown.nodes.prepend(mobile);
        grown.links.append({QStringLiteral("mobile"), QStringLiteral("lb"), 30.0, {}});
        grown.links.append({QStringLiteral("lb"), QStringLiteral("web3"), 1.0, {}});
        grown.links.append({QStringLiteral("web3"), QStringLiteral("db1"), 1.0, {}});

        const std::vector<Sent> before = sentByUsers(base, 5.0);
        const std::vector<Sent> after = sentByUsers(grown, 5.0);
        QVERIFY(before.size() > 1000);
        QCOMPARE(after.size(), before.size());
        QVERIFY(before == after);
    }
};

QTEST_GUILESS_MAIN(TestRandomStream)
#include "tst_randomstream.moc"
