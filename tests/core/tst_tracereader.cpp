// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tracereader.h"
#include "testsupport.h"
#include "workload/clientworkload.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::testing;

namespace {
std::uint32_t ip(int a, int b, int c, int d) { return (std::uint32_t(a) << 24) | (b << 16) | (c << 8) | d; }
}

class TestTraceReader : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryFieldOfAValidTrace()
    {
        TraceReader reader;
        const auto rows = reader.readText("t_ms,ip,op,key\n"
                                          "0,10.0.0.1,read,0\n"
                                          "12.5,192.168.1.254,write,42\n"
                                          "12.5,255.255.255.255,static,2147483647\n"
                                          "1000.001,0.0.0.0,read,7\n");
        QVERIFY2(rows.has_value(), qPrintable(reader.errorText()));
        QCOMPARE(rows->size(), std::size_t(4));
        const std::vector<TraceRequest> &r = *rows;
        QCOMPARE(r[0].at.us, 0);
        QCOMPARE(r[0].ip, ip(10, 0, 0, 1));
        QCOMPARE(r[0].op, Op::Read);
        QCOMPARE(r[0].key, 0u);
        QCOMPARE(r[1].at.us, 12'500);
        QCOMPARE(r[1].ip, ip(192, 168, 1, 254));
        QCOMPARE(r[1].op, Op::Write);
        QCOMPARE(r[1].key, 42u);
        QCOMPARE(r[2].at.us, 12'500);
        QCOMPARE(r[2].ip, 0xffffffffu);
        QCOMPARE(r[2].op, Op::Static);
        QCOMPARE(r[2].key, 2147483647u);
        QCOMPARE(r[3].at.us, 1'000'001);
        QCOMPARE(r[3].ip, 0u);
        QCOMPARE(reader.errorText(), QString());
    }

    void acceptsWindowsLineEndingsAndBlankLines()
    {
        TraceReader reader;
        const auto rows = reader.readText("t_ms,ip,op,key\r\n5,10.0.0.1,read,3\r\n\r\n6,10.0.0.2,write,4");
        QVERIFY2(rows.has_value(), qPrintable(reader.errorText()));
        QCOMPARE(rows->size(), std::size_t(2));
        QCOMPARE(rows->at(1).at.us, 6000);
        QCOMPARE(rows->at(1).key, 4u);
    }

    void readsTheTraceFileOfTheTestData()
    {
        TraceReader reader;
        const auto rows = reader.readFile(dataFile(QStringLiteral("trace-replay.csv")));
        QVERIFY2(rows.has_value(), qPrintable(reader.errorText()));
        QCOMPARE(rows->size(), std::size_t(10));
        QCOMPARE(rows->back().at.us, 3'000'001);
        QCOMPARE(rows->back().ip, ip(10, 255, 0, 2));
    }

    void refusesBadTraceNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << "line 0: empty file; expected the header t_ms,ip,op,key";
        QTest::newRow("bad header") << QByteArray("time,ip,op,key\n0,10.0.0.1,read,1\n")
                                    << R"(line 1: expected the header t_ms,ip,op,key, got "time,ip,op,key")";
        QTest::newRow("header in other order") << QByteArray("ip,t_ms,op,key\n")
                                               << R"(line 1: expected the header t_ms,ip,op,key, got "ip,t_ms,op,key")";
        QTest::newRow("ip with three octets") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,1\n1,10.0.1,read,2\n")
                                              << R"(line 3: ip: expected an IPv4 address such as 10.0.0.1, got "10.0.1")";
        QTest::newRow("ip octet above 255") << QByteArray("t_ms,ip,op,key\n0,10.0.0.256,read,1\n")
                                            << R"(line 2: ip: expected an IPv4 address such as 10.0.0.1, got "10.0.0.256")";
        QTest::newRow("ip is a name") << QByteArray("t_ms,ip,op,key\n0,localhost,read,1\n")
                                      << R"(line 2: ip: expected an IPv4 address such as 10.0.0.1, got "localhost")";
        QTest::newRow("ip with empty octet") << QByteArray("t_ms,ip,op,key\n0,10..0.1,read,1\n")
                                             << R"(line 2: ip: expected an IPv4 address such as 10.0.0.1, got "10..0.1")";
        QTest::newRow("bad op") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,1\n0,10.0.0.1,delete,1\n")
                                << R"(line 3: op: expected read, write, static or job, got "delete")";
        QTest::newRow("op in capitals") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,READ,1\n")
                                        << R"(line 2: op: expected read, write, static or job, got "READ")";
        QTest::newRow("unsorted time") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,1\n20,10.0.0.1,read,1\n19.5,10.0.0.1,read,1\n")
                                       << "line 4: t_ms: 19.5 is earlier than the row before; rows must be in time order";
        QTest::newRow("negative time") << QByteArray("t_ms,ip,op,key\n-1,10.0.0.1,read,1\n")
                                       << R"(line 2: t_ms: expected a time in milliseconds >= 0, got "-1")";
        QTest::newRow("time not a number") << QByteArray("t_ms,ip,op,key\nsoon,10.0.0.1,read,1\n")
                                           << R"(line 2: t_ms: expected a time in milliseconds >= 0, got "soon")";
        QTest::newRow("too few columns") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,1\n5,10.0.0.1,read\n")
                                         << "line 3: expected 4 columns (t_ms,ip,op,key), got 3";
        QTest::newRow("too many columns") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,1,extra\n")
                                          << "line 2: expected 4 columns (t_ms,ip,op,key), got 5";
        QTest::newRow("negative key") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,-3\n")
                                      << R"(line 2: key: expected a whole number from 0 to 2147483647, got "-3")";
        QTest::newRow("key too large") << QByteArray("t_ms,ip,op,key\n0,10.0.0.1,read,2147483648\n")
                                       << R"(line 2: key: expected a whole number from 0 to 2147483647, got "2147483648")";
        QTest::newRow("blank line before the error counts")
            << QByteArray("t_ms,ip,op,key\n\n0,10.0.0.1,wrte,1\n") << R"(line 3: op: expected read, write, static or job, got "wrte")";
    }

    void refusesBadTraceNamingTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        TraceReader reader;
        QVERIFY(!reader.readText(csv).has_value());
        QCOMPARE(reader.errorText(), expected);
    }

    void fileErrorsArePrefixedWithTheFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("t_ms,ip,op,key\n0,10.0.0.1,fetch,1\n");
        }
        TraceReader reader;
        QVERIFY(!reader.readFile(path).has_value());
        QCOMPARE(reader.errorText(), path + QStringLiteral(R"(: line 2: op: expected read, write, static or job, got "fetch")"));
        QVERIFY(!reader.readFile(dir.filePath(QStringLiteral("missing.csv"))).has_value());
        QVERIFY(reader.errorText().startsWith(dir.filePath(QStringLiteral("missing.csv")) + QStringLiteral(": cannot open: ")));
    }

    void parseIpRoundTripsThroughFormatIp_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"0.0.0.0", "10.0.0.1", "127.0.0.1", "192.168.100.200", "255.255.255.255", "8.8.4.4"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void parseIpRoundTripsThroughFormatIp()
    {
        QFETCH(QString, text);
        const auto parsed = TraceReader::parseIp(text.toLatin1());
        QVERIFY(parsed.has_value());
        QCOMPARE(QString::fromStdString(formatIp(*parsed)), text);
    }

    void replayIssuesExactlyTheTraceRowsAtTheirTimesFromTheirIps()
    {
        TraceReader reader;
        const auto rows = reader.readFile(dataFile(QStringLiteral("trace-replay.csv")));
        QVERIFY(rows);
        NodeSpec spec;
        spec.id = QStringLiteral("users");
        spec.type = NodeType::Clients;
        spec.rateRps = 5000; // ignored when replaying a trace
        ClientWorkload workload(spec, *rows);
        std::size_t i = 0;
        while (auto request = workload.next()) {
            QVERIFY2(i < rows->size(), "the workload issued more requests than the trace has");
            QCOMPARE(request->at, rows->at(i).at);
            QCOMPARE(request->ip, rows->at(i).ip);
            QCOMPARE(request->op, rows->at(i).op);
            QCOMPARE(request->key, rows->at(i).key);
            ++i;
        }
        QCOMPARE(i, rows->size());
        QVERIFY(!workload.next().has_value());
    }

    void simulatedRunTracesTheInputRequestsUnchanged()
    {
        const auto topology = load(dataFile(QStringLiteral("trace-replay.scalelab.json")));
        QVERIFY(topology);
        const RunOutput out = run(*topology, 123, 5.0);
        QVERIFY2(out.ok, qPrintable(out.error));
        const Csv trace = parseCsv(out.trace);
        const Csv input = parseCsv(readAll(dataFile(QStringLiteral("trace-replay.csv"))));
        QCOMPARE(trace.rows.size(), input.rows.size());
        QCOMPARE(trace.columnValues(QStringLiteral("client_ip")), input.columnValues(QStringLiteral("ip")));
        QCOMPARE(trace.columnValues(QStringLiteral("op")), input.columnValues(QStringLiteral("op")));
        QCOMPARE(trace.columnValues(QStringLiteral("key")), input.columnValues(QStringLiteral("key")));
        QCOMPARE(trace.columnValues(QStringLiteral("t_start_ms")), input.columnValues(QStringLiteral("t_ms")));
    }

    void replayDoesNotDependOnTheSeed()
    {
        const auto topology = load(dataFile(QStringLiteral("trace-replay.scalelab.json")));
        QVERIFY(topology);
        const RunOutput a = run(*topology, 1, 5.0);
        const RunOutput b = run(*topology, 999, 5.0);
        QVERIFY(a.ok && b.ok);
        QCOMPARE(a.trace, b.trace);
    }

    void rowsAfterTheDurationAreNotIssued()
    {
        const auto topology = load(dataFile(QStringLiteral("trace-replay.scalelab.json")));
        QVERIFY(topology);
        // Rows at 0, 0, 250.5, 500 ms start before 0.6 s; the rest would start after it.
        const RunOutput out = run(*topology, 7, 0.6);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(parseCsv(out.trace).rows.size(), 4);
        QCOMPARE(out.counters.total, std::uint64_t(4));
    }
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
