// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli: the headless front end of the engine (DESIGN.md, "Headless CLI").
#include "clioptions.h"
#include "lessoncommand.h"
#include "progressline.h"
#include "sweepcommand.h"

#include "io/tracewriter.h"
#include "report/comparison.h"
#include "report/report.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

using namespace scalelab;
using namespace scalelab::cli;

namespace {

struct FileCloser { void operator()(std::FILE *f) const { if (f) std::fclose(f); } };
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr openOutput(const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        *error = QStringLiteral("writing the trace or events to stdout is not supported; give a file name");
        return nullptr;
    }
    FilePtr f(std::fopen(QFile::encodeName(path).constData(), "wb"));
    if (!f)
        *error = QStringLiteral("%1: cannot write: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return f;
}


int validate(const QString &file)
{
    QString error;
    const auto topology = load(file, &error);
    if (!topology)
        return fail(kBadInput, error);
    std::printf("%s: valid (%lld nodes, %lld links)\n", qPrintable(file),
                static_cast<long long>(topology->nodes.size()), static_cast<long long>(topology->links.size()));
    return kOk;
}

int run(const QCommandLineParser &parser, const QString &file)
{
    QString error;
    const auto duration = parseDuration(parser, &error);
    if (!duration)
        return fail(kBadInput, error);
    const auto reportKind = parseReportKind(parser, &error);
    if (!reportKind)
        return fail(kBadInput, error);
    const auto topology = load(file, &error);
    if (!topology)
        return fail(kBadInput, error);
    const auto seed = parseSeed(parser, topology->seed, &error);
    if (!seed)
        return fail(kBadInput, error);
    auto sim = Simulation::create(*topology, *seed, &error);
    if (!sim)
        return fail(kBadInput, file + QStringLiteral(": ") + error);

    auto nodeName = [&sim](int i) -> const std::string & { return sim->nodeName(i); };
    ObserverFanOut observers;
    FilePtr traceFile, eventsFile;
    std::unique_ptr<TraceWriter> traceWriter;
    std::unique_ptr<EventWriter> eventWriter;
    if (parser.isSet(QStringLiteral("trace"))) {
        traceFile = openOutput(parser.value(QStringLiteral("trace")), &error);
        if (!traceFile)
            return fail(parser.value(QStringLiteral("trace")) == QLatin1String("-") ? kBadInput : kFailure, error);
        traceWriter = std::make_unique<TraceWriter>(traceFile.get(), nodeName);
        observers.add(traceWriter.get());
    }
    if (parser.isSet(QStringLiteral("events"))) {
        eventsFile = openOutput(parser.value(QStringLiteral("events")), &error);
        if (!eventsFile)
            return fail(parser.value(QStringLiteral("events")) == QLatin1String("-") ? kBadInput : kFailure, error);
        eventWriter = std::make_unique<EventWriter>(eventsFile.get(), nodeName);
        observers.add(eventWriter.get());
    }
    if (!observers.empty())
        sim->setObserver(&observers);

    QElapsedTimer wall;
    wall.start();
    ProgressLine progress;
    if (progress.enabled()) {
        const double total = *duration;
        sim->runToCompletion(SimTime::fromS(total), [&progress, total](SimTime now) {
            const double seconds = std::min(now.us / 1e6, total);
            progress.show(QStringLiteral("run: %1 of %2 simulated s (%3%)")
                              .arg(seconds, 0, 'f', 0).arg(total).arg(std::floor(100 * seconds / total), 0, 'f', 0));
        });
        progress.clear();
    } else {
        sim->runToCompletion(SimTime::fromS(*duration));
    }
    const double wallSeconds = wall.nsecsElapsed() / 1e9;
    traceWriter.reset();
    eventWriter.reset();
    for (FilePtr *f : {&traceFile, &eventsFile}) {
        if (*f && (std::ferror(f->get()) || std::fclose(f->release()) != 0))
            return fail(kFailure, QStringLiteral("writing the trace or events file failed"));
    }

    if (*reportKind == QLatin1String("json"))
        std::fputs(QJsonDocument(Report::toJson(*sim, wallSeconds)).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::fputs(qPrintable(Report::toText(*sim, wallSeconds)), stdout);
    return kOk;
}

/// Why both runs of `compare` use the seed they use: the option, both files, or A's file.
QString seedSource(const QCommandLineParser &parser, const Topology &a, const Topology &b)
{
    if (parser.isSet(QStringLiteral("seed")))
        return QStringLiteral("option");
    return a.seed == b.seed ? QStringLiteral("files") : QStringLiteral("a");
}

QString seedText(const QString &source, const Topology &b)
{
    if (source == QLatin1String("option"))
        return QStringLiteral("from --seed, for both");
    if (source == QLatin1String("files"))
        return QStringLiteral("both files' seed");
    return QStringLiteral("A's seed, for both; B's file says %1").arg(b.seed);
}

int compare(const QCommandLineParser &parser, const QString &fileA, const QString &fileB)
{
    if (parser.isSet(QStringLiteral("trace")) || parser.isSet(QStringLiteral("events")))
        return fail(kBadInput, QStringLiteral("--trace and --events apply to run only; run each file with them to get its CSV"));
    QString error;
    const auto duration = parseDuration(parser, &error);
    if (!duration)
        return fail(kBadInput, error);
    const auto reportKind = parseReportKind(parser, &error);
    if (!reportKind)
        return fail(kBadInput, error);
    const auto a = load(fileA, &error);
    if (!a)
        return fail(kBadInput, error);
    const auto b = load(fileB, &error);
    if (!b)
        return fail(kBadInput, error);
    // One seed for both, so that the clients send the same requests to A and to B.
    const auto seed = parseSeed(parser, a->seed, &error);
    if (!seed)
        return fail(kBadInput, error);

    ReportDifference::Side failedSide = ReportDifference::Side::Neither;
    const auto comparison = Comparison::run(*a, *b, *seed, SimTime::fromS(*duration), &error, &failedSide);
    if (!comparison)
        return fail(kBadInput, (failedSide == ReportDifference::Side::A ? fileA : fileB) + QStringLiteral(": ") + error);

    const QString source = seedSource(parser, *a, *b);
    if (*reportKind == QLatin1String("json")) {
        QJsonObject out{
            {QStringLiteral("files"), QJsonObject{{QStringLiteral("a"), fileA}, {QStringLiteral("b"), fileB}}},
            // a JSON number is exact up to 2^53; a larger seed is written as text, not rounded
            {QStringLiteral("seed"), *seed <= (std::uint64_t(1) << 53) ? QJsonValue(qint64(*seed)) : QJsonValue(QString::number(*seed))},
            {QStringLiteral("seed_source"), source},
            {QStringLiteral("duration_s"), *duration},
            {QStringLiteral("a"), comparison->a.report},
            {QStringLiteral("b"), comparison->b.report},
            {QStringLiteral("differences"), differencesToJson(comparison->differences)},
        };
        if (!comparison->workloadNotes.isEmpty())
            out.insert(QStringLiteral("workload_notes"), QJsonArray::fromStringList(comparison->workloadNotes));
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return kOk;
    }

    QString text = QStringLiteral("A/B comparison: seed %1 (%2), %3 s of requests each\n  A: %4\n  B: %5\n")
                       .arg(*seed).arg(seedText(source, *b)).arg(*duration).arg(fileA, fileB);
    text += QStringLiteral("\n=== A: %1\n%2").arg(fileA, comparison->a.text);
    text += QStringLiteral("\n=== B: %1\n%2").arg(fileB, comparison->b.text);
    const qsizetype count = comparison->differences.size();
    text += QStringLiteral("\n=== Differences, B against A: %1 figure%2 (wall time left out)\n")
                .arg(count).arg(count == 1 ? QString() : QStringLiteral("s"));
    text += differencesToText(comparison->differences);
    if (count > 0)
        text += QStringLiteral("(better: the side whose value is better, where that is obvious: lower latency, errors, "
                               "stale reads, cost; higher hit ratio, offload)\n");
    if (!comparison->workloadNotes.isEmpty())
        text += QStringLiteral("note: A and B do not send the same requests: %1\n").arg(comparison->workloadNotes.join(QStringLiteral("; ")));
    std::fputs(text.toUtf8().constData(), stdout);
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scalelab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALELAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs ScaleLab topologies headless.\n\n"
        "  scalelab-cli run FILE [--duration S] [--seed N] [--report text|json] [--trace OUT.csv] [--events OUT.csv]\n"
        "  scalelab-cli validate FILE\n"
        "  scalelab-cli compare A.json B.json [--duration S] [--seed N] [--report text|json]\n"
        "  scalelab-cli lesson FILE.lesson.json [--seeds N] [--seed N] [--jobs N] [--report text|json] [--examples DIR]\n"
        "  scalelab-cli sweep FILE [--set NODE.KEY=V1,V2,...]... [--seeds N] [--seed N] [--duration S] [--jobs N]\n"
        "                     [--metric PATH]... [--report text|json|csv]\n\n"
        "compare runs both files on one seed (--seed, else A's) and prints both reports and the figures that differ.\n"
        "lesson runs every checkpoint of every step of a lesson (with --seeds, on each of N seeds); exit code 1 when one does not hold.\n"
        "sweep runs every combination of the --set values (times --seeds) in parallel and prints one row per run."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("run, validate, compare, lesson or sweep"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("a *.scalelab.json topology (compare: two; lesson: a *.lesson.json)"));
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Simulated seconds during which clients send requests."), QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: the file's; compare: A's file's, for both; sweep and lesson: the first of --seeds)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Report format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("trace"), QStringLiteral("Write one CSV row per request to OUT.csv (- for stdout is not allowed)."), QStringLiteral("OUT.csv")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Write every state change as CSV to OUT.csv."), QStringLiteral("OUT.csv")});
    parser.addOption({QStringLiteral("examples"), QStringLiteral("lesson: where \"example:NAME\" steps are found (default: ../examples beside the lesson's directory)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("set"), QStringLiteral("sweep: the values to try, NODE.KEY=V1,V2,... or OBJECT.KEY=...; several --set: every combination."), QStringLiteral("NODE.KEY=V1,V2")});
    parser.addOption({QStringLiteral("seeds"), QStringLiteral("sweep: run each combination on N seeds, from the file's (or --seed) up; lesson: every checkpoint on N seeds, from 1 (or --seed) up."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("sweep and lesson: runs at the same time (default: one per core)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("sweep: a column, a path into the JSON report (latency_ms.p95, nodes[web1].served); repeatable."), QStringLiteral("PATH")});
    if (!parser.parse(app.arguments()))
        return fail(kBadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("scalelab-cli %s\n", SCALELAB_VERSION);
        return kOk;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("examples")) && (args.isEmpty() || args[0] != QLatin1String("lesson")))
        return fail(kBadInput, QStringLiteral("--examples applies to lesson only"));
    for (const char *option : {"set", "metric"}) {
        if (parser.isSet(QLatin1String(option)) && (args.isEmpty() || args[0] != QLatin1String("sweep")))
            return fail(kBadInput, QStringLiteral("--%1 applies to sweep only").arg(QLatin1String(option)));
    }
    for (const char *option : {"seeds", "jobs"}) {
        if (parser.isSet(QLatin1String(option)) && (args.isEmpty() || (args[0] != QLatin1String("sweep") && args[0] != QLatin1String("lesson"))))
            return fail(kBadInput, QStringLiteral("--%1 applies to sweep and lesson only").arg(QLatin1String(option)));
    }
    if (!args.isEmpty() && args[0] == QLatin1String("compare")) {
        if (args.size() != 3)
            return fail(kBadInput, QStringLiteral("compare needs two files: compare A.json B.json (see --help)"));
        return compare(parser, args[1], args[2]);
    }
    if (args.size() != 2)
        return fail(kBadInput, QStringLiteral("expected a command and a file: run FILE, validate FILE, compare A.json B.json, lesson FILE or sweep FILE (see --help)"));
    if (args[0] == QLatin1String("validate"))
        return validate(args[1]);
    if (args[0] == QLatin1String("run"))
        return run(parser, args[1]);
    if (args[0] == QLatin1String("lesson"))
        return lesson(parser, args[1]);
    if (args[0] == QLatin1String("sweep"))
        return sweep(parser, args[1]);
    return fail(kBadInput, QStringLiteral("unknown command \"%1\"; expected run, validate, compare, lesson or sweep").arg(args[0]));
}
