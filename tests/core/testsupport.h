// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the core suites: where the test data lives, running a topology
// through the engine with the real CSV writers, and reading the trace back.

#include "io/topologyreader.h"
#include "io/tracewriter.h"
#include "metrics/metrics.h"
#include "sim/simulation.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

namespace scalelab::testing {

inline QString dataDir() { return QDir::cleanPath(QStringLiteral(SCALELAB_TEST_DATA)); }
inline QString examplesDir() { return QDir::cleanPath(QStringLiteral(SCALELAB_EXAMPLES)); }
inline QString dataFile(const QString &name) { return dataDir() + QLatin1Char('/') + name; }

inline QStringList exampleFiles()
{
    QStringList files;
    for (const QString &name : QDir(examplesDir()).entryList({QStringLiteral("*.scalelab.json")}, QDir::Files, QDir::Name))
        files << examplesDir() + QLatin1Char('/') + name;
    return files;
}

/// Loads a topology file; on failure records the reader's message as a test failure.
inline std::optional<Topology> load(const QString &fileName)
{
    TopologyReader reader;
    auto topology = reader.readFile(fileName);
    if (!topology)
        qWarning("%s", qPrintable(reader.errorText()));
    return topology;
}

inline QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// What a headless run leaves behind: the two CSV files (as the CLI writes them) and the counters.
struct RunOutput
{
    bool ok = false;
    QString error;
    QByteArray trace;
    QByteArray events;
    RequestCounters counters;
    std::vector<SecondSample> series;
    std::uint64_t inFlight = 0;
};

/// Runs `topology` for `durationS` simulated seconds with `seed`, writing the trace and
/// events through TraceWriter / EventWriter into temporary files.
inline RunOutput run(const Topology &topology, std::uint64_t seed, double durationS)
{
    RunOutput out;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out.error = QStringLiteral("no temporary directory");
        return out;
    }
    auto sim = Simulation::create(topology, seed, &out.error);
    if (!sim)
        return out;
    const QString tracePath = dir.filePath(QStringLiteral("trace.csv"));
    const QString eventsPath = dir.filePath(QStringLiteral("events.csv"));
    std::FILE *traceFile = std::fopen(QFile::encodeName(tracePath).constData(), "wb");
    std::FILE *eventsFile = std::fopen(QFile::encodeName(eventsPath).constData(), "wb");
    if (!traceFile || !eventsFile) {
        out.error = QStringLiteral("cannot open temporary output files");
        if (traceFile)
            std::fclose(traceFile);
        if (eventsFile)
            std::fclose(eventsFile);
        return out;
    }
    {
        auto nodeName = [&sim](int i) -> const std::string & { return sim->nodeName(i); };
        TraceWriter traceWriter(traceFile, nodeName);
        EventWriter eventWriter(eventsFile, nodeName);
        ObserverFanOut fanOut;
        fanOut.add(&traceWriter);
        fanOut.add(&eventWriter);
        sim->setObserver(&fanOut);
        sim->runToCompletion(SimTime::fromS(durationS));
        sim->setObserver(nullptr);
    }
    std::fclose(traceFile);
    std::fclose(eventsFile);
    out.trace = readAll(tracePath);
    out.events = readAll(eventsPath);
    out.counters = sim->metrics().requests();
    out.series = sim->metrics().series();
    out.inFlight = sim->requestsInFlight();
    out.ok = true;
    return out;
}

/// A CSV file with a header line, as rows of column -> text.
struct Csv
{
    QStringList header;
    QList<QStringList> rows;

    int column(const QString &name) const { return header.indexOf(name); }
    QString at(int row, const QString &name) const { return rows[row][column(name)]; }
    QStringList columnValues(const QString &name) const
    {
        QStringList values;
        const int c = column(name);
        for (const QStringList &row : rows)
            values << row.value(c);
        return values;
    }
};

inline Csv parseCsv(const QByteArray &bytes)
{
    Csv csv;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        // split with keep-empty parts: trailing empty columns matter
        const QStringList cells = QString::fromUtf8(lines[i]).split(QLatin1Char(','));
        if (csv.header.isEmpty())
            csv.header = cells;
        else
            csv.rows << cells;
    }
    return csv;
}

} // namespace scalelab::testing
