// scalelab-cli: the headless front end of the engine (DESIGN.md, "Headless CLI").
#include "io/topologyreader.h"
#include "io/tracewriter.h"
#include "metrics/report.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace scalelab;

namespace {

enum ExitCode { kOk = 0, kFailure = 1, kBadInput = 2 };

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "scalelab-cli: %s\n", qPrintable(message));
    return code;
}

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
    TopologyReader reader;
    const auto topology = reader.readFile(file);
    if (!topology)
        return fail(kBadInput, reader.errorText());
    for (const Diagnostic &d : reader.diagnostics().warnings())
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(d.toString()));
    std::printf("%s: valid (%lld nodes, %lld links)\n", qPrintable(file),
                static_cast<long long>(topology->nodes.size()), static_cast<long long>(topology->links.size()));
    return kOk;
}

int run(const QCommandLineParser &parser, const QString &file)
{
    bool ok = true;
    const double duration = parser.value(QStringLiteral("duration")).toDouble(&ok);
    if (!ok || duration <= 0 || duration > 1e7)
        return fail(kBadInput, QStringLiteral("--duration: expected seconds > 0, got \"%1\"").arg(parser.value(QStringLiteral("duration"))));
    const QString reportKind = parser.value(QStringLiteral("report"));
    if (reportKind != QLatin1String("text") && reportKind != QLatin1String("json"))
        return fail(kBadInput, QStringLiteral("--report: expected text or json, got \"%1\"").arg(reportKind));

    TopologyReader reader;
    const auto topology = reader.readFile(file);
    if (!topology)
        return fail(kBadInput, reader.errorText());
    for (const Diagnostic &d : reader.diagnostics().warnings())
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(d.toString()));

    std::uint64_t seed = topology->seed;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(kBadInput, QStringLiteral("--seed: expected a whole number >= 0, got \"%1\"").arg(parser.value(QStringLiteral("seed"))));
    }
    QString error;
    auto sim = Simulation::create(*topology, seed, &error);
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
    sim->runToCompletion(SimTime::fromS(duration));
    const double wallSeconds = wall.nsecsElapsed() / 1e9;
    traceWriter.reset();
    eventWriter.reset();
    for (FilePtr *f : {&traceFile, &eventsFile}) {
        if (*f && (std::ferror(f->get()) || std::fclose(f->release()) != 0))
            return fail(kFailure, QStringLiteral("writing the trace or events file failed"));
    }

    if (reportKind == QLatin1String("json"))
        std::fputs(QJsonDocument(Report::toJson(*sim, wallSeconds)).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::fputs(qPrintable(Report::toText(*sim, wallSeconds)), stdout);
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
        "  scalelab-cli validate FILE"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("run or validate"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("a *.scalelab.json topology"));
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Simulated seconds during which clients send requests."), QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: the file's)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Report format: text or json."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("trace"), QStringLiteral("Write one CSV row per request to OUT.csv (- for stdout is not allowed)."), QStringLiteral("OUT.csv")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Write every state change as CSV to OUT.csv."), QStringLiteral("OUT.csv")});
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
    if (args.size() != 2)
        return fail(kBadInput, QStringLiteral("expected a command and a file: run FILE or validate FILE (see --help)"));
    if (args[0] == QLatin1String("validate"))
        return validate(args[1]);
    if (args[0] == QLatin1String("run"))
        return run(parser, args[1]);
    return fail(kBadInput, QStringLiteral("unknown command \"%1\"; expected run or validate").arg(args[0]));
}
