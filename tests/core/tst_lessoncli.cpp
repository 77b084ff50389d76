// SPDX-License-Identifier: GPL-3.0-or-later
// `scalelab-cli lesson FILE`: the built CLI checks a lesson's checkpoints as a teacher would
// before class — its exit codes, its per-step lines, the JSON report, how "example:" steps
// are found, and the message for a broken lesson.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <QTest>

using namespace scalelab::testing;

namespace {

/// scalelab-cli's output as text: the checks here read its lines and sentences.
struct TextResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

TextResult textCli(const QStringList &arguments)
{
    const CliResult r = cli(arguments);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString lessonsDir() { return QDir::cleanPath(QStringLiteral(SCALELAB_LESSONS)); }
QString shippedLesson() { return lessonsDir() + QStringLiteral("/one-server-to-two.lesson.json"); }

/// A one-step lesson on the single-server example (200 requests a second, nothing dropped),
/// with the given checkpoints and any extra step keys.
QByteArray lessonJson(const QJsonArray &checkpoints, const QJsonObject &extra = {})
{
    QJsonObject step{{QStringLiteral("title"), QStringLiteral("One server")},
                     {QStringLiteral("narration"), QStringLiteral("<p>n</p>")},
                     {QStringLiteral("topology"), QStringLiteral("example:single-server")},
                     {QStringLiteral("run_s"), 5},
                     {QStringLiteral("checkpoints"), checkpoints}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        step.insert(it.key(), it.value());
    const QJsonObject lesson{{QStringLiteral("format"), QStringLiteral("scalelab-lesson")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("id"), QStringLiteral("probe")},
                             {QStringLiteral("title"), QStringLiteral("Probe")},
                             {QStringLiteral("steps"), QJsonArray{step}}};
    return QJsonDocument(lesson).toJson();
}

QJsonObject checkpoint(const QString &metric, const QString &op, double value)
{
    return {{QStringLiteral("metric"), metric}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace

class TestLessonCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef SCALELAB_CLI
        QSKIP("built without the path of scalelab-cli");
#endif
    }

    void everyShippedLessonHolds_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(lessonsDir()).entryList({QStringLiteral("*.lesson.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << lessonsDir() + QLatin1Char('/') + file;
    }

    void everyShippedLessonHolds()
    {
        // No --examples: a shipped lesson finds resources/examples beside resources/lessons.
        QFETCH(QString, file);
        const TextResult r = textCli({QStringLiteral("lesson"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\nall \\d+ checkpoints hold\n$"))));
        QVERIFY(!r.out.contains(QLatin1String("FAILED")));
    }

    void textReportListsEachStepAndCheckpoint()
    {
        const TextResult r = textCli({QStringLiteral("lesson"), shippedLesson()});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("From one server to two (one-server-to-two): 5 steps"));
        QVERIFY(lines.contains(QStringLiteral("step 1: One server does everything")));
        QVERIFY(lines.contains(QStringLiteral("step 3: A load balancer and a second server")));
        QVERIFY(lines.contains(QStringLiteral(
            "  ok     requests.dropped == 0 by 20 s: actual 0 (At 200 requests a second nothing is dropped.)")));
        // Step 2 drops requests; its figure is the run's, whole, without an exponent.
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\n  ok     requests\\.dropped > 1000 by 20 s: actual \\d{4,} \\("))));
        QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("all 8 checkpoints hold"));
    }

    void aFailingCheckpointExitsOne()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("probe.lesson.json"),
                                       lessonJson({checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0),
                                                   checkpoint(QStringLiteral("requests.dropped"), QStringLiteral(">"), 0),
                                                   checkpoint(QStringLiteral("requests.nothing"), QStringLiteral(">"), 0)}));
        const TextResult r = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("\n  ok     requests.dropped == 0 by 5 s: actual 0\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("\n  FAILED requests.dropped > 0 by 5 s: actual 0\n")));
        QVERIFY(r.out.contains(QLatin1String("\n  FAILED requests.nothing > 0 by 5 s: actual not in the report\n")));
        QVERIFY(r.out.endsWith(QLatin1String("\n2 of 3 checkpoints FAILED\n")));
    }

    void aChallengeIsCheckedFromBothEnds()
    {
        // Start: web1 with 2 workers drops requests; the solution gives it 8. A challenge the
        // starting topology already meets, or whose solution misses, fails the lesson.
        const auto challenge = [](double startWorkers, double solutionWorkers) {
            const QJsonArray start{QJsonObject{{QStringLiteral("op"), QStringLiteral("set")}, {QStringLiteral("node"), QStringLiteral("web1")},
                                               {QStringLiteral("key"), QStringLiteral("concurrency")}, {QStringLiteral("value"), startWorkers}}};
            QJsonObject solution = start[0].toObject();
            solution.insert(QStringLiteral("value"), solutionWorkers);
            return QJsonObject{
                {QStringLiteral("changes"), start},
                {QStringLiteral("challenge"),
                 QJsonObject{{QStringLiteral("goal"), QStringLiteral("Drop nothing")},
                             {QStringLiteral("checkpoints"), QJsonArray{checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0)}},
                             {QStringLiteral("settings"), QJsonArray{QStringLiteral("web_server.concurrency")}},
                             {QStringLiteral("solution"), QJsonArray{solution}}}}};
        };
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("good.lesson.json"), lessonJson({}, challenge(2, 8)));
        TextResult r = textCli({QStringLiteral("lesson"), good, QStringLiteral("--examples"), examplesDir(), QStringLiteral("--seeds"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("  challenge (1 goal):\n  ok     start: goals met < 1 by 5 s: holds on 3 of 3 seeds, actual 0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("  ok     solution: requests.dropped == 0 by 5 s: holds on 3 of 3 seeds, actual 0")));

        const QString alreadyMet = writeFile(dir, QStringLiteral("met.lesson.json"), lessonJson({}, challenge(8, 8)));
        r = textCli({QStringLiteral("lesson"), alreadyMet, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("  FAILED start: goals met < 1 by 5 s: actual 1 (the starting topology misses the goal)")), qPrintable(r.out));

        const QString unsolved = writeFile(dir, QStringLiteral("unsolved.lesson.json"), lessonJson({}, challenge(2, 1)));
        r = textCli({QStringLiteral("lesson"), unsolved, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("  FAILED solution: requests.dropped == 0 by 5 s: actual ")), qPrintable(r.out));
    }

    void anExploreTrendIsChecked()
    {
        const auto explore = [](const QString &trend) {
            return QJsonObject{{QStringLiteral("explore"),
                                QJsonObject{{QStringLiteral("parameter"), QStringLiteral("web1.concurrency")},
                                            {QStringLiteral("values"), QJsonArray{1, 2, 4, 8}},
                                            {QStringLiteral("metric"), QStringLiteral("latency_ms.p95")},
                                            {QStringLiteral("trend"), trend}}}};
        };
        QTemporaryDir dir;
        TextResult r = textCli({QStringLiteral("lesson"), writeFile(dir, QStringLiteral("falls.lesson.json"), lessonJson({}, explore(QStringLiteral("falls")))),
                                QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("  ok     explore: latency_ms.p95 (last - first value) < 0 by 5 s: holds on 3 of 3 seeds")), qPrintable(r.out));
        r = textCli({QStringLiteral("lesson"), writeFile(dir, QStringLiteral("rises.lesson.json"), lessonJson({}, explore(QStringLiteral("rises")))),
                     QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("  FAILED explore: latency_ms.p95 (last - first value) > 0 by 5 s: holds on 0 of 3 seeds")), qPrintable(r.out));
    }

    void jsonReport()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("probe.lesson.json"),
                                       lessonJson({checkpoint(QStringLiteral("nodes[web1].served"), QStringLiteral(">"), 500),
                                                   checkpoint(QStringLiteral("requests.nothing"), QStringLiteral(">"), 0)}));
        const TextResult r = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir(),
                                 QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("id")).toString(), QStringLiteral("probe"));
        QCOMPARE(report.value(QStringLiteral("checkpoints")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("examples")).toString(), examplesDir());
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps[0].toObject().value(QStringLiteral("step")).toInt(), 1);
        QCOMPARE(steps[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("One server"));
        const QJsonArray checks = steps[0].toObject().value(QStringLiteral("checkpoints")).toArray();
        const QJsonObject served = checks[0].toObject();
        QCOMPARE(served.value(QStringLiteral("metric")).toString(), QStringLiteral("nodes[web1].served"));
        QCOMPARE(served.value(QStringLiteral("op")).toString(), QStringLiteral(">"));
        QCOMPARE(served.value(QStringLiteral("value")).toDouble(), 500.0);
        QCOMPARE(served.value(QStringLiteral("by_s")).toDouble(), 5.0);
        QVERIFY(served.value(QStringLiteral("actual")).toDouble() > 500); // 200 requests a second for 5 s
        QCOMPARE(served.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(checks[1].toObject().value(QStringLiteral("actual")).isNull());
        QCOMPARE(checks[1].toObject().value(QStringLiteral("ok")).toBool(), false);

        // The same figure as `run --duration 5` of the example: a checkpoint runs the step exactly so.
        const TextResult run = textCli({QStringLiteral("run"), examplesDir() + QStringLiteral("/single-server.scalelab.json"),
                                   QStringLiteral("--duration"), QStringLiteral("5"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray nodes = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("web1"));
        QCOMPARE(served.value(QStringLiteral("actual")).toDouble(), nodes[1].toObject().value(QStringLiteral("served")).toDouble());
    }

    void seedsRunEveryCheckpointOnEachSeed()
    {
        // The figure on seeds 1 to 6, each from `run --seed`; a threshold between them makes
        // the checkpoint hold on some seeds and fail on the others.
        const QString example = examplesDir() + QStringLiteral("/single-server.scalelab.json");
        QList<double> served;
        for (int seed = 1; seed <= 6; ++seed) {
            const TextResult run = textCli({QStringLiteral("run"), example, QStringLiteral("--duration"), QStringLiteral("5"),
                                       QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--report"), QStringLiteral("json")});
            QCOMPARE(run.exitCode, 0);
            served.append(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("requests")).toObject()
                              .value(QStringLiteral("ok")).toDouble());
        }
        QList<double> sorted = served;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(sorted.first() < sorted.last(), "the seeds must differ for this test to mean anything");
        const double threshold = sorted[2];
        QJsonArray expectedFailed;
        for (int i = 0; i < served.size(); ++i) {
            if (!(served[i] > threshold))
                expectedFailed.append(i + 1);
        }

        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("probe.lesson.json"),
                                       lessonJson({checkpoint(QStringLiteral("requests.ok"), QStringLiteral(">"), threshold),
                                                   checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0)}));
        QByteArray first;
        for (const char *jobs : {"1", "3"}) {
            const TextResult r = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir(), QStringLiteral("--seeds"),
                                     QStringLiteral("6"), QStringLiteral("--jobs"), QLatin1String(jobs), QStringLiteral("--report"), QStringLiteral("json")});
            QCOMPARE(r.exitCode, 1);
            if (first.isEmpty())
                first = r.out.toUtf8();
            QCOMPARE(r.out.toUtf8(), first);  // the same bytes whatever --jobs
        }
        const QJsonObject report = QJsonDocument::fromJson(first).object();
        QCOMPARE(report.value(QStringLiteral("seeds")).toArray(), (QJsonArray{1, 6}));
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
        const QJsonArray checks = report.value(QStringLiteral("steps")).toArray()[0].toObject().value(QStringLiteral("checkpoints")).toArray();
        const QJsonObject ok = checks[0].toObject();
        QCOMPARE(ok.value(QStringLiteral("failed_seeds")).toArray(), expectedFailed);
        QCOMPARE(ok.value(QStringLiteral("seeds_held")).toInt(), int(6 - expectedFailed.size()));
        QCOMPARE(ok.value(QStringLiteral("actual_min")).toDouble(), sorted.first());
        QCOMPARE(ok.value(QStringLiteral("actual_max")).toDouble(), sorted.last());
        QCOMPARE(ok.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!ok.contains(QStringLiteral("actual")));
        const QJsonObject dropped = checks[1].toObject();
        QCOMPARE(dropped.value(QStringLiteral("seeds_held")).toInt(), 6);
        QCOMPARE(dropped.value(QStringLiteral("failed_seeds")).toArray(), QJsonArray());
        QCOMPARE(dropped.value(QStringLiteral("ok")).toBool(), true);

        // The text names the failing seeds, and --seed moves the first one.
        const TextResult text = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir(), QStringLiteral("--seeds"),
                                    QStringLiteral("6")});
        QStringList failedSeeds;
        for (const QJsonValue &seed : expectedFailed)
            failedSeeds.append(QString::number(seed.toInt()));
        QVERIFY2(text.out.contains(QStringLiteral("FAILED requests.ok > %1 by 5 s: holds on %2 of 6 seeds, actual %3 to %4, fails on seed%5 %6\n")
                                       .arg(threshold).arg(6 - expectedFailed.size()).arg(sorted.first()).arg(sorted.last())
                                       .arg(expectedFailed.size() == 1 ? QString() : QStringLiteral("s"), failedSeeds.join(QStringLiteral(", ")))),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("ok     requests.dropped == 0 by 5 s: holds on 6 of 6 seeds, actual 0\n")));
        QVERIFY(text.out.endsWith(QLatin1String("\n1 of 2 checkpoints FAILED on at least one of seeds 1 to 6\n")));
        const TextResult moved = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir(), QStringLiteral("--seeds"),
                                     QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--report"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(moved.out.toUtf8()).object().value(QStringLiteral("seeds")).toArray(), (QJsonArray{7, 9}));
    }

    void brokenLessonsExitTwo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral(": not valid JSON at line 1");
        QTest::newRow("bad operator")
            << lessonJson({checkpoint(QStringLiteral("requests.ok"), QStringLiteral("=>"), 1)})
            << QStringLiteral(": steps[0].checkpoints[0].op: expected");
        QTest::newRow("highlight of no node")
            << lessonJson({}, {{QStringLiteral("highlight"), QJsonArray{QStringLiteral("db9")}}})
            << QStringLiteral(": steps[0].highlight[0]: no node has the id \"db9\"");
    }

    void brokenLessonsExitTwo()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("broken.lesson.json"), json);
        const TextResult r = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        // As the topology reader's messages: "scalelab-cli: FILE: path: message".
        QVERIFY2(r.err.startsWith(QStringLiteral("scalelab-cli: ") + file + message), qPrintable(r.err));
    }

    void unreadableFileExitsTwo()
    {
        const TextResult missing = textCli({QStringLiteral("lesson"), QStringLiteral("/nonexistent/x.lesson.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(QLatin1String("scalelab-cli: /nonexistent/x.lesson.json: cannot open: ")), qPrintable(missing.err));
        const TextResult directory = textCli({QStringLiteral("lesson"), lessonsDir()});
        QCOMPARE(directory.exitCode, 2);
        QVERIFY2(directory.err.contains(QLatin1String("not a regular file")), qPrintable(directory.err));
    }

    void examplesAreFoundBesideTheLessonOrWithTheOption()
    {
        // A lesson outside the source tree has no ../examples: the message says where it looked.
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("mine.lesson.json"),
                                       lessonJson({checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0)}));
        const TextResult lost = textCli({QStringLiteral("lesson"), file});
        QCOMPARE(lost.exitCode, 2);
        QVERIFY2(lost.err.contains(QLatin1String(": steps[0].topology: single-server.scalelab.json: cannot open")), qPrintable(lost.err));
        QVERIFY(lost.err.contains(QLatin1String("give --examples DIR")));

        const TextResult found = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(found.exitCode, 0);

        // An "examples" directory beside the lesson's directory is found without the option.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lessons")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("examples")));
        QVERIFY(QFile::copy(examplesDir() + QStringLiteral("/single-server.scalelab.json"),
                            dir.filePath(QStringLiteral("examples/single-server.scalelab.json"))));
        const QString inTree = writeFile(dir, QStringLiteral("lessons/mine.lesson.json"),
                                         lessonJson({checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0)}));
        const TextResult beside = textCli({QStringLiteral("lesson"), inTree});
        QVERIFY2(beside.exitCode == 0, qPrintable(beside.err));
    }

    void warningsGoToStderr()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("probe.lesson.json"),
                                       lessonJson({checkpoint(QStringLiteral("requests.dropped"), QStringLiteral("=="), 0)},
                                                  {{QStringLiteral("naration"), QStringLiteral("typo")}}));
        const TextResult r = textCli({QStringLiteral("lesson"), file, QStringLiteral("--examples"), examplesDir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(file + QStringLiteral(": warning: steps[0].naration: unknown key; it is ignored")), qPrintable(r.err));
    }

    void optionsOfOtherCommandsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString lesson = shippedLesson();
        const QString example = examplesDir() + QStringLiteral("/single-server.scalelab.json");
        QTest::newRow("--duration") << QStringList{"lesson", lesson, "--duration", "10"}
                                    << "scalelab-cli: --duration does not apply to lesson";
        QTest::newRow("--seeds 0") << QStringList{"lesson", lesson, "--seeds", "0"}
                                   << "scalelab-cli: --seeds: expected a whole number from 1 to 10000, got \"0\"";
        QTest::newRow("--seed x") << QStringList{"lesson", lesson, "--seeds", "2", "--seed", "x"}
                                  << "scalelab-cli: --seed: expected a whole number >= 0, got \"x\"";
        QTest::newRow("--jobs on run") << QStringList{"run", example, "--jobs", "2"}
                                       << "scalelab-cli: --jobs applies to sweep and lesson only";
        QTest::newRow("--report xml") << QStringList{"lesson", lesson, "--report", "xml"}
                                      << "scalelab-cli: --report: expected text or json, got \"xml\"";
        QTest::newRow("--examples on run") << QStringList{"run", example, "--examples", examplesDir()}
                                           << "scalelab-cli: --examples applies to lesson only";
        QTest::newRow("no file") << QStringList{"lesson"} << "scalelab-cli: expected a command and a file";
    }

    void optionsOfOtherCommandsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const TextResult r = textCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    }

    void helpMentionsTheCommand()
    {
        const TextResult r = textCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("scalelab-cli lesson FILE.lesson.json [--seeds N] [--seed N] [--jobs N] [--report text|json] [--examples DIR]")));
    }
};

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lessoncli.moc"
