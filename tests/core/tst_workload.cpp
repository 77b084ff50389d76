// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload/clientworkload.h"
#include "workload/zipfdistribution.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace scalelab;

namespace {
NodeSpec clients(double rateRps, int users = 1000, OpMix mix = {}, int keys = 1000, double zipfS = 0.99)
{
    NodeSpec spec;
    spec.id = QStringLiteral("users");
    spec.type = NodeType::Clients;
    spec.rateRps = rateRps;
    spec.users = users;
    spec.mix = mix;
    spec.keys = keys;
    spec.zipfS = zipfS;
    return spec;
}
} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT
private slots:
    void poissonArrivalsHaveTheConfiguredRate_data()
    {
        QTest::addColumn<double>("rateRps");
        QTest::newRow("10 rps") << 10.0;
        QTest::newRow("200 rps") << 200.0;
        QTest::newRow("20000 rps") << 20000.0;
    }

    void poissonArrivalsHaveTheConfiguredRate()
    {
        QFETCH(double, rateRps);
        ClientWorkload workload(clients(rateRps), 42);
        constexpr int n = 100'000;
        std::vector<double> gaps;
        gaps.reserve(n);
        std::int64_t previous = 0;
        for (int i = 0; i < n; ++i) {
            const auto request = workload.next();
            QVERIFY(request.has_value());
            QVERIFY(request->at.us >= previous);
            gaps.push_back(double(request->at.us - previous));
            previous = request->at.us;
        }
        const double observedRate = n / (double(previous) / 1e6);
        QVERIFY2(std::abs(observedRate / rateRps - 1.0) < 0.02,
                 qPrintable(QStringLiteral("rate %1 for %2 rps").arg(observedRate).arg(rateRps)));
        double mean = 0;
        for (double g : gaps)
            mean += g;
        mean /= n;
        double variance = 0;
        for (double g : gaps)
            variance += (g - mean) * (g - mean);
        variance /= n - 1;
        const double cv = std::sqrt(variance) / mean;
        // Exponential gaps: the coefficient of variation is 1 (a fixed clock would give 0).
        QVERIFY2(std::abs(cv - 1.0) < 0.03, qPrintable(QStringLiteral("coefficient of variation %1").arg(cv)));
    }

    void zeroRateSendsNothing()
    {
        ClientWorkload workload(clients(0.0), 42);
        QVERIFY(!workload.next().has_value());
    }

    void opMixSharesMatchTheFile_data()
    {
        QTest::addColumn<double>("read");
        QTest::addColumn<double>("write");
        QTest::addColumn<double>("staticShare");
        QTest::newRow("default 80/10/10") << 0.8 << 0.1 << 0.1;
        QTest::newRow("write heavy") << 0.3 << 0.6 << 0.1;
        QTest::newRow("reads only") << 1.0 << 0.0 << 0.0;
        QTest::newRow("static only") << 0.0 << 0.0 << 1.0;
    }

    void opMixSharesMatchTheFile()
    {
        QFETCH(double, read);
        QFETCH(double, write);
        QFETCH(double, staticShare);
        ClientWorkload workload(clients(1000, 1000, OpMix{read, write, staticShare}), 3);
        constexpr int n = 100'000;
        int counts[3] = {0, 0, 0};
        for (int i = 0; i < n; ++i)
            ++counts[static_cast<int>(workload.next()->op)];
        const double tolerance = 0.01;
        QVERIFY(std::abs(counts[int(Op::Read)] / double(n) - read) < tolerance);
        QVERIFY(std::abs(counts[int(Op::Write)] / double(n) - write) < tolerance);
        QVERIFY(std::abs(counts[int(Op::Static)] / double(n) - staticShare) < tolerance);
        if (write == 0.0)
            QCOMPARE(counts[int(Op::Write)], 0);
        if (staticShare == 0.0)
            QCOMPARE(counts[int(Op::Static)], 0);
    }

    void zipfProbabilityRatioIsTwoToTheS_data()
    {
        QTest::addColumn<double>("s");
        QTest::newRow("s=0") << 0.0;
        QTest::newRow("s=0.5") << 0.5;
        QTest::newRow("s=0.99") << 0.99;
        QTest::newRow("s=1.5") << 1.5;
    }

    void zipfProbabilityRatioIsTwoToTheS()
    {
        QFETCH(double, s);
        const ZipfDistribution zipf(1000, s);
        QVERIFY(std::abs(zipf.probability(0) / zipf.probability(1) - std::pow(2.0, s)) < 1e-9);
        QVERIFY(std::abs(zipf.probability(1) / zipf.probability(3) - std::pow(2.0, s)) < 1e-9);
        double sum = 0;
        for (std::uint32_t k = 0; k < 1000; ++k)
            sum += zipf.probability(k);
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        QCOMPARE(zipf.probability(1000), 0.0);

        // Drawn keys follow the same law (100 keys so that every count is large).
        const ZipfDistribution small(100, s);
        RandomStream random(11, "zipf");
        constexpr int n = 1'000'000;
        std::vector<int> counts(100);
        for (int i = 0; i < n; ++i) {
            const std::uint32_t key = small(random);
            QVERIFY(key < 100);
            ++counts[key];
        }
        const double observed = double(counts[0]) / counts[1];
        QVERIFY2(std::abs(observed / std::pow(2.0, s) - 1.0) < 0.05,
                 qPrintable(QStringLiteral("p(0)/p(1) = %1, expected %2").arg(observed).arg(std::pow(2.0, s))));
        // Chi-square against the exact probabilities, 99 degrees of freedom: the 99.9th
        // percentile is about 148.
        double chi2 = 0;
        for (int k = 0; k < 100; ++k) {
            const double expected = n * small.probability(k);
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        QVERIFY2(chi2 < 148, qPrintable(QStringLiteral("chi-square %1").arg(chi2)));
        if (s > 0)
            QCOMPARE(int(std::max_element(counts.begin(), counts.end()) - counts.begin()), 0);
    }

    void zipfWithSZeroIsUniform()
    {
        const ZipfDistribution zipf(100, 0.0);
        for (std::uint32_t k = 0; k < 100; ++k)
            QVERIFY(std::abs(zipf.probability(k) - 0.01) < 1e-12);
        RandomStream random(5, "uniform");
        std::vector<int> counts(100);
        constexpr int n = 200'000;
        for (int i = 0; i < n; ++i)
            ++counts[zipf(random)];
        // Chi-square with 99 degrees of freedom: 99.9th percentile is about 149.
        double chi2 = 0;
        const double expected = n / 100.0;
        for (int c : counts)
            chi2 += (c - expected) * (c - expected) / expected;
        QVERIFY2(chi2 < 149, qPrintable(QStringLiteral("chi-square %1").arg(chi2)));
    }

    void workloadKeysFavourKeyZero()
    {
        ClientWorkload workload(clients(1000, 1000, {}, 500, 1.2), 8);
        std::vector<int> counts(500);
        for (int i = 0; i < 50'000; ++i) {
            const auto r = workload.next();
            QVERIFY(r->key < 500);
            ++counts[r->key];
        }
        QCOMPARE(int(std::max_element(counts.begin(), counts.end()) - counts.begin()), 0);
        QVERIFY(counts[0] > counts[1]);
        QVERIFY(counts[1] > counts[10]);
    }

    void sameUserHasTheSameIpAcrossRunsAndSeeds()
    {
        std::map<std::uint32_t, std::uint32_t> ipOfUser;
        for (std::uint64_t seed : {1ULL, 2ULL, 99ULL}) {
            ClientWorkload workload(clients(1000, 200), seed);
            for (int i = 0; i < 5000; ++i) {
                const auto r = workload.next();
                QVERIFY(r->user < 200);
                const auto [it, inserted] = ipOfUser.emplace(r->user, r->ip);
                if (!inserted)
                    QCOMPARE(r->ip, it->second);
            }
        }
        QCOMPARE(ipOfUser.size(), std::size_t(200));
        const std::uint64_t hash = ClientWorkload::idHash(QStringLiteral("users"));
        for (const auto &[user, ip] : ipOfUser)
            QCOMPARE(ClientWorkload::userIp(hash, user), ip);
    }

    void userIpsSpreadOverManyNetworks()
    {
        const std::uint64_t hash = ClientWorkload::idHash(QStringLiteral("users"));
        std::set<std::uint32_t> ips, networks;
        constexpr std::uint32_t users = 1000;
        for (std::uint32_t u = 0; u < users; ++u) {
            const std::uint32_t ip = ClientWorkload::userIp(hash, u);
            QCOMPARE(ip >> 24, 10u); // private 10.0.0.0/8
            QVERIFY((ip & 0xff) != 0 && (ip & 0xff) != 255);
            ips.insert(ip);
            networks.insert(ip >> 8);
        }
        QCOMPARE(ips.size(), std::size_t(users));
        // A thousand users in 65,536 /24 networks: almost every user gets a network of its own.
        QVERIFY2(networks.size() > 950, qPrintable(QString::number(networks.size())));
    }

    void differentClientsNodesHaveDifferentUsers()
    {
        const std::uint32_t a = ClientWorkload::userIp(ClientWorkload::idHash(QStringLiteral("users")), 0);
        const std::uint32_t b = ClientWorkload::userIp(ClientWorkload::idHash(QStringLiteral("mobile")), 0);
        QVERIFY(a != b);
    }

    void usersAreDrawnEvenly()
    {
        ClientWorkload workload(clients(1000, 10), 4);
        int counts[10] = {};
        for (int i = 0; i < 50'000; ++i)
            ++counts[workload.next()->user];
        for (int c : counts)
            QVERIFY(std::abs(c - 5000) < 400);
    }

    void writesDrawKeysFromTheirOwnPopularity()
    {
        // Reads skewed (s = 0.99), writes uniform: the hottest read key is written no more
        // often than any other.
        NodeSpec spec = clients(1000, 1000, OpMix{0.5, 0.5, 0}, 100, 0.99);
        spec.writeZipfS = 0.0;
        ClientWorkload workload(spec, 42);
        std::map<std::uint32_t, int> reads, writes;
        int readCount = 0, writeCount = 0;
        for (int i = 0; i < 200'000; ++i) {
            const auto request = workload.next();
            QVERIFY(request.has_value());
            if (request->op == Op::Write) {
                ++writes[request->key];
                ++writeCount;
            } else {
                ++reads[request->key];
                ++readCount;
            }
        }
        const double readShare0 = double(reads[0]) / readCount;
        const double writeShare0 = double(writes[0]) / writeCount;
        const ZipfDistribution zipf(100, 0.99);
        QVERIFY2(std::abs(readShare0 - zipf.probability(0)) < 0.01, qPrintable(QString::number(readShare0)));
        QVERIFY2(std::abs(writeShare0 - 0.01) < 0.003, qPrintable(QString::number(writeShare0)));
        QCOMPARE(int(writes.size()), 100);
    }

    void writeZipfEqualToZipfDrawsExactlyWhatTheFileWithoutItDraws()
    {
        const NodeSpec plain = clients(500, 1000, OpMix{0.6, 0.3, 0.1}, 500, 0.8);
        NodeSpec spelled = plain;
        spelled.writeZipfS = 0.8;
        NodeSpec flatter = plain;
        flatter.writeZipfS = 0.2;
        ClientWorkload a(plain, 7), b(spelled, 7), c(flatter, 7);
        bool differs = false;
        for (int i = 0; i < 20'000; ++i) {
            const auto x = a.next(), y = b.next(), z = c.next();
            QCOMPARE(y->at, x->at);
            QCOMPARE(y->user, x->user);
            QCOMPARE(y->op, x->op);
            QCOMPARE(y->key, x->key);
            // Another write popularity changes write keys only, never times, users or ops.
            QCOMPARE(z->at, x->at);
            QCOMPARE(z->user, x->user);
            QCOMPARE(z->op, x->op);
            if (x->op != Op::Write)
                QCOMPARE(z->key, x->key);
            differs |= z->key != x->key;
        }
        QVERIFY(differs);
    }

    void readingBackOwnWritesDrawsNothingFromTheRequestStream()
    {
        const NodeSpec plain = clients(500, 1000, OpMix{0.6, 0.3, 0.1}, 500, 0.8);
        NodeSpec rereading = plain;
        rereading.rereadOwnWrites = 0.3;
        rereading.rereadAfterMs = 120;
        ClientWorkload a(plain, 7), b(rereading, 7);
        QCOMPARE(b.rereadAfter(), SimTime::fromMs(120));
        int writes = 0, readBack = 0;
        for (int i = 0; i < 20'000; ++i) {
            const auto x = a.next(), y = b.next();
            QCOMPARE(y->at, x->at);
            QCOMPARE(y->user, x->user);
            QCOMPARE(y->op, x->op);
            QCOMPARE(y->key, x->key);
            if (y->op == Op::Write) {
                ++writes;
                readBack += b.rereadsWrite();
                QVERIFY(!a.rereadsWrite());  // share 0: never, and no draw
            }
        }
        const double share = double(readBack) / writes;
        QVERIFY2(std::abs(share - 0.3) < 0.02, qPrintable(QString::number(share)));
    }

    void readingBackEveryWriteNeedsNoDraw()
    {
        NodeSpec spec = clients(500);
        spec.rereadOwnWrites = 1.0;
        ClientWorkload workload(spec, 3);
        for (int i = 0; i < 100; ++i)
            QVERIFY(workload.rereadsWrite());
    }
};

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
