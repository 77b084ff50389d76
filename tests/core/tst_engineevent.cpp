// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/engineevent.h"

#include <QtTest>

#include <set>
#include <string>

using namespace scalelab;

class TestEngineEvent : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasItsOwnNameThatReadsBackAsTheKind()
    {
        std::set<std::string_view> names;
        for (EngineEventKind kind : allEngineEventKinds()) {
            const std::string_view name = engineEventName(kind);
            QVERIFY2(!name.empty(), "a kind without a CSV name");
            QVERIFY2(names.insert(name).second, std::string(name).c_str());
            QCOMPARE(engineEventKindNamed(name), std::optional<EngineEventKind>(kind));
        }
        QCOMPARE(names.size(), kEngineEventKindCount);
    }

    void theCsvNamesOfTheFirstReleaseStay()
    {
        // The events CSV and users' scripts read these words: a kind may be added, never renamed.
        const char *const released[] = {
            "kill", "revive", "drain", "undrain", "set", "pool_add", "pool_remove", "partition", "heal",
            "health_down", "health_up", "eject", "uneject", "failover", "session_lost", "connections_dropped",
            "commit", "replicate_apply", "relay_log", "read_your_writes_violation", "catch_up", "promote",
            "promote_failed", "binlog_recovery", "binlog_replayed", "lost_write", "rejoin", "conflict", "resync",
            "ring_bypass", "ring_lost_write", "ring_repoint", "provision_start", "provision_done",
            "provision_ready", "provision_failed", "evict", "expire", "invalidate", "write_back_lost"};
        for (const char *name : released) {
            const auto kind = engineEventKindNamed(name);
            QVERIFY2(kind.has_value(), name);
            QCOMPARE(engineEventName(*kind), std::string_view(name));
        }
        QCOMPARE(engineEventName(EngineEventKind::HealthDown), std::string_view("health_down"));
        QCOMPARE(engineEventName(EngineEventKind::ReadYourWritesViolation), std::string_view("read_your_writes_violation"));
    }

    void unknownOrEmptyNamesAreNoKind()
    {
        QCOMPARE(engineEventKindNamed("stale_read"), std::optional<EngineEventKind>());  // a request's cause, not an event
        QCOMPARE(engineEventKindNamed(""), std::optional<EngineEventKind>());
        QCOMPARE(engineEventKindNamed("Kill"), std::optional<EngineEventKind>());
    }

    void detailWordsAreReadByNameAndNumbersOnlyWhenWhole()
    {
        const EngineEvent e{SimTime::fromMs(5), EngineEventKind::Eject, 3, "lb=lb1 until_ms=1234 ejections=2", 1};
        QCOMPARE(e.text("lb"), std::string_view("lb1"));
        QCOMPARE(e.number("until_ms"), std::optional<std::uint64_t>(1234));
        QCOMPARE(e.number("ejections"), std::optional<std::uint64_t>(2));
        QCOMPARE(e.number("lb"), std::optional<std::uint64_t>());
        QCOMPARE(e.text("until"), std::string_view());
        QCOMPARE(e.other, 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineEvent)
#include "tst_engineevent.moc"
