// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepcommand.h"

#include "clioptions.h"
#include "progressline.h"
#include "sweep/sweepplan.h"
#include "sweep/sweeprunner.h"
#include "sweeptable.h"

#include "lessons/checkpoint.h"
#include "report/report.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QThread>

#include <cmath>
#include <cstdio>

namespace scalelab::cli {

namespace {

/// The columns without --metric: what a teacher looks at first.
const QStringList kDefaultMetrics{QStringLiteral("requests.ok"),     QStringLiteral("requests.error"),
                                  QStringLiteral("requests.timeout"), QStringLiteral("requests.dropped"),
                                  QStringLiteral("latency_ms.p50"),  QStringLiteral("latency_ms.p95"),
                                  QStringLiteral("cache.hit_ratio"), QStringLiteral("replication.stale_reads")};

/// Whether `metric` names a number of the report. `before` is the report of an engine that
/// has not run: it has every key except those that appear with what happens (WebSockets'
/// `connections`, a replica's lag), which are accepted for the nodes and groups that exist.
QString metricProblem(const QString &metric, const QJsonObject &before)
{
    if (metric == QLatin1String("wall_s"))
        return QStringLiteral("--metric wall_s: wall time differs from run to run, so a sweep leaves it out");
    if (reportValue(before, metric))
        return {};
    const QRegularExpression nodeField(QStringLiteral("^nodes\\[([^\\]]+)\\]\\.(lag_ms|writes_behind|connections)$"));
    const QRegularExpressionMatch match = nodeField.match(metric);
    if (match.hasMatch() && reportValue(before, QStringLiteral("nodes[%1].served").arg(match.captured(1))))
        return {};
    for (const char *key : {"opened", "closed", "dropped", "failed"}) {
        if (metric == QLatin1String("connections.") + QLatin1String(key))
            return {};
    }
    return QStringLiteral("--metric %1: not a number of the report (docs/CLI.md lists them); "
                          "e.g. requests.dropped, latency_ms.p95, cache.hit_ratio, nodes[ID].served").arg(metric);
}

// Metrics are checked before anything runs, against an engine that has not started: the
// first problem, or nothing.
QString metricsProblem(const QStringList &metrics, const SweepPlan &plan, std::uint64_t firstSeed, const QString &file)
{
    QString error;
    const auto before = Simulation::create(plan.variants().first().topology, firstSeed, &error);
    if (!before)
        return file + QStringLiteral(": ") + error;
    const QJsonObject report = Report::toJson(*before, 0.0);
    for (const QString &metric : metrics) {
        const QString problem = metricProblem(metric, report);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// The runs on `jobs` threads, with a progress line on a terminal.
std::vector<SweepRunner::Result> runWithProgress(const std::vector<SweepRunner::Run> &runs, double durationS, int jobs)
{
    const auto runCount = qsizetype(runs.size());
    ProgressLine progress;
    SweepRunner::Progress onProgress;
    if (progress.enabled()) {
        onProgress = [&progress, runCount](int done, double fraction) {
            progress.show(QStringLiteral("sweep: %1 of %2 runs done (%3%)").arg(done).arg(runCount).arg(std::floor(100 * fraction), 0, 'f', 0));
        };
    }
    const std::vector<SweepRunner::Result> results = SweepRunner(SimTime::fromS(durationS), jobs).run(runs, onProgress);
    progress.clear();
    return results;
}

} // namespace

int sweep(const QCommandLineParser &parser, const QString &file)
{
    if (parser.isSet(QStringLiteral("trace")) || parser.isSet(QStringLiteral("events")))
        return fail(kBadInput, QStringLiteral("--trace and --events apply to run only; run one variant with them to get its CSV"));
    QString error;
    const auto duration = parseDuration(parser, &error);
    if (!duration)
        return fail(kBadInput, error);
    const QString reportKind = parser.value(QStringLiteral("report"));
    if (reportKind != QLatin1String("text") && reportKind != QLatin1String("json") && reportKind != QLatin1String("csv"))
        return fail(kBadInput, QStringLiteral("--report: expected text, json or csv, got \"%1\"").arg(reportKind));
    const auto seeds = parseCount(parser, QStringLiteral("seeds"), 1, 1, int(SweepPlan::kMaxRuns), &error);
    if (!seeds)
        return fail(kBadInput, error);
    const auto jobs = parseCount(parser, QStringLiteral("jobs"), QThread::idealThreadCount(), 1, 1024, &error);
    if (!jobs)
        return fail(kBadInput, error);
    QStringList metrics = parser.isSet(QStringLiteral("metric")) ? parser.values(QStringLiteral("metric")) : kDefaultMetrics;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        if (metrics.indexOf(metrics[i]) != i)
            return fail(kBadInput, QStringLiteral("--metric %1 is given twice").arg(metrics[i]));
    }

    const auto topology = load(file, &error);
    if (!topology)
        return fail(kBadInput, error);
    const auto firstSeed = parseSeed(parser, topology->seed, &error);
    if (!firstSeed)
        return fail(kBadInput, error);
    const auto plan = SweepPlan::build(file, parser.values(QStringLiteral("set")), &error);
    if (!plan)
        return fail(kBadInput, error);
    const qsizetype runCount = plan->variants().size() * *seeds;
    if (runCount > SweepPlan::kMaxRuns)
        return fail(kBadInput, QStringLiteral("%1 combinations x %2 seeds = %3 runs; the limit is %4")
                                   .arg(plan->variants().size()).arg(*seeds).arg(runCount).arg(SweepPlan::kMaxRuns));

    if (const QString problem = metricsProblem(metrics, *plan, *firstSeed, file); !problem.isEmpty())
        return fail(kBadInput, problem);

    // Rows in a fixed order, the value(s) first, then the seed, whichever run ends first.
    std::vector<SweepRunner::Run> runs;
    for (const SweepVariant &variant : plan->variants()) {
        for (int s = 0; s < *seeds; ++s)
            runs.push_back({&variant.topology, *firstSeed + std::uint64_t(s)});
    }
    const std::vector<SweepRunner::Result> results = runWithProgress(runs, *duration, *jobs);

    QStringList parameterNames;
    for (const SweepParameter &parameter : plan->parameters())
        parameterNames.append(parameter.spec);
    SweepTable table(parameterNames, metrics);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (!results[i].error.isEmpty())
            return fail(kBadInput, file + QStringLiteral(": ") + results[i].error);
        QList<std::optional<double>> figures;
        for (const QString &metric : metrics)
            figures.append(reportValue(results[i].report, metric));
        table.addRow(plan->variants()[qsizetype(i) / *seeds].values, runs[i].seed, figures);
    }

    if (reportKind == QLatin1String("json")) {
        std::fputs(table.toJson().constData(), stdout);
    } else if (reportKind == QLatin1String("csv")) {
        std::fputs(table.toCsv().toUtf8().constData(), stdout);
    } else {
        const qsizetype combinations = plan->variants().size();
        const QString seedText = *seeds == 1 ? QStringLiteral("seed %1").arg(*firstSeed)
                                             : QStringLiteral("%1 seeds, %2 to %3").arg(*seeds).arg(*firstSeed).arg(*firstSeed + std::uint64_t(*seeds - 1));
        const QString title = QStringLiteral("sweep of ") + file
                              + QStringLiteral(": %1 run%2, %3 combination%4 x %5, %6 s of requests each\n\n")
                                    .arg(runCount).arg(runCount == 1 ? QString() : QStringLiteral("s"))
                                    .arg(combinations).arg(combinations == 1 ? QString() : QStringLiteral("s"))
                                    .arg(seedText).arg(*duration);
        std::fputs((title + table.toText()).toUtf8().constData(), stdout);
    }
    return kOk;
}

} // namespace scalelab::cli
