#include "lessoncommand.h"

#include "clioptions.h"
#include "progressline.h"
#include "sweepplan.h"
#include "sweeprunner.h"

#include "lessons/checkpoint.h"
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

/// One checkpoint over its seeds.
struct CheckpointOutcome
{
    Checkpoint checkpoint;
    std::vector<std::optional<double>> actual;  ///< one per seed; empty: not in the report
    std::vector<std::uint64_t> failedSeeds;
};

/// Every checkpoint of every step, each step's topology run once per distinct `by_s` and
/// seed, all runs side by side on `jobs` threads.
std::vector<std::vector<CheckpointOutcome>> runCheckpoints(const Lesson &lesson, const SeedRange &seeds, int jobs)
{
    // Runs grouped by duration, since a SweepRunner runs all its runs for one duration.
    std::map<double, std::vector<SweepRunner::Run>> runsByDuration;
    std::map<std::pair<qsizetype, double>, std::size_t> firstRunOf;  // (step, by_s) -> its first run in the by_s group
    int runCount = 0;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        for (const Checkpoint &c : step.checkpoints) {
            if (firstRunOf.contains({i, c.byS}))
                continue;
            std::vector<SweepRunner::Run> &group = runsByDuration[c.byS];
            firstRunOf[{i, c.byS}] = group.size();
            if (seeds.given()) {
                for (int s = 0; s < seeds.count; ++s)
                    group.push_back({&step.topology, seeds.first + std::uint64_t(s)});
            } else {
                group.push_back({&step.topology, step.topology.seed});
            }
            runCount += seeds.given() ? seeds.count : 1;
        }
    }

    ProgressLine progress;
    int doneBefore = 0;
    std::map<double, std::vector<SweepRunner::Result>> resultsByDuration;
    for (const auto &[byS, runs] : runsByDuration) {
        SweepRunner::Progress onProgress;
        if (progress.enabled()) {
            onProgress = [&, count = runCount](int done, double) {
                progress.show(QStringLiteral("lesson: %1 of %2 runs done").arg(doneBefore + done).arg(count));
            };
        }
        resultsByDuration[byS] = SweepRunner(SimTime::fromS(byS), jobs).run(runs, onProgress);
        doneBefore += int(runs.size());
    }
    progress.clear();

    const int perCheckpoint = seeds.given() ? seeds.count : 1;
    std::vector<std::vector<CheckpointOutcome>> outcomes(std::size_t(lesson.steps.size()));
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        for (const Checkpoint &c : lesson.steps[i].checkpoints) {
            const std::size_t first = firstRunOf.at({i, c.byS});
            const std::vector<SweepRunner::Result> &results = resultsByDuration.at(c.byS);
            const std::vector<SweepRunner::Run> &runs = runsByDuration.at(c.byS);
            CheckpointOutcome outcome{c, {}, {}};
            for (int s = 0; s < perCheckpoint; ++s) {
                // A run whose engine could not be built has an empty report: the figure is
                // "not in the report" and the checkpoint fails, as in the lesson panel.
                const std::optional<double> actual = reportValue(results[first + std::size_t(s)].report, c.metric);
                outcome.actual.push_back(actual);
                if (!actual || !compareCheckpoint(*actual, c.op, c.value))
                    outcome.failedSeeds.push_back(runs[first + std::size_t(s)].seed);
            }
            outcomes[std::size_t(i)].push_back(std::move(outcome));
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

    LessonReader reader;
    reader.setExamplesDirectory(examples);
    const std::optional<Lesson> read = reader.readFile(file);
    if (!read) {
        QString message = reader.errorText();
        // The usual cause of a step file that cannot be opened outside the source tree.
        if (!QFileInfo(examples).isDir() && message.contains(QLatin1String(".topology: ")) && message.contains(QLatin1String(": cannot open")))
            message += QStringLiteral("\nscalelab-cli: note: \"example:\" names are looked up in %1, which is not a directory; "
                                      "give --examples DIR").arg(examples);
        return fail(kBadInput, message);
    }
    for (const Diagnostic &d : reader.diagnostics().warnings())
        std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(d.toString()));

    const auto outcomes = runCheckpoints(*read, seeds, *jobs);
    const QString onSeeds = seeds.count == 1 ? QStringLiteral("seed %1").arg(seeds.first)
                                             : QStringLiteral("seeds %1 to %2").arg(seeds.first).arg(seeds.last());
    int total = 0;
    int failed = 0;
    QString text = QStringLiteral("%1 (%2): %3 step%4")
                       .arg(read->title, read->id).arg(read->steps.size()).arg(read->steps.size() == 1 ? QString() : QStringLiteral("s"));
    text += seeds.given() ? QStringLiteral(", each checkpoint on %1\n").arg(onSeeds) : QStringLiteral("\n");
    QJsonArray steps;
    for (qsizetype i = 0; i < read->steps.size(); ++i) {
        const LessonStep &step = read->steps[i];
        text += QStringLiteral("\nstep %1: %2\n").arg(i + 1).arg(step.title);
        if (step.checkpoints.isEmpty())
            text += QStringLiteral("  (no checkpoints)\n");
        QJsonArray checkpoints;
        for (const CheckpointOutcome &outcome : outcomes[std::size_t(i)]) {
            const Checkpoint &c = outcome.checkpoint;
            const bool passed = outcome.failedSeeds.empty();
            ++total;
            failed += passed ? 0 : 1;
            double low = 0;
            double high = 0;
            const QString actual = actualRange(outcome.actual, &low, &high);
            text += QStringLiteral("  %1 %2 %3 %4 by %5 s: ")
                        .arg(passed ? QStringLiteral("ok    ") : QStringLiteral("FAILED"), c.metric, c.op, figure(c.value), figure(c.byS));
            QJsonObject json{
                {QStringLiteral("metric"), c.metric},
                {QStringLiteral("op"), c.op},
                {QStringLiteral("value"), c.value},
                {QStringLiteral("by_s"), c.byS},
                {QStringLiteral("says"), c.says},
                {QStringLiteral("ok"), passed},
            };
            if (seeds.given()) {
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
            checkpoints.append(json);
        }
        steps.append(QJsonObject{{QStringLiteral("step"), int(i + 1)},
                                 {QStringLiteral("title"), step.title},
                                 {QStringLiteral("checkpoints"), checkpoints}});
    }

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
