// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/cachestore.h"

#include <QFile>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <map>
#include <optional>

using namespace scalelab;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(SCALELAB_TEST_DATA "/cache/") + name;
}

EvictionPolicy policyNamed(const QByteArray &name)
{
    if (name == "lfu")
        return EvictionPolicy::Lfu;
    if (name == "fifo")
        return EvictionPolicy::Fifo;
    return EvictionPolicy::Lru;
}

QString keysText(std::span<const std::uint32_t> keys)
{
    QStringList parts;
    for (std::uint32_t k : keys)
        parts << QString::number(k);
    return parts.join(QLatin1Char(','));
}

/// Runs a compact script on a store: "f1" fill key 1 (size 1), "f1:40" fill with size 40,
/// "l1" lookup, "u1" write-through, "e1" erase, "@500" set the clock to 500 us. Returns the
/// evicted keys of all operations, comma separated.
QString runScript(CacheStore &store, const QString &script)
{
    QStringList evicted;
    SimTime now;
    std::uint64_t version = 0;
    for (const QString &op : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = op.mid(1).split(QLatin1Char(':'));
        const std::uint32_t key = parts[0].toUInt();
        const std::uint64_t size = parts.size() > 1 ? parts[1].toULongLong() : 1;
        switch (op[0].toLatin1()) {
        case 'f': {
            const CacheChange c = store.fill(key, ++version, size, now);
            if (!c.evicted.empty())
                evicted << keysText(c.evicted);
            break;
        }
        case 'l': store.lookup(key, now); break;
        case 'u': store.update(key, ++version, now); break;
        case 'e': store.erase(key); break;
        case '@': now = SimTime::fromUs(op.mid(1).toLongLong()); break;
        default: qFatal("bad script op %s", qPrintable(op));
        }
    }
    return evicted.join(QLatin1Char(','));
}

QString residentKeys(const CacheStore &store)
{
    QStringList keys;
    for (const CacheEntry &e : store.entries())
        keys << QString::number(e.key);
    return keys.join(QLatin1Char(','));
}

std::vector<std::uint32_t> parseKeys(const QByteArray &list)
{
    std::vector<std::uint32_t> keys;
    for (const QByteArray &k : list.split(','))
        keys.push_back(k.toUInt());
    return keys;
}

std::vector<std::uint32_t> toVector(std::span<const std::uint32_t> s) { return {s.begin(), s.end()}; }

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT
private slots:
    // --- golden sequences from cachetools 5.2.0 (tests/data/cache/make_golden.py) ---------

    void replaysCachetoolsGoldenSequence_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"lru", "lfu", "fifo", "lru_bytes", "lfu_bytes", "fifo_bytes", "lru_ttl", "lru_ttl_bytes"})
            QTest::newRow(name) << QString::fromLatin1(name) + QStringLiteral(".txt");
    }

    void replaysCachetoolsGoldenSequence()
    {
        QFETCH(QString, file);
        QFile f(dataFile(file));
        QVERIFY2(f.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(f.fileName()));

        std::optional<CacheStore> store;
        EvictionPolicy policy = EvictionPolicy::Lru;
        std::uint64_t capacity = 0;
        SimTime ttl = CacheStore::kNoTtl;
        std::map<std::uint32_t, std::uint64_t> db;  // key -> last write id
        int op = 0, hits = 0, evictions = 0, expirations = 0, boundaryExpiries = 0;

        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> t = line.split(' ');
            if (t[0] == "policy") { policy = policyNamed(t[1]); continue; }
            if (t[0] == "capacity") { capacity = t[1].toULongLong(); continue; }
            if (t[0] == "ttl_us") { ttl = t[1].toLongLong() ? SimTime::fromUs(t[1].toLongLong()) : CacheStore::kNoTtl; continue; }
            if (!store)
                store.emplace(policy, capacity, ttl);

            ++op;
            const char kind = t[0][0];
            const std::uint32_t key = t[1].toUInt();
            std::uint64_t size = 1;
            SimTime now;
            QByteArray result;
            std::vector<std::uint32_t> wantEvicted, wantExpired;
            for (int i = 2; i < t.size(); ++i) {
                const QByteArray &tok = t[i];
                switch (tok[0]) {
                case 's': size = tok.mid(1).toULongLong(); break;
                case 't': now = SimTime::fromUs(tok.mid(1).toLongLong()); break;
                case 'e': wantEvicted = parseKeys(tok.mid(1)); break;
                case 'x': wantExpired = parseKeys(tok.mid(1)); break;
                default: result = tok;
                }
            }
            const QByteArray where = file.toLatin1() + " op " + QByteArray::number(op) + ": " + line;

            std::vector<std::uint32_t> atBoundary;  // entries whose TTL ends exactly now
            if (ttl != CacheStore::kNoTtl)
                for (const CacheEntry &e : store->entries())
                    if (now.us - e.filledAt.us == ttl.us)
                        atBoundary.push_back(e.key);
            auto countBoundary = [&](std::uint32_t k) {
                boundaryExpiries += std::count(atBoundary.begin(), atBoundary.end(), k) > 0;
            };

            std::vector<std::uint32_t> gotEvicted, gotExpired;
            QByteArray got;
            if (kind == 'r') {
                const CacheLookup l = store->lookup(key, now);
                if (l.hit()) {
                    got = "H" + QByteArray::number(qulonglong(l.version));
                    ++hits;
                } else {
                    if (l.result == CacheLookupResult::Expired)
                        countBoundary(key);
                    const CacheChange c = store->fill(key, db[key], size, now);
                    got = QByteArray(l.result == CacheLookupResult::Expired ? "X" : "M") + (c.applied ? "" : "R");
                    gotEvicted = toVector(c.evicted);
                    gotExpired = toVector(c.expired);
                }
            } else if (kind == 'w') {
                db[key] = static_cast<std::uint64_t>(op);
                const CacheChange c = store->update(key, db[key], now);
                got = c.applied ? "U" : "N";
                gotEvicted = toVector(c.evicted);
                gotExpired = toVector(c.expired);
            } else if (kind == 'd') {
                got = store->erase(key) ? "D" : "N";
            } else {
                const CacheChange c = store->fill(key, db[key], size, now);
                got = c.applied ? "S" : "R";
                gotEvicted = toVector(c.evicted);
                gotExpired = toVector(c.expired);
            }
            QVERIFY2(got == result, where + " -> got " + got);
            QVERIFY2(gotEvicted == wantEvicted, where + " -> evicted " + keysText(gotEvicted).toLatin1());
            QVERIFY2(gotExpired == wantExpired, where + " -> expired " + keysText(gotExpired).toLatin1());
            for (std::uint32_t k : gotExpired)
                countBoundary(k);
            evictions += static_cast<int>(gotEvicted.size());
            expirations += static_cast<int>(gotExpired.size());
            QVERIFY(store->bytes() <= capacity);
        }
        QCOMPARE(op, 5000);
        // The sequences must actually exercise what they claim to.
        QVERIFY(hits > 100);
        QVERIFY(evictions > 500);
        if (file.contains(QLatin1String("ttl"))) {
            QVERIFY(expirations > 500);
            QVERIFY(boundaryExpiries > 0);
        }
    }

    // --- hand-made cases: which keys a policy evicts ---------------------------------------

    void evictsLikeCachetools_data()
    {
        QTest::addColumn<EvictionPolicy>("policy");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("evicted");
        QTest::addColumn<QString>("resident");  // next victim first

        const auto lru = EvictionPolicy::Lru, lfu = EvictionPolicy::Lfu, fifo = EvictionPolicy::Fifo;
        // Every expectation below was checked against cachetools 5.2.0.
        QTest::newRow("lru: a hit refreshes") << lru << 3 << "f1 f2 f3 l1 f4 f5" << "2,3" << "1,4,5";
        QTest::newRow("lru: write-through refreshes") << lru << 3 << "f1 f2 f3 u1 f4" << "2" << "3,1,4";
        QTest::newRow("lru: re-fill refreshes") << lru << 3 << "f1 f2 f3 f1 f4" << "2" << "3,1,4";
        QTest::newRow("lru: a miss changes nothing") << lru << 3 << "f1 f2 f3 l9 f4" << "1" << "2,3,4";
        QTest::newRow("fifo: a hit changes nothing") << fifo << 3 << "f1 f2 f3 l1 f4" << "1" << "2,3,4";
        QTest::newRow("fifo: write-through moves to the back") << fifo << 3 << "f1 f2 f3 u1 f4 f5" << "2,3" << "1,4,5";
        QTest::newRow("fifo: re-fill moves to the back") << fifo << 3 << "f1 f2 f3 f1 f4" << "2" << "3,1,4";
        QTest::newRow("lfu: fewest uses goes") << lfu << 3 << "f1 f2 f3 l2 l2 l3 f4" << "1" << "4,3,2";
        QTest::newRow("lfu: ties go to the first filled, not the least recent") << lfu << 3 << "f1 f2 f3 l3 l2 l1 f4" << "1" << "4,2,3";
        QTest::newRow("lfu: write-through counts a use, keeps tie position") << lfu << 3 << "f1 f2 f3 u1 l2 l3 f4" << "1" << "4,2,3";
        QTest::newRow("lfu: a refilled key queues behind its equals") << lfu << 3 << "f1 f2 f3 e1 f1 f4" << "2" << "3,1,4";
        QTest::newRow("lfu: the fill is the first use") << lfu << 3 << "f1 f2 f3 l1 f4 f5" << "2,3" << "4,5,1";
        QTest::newRow("lru bytes: evicts until it fits") << lru << 100 << "f1:40 f2:40 f3:20 f4:50" << "1,2" << "3,4";
        QTest::newRow("lru bytes: a growing refill counts its old size") << lru << 100 << "f1:30 f2:30 f3:30 f3:40" << "1" << "2,3";
        QTest::newRow("lru bytes: a shrinking refill evicts nothing") << lru << 100 << "f1:50 f2:50 f1:20" << "" << "2,1";
        QTest::newRow("lru bytes: a growing refill may evict itself") << lru << 100 << "f1:50 f2:50 f1:60" << "1,2" << "1";
        QTest::newRow("lfu bytes: a growing refill may evict itself") << lfu << 100 << "f1:50 f2:50 l1 f1:60" << "2,1" << "1";
        QTest::newRow("fifo bytes: exact fit evicts nothing") << fifo << 100 << "f1:60 f2:40" << "" << "1,2";
    }

    void evictsLikeCachetools()
    {
        QFETCH(EvictionPolicy, policy);
        QFETCH(int, capacity);
        QFETCH(QString, script);
        QFETCH(QString, evicted);
        QFETCH(QString, resident);
        CacheStore store(policy, static_cast<std::uint64_t>(capacity));
        QCOMPARE(runScript(store, script), evicted);
        QCOMPARE(residentKeys(store), resident);
    }

    void hitReturnsTheVersionAndCountsUses()
    {
        CacheStore store(EvictionPolicy::Lru, 10);
        QCOMPARE(store.lookup(7, {}).result, CacheLookupResult::Miss);
        store.fill(7, 41, SimTime::fromUs(5));
        const CacheLookup l = store.lookup(7, SimTime::fromUs(6));
        QVERIFY(l.hit());
        QCOMPARE(l.version, 41u);
        const CacheEntry *e = store.peek(7);
        QVERIFY(e);
        QCOMPARE(e->uses, 2u);
        QCOMPARE(e->filledAt, SimTime::fromUs(5));
        QCOMPARE(e->size, 1u);
    }

    void peekTouchesNothing()
    {
        CacheStore store(EvictionPolicy::Lru, 2);
        store.fill(1, 1, {});
        store.fill(2, 1, {});
        QVERIFY(store.peek(1));
        QCOMPARE(store.peek(1)->uses, 1u);
        const CacheChange c = store.fill(3, 1, {});
        QCOMPARE(toVector(c.evicted), std::vector<std::uint32_t>{1});
        QVERIFY(!store.peek(1));
    }

    // --- TTL -------------------------------------------------------------------------------

    void ttlHitsUntilTheExactMicrosecond_data()
    {
        QTest::addColumn<EvictionPolicy>("policy");
        QTest::newRow("lru") << EvictionPolicy::Lru;
        QTest::newRow("lfu") << EvictionPolicy::Lfu;
        QTest::newRow("fifo") << EvictionPolicy::Fifo;
    }

    void ttlHitsUntilTheExactMicrosecond()
    {
        QFETCH(EvictionPolicy, policy);
        CacheStore store(policy, 10, SimTime::fromUs(1000));
        store.fill(1, 9, SimTime::fromUs(5000));
        QVERIFY(store.lookup(1, SimTime::fromUs(5000)).hit());
        QVERIFY(store.lookup(1, SimTime::fromUs(5999)).hit());  // a hit does not extend the TTL
        QCOMPARE(store.lookup(1, SimTime::fromUs(6000)).result, CacheLookupResult::Expired);
        QCOMPARE(store.size(), 0u);
        QCOMPARE(store.lookup(1, SimTime::fromUs(6000)).result, CacheLookupResult::Miss);
    }

    void ttlCountsFromTheLastFillOrWriteThrough()
    {
        CacheStore store(EvictionPolicy::Lru, 10, SimTime::fromUs(1000));
        store.fill(1, 1, SimTime::fromUs(0));
        QVERIFY(store.update(1, 2, SimTime::fromUs(800)).applied);
        QVERIFY(store.lookup(1, SimTime::fromUs(1799)).hit());
        QCOMPARE(store.lookup(1, SimTime::fromUs(1800)).result, CacheLookupResult::Expired);
        store.fill(2, 1, SimTime::fromUs(2000));
        store.fill(2, 2, SimTime::fromUs(2500));  // re-fill restarts the clock
        QVERIFY(store.lookup(2, SimTime::fromUs(3499)).hit());
    }

    void writeThroughIgnoresAnExpiredEntry()
    {
        CacheStore store(EvictionPolicy::Lru, 10, SimTime::fromUs(100));
        store.fill(1, 1, SimTime::fromUs(0));
        const CacheChange c = store.update(1, 2, SimTime::fromUs(100));
        QVERIFY(!c.applied);
        QVERIFY(c.expired.empty());
        QCOMPARE(store.lookup(1, SimTime::fromUs(100)).result, CacheLookupResult::Expired);
    }

    void fillRemovesExpiredEntriesBeforeEvictingLiveOnes_data()
    {
        QTest::addColumn<EvictionPolicy>("policy");
        QTest::addColumn<QString>("script");  // key 1 expires at 1000; it is not the policy's victim
        QTest::newRow("lru: 1 is most recent") << EvictionPolicy::Lru << "@0 f1 @500 f2 @900 l1";
        QTest::newRow("lfu: 1 is most used") << EvictionPolicy::Lfu << "@0 f1 @100 l1 l1 @500 f2";
        QTest::newRow("fifo: the oldest fill is reported expired, not evicted") << EvictionPolicy::Fifo << "@0 f1 @500 f2";
    }

    void fillRemovesExpiredEntriesBeforeEvictingLiveOnes()
    {
        QFETCH(EvictionPolicy, policy);
        QFETCH(QString, script);
        CacheStore store(policy, 2, SimTime::fromUs(1000));
        QCOMPARE(runScript(store, script), QString());
        const CacheChange c = store.fill(3, 1, SimTime::fromUs(1000));
        QVERIFY(c.applied);
        QCOMPARE(toVector(c.expired), std::vector<std::uint32_t>{1});
        QVERIFY(c.evicted.empty());
        QVERIFY(store.peek(2));
        QVERIFY(store.peek(3));
    }

    void purgeExpiredReportsOldestFillFirst()
    {
        CacheStore store(EvictionPolicy::Lfu, 10, SimTime::fromUs(100));
        store.fill(5, 1, SimTime::fromUs(0));
        store.fill(3, 1, SimTime::fromUs(10));
        store.fill(4, 1, SimTime::fromUs(20));
        store.fill(5, 2, SimTime::fromUs(30));  // refilled: now the youngest
        const CacheChange c = store.purgeExpired(SimTime::fromUs(125));
        QCOMPARE(toVector(c.expired), (std::vector<std::uint32_t>{3, 4}));
        QCOMPARE(store.size(), 1u);
        QCOMPARE(toVector(store.purgeExpired(SimTime::fromUs(130)).expired), std::vector<std::uint32_t>{5});
    }

    void setTtlAppliesToPresentEntries()
    {
        CacheStore store(EvictionPolicy::Fifo, 10);
        store.fill(1, 1, SimTime::fromUs(0));
        QVERIFY(store.lookup(1, SimTime::fromS(1e6)).hit());
        store.setTtl(SimTime::fromS(1));
        QCOMPARE(store.lookup(1, SimTime::fromS(1e6)).result, CacheLookupResult::Expired);
    }

    void zeroTtlNeverHits()
    {
        CacheStore store(EvictionPolicy::Lru, 10, SimTime::fromUs(0));
        QVERIFY(store.fill(1, 1, SimTime::fromUs(7)).applied);
        QCOMPARE(store.lookup(1, SimTime::fromUs(7)).result, CacheLookupResult::Expired);
    }

    // --- bytes -----------------------------------------------------------------------------

    void objectBiggerThanTheCapacityIsNotCached()
    {
        CacheStore store(EvictionPolicy::Lru, 100);
        store.fill(1, 1, 60, {});
        const CacheChange c = store.fill(2, 1, 101, {});
        QVERIFY(!c.applied);
        QVERIFY(c.evicted.empty());
        QVERIFY(!store.peek(2));
        QCOMPARE(store.bytes(), 60u);
        const CacheChange exact = store.fill(3, 1, 100, {});
        QVERIFY(exact.applied);
        QCOMPARE(toVector(exact.evicted), std::vector<std::uint32_t>{1});
        QCOMPARE(store.bytes(), 100u);
    }

    void tooBigRefillDropsTheOlderVersion()
    {
        CacheStore store(EvictionPolicy::Lru, 100);
        store.fill(1, 1, 60, {});
        store.fill(2, 1, 10, {});
        QVERIFY(!store.fill(1, 2, 200, {}).applied);
        QVERIFY(!store.peek(1));  // a stale version must not keep serving hits
        QCOMPARE(store.bytes(), 10u);
    }

    void bytesFollowFillsRefillsAndErases()
    {
        CacheStore store(EvictionPolicy::Fifo, 1000);
        store.fill(1, 1, 300, {});
        store.fill(2, 1, 200, {});
        store.fill(1, 2, 100, {});
        QCOMPARE(store.bytes(), 300u);
        QCOMPARE(store.size(), 2u);
        store.erase(2);
        QCOMPARE(store.bytes(), 100u);
        QVERIFY(store.update(1, 3, {}).applied);
        QCOMPARE(store.bytes(), 100u);  // write-through keeps the size
    }

    void shrinkingCapacityEvictsInPolicyOrder()
    {
        CacheStore store(EvictionPolicy::Lru, 5);
        QCOMPARE(runScript(store, "f1 f2 f3 f4 f5 l1 l2"), QString());
        const CacheChange c = store.setCapacity(2);
        QCOMPARE(toVector(c.evicted), (std::vector<std::uint32_t>{3, 4, 5}));
        QCOMPARE(residentKeys(store), QStringLiteral("1,2"));
    }

    // --- invalidate, write-through, clear --------------------------------------------------

    void eraseInvalidates()
    {
        CacheStore store(EvictionPolicy::Lfu, 3);
        store.fill(1, 1, {});
        QVERIFY(store.erase(1));
        QVERIFY(!store.erase(1));
        QCOMPARE(store.lookup(1, {}).result, CacheLookupResult::Miss);
        QCOMPARE(store.size(), 0u);
        QCOMPARE(store.bytes(), 0u);
    }

    void writeThroughUpdatesOnlyPresentKeys()
    {
        CacheStore store(EvictionPolicy::Lru, 3);
        QVERIFY(!store.update(1, 5, {}).applied);
        QVERIFY(!store.peek(1));  // write-through never inserts
        store.fill(1, 1, {});
        QVERIFY(store.update(1, 5, {}).applied);
        QCOMPARE(store.lookup(1, {}).version, 5u);
    }

    void clearStartsCold()
    {
        CacheStore store(EvictionPolicy::Lfu, 3, SimTime::fromS(10));
        runScript(store, "f1 f2 f3 l1 l1");
        store.clear();
        QCOMPARE(store.size(), 0u);
        QCOMPARE(store.bytes(), 0u);
        QVERIFY(store.entries().empty());
        for (std::uint32_t k : {1u, 2u, 3u})
            QCOMPARE(store.lookup(k, {}).result, CacheLookupResult::Miss);
        QCOMPARE(runScript(store, "f4 f5 f6 l4 f7"), QStringLiteral("5"));  // still works
    }

    // --- the documented rules against a naive model, with sizes and TTL for every policy ---

    void agreesWithANaiveModelOnLongRandomRuns_data()
    {
        QTest::addColumn<EvictionPolicy>("policy");
        QTest::addColumn<bool>("bytes");
        for (auto [name, p] : {std::pair{"lru", EvictionPolicy::Lru}, {"lfu", EvictionPolicy::Lfu}, {"fifo", EvictionPolicy::Fifo}}) {
            QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" items"))) << p << false;
            QTest::newRow(qPrintable(QString::fromLatin1(name) + QStringLiteral(" bytes"))) << p << true;
        }
    }

    void agreesWithANaiveModelOnLongRandomRuns()
    {
        QFETCH(EvictionPolicy, policy);
        QFETCH(bool, bytes);
        const std::uint64_t capacity = bytes ? 2000 : 40;
        const SimTime ttl = SimTime::fromUs(30'000);
        CacheStore store(policy, capacity, ttl);

        // The model: a map plus a linear scan for the victim, written from the header's rules.
        struct M { std::uint64_t version, size; std::int64_t filled; std::uint64_t uses, seq, order, fillTick; };
        std::map<std::uint32_t, M> model;
        std::uint64_t modelBytes = 0, seq = 0, tick = 0;
        auto expired = [&](const M &m, std::int64_t now) { return now - m.filled >= ttl.us; };
        auto purge = [&](std::int64_t now) {
            std::vector<std::uint32_t> keys;
            std::vector<std::tuple<std::int64_t, std::uint64_t, std::uint32_t>> byFill;
            for (auto &[k, m] : model)
                if (expired(m, now))
                    byFill.emplace_back(m.filled, m.fillTick, k);
            std::sort(byFill.begin(), byFill.end());
            for (auto &[f, o, k] : byFill) {
                modelBytes -= model[k].size;
                model.erase(k);
                keys.push_back(k);
            }
            return keys;
        };
        auto victim = [&] {
            auto best = model.begin();
            for (auto it = model.begin(); it != model.end(); ++it) {
                const M &a = it->second, &b = best->second;
                const bool better = policy == EvictionPolicy::Lfu ? std::pair(a.uses, a.seq) < std::pair(b.uses, b.seq)
                                                                  : a.order < b.order;
                if (better)
                    best = it;
            }
            return best->first;
        };

        std::uint64_t rng = 12345;
        auto next = [&rng] { rng = rng * 6364136223846793005ULL + 1442695040888963407ULL; return rng >> 33; };
        std::int64_t now = 0;
        for (int i = 1; i <= 100'000; ++i) {
            now += static_cast<std::int64_t>(next() % 4) * 100;
            const std::uint32_t key = static_cast<std::uint32_t>(std::min(next() % 300, next() % 300));
            const std::uint64_t size = bytes ? 1 + next() % 150 + (next() % 50 == 0 ? 2000 : 0) : 1;
            const int op = static_cast<int>(next() % 10);
            const SimTime t = SimTime::fromUs(now);
            if (op < 6) {  // lookup
                const CacheLookup l = store.lookup(key, t);
                auto it = model.find(key);
                CacheLookupResult want = CacheLookupResult::Miss;
                if (it != model.end() && expired(it->second, now)) {
                    want = CacheLookupResult::Expired;
                    modelBytes -= it->second.size;
                    model.erase(it);
                } else if (it != model.end()) {
                    want = CacheLookupResult::Hit;
                    ++it->second.uses;
                    if (policy == EvictionPolicy::Lru)
                        it->second.order = ++tick;
                    QCOMPARE(l.version, it->second.version);
                }
                QCOMPARE(l.result, want);
            } else if (op < 8) {  // fill
                const CacheChange c = store.fill(key, static_cast<std::uint64_t>(i), size, t);
                const std::vector<std::uint32_t> wantExpired = purge(now);
                std::vector<std::uint32_t> wantEvicted;
                auto it = model.find(key);
                bool present = it != model.end();
                if (size > capacity) {
                    if (present) { modelBytes -= it->second.size; model.erase(it); }
                } else {
                    if (!present || it->second.size < size) {
                        while (modelBytes + size > capacity) {
                            const std::uint32_t v = victim();
                            wantEvicted.push_back(v);
                            modelBytes -= model[v].size;
                            model.erase(v);
                            present = present && v != key;
                        }
                    }
                    if (present) {
                        M &m = model[key];
                        modelBytes = modelBytes - m.size + size;
                        m.size = size; m.version = static_cast<std::uint64_t>(i); m.filled = now; ++m.uses; m.order = ++tick; m.fillTick = tick;
                    } else {
                        ++tick;
                        model[key] = M{static_cast<std::uint64_t>(i), size, now, 1, seq++, tick, tick};
                        modelBytes += size;
                    }
                }
                QCOMPARE(c.applied, size <= capacity);
                QCOMPARE(toVector(c.expired), wantExpired);
                QCOMPARE(toVector(c.evicted), wantEvicted);
            } else if (op < 9) {  // write-through
                const CacheChange c = store.update(key, static_cast<std::uint64_t>(i), t);
                auto it = model.find(key);
                const bool live = it != model.end() && !expired(it->second, now);
                QCOMPARE(c.applied, live);
                if (live) {
                    QCOMPARE(toVector(c.expired), purge(now));
                    M &m = model[key];
                    m.version = static_cast<std::uint64_t>(i); m.filled = now; ++m.uses; m.order = ++tick; m.fillTick = tick;
                }
            } else {  // invalidate
                auto it = model.find(key);
                QCOMPARE(store.erase(key), it != model.end());
                if (it != model.end()) { modelBytes -= it->second.size; model.erase(it); }
            }
            QCOMPARE(store.size(), model.size());
            QCOMPARE(store.bytes(), modelBytes);
        }
        // The view lists every entry, next victim first.
        const std::vector<CacheEntry> view = store.entries();
        QCOMPARE(view.size(), model.size());
        if (!view.empty())
            QCOMPARE(view.front().key, victim());
        for (const CacheEntry &e : view) {
            QCOMPARE(e.version, model.at(e.key).version);
            QCOMPARE(e.uses, model.at(e.key).uses);
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
