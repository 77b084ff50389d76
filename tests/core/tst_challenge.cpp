// SPDX-License-Identifier: GPL-3.0-or-later
// Challenge and explore steps: a student's changes are held to the challenge's rules (node
// types, settings, a budget of nodes, links only with a node they may add, the scenario
// untouched), goals are graded with how far they miss, each student has a seed of their own,
// the reader refuses a challenge whose solution breaks its rules and an explore it cannot
// plot, and both survive a save.

#include "io/topologyreader.h"
#include "lessons/challenge.h"
#include "lessons/explore.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonwriter.h"
#include "io/topologypatch.h"
#include "io/topologywriter.h"
#include "model/diagnostic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace scalelab;

namespace {

Topology example(const QString &name)
{
    TopologyReader reader;
    const std::optional<Topology> topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(name));
    if (!topology)
        qFatal("cannot read example %s", qPrintable(name));
    return *topology;
}

/// `topology` with lesson-style changes applied.
Topology changed(const Topology &topology, const QByteArray &changesJson)
{
    QJsonObject json = TopologyWriter::toJson(topology);
    Diagnostics diagnostics;
    applyTopologyChanges(json, QJsonDocument::fromJson(changesJson).array(), QStringLiteral("test"), diagnostics);
    if (diagnostics.hasErrors())
        qFatal("changes do not apply: %s", qPrintable(diagnostics.errors().first().toString()));
    TopologyReader reader;
    const std::optional<Topology> result = reader.readBytes(QJsonDocument(json).toJson(), topology.baseDirectory);
    if (!result)
        qFatal("changed topology invalid: %s", qPrintable(reader.errorText()));
    return *result;
}

LessonChallenge scaleOutChallenge()
{
    LessonChallenge c;
    c.goal = QStringLiteral("No drops");
    c.checkpoints = {Checkpoint{QStringLiteral("requests.dropped"), QStringLiteral("=="), 0, 20, QStringLiteral("nothing dropped")}};
    c.nodeTypes = {QStringLiteral("web_server")};
    c.settings = {QStringLiteral("web_server.concurrency"), QStringLiteral("load_balancer.health_check"),
                  QStringLiteral("replication.mode")};
    c.maxNodes = {{QStringLiteral("web_server"), 3}};
    return c;
}

const QByteArray kAddWeb3 = R"([
  {"op": "add_node", "node": {"id": "web3", "type": "web_server", "concurrency": 20, "service_ms": 20}},
  {"op": "add_link", "from": "lb", "to": "web3"}, {"op": "add_link", "from": "web3", "to": "db1"}])";

QByteArray lessonWith(const QJsonObject &extra, const QString &key)
{
    QJsonObject step{{QStringLiteral("title"), QStringLiteral("Step")},
                     {QStringLiteral("topology"), QStringLiteral("example:two-servers-balanced")},
                     {QStringLiteral("run_s"), 20},
                     {key, extra}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("scalelab-lesson")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("id"), QStringLiteral("probe")},
                                     {QStringLiteral("title"), QStringLiteral("Probe")},
                                     {QStringLiteral("steps"), QJsonArray{step}}})
        .toJson();
}

QJsonObject challengeJson(const QByteArray &solution)
{
    return QJsonObject{{QStringLiteral("goal"), QStringLiteral("<p>Drop nothing.</p>")},
                       {QStringLiteral("checkpoints"), QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("requests.dropped")},
                                                                              {QStringLiteral("op"), QStringLiteral("==")},
                                                                              {QStringLiteral("value"), 0}}}},
                       {QStringLiteral("node_types"), QJsonArray{QStringLiteral("web_server")}},
                       {QStringLiteral("settings"), QJsonArray{QStringLiteral("web_server.concurrency")}},
                       {QStringLiteral("max_nodes"), QJsonObject{{QStringLiteral("web_server"), 3}}},
                       {QStringLiteral("hints"), QJsonArray{QStringLiteral("More servers?"), QStringLiteral("Link it to db1.")}},
                       {QStringLiteral("solution"), QJsonDocument::fromJson(solution).array()}};
}

std::optional<Lesson> read(const QByteArray &bytes, QString *error)
{
    LessonReader reader;
    reader.setExamplesDirectory(QStringLiteral(SCALELAB_EXAMPLES));
    std::optional<Lesson> lesson = reader.readBytes(bytes);
    *error = reader.errorText();
    return lesson;
}

} // namespace

class TestChallenge : public QObject
{
    Q_OBJECT

private slots:
    void anUnchangedTopologyBreaksNoRule()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        Topology moved = given;
        moved.seed = 7;
        moved.name = QStringLiteral("mine");
        QVERIFY(challengeRuleBreaks(scaleOutChallenge(), given, moved).isEmpty());
    }

    void addingAnAllowedTypeWithItsLinksIsAllowed()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, changed(given, kAddWeb3)), QList<RuleBreak>{});
    }

    void anAddedNodeCopiesOneThereOrANewOne()
    {
        // A budget of servers means nothing if a new one may have any number of workers.
        LessonChallenge fixedSize = scaleOutChallenge();
        fixedSize.settings.clear();
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const QByteArray links = R"(, {"op": "add_link", "from": "lb", "to": "web3"}, {"op": "add_link", "from": "web3", "to": "db1"}])";
        const Topology copy = changed(given, R"([{"op": "add_node", "node": {"id": "web3", "type": "web_server", "weight": 1,
            "concurrency": 20, "service_ms": 20, "queue": 100, "sessions": "stateless"}})" + links);
        QCOMPARE(challengeRuleBreaks(fixedSize, given, copy), QList<RuleBreak>{});
        const Topology fresh = changed(given, R"([{"op": "add_node", "node": {"id": "web3", "type": "web_server"}})" + links);
        QCOMPARE(challengeRuleBreaks(fixedSize, given, fresh), QList<RuleBreak>{});
        const Topology big = changed(given, R"([{"op": "add_node", "node": {"id": "web3", "type": "web_server", "weight": 1,
            "concurrency": 1000, "service_ms": 20, "queue": 100, "sessions": "stateless"}})" + links);
        QCOMPARE(challengeRuleBreaks(fixedSize, given, big),
                 (QList<RuleBreak>{{RuleBreak::Kind::NodeUnlike, QStringLiteral("web3"), QStringLiteral("web_server"), QStringLiteral("concurrency")}}));
        // Where the workers may be changed, a bigger new server is the student's choice.
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, big), QList<RuleBreak>{});
    }

    void addingAnotherTypeIsNamed()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const Topology attempt = changed(given, R"([{"op": "add_node", "node": {"id": "cache1", "type": "cache"}},
                                                   {"op": "add_link", "from": "web1", "to": "cache1"}])");
        // The cache is named; its link to web1 is not, since web1 is of a type the student may add.
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, attempt),
                 (QList<RuleBreak>{{RuleBreak::Kind::NodeAdded, QStringLiteral("cache1"), QStringLiteral("cache")}}));
    }

    void removingANodeOfAnotherTypeIsNamed()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const Topology attempt = changed(given, R"([{"op": "remove_node", "id": "db1"}])");
        const QList<RuleBreak> breaks = challengeRuleBreaks(scaleOutChallenge(), given, attempt);
        QVERIFY(breaks.contains(RuleBreak{RuleBreak::Kind::NodeRemoved, QStringLiteral("db1"), QStringLiteral("database")}));
    }

    void onlyListedSettingsMayChange()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const Topology allowed = changed(given, R"([{"op": "set", "node": "web1", "key": "concurrency", "value": 40}])");
        QVERIFY(challengeRuleBreaks(scaleOutChallenge(), given, allowed).isEmpty());
        const Topology refused = changed(given, R"([{"op": "set", "node": "web1", "key": "service_ms", "value": 5},
                                                   {"op": "set", "node": "users", "key": "rate_rps", "value": 10}])");
        const QList<RuleBreak> breaks = challengeRuleBreaks(scaleOutChallenge(), given, refused);
        QCOMPARE(breaks.size(), 2);
        QVERIFY(breaks.contains(RuleBreak{RuleBreak::Kind::SettingChanged, QStringLiteral("web1"), QStringLiteral("web_server"),
                                          QStringLiteral("service_ms")}));
        QVERIFY(breaks.contains(RuleBreak{RuleBreak::Kind::SettingChanged, QStringLiteral("users"), QStringLiteral("clients"),
                                          QStringLiteral("rate_rps")}));
        QCOMPARE(ruleBreakText(breaks[0], scaleOutChallenge()).contains(QStringLiteral("you may change web_server.concurrency")), true);
    }

    void aListedObjectAllowsTheKeysInsideIt()
    {
        const Topology given = example(QStringLiteral("health-checks"));
        const Topology attempt = changed(given, R"([{"op": "set", "node": "lb", "key": "health_check.interval_ms", "value": 500}])");
        QVERIFY(challengeRuleBreaks(scaleOutChallenge(), given, attempt).isEmpty());
    }

    void topLevelSettingsFollowTheList()
    {
        const Topology given = example(QStringLiteral("replication-read-replicas"));
        const Topology mode = changed(given, R"([{"op": "set", "key": "replication.mode", "value": "semi_sync"}])");
        QVERIFY(challengeRuleBreaks(scaleOutChallenge(), given, mode).isEmpty());
        const Topology delay = changed(given, R"([{"op": "set", "key": "replication.ship_delay_ms", "value": 1}])");
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, delay),
                 (QList<RuleBreak>{{RuleBreak::Kind::SettingChanged, {}, {}, QStringLiteral("replication.ship_delay_ms")}}));
    }

    void theBudgetOfNodesIsKept()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const Topology four = changed(changed(given, kAddWeb3), QByteArray(kAddWeb3).replace("web3", "web4"));
        const QList<RuleBreak> breaks = challengeRuleBreaks(scaleOutChallenge(), given, four);
        QCOMPARE(breaks, (QList<RuleBreak>{{RuleBreak::Kind::TooManyNodes, {}, QStringLiteral("web_server"), {}, 4, 3}}));
    }

    void linksBetweenFixedNodesAndLatenciesAreTheNetworks()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const Topology latency = changed(given, R"([{"op": "set", "link": ["users", "lb"], "key": "latency_ms", "value": 1}])");
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, latency),
                 (QList<RuleBreak>{{RuleBreak::Kind::LinkChanged, QStringLiteral("users"), {}, QStringLiteral("lb")}}));
        const Topology shortcut = changed(given, R"([{"op": "add_link", "from": "users", "to": "db1"}])");
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, shortcut).size(), 1);
    }

    void theScenarioIsNotTheStudents()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));  // kills web2 at 30 s
        const Topology attempt = changed(given, R"([{"op": "set", "key": "events", "value": []}])");
        QCOMPARE(challengeRuleBreaks(scaleOutChallenge(), given, attempt),
                 (QList<RuleBreak>{{RuleBreak::Kind::ScenarioChanged}}));
    }

    void goalsSayHowFarTheyMiss()
    {
        const QList<Checkpoint> goals{{QStringLiteral("latency_ms.p95"), QStringLiteral("<"), 100, 30, {}},
                                      {QStringLiteral("requests.dropped"), QStringLiteral("=="), 0, 30, {}},
                                      {QStringLiteral("cache.hit_ratio"), QStringLiteral(">"), 0.5, 30, {}}};
        const QJsonObject report = QJsonDocument::fromJson(R"({"latency_ms": {"p95": 143}, "requests": {"dropped": 0}})").object();
        const QList<GoalResult> results = gradeGoals(goals, {{30.0, report}});
        QCOMPARE(results.size(), 3);
        QVERIFY(!results[0].met);
        QCOMPARE(results[0].miss, 43.0);
        QVERIFY(results[1].met);
        QCOMPARE(results[1].miss, 0.0);
        QVERIFY(!results[2].met);
        QVERIFY(!results[2].actual);
        ChallengeGrade grade{{}, results};
        QVERIFY(!grade.passed());
        grade.goals = {results[1]};
        QVERIFY(grade.passed());
        grade.ruleBreaks = {RuleBreak{RuleBreak::Kind::ScenarioChanged}};
        QVERIFY(!grade.passed());
    }

    void runGoalsRunsEachDurationOnTheStudentsSeed()
    {
        const Topology given = example(QStringLiteral("two-servers-balanced"));
        const QList<Checkpoint> goals{{QStringLiteral("requests.total"), QStringLiteral(">"), 0, 5, {}},
                                      {QStringLiteral("requests.total"), QStringLiteral(">"), 0, 10, {}}};
        double last = 0;
        const auto reports = runGoals(goals, given, 11, [&last](double done) { QVERIFY(done >= last); last = done; });
        QCOMPARE(reports.size(), std::size_t(2));
        QCOMPARE(last, 1.0);
        const double five = reports.at(5.0).value(QStringLiteral("requests")).toObject().value(QStringLiteral("total")).toDouble();
        const double ten = reports.at(10.0).value(QStringLiteral("requests")).toObject().value(QStringLiteral("total")).toDouble();
        QVERIFY(five > 3000 && ten > 1.8 * five);
        QCOMPARE(runGoals(goals, given, 11).at(10.0), reports.at(10.0));
        QVERIFY(runGoals(goals, given, 12).at(10.0) != reports.at(10.0));
    }

    void eachStudentHasASeedOfTheirOwnTheSameEachTime()
    {
        QCOMPARE(challengeSeed(1, QStringLiteral("z2m"), 3), challengeSeed(1, QStringLiteral("z2m"), 3));
        QSet<std::uint64_t> seeds;
        for (std::uint64_t student = 1; student <= 50; ++student)
            seeds.insert(challengeSeed(student, QStringLiteral("z2m"), 3));
        QCOMPARE(seeds.size(), 50);
        QVERIFY(challengeSeed(1, QStringLiteral("z2m"), 3) != challengeSeed(1, QStringLiteral("z2m"), 4));
        QVERIFY(challengeSeed(1, QStringLiteral("z2m"), 3) >= 1);
    }

    void theReaderTakesAChallengeAndTheWriterKeepsIt()
    {
        QString error;
        const std::optional<Lesson> lesson = read(lessonWith(challengeJson(kAddWeb3), QStringLiteral("challenge")), &error);
        QVERIFY2(lesson, qPrintable(error));
        const LessonChallenge &c = *lesson->steps[0].challenge;
        QCOMPARE(c.nodeTypes, QStringList{QStringLiteral("web_server")});
        QCOMPARE(c.maxNodes.value(QStringLiteral("web_server")), 3);
        QCOMPARE(c.hints.size(), 2);
        QCOMPARE(c.checkpoints[0].byS, 20.0);  // the step's run_s
        QCOMPARE(c.solution.size(), 3);
        const std::optional<Lesson> again = read(LessonWriter::toBytes(*lesson), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(LessonWriter::toJson(*again), LessonWriter::toJson(*lesson));
    }

    void aSolutionThatBreaksTheRulesIsRefused()
    {
        QString error;
        QVERIFY(!read(lessonWith(challengeJson(R"([{"op": "set", "node": "web1", "key": "service_ms", "value": 1}])"),
                                 QStringLiteral("challenge")), &error));
        QVERIFY2(error.contains(QStringLiteral("steps[0].challenge.solution: breaks the challenge's rules: web1.service_ms changed")),
                 qPrintable(error));
        QJsonObject noSolution = challengeJson("[]");
        noSolution.remove(QStringLiteral("solution"));
        QVERIFY(!read(lessonWith(noSolution, QStringLiteral("challenge")), &error));
        QVERIFY2(error.contains(QStringLiteral("steps[0].challenge.solution: expected one way to meet the goal")), qPrintable(error));
        QJsonObject badType = challengeJson(kAddWeb3);
        badType.insert(QStringLiteral("node_types"), QJsonArray{QStringLiteral("webserver")});
        QVERIFY(!read(lessonWith(badType, QStringLiteral("challenge")), &error));
        QVERIFY2(error.contains(QStringLiteral("steps[0].challenge.node_types[0]: expected a node type")), qPrintable(error));
    }

    void anExploreIsReadPlannedAndKept()
    {
        const QJsonObject explore{{QStringLiteral("parameter"), QStringLiteral("web1.concurrency")},
                                  {QStringLiteral("values"), QJsonArray{5, 10, 20, 40}},
                                  {QStringLiteral("metric"), QStringLiteral("latency_ms.p95")},
                                  {QStringLiteral("label"), QStringLiteral("Workers on web1")},
                                  {QStringLiteral("trend"), QStringLiteral("falls")}};
        QString error;
        const std::optional<Lesson> lesson = read(lessonWith(explore, QStringLiteral("explore")), &error);
        QVERIFY2(lesson, qPrintable(error));
        const LessonStep &step = lesson->steps[0];
        QCOMPARE(step.explore->values, (QList<double>{5, 10, 20, 40}));
        QCOMPARE(step.explore->seeds, 3);
        const std::optional<SweepPlan> plan = explorePlan(*step.explore, step.topology, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->variants().size(), 4);
        QCOMPARE(exploreValue(*plan, step.topology), std::optional<double>(20));
        QCOMPARE(exploreValue(*plan, plan->variants()[3].topology), std::optional<double>(40));
        QCOMPARE(exploreRuns(*step.explore, *plan).size(), std::size_t(12));
        const std::optional<Lesson> again = read(LessonWriter::toBytes(*lesson), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(LessonWriter::toJson(*again), LessonWriter::toJson(*lesson));
    }

    void theCurveIsTheMeanAndRangeOverSeeds()
    {
        LessonExplore explore;
        explore.values = {1, 2};
        explore.seeds = 2;
        explore.metric = QStringLiteral("latency_ms.p95");
        explore.trend = QStringLiteral("rises");
        const auto report = [](double p95) { return QJsonObject{{QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("p95"), p95}}}}; };
        const std::vector<SweepRunner::Result> results{{report(10), {}}, {report(20), {}}, {report(40), {}}, {QJsonObject(), {}}};
        const QList<ExplorePoint> curve = exploreCurve(explore, results);
        QCOMPARE(curve.size(), 2);
        QCOMPARE(curve[0].mean, 15.0);
        QCOMPARE(curve[0].low, 10.0);
        QCOMPARE(curve[0].high, 20.0);
        QCOMPARE(curve[1].runs, 1);
        QCOMPARE(curve[1].mean, 40.0);
        QCOMPARE(exploreTrendHolds(explore, report(10), report(40)), std::optional<bool>(true));
        explore.trend = QStringLiteral("falls");
        QCOMPARE(exploreTrendHolds(explore, report(10), report(40)), std::optional<bool>(false));
        QCOMPARE(exploreTrendHolds(explore, report(10), QJsonObject()), std::nullopt);
    }

    void anExploreTheReaderCannotPlotIsRefused()
    {
        QString error;
        const auto refused = [&](QJsonObject explore, const QString &expected) {
            const bool ok = !read(lessonWith(explore, QStringLiteral("explore")), &error) && error.contains(expected);
            if (!ok)
                qWarning("%s", qPrintable(error));
            return ok;
        };
        const QJsonObject good{{QStringLiteral("parameter"), QStringLiteral("web1.concurrency")},
                               {QStringLiteral("values"), QJsonArray{5, 10}},
                               {QStringLiteral("metric"), QStringLiteral("latency_ms.p95")}};
        QJsonObject bad = good;
        bad.insert(QStringLiteral("values"), QJsonArray{10, 5});
        QVERIFY(refused(bad, QStringLiteral("steps[0].explore.values[1]: 5 is not above the value before it")));
        bad = good;
        bad.insert(QStringLiteral("parameter"), QStringLiteral("web9.concurrency"));
        QVERIFY(refused(bad, QStringLiteral("steps[0].explore.parameter: web9.concurrency: no node has the id \"web9\"")));
        bad = good;
        bad.insert(QStringLiteral("values"), QJsonArray{0, 5});  // concurrency must be at least 1
        QVERIFY(refused(bad, QStringLiteral("steps[0].explore.parameter: web1.concurrency=0")));
        bad = good;
        bad.insert(QStringLiteral("parameter"), QStringLiteral("replication.ship_delay_ms"));  // absent from the file
        QVERIFY(refused(bad, QStringLiteral("steps[0].explore.parameter: the step's topology leaves replication.ship_delay_ms out")));
        bad = good;
        bad.insert(QStringLiteral("trend"), QStringLiteral("up"));
        QVERIFY(refused(bad, QStringLiteral("steps[0].explore.trend")));
    }

    void aStepHasAChallengeOrAnExploreNotBoth()
    {
        QJsonObject doc = QJsonDocument::fromJson(lessonWith(challengeJson(kAddWeb3), QStringLiteral("challenge"))).object();
        QJsonArray steps = doc.value(QStringLiteral("steps")).toArray();
        QJsonObject step = steps[0].toObject();
        step.insert(QStringLiteral("explore"), QJsonObject{{QStringLiteral("parameter"), QStringLiteral("web1.concurrency")},
                                                           {QStringLiteral("values"), QJsonArray{5, 10}},
                                                           {QStringLiteral("metric"), QStringLiteral("latency_ms.p95")}});
        steps[0] = step;
        doc.insert(QStringLiteral("steps"), steps);
        QString error;
        QVERIFY(!read(QJsonDocument(doc).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("a step has a challenge or an explore, not both")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
