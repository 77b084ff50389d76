// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/eventqueue.h"

#include <QTest>

using namespace scalelab;

class TestEventQueue : public QObject
{
    Q_OBJECT
private slots:
    void popsInTimeOrder()
    {
        EventQueue q;
        for (std::int64_t t : {50, 10, 40, 20, 30})
            q.push(SimTime::fromUs(t), 0, static_cast<std::uint32_t>(t));
        std::vector<std::uint32_t> order;
        while (!q.empty())
            order.push_back(q.pop().a);
        QCOMPARE(order, (std::vector<std::uint32_t>{10, 20, 30, 40, 50}));
    }

    void equalTimesComeOutInInsertionOrder()
    {
        EventQueue q;
        for (std::uint32_t i = 0; i < 100; ++i)
            q.push(SimTime::fromUs(i % 3), 0, i);
        std::uint32_t lastA[3] = {0, 0, 0};
        bool first[3] = {true, true, true};
        SimTime last;
        while (!q.empty()) {
            const Event e = q.pop();
            QVERIFY(e.time >= last);
            last = e.time;
            const auto t = static_cast<std::size_t>(e.time.us);
            if (!first[t])
                QVERIFY2(e.a > lastA[t], "ties must keep insertion order");
            first[t] = false;
            lastA[t] = e.a;
        }
    }
};

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_eventqueue.moc"
