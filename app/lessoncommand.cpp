// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessoncommand.h"

#include "clioptions.h"
#include "progressline.h"
#include "sweep/sweepplan.h"
#include "sweep/sweeprunner.h"

#include "lessons/challenge.h"
#include "lessons/checkpoint.h"
#include "lessons/explore.h"
#include "lessons/lessonreader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>

namespace scalelab::cli {

namespace {

/// Where "example:NAME" resolves: --examples, else the "examples" directory beside the
/// lesson's own directory (resources/lessons -> resources/examples in a source tree).
QString examplesDirectory(const QCommandLineParser &parser, const QString &file)
{
    if (parser.isSet(QStringLiteral("examples")))
        return parser.value(QStringLiteral("examples"));
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(QStringLiteral("../examples")));
}

/// The seeds every checkpoint runs on; empty: each step's own.
struct SeedRange
{
    std::uint64_t first = 0;
    int count = 0;
    bool given() const { return count > 0; }
    std::uint64_t last() const { return first + std::uint64_t(count - 1); }
};

/// One claim over its seeds: a checkpoint, a challenge's goal, "the start misses the goal",
/// an explore's trend.
struct CheckpointOutcome
{
    Checkpoint checkpoint;
    QString label;                              ///< before the claim: "solution", "explore"
    std::vector<std::optional<double>> actual;  ///< one per seed; empty: not in the report
    std::vector<std::uint64_t> failedSeeds;
};

/// What a step claims besides its checkpoints: a challenge's start and solution, an explore's trend.
struct StepOutcomes
{
    std::vector<CheckpointOutcome> checkpoints;
    std::optional<CheckpointOutcome> startMisses;
    std::vector<CheckpointOutcome> solution;
    std::optional<CheckpointOutcome> trend;
};

/// Every run a lesson's claims need, each (topology, by_s) once per seed, run side by side
/// on `jobs` threads.
class RunBatch
{
public:
    explicit RunBatch(const SeedRange &seeds) : m_seeds(seeds) {}

    /// Asks for `topology` run for `byS` on the batch's seeds (or `ownSeeds`, when the
    /// batch has none: 1 to N, or the topology's own seed for 0). Returns its key.
    void add(const Topology *topology, double byS, int ownSeeds = 0)
    {
        const Key key{topology, byS};
        if (m_first.contains(key))
            return;
        std::vector<SweepRunner::Run> &group = m_runs[byS];
        m_first[key] = group.size();
        if (m_seeds.given()) {
            for (int s = 0; s < m_seeds.count; ++s)
                group.push_back({topology, m_seeds.first + std::uint64_t(s)});
        } else if (ownSeeds > 0) {
            for (int s = 1; s <= ownSeeds; ++s)
                group.push_back({topology, std::uint64_t(s)});
        } else {
            group.push_back({topology, topology->seed});
        }
        m_count[key] = int(group.size() - m_first[key]);
        m_total += m_count[key];
    }

    void run(int jobs)
    {
        ProgressLine progress;
        int doneBefore = 0;
        for (const auto &[byS, runs] : m_runs) {
            SweepRunner::Progress onProgress;
            if (progress.enabled()) {
                onProgress = [&, count = m_total](int done, double) {
                    progress.show(QStringLiteral("lesson: %1 of %2 runs done").arg(doneBefore + done).arg(count));
                };
            }
            m_results[byS] = SweepRunner(SimTime::fromS(byS), jobs).run(runs, onProgress);
            doneBefore += int(runs.size());
        }
        progress.clear();
    }

    /// The runs of (topology, by_s), one per seed: the seed and its report (empty when the
    /// engine could not be built: every figure is then "not in the report").
    std::vector<std::pair<std::uint64_t, const QJsonObject *>> reports(const Topology *topology, double byS) const
    {
        const Key key{topology, byS};
        const std::size_t first = m_first.at(key);
        std::vector<std::pair<std::uint64_t, const QJsonObject *>> out;
        for (int s = 0; s < m_count.at(key); ++s)
            out.emplace_back(m_runs.at(byS)[first + std::size_t(s)].seed, &m_results.at(byS)[first + std::size_t(s)].report);
        return out;
    }

    /// A checkpoint on (topology, its by_s) over the seeds.
    CheckpointOutcome checkpoint(const Topology *topology, const Checkpoint &c, const QString &label = {}) const
    {
        CheckpointOutcome outcome{c, label, {}, {}};
        for (const auto &[seed, report] : reports(topology, c.byS)) {
            const std::optional<double> actual = reportValue(*report, c.metric);
            outcome.actual.push_back(actual);
            if (!actual || !compareCheckpoint(*actual, c.op, c.value))
                outcome.failedSeeds.push_back(seed);
        }
        return outcome;
    }

private:
    using Key = std::pair<const Topology *, double>;
    SeedRange m_seeds;
    std::map<double, std::vector<SweepRunner::Run>> m_runs;  // a SweepRunner runs one duration
    std::map<double, std::vector<SweepRunner::Result>> m_results;
    std::map<Key, std::size_t> m_first;
    std::map<Key, int> m_count;
    int m_total = 0;
};

/// Every claim of every step: checkpoints, challenges (the start misses the goal, the
/// solution meets it) and explore trends, all runs side by side on `jobs` threads.
std::vector<StepOutcomes> runClaims(const Lesson &lesson, const SeedRange &seeds, int jobs)
{
    // Solutions and explore ends are topologies of their own; they live until the end.
    std::vector<std::optional<Topology>> solutions(std::size_t(lesson.steps.size()));
    std::vector<std::optional<SweepPlan>> plans(std::size_t(lesson.steps.size()));
    RunBatch batch(seeds);
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        for (const Checkpoint &c : step.checkpoints)
            batch.add(&step.topology, c.byS);
        if (step.challenge) {
            QString error;  // the reader has checked that the solution applies
            solutions[std::size_t(i)] = challengeSolution(step, &error);
            for (const Checkpoint &goal : step.challenge->checkpoints) {
                batch.add(&step.topology, goal.byS);
                batch.add(&*solutions[std::size_t(i)], goal.byS);
            }
        }
        if (step.explore && !step.explore->trend.isEmpty()) {
            QString error;
            plans[std::size_t(i)] = explorePlan(*step.explore, step.topology, &error);
            batch.add(&plans[std::size_t(i)]->variants().constFirst().topology, step.runS, step.explore->seeds);
            batch.add(&plans[std::size_t(i)]->variants().constLast().topology, step.runS, step.explore->seeds);
        }
    }
    batch.run(jobs);

    std::vector<StepOutcomes> outcomes(std::size_t(lesson.steps.size()));
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        StepOutcomes &out = outcomes[std::size_t(i)];
        for (const Checkpoint &c : step.checkpoints)
            out.checkpoints.push_back(batch.checkpoint(&step.topology, c));
        if (step.challenge) {
            // "Misses the goal" as a checkpoint on the number of goals met: fewer than all.
            const qsizetype goals = step.challenge->checkpoints.size();
            CheckpointOutcome start{{QStringLiteral("goals met"), QStringLiteral("<"), double(goals), step.runS,
                                     QStringLiteral("the starting topology misses the goal")},
                                    QStringLiteral("start"), {}, {}};
            std::map<std::uint64_t, int> met;
            std::vector<std::uint64_t> order;
            for (const Checkpoint &goal : step.challenge->checkpoints) {
                for (const auto &[seed, report] : batch.reports(&step.topology, goal.byS)) {
                    if (!met.contains(seed))
                        order.push_back(seed);
                    const std::optional<double> actual = reportValue(*report, goal.metric);
                    met[seed] += actual && compareCheckpoint(*actual, goal.op, goal.value) ? 1 : 0;
                }
            }
            for (std::uint64_t seed : order) {
                start.actual.push_back(double(met[seed]));
                if (met[seed] >= goals)
                    start.failedSeeds.push_back(seed);
            }
            out.startMisses = start;
            for (const Checkpoint &goal : step.challenge->checkpoints)
                out.solution.push_back(batch.checkpoint(&*solutions[std::size_t(i)], goal, QStringLiteral("solution")));
        }
        if (const std::optional<SweepPlan> &plan = plans[std::size_t(i)]) {
            const LessonExplore &explore = *step.explore;
            const auto first = batch.reports(&plan->variants().constFirst().topology, step.runS);
            const auto last = batch.reports(&plan->variants().constLast().topology, step.runS);
            // The claim as a checkpoint on last minus first: > 0 (rises) or < 0 (falls).
            CheckpointOutcome trend{{explore.metric + QStringLiteral(" (last - first value)"),
                                     explore.trend == QLatin1String("rises") ? QStringLiteral(">") : QStringLiteral("<"), 0.0, step.runS,
                                     QStringLiteral("%1 %2 from %3 = %4 to %5").arg(explore.metric, explore.trend, explore.parameter,
                                                                                     figure(explore.values.constFirst()),
                                                                                     figure(explore.values.constLast()))},
                                    QStringLiteral("explore"), {}, {}};
            for (std::size_t s = 0; s < first.size(); ++s) {
                const std::optional<double> a = reportValue(*first[s].second, explore.metric);
                const std::optional<double> b = reportValue(*last[s].second, explore.metric);
                trend.actual.push_back(a && b ? std::optional<double>(*b - *a) : std::nullopt);
                if (exploreTrendHolds(explore, *first[s].second, *last[s].second) != true)
                    trend.failedSeeds.push_back(first[s].first);
            }
            out.trend = trend;
        }
    }
    return outcomes;
}

/// "80 to 229" over the seeds that have the figure; "not in the report" when none has.
QString actualRange(const std::vector<std::optional<double>> &actual, double *low, double *high)
{
    bool any = false;
    for (const std::optional<double> &a : actual) {
        if (!a)
            continue;
        *low = any ? std::min(*low, *a) : *a;
        *high = any ? std::max(*high, *a) : *a;
        any = true;
    }
    if (!any)
        return QStringLiteral("not in the report");
    return *low == *high ? figure(*low) : QStringLiteral("%1 to %2").arg(figure(*low), figure(*high));
}

/// At most `shown` seeds, then how many more.
QString seedList(const std::vector<std::uint64_t> &seeds, std::size_t shown = 12)
{
    QStringList parts;
    for (std::size_t i = 0; i < std::min(shown, seeds.size()); ++i)
        parts.append(QString::number(seeds[i]));
    QString text = parts.join(QStringLiteral(", "));
    if (seeds.size() > shown)
        text += QStringLiteral(" and %1 more").arg(seeds.size() - shown);
    return text;
}

// The text and JSON of the checkpoints' outcomes, step by step, and the counts for the summary.
struct OutcomeWriter
{
    bool seedsGiven = false;
    QString text;
    int total = 0;
    int failed = 0;

    QJsonObject add(const CheckpointOutcome &outcome)
    {
        const Checkpoint &c = outcome.checkpoint;
        const bool passed = outcome.failedSeeds.empty();
        ++total;
        failed += passed ? 0 : 1;
        double low = 0;
        double high = 0;
        const QString actual = actualRange(outcome.actual, &low, &high);
        text += QStringLiteral("  %1 %2%3 %4 %5 by %6 s: ")
                    .arg(passed ? QStringLiteral("ok    ") : QStringLiteral("FAILED"),
                         outcome.label.isEmpty() ? QString() : outcome.label + QStringLiteral(": "), c.metric, c.op, figure(c.value), figure(c.byS));
        QJsonObject json{
            {QStringLiteral("metric"), c.metric},
            {QStringLiteral("op"), c.op},
            {QStringLiteral("value"), c.value},
            {QStringLiteral("by_s"), c.byS},
            {QStringLiteral("says"), c.says},
            {QStringLiteral("ok"), passed},
        };
        if (outcome.actual.size() > 1 || seedsGiven) {
            const std::size_t held = outcome.actual.size() - outcome.failedSeeds.size();
            text += QStringLiteral("holds on %1 of %2 seeds, actual %3").arg(held).arg(outcome.actual.size()).arg(actual);
            if (!passed)
                text += QStringLiteral(", fails on seed%1 %2").arg(outcome.failedSeeds.size() == 1 ? QString() : QStringLiteral("s"), seedList(outcome.failedSeeds));
            QJsonArray failedSeeds;
            for (std::uint64_t seed : outcome.failedSeeds)
                failedSeeds.append(double(seed));
            json.insert(QStringLiteral("seeds_held"), int(held));
            json.insert(QStringLiteral("failed_seeds"), failedSeeds);
            const bool any = actual != QLatin1String("not in the report");
            json.insert(QStringLiteral("actual_min"), any ? QJsonValue(low) : QJsonValue());
            json.insert(QStringLiteral("actual_max"), any ? QJsonValue(high) : QJsonValue());
        } else {
            text += QStringLiteral("actual ") + actual;
            json.insert(QStringLiteral("actual"), outcome.actual.front() ? QJsonValue(*outcome.actual.front()) : QJsonValue());
        }
        if (!c.says.isEmpty())
            text += QStringLiteral(" (%1)").arg(c.says);
        text += QLatin1Char('\n');
        return json;
    }

    QJsonObject step(const LessonStep &step, int number, const StepOutcomes &out)
    {
        text += QStringLiteral("\nstep %1: %2\n").arg(number).arg(step.title);
        if (step.checkpoints.isEmpty() && !step.challenge && !step.explore)
            text += QStringLiteral("  (no checkpoints)\n");
        QJsonArray checkpoints;
        for (const CheckpointOutcome &outcome : out.checkpoints)
            checkpoints.append(add(outcome));
        QJsonObject stepJson{{QStringLiteral("step"), number},
                             {QStringLiteral("title"), step.title},
                             {QStringLiteral("checkpoints"), checkpoints}};
        if (out.startMisses) {
            text += QStringLiteral("  challenge (%1 goal%2):\n").arg(out.solution.size()).arg(out.solution.size() == 1 ? QString() : QStringLiteral("s"));
            QJsonArray solution;
            const QJsonObject start = add(*out.startMisses);
            for (const CheckpointOutcome &outcome : out.solution)
                solution.append(add(outcome));
            stepJson.insert(QStringLiteral("challenge"), QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("solution"), solution}});
        }
        if (out.trend)
            stepJson.insert(QStringLiteral("explore"), add(*out.trend));
        else if (step.explore)
            text += QStringLiteral("  explore %1 over %2 values (no trend claimed)\n").arg(step.explore->parameter).arg(step.explore->values.size());
        return stepJson;
    }
};

// The lesson, or nothing after printing why; its warnings go to stderr.
std::optional<Lesson> readLesson(const QString &file, const QString &examples)
{
    LessonReader reader;
    reader.setExamplesDirectory(examples);
    const std::optional<Lesson> read = reader.readFile(file);
    if (!read) {
        QString message = reader.errorText();
        // The usual cause of a step file that cannot be opened outside the source tree.
        if (!QFileInfo(examples).isDir() && message.contains(QLatin1String(".topology: ")) && message.contains(QLatin1String(": cannot open")))
            message += QStringLiteral("\nscalelab-cli: note: \"example:\" names are looked up in %1, which is not a directory; "
                                      "give --examples DIR").arg(examples);
        fail(kBadInput, message);
        return std::nullopt;
    }
    for (const Diagnostic &d : reader.diagnostics().warnings())
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(d.toString()));
    return read;
}

} // namespace

int lesson(const QCommandLineParser &parser, const QString &file)
{
    for (const char *option : {"duration", "trace", "events"}) {
        if (parser.isSet(QLatin1String(option)))
            return fail(kBadInput, QStringLiteral("--%1 does not apply to lesson: each checkpoint runs its step's topology "
                                                  "for its by_s").arg(QLatin1String(option)));
    }
    QString error;
    const auto reportKind = parseReportKind(parser, &error);
    if (!reportKind)
        return fail(kBadInput, error);
    SeedRange seeds;
    if (parser.isSet(QStringLiteral("seeds")) || parser.isSet(QStringLiteral("seed"))) {
        const auto count = parseCount(parser, QStringLiteral("seeds"), 1, 1, int(SweepPlan::kMaxRuns), &error);
        const auto first = count ? parseSeed(parser, 1, &error) : std::nullopt;
        if (!first)
            return fail(kBadInput, error);
        seeds = {*first, *count};
    }
    const auto jobs = parseCount(parser, QStringLiteral("jobs"), QThread::idealThreadCount(), 1, 1024, &error);
    if (!jobs)
        return fail(kBadInput, error);
    const QString examples = examplesDirectory(parser, file);

    const std::optional<Lesson> read = readLesson(file, examples);
    if (!read)
        return kBadInput;

    const auto outcomes = runClaims(*read, seeds, *jobs);
    const QString onSeeds = seeds.count == 1 ? QStringLiteral("seed %1").arg(seeds.first)
                                             : QStringLiteral("seeds %1 to %2").arg(seeds.first).arg(seeds.last());
    OutcomeWriter writer;
    writer.seedsGiven = seeds.given();
    writer.text = QStringLiteral("%1 (%2): %3 step%4")
                      .arg(read->title, read->id).arg(read->steps.size()).arg(read->steps.size() == 1 ? QString() : QStringLiteral("s"));
    writer.text += seeds.given() ? QStringLiteral(", each checkpoint on %1\n").arg(onSeeds) : QStringLiteral("\n");
    QJsonArray steps;
    for (qsizetype i = 0; i < read->steps.size(); ++i)
        steps.append(writer.step(read->steps[i], int(i + 1), outcomes[std::size_t(i)]));
    const int total = writer.total;
    const int failed = writer.failed;
    QString &text = writer.text;

    if (*reportKind == QLatin1String("json")) {
        QJsonObject out{
            {QStringLiteral("file"), file},
            {QStringLiteral("examples"), examples},
            {QStringLiteral("id"), read->id},
            {QStringLiteral("title"), read->title},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("checkpoints"), total},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("ok"), failed == 0},
        };
        if (seeds.given())
            out.insert(QStringLiteral("seeds"), QJsonArray{double(seeds.first), double(seeds.last())});
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        const QString where = seeds.given() ? (seeds.count == 1 ? QStringLiteral(" on ") : QStringLiteral(" on every one of ")) + onSeeds : QString();
        text += failed == 0 ? QStringLiteral("\nall %1 checkpoints hold%2\n").arg(total).arg(where)
                            : QStringLiteral("\n%1 of %2 checkpoints FAILED%3\n").arg(failed).arg(total)
                                  .arg(seeds.given() ? QStringLiteral(" on at least one of ") + onSeeds : QString());
        std::fputs(text.toUtf8().constData(), stdout);
    }
    return failed == 0 ? kOk : kFailure;
}

} // namespace scalelab::cli
