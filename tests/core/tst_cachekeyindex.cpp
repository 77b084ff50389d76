// SPDX-License-Identifier: GPL-3.0-or-later
#include "caching/keyindex.h"

#include <QTest>

#include <map>

using namespace scalelab;

class TestCacheKeyIndex : public QObject
{
    Q_OBJECT
private slots:
    void emptyFindsNothing()
    {
        KeyIndex index;
        QCOMPARE(index.find(0), KeyIndex::kNone);
        QVERIFY(!index.erase(0));
        QVERIFY(index.empty());
    }

    void insertOverwritesAndEraseRemoves()
    {
        KeyIndex index;
        index.insert(5, 1);
        index.insert(5, 2);
        QCOMPARE(index.size(), 1u);
        QCOMPARE(index.find(5), 2u);
        QVERIFY(index.erase(5));
        QCOMPARE(index.find(5), KeyIndex::kNone);
    }

    void agreesWithStdMapUnderChurn()
    {
        // Many erases in crowded probe runs exercise the backward shift.
        KeyIndex index;
        std::map<std::uint32_t, std::uint32_t> model;
        std::uint64_t rng = 7;
        for (int i = 0; i < 200'000; ++i) {
            rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
            const std::uint32_t key = static_cast<std::uint32_t>(rng >> 40) % 3000 * 1024;  // clustered keys
            const int op = static_cast<int>((rng >> 20) % 3);
            if (op == 0) {
                index.insert(key, static_cast<std::uint32_t>(i));
                model[key] = static_cast<std::uint32_t>(i);
            } else if (op == 1) {
                QCOMPARE(index.erase(key), model.erase(key) > 0);
            } else {
                auto it = model.find(key);
                QCOMPARE(index.find(key), it == model.end() ? KeyIndex::kNone : it->second);
            }
            QCOMPARE(index.size(), model.size());
        }
        for (const auto &[k, v] : model)
            QCOMPARE(index.find(k), v);
        index.clear();
        QVERIFY(index.empty());
        QCOMPARE(index.find(model.begin()->first), KeyIndex::kNone);
    }
};

QTEST_GUILESS_MAIN(TestCacheKeyIndex)
#include "tst_cachekeyindex.moc"
