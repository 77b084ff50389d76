// SPDX-License-Identifier: GPL-3.0-or-later
// The event log dock, cause tracing from it, and the per-client view, in a real window.
#include "canvas/topologyscene.h"
#include "document/topologydocument.h"
#include "eventlog/causeexplainer.h"
#include "eventlog/clientviewdock.h"
#include "eventlog/clientviewmodel.h"
#include "eventlog/clientviewrecorder.h"
#include "eventlog/eventlogdock.h"
#include "eventlog/eventlogfilter.h"
#include "eventlog/eventlogfollower.h"
#include "eventlog/eventlogmodel.h"
#include "eventlog/eventlogtools.h"
#include "io/topologyreader.h"
#include "replication/replicationstate.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <algorithm>

using namespace scalelab;

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES "/%1.scalelab.json").arg(QLatin1String(name));
}

/// The engine's events for `name` run headless to `seconds`, as a plain observer sees them.
class Events : public SimulationObserver
{
public:
    std::vector<EngineEvent> events;
    void engineEvent(const EngineEvent &e) override { events.push_back(e); }
    int count(const std::string &kind) const
    {
        return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const EngineEvent &e) { return engineEventName(e.kind) == kind; }));
    }
};

Events headless(const char *name, double seconds)
{
    Events events;
    TopologyReader reader;
    const auto topology = reader.readFile(example(name));
    auto sim = Simulation::create(*topology);
    sim->setObserver(&events);
    sim->runUntil(SimTime::fromS(seconds));
    return events;
}

struct Window
{
    MainWindow window;
    EventLogDock *log = nullptr;
    ClientViewDock *clients = nullptr;

    bool open(const char *name, double seconds)
    {
        QString error;
        if (!window.loadFile(example(name), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        auto *tools = window.findChild<EventLogTools *>();
        log = tools->eventLog();
        clients = tools->clientView();
        window.controller()->runTo(SimTime::fromS(seconds));
        return true;
    }
    QList<int> rowsOfKind(const QString &kind) const
    {
        QList<int> rows;
        for (int r = 0; r < log->model()->rowCount(); ++r)
            if (log->model()->index(r, 0).data(EventLogModel::KindRole).toString() == kind)
                rows << r;
        return rows;
    }
};

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void theLogHoldsEveryStateChangeOfTheRun()
    {
        Window w;
        QVERIFY(w.open("health-checks", 30));
        const Events engine = headless("health-checks", 30);
        QVERIFY(engine.count("kill") >= 1);
        for (const char *kind : {"kill", "health_down", "revive", "health_up"})
            QCOMPARE(w.rowsOfKind(QLatin1String(kind)).size(), engine.count(kind));
        const int kill = w.rowsOfKind(QStringLiteral("kill")).first();
        QCOMPARE(w.log->model()->index(kill, EventLogModel::NodeColumn).data().toString(), QStringLiteral("web2"));
        QCOMPARE(w.log->model()->index(kill, 0).data(EventLogModel::TimeRole).toLongLong(), SimTime::fromS(20.5).us);
        QCOMPARE(w.log->model()->index(kill, EventLogModel::DescriptionColumn).data().toString(), QStringLiteral("web2 was killed"));
    }

    void anAlertFiringAndResolvingReadsAsASentence()
    {
        Window w;
        QVERIFY(w.open("alerts-latency", 70));
        const QList<int> firing = w.rowsOfKind(QStringLiteral("alert_firing"));
        const QList<int> resolved = w.rowsOfKind(QStringLiteral("alert_resolved"));
        QCOMPARE(firing.size(), 2);     // Errors at 32 s, HighLatency at 37 s
        QCOMPARE(resolved.size(), 2);   // both by 64 s
        const QString latency = w.log->model()->index(firing.last(), EventLogModel::DescriptionColumn).data().toString();
        QVERIFY2(latency.startsWith(QStringLiteral("Alert HighLatency is firing: p95_ms was above 100 for 3 s (now ")), qPrintable(latency));
        QCOMPARE(w.log->model()->index(firing.last(), EventLogModel::KindColumn).data().toString(), QStringLiteral("Alert firing"));
        const QString over = w.log->model()->index(resolved.first(), EventLogModel::DescriptionColumn).data().toString();
        QVERIFY2(over.startsWith(QStringLiteral("Alert Errors resolved: error_rate is ")), qPrintable(over));
    }

    void aHostAlertNamesTheNodeItWatches()
    {
        // alerts-latency with a rule on web1's queue: after web2 dies at 30 s, requests wait at web1.
        Window w;
        QVERIFY(w.open("alerts-latency", 0));
        AlertRuleSpec rule;
        rule.name = QStringLiteral("Web1Backlog");
        rule.metric = QStringLiteral("queued");
        rule.node = QStringLiteral("web1");
        rule.threshold = 50;
        rule.forS = 3;
        QVERIFY(w.window.document()->addAlert(rule));
        QTRY_VERIFY(w.window.controller()->simulation()->alerting().rules().size() == 4);
        w.window.controller()->runTo(SimTime::fromS(40));
        QStringList sentences;
        for (int row : w.rowsOfKind(QStringLiteral("alert_firing")))
            sentences << w.log->model()->index(row, EventLogModel::DescriptionColumn).data().toString();
        const auto web1 = std::find_if(sentences.cbegin(), sentences.cend(),
                                       [](const QString &s) { return s.startsWith(QStringLiteral("Alert Web1Backlog")); });
        QVERIFY2(web1 != sentences.cend(), qPrintable(sentences.join(QLatin1Char('|'))));
        QVERIFY2(web1->startsWith(QStringLiteral("Alert Web1Backlog is firing: queued of web1 was above 50 for 3 s (now ")), qPrintable(*web1));
    }

    void aFullQueueAndARedeliveredJobReadAsSentences()
    {
        // queue-workers: two of three workers die at 20 s and 25 s; the jobs they held come
        // back after the 10 s visibility timeout, and the queue fills up.
        Window w;
        QVERIFY(w.open("queue-workers", 45));
        const Events engine = headless("queue-workers", 45);
        QVERIFY(engine.count("queue_full") >= 1);
        QVERIFY(engine.count("job_redelivered") >= 1);
        const QList<int> full = w.rowsOfKind(QStringLiteral("queue_full"));
        const QList<int> redelivered = w.rowsOfKind(QStringLiteral("job_redelivered"));
        QCOMPARE(full.size(), engine.count("queue_full"));
        QCOMPARE(redelivered.size(), engine.count("job_redelivered"));
        QAbstractItemModel *model = w.log->model();
        QCOMPARE(model->index(full.first(), EventLogModel::KindColumn).data().toString(), QStringLiteral("Queue full"));
        QCOMPARE(model->index(full.first(), EventLogModel::NodeColumn).data().toString(), QStringLiteral("jobs"));
        QCOMPARE(model->index(full.first(), EventLogModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Queue jobs is full (400 jobs): new jobs are refused"));
        QCOMPARE(model->index(redelivered.first(), EventLogModel::KindColumn).data().toString(), QStringLiteral("Job redelivered"));
        const auto first = std::find_if(engine.events.begin(), engine.events.end(),
                                        [](const EngineEvent &e) { return e.kind == EngineEventKind::JobRedelivered; });
        const QString job = QString::fromStdString(std::string(first->text("job")));
        const QString worker = QString::fromStdString(std::string(first->text("worker")));
        QVERIFY(worker == QLatin1String("worker1") || worker == QLatin1String("worker2"));   // the ones that died
        QCOMPARE(model->index(redelivered.first(), EventLogModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Job %1 is visible again on jobs: %2 did not delete it within the visibility timeout").arg(job, worker));
    }

    void aReshardReadsAsASentenceWithTheKeysThatMove()
    {
        // reshard-hash-mod: db5 joins at 20 s; hash mod 5 moves about 4 keys in 5, copied in 31 s.
        Window w;
        QVERIFY(w.open("reshard-hash-mod", 60));
        const Events engine = headless("reshard-hash-mod", 60);
        QCOMPARE(engine.count("reshard_start"), 1);
        QCOMPARE(engine.count("reshard_done"), 1);
        const auto start = std::find_if(engine.events.begin(), engine.events.end(),
                                        [](const EngineEvent &e) { return e.kind == EngineEventKind::ReshardStart; });
        const qlonglong moved = QString::fromStdString(std::string(start->text("moved_keys"))).toLongLong();
        QVERIFY(moved > 7000 && moved < 8500);
        const double copyS = QString::fromStdString(std::string(start->text("copy_s"))).toDouble();
        const QList<int> started = w.rowsOfKind(QStringLiteral("reshard_start"));
        const QList<int> done = w.rowsOfKind(QStringLiteral("reshard_done"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(done.size(), 1);
        QAbstractItemModel *model = w.log->model();
        QCOMPARE(model->index(started.first(), EventLogModel::KindColumn).data().toString(), QStringLiteral("Reshard"));
        QCOMPARE(model->index(started.first(), EventLogModel::NodeColumn).data().toString(), QStringLiteral("db5"));
        const QLocale locale;
        QCOMPARE(model->index(started.first(), EventLogModel::DescriptionColumn).data().toString(),
                 QStringLiteral("A fifth shard (db5) joins: %1 of %2 keys move; copying them takes %3 s")
                     .arg(locale.toString(moved), locale.toString(10000), locale.toString(copyS, 'f', 0)));
        QCOMPARE(model->index(done.first(), EventLogModel::KindColumn).data().toString(), QStringLiteral("Reshard done"));
        QCOMPARE(model->index(done.first(), EventLogModel::DescriptionColumn).data().toString(),
                 QStringLiteral("The copy to db5 is done: %1 keys now live on their new shards (5 shards)").arg(locale.toString(moved)));
        QCOMPARE(model->index(done.first(), 0).data(EventLogModel::TimeRole).toLongLong() / 1000000, qlonglong(20 + copyS));
    }

    void theClientViewShowsJobsAsJobsAndCountsThemAsNeitherReadNorWrite()
    {
        RequestRecord job;
        job.id = 6049;
        job.op = Op::Job;
        job.key = 3;
        job.end = SimTime::fromMs(20);
        job.db = 1;
        RequestRecord picture = job;
        picture.id = 6050;
        picture.op = Op::Static;
        ClientViewRecorder recorder;
        recorder.requestFinished(job);
        recorder.requestFinished(picture);
        QCOMPARE(recorder.size(), std::size_t(1));   // the job is kept, the static file is not
        ClientViewModel model;
        model.setRequests({job}, {QStringLiteral("web1"), QStringLiteral("jobs")});
        QCOMPARE(model.index(0, ClientViewModel::OpColumn).data().toString(), QStringLiteral("job"));
        QCOMPARE(model.index(0, ClientViewModel::VersionColumn).data().toString(), QString());
        QCOMPARE(model.index(0, ClientViewModel::ServedByColumn).data().toString(), QStringLiteral("jobs"));
    }

    void aHealthCheckRowNamesTheBalancerTheEngineGaveAsOtherNode()
    {
        Window w;
        QVERIFY(w.open("health-checks", 30));
        const Events engine = headless("health-checks", 30);
        const auto down = std::find_if(engine.events.begin(), engine.events.end(),
                                       [](const EngineEvent &e) { return e.kind == EngineEventKind::HealthDown; });
        QVERIFY(down != engine.events.end());
        QVERIFY(down->other >= 0);  // the balancer, by index, besides its id in the detail
        const int row = w.rowsOfKind(QStringLiteral("health_down")).first();
        const EventLogModel::Entry &entry = w.log->model()->entry(row);
        QCOMPARE(entry.kind, EngineEventKind::HealthDown);
        QCOMPARE(entry.other, down->other);
        // The sentence reads the balancer from `other`; the CSV detail names the same one.
        const QString lb = w.log->model()->nodeId(entry.other);
        QCOMPARE(lb.toStdString(), std::string(down->text("lb")));
        QCOMPARE(w.log->model()->index(row, EventLogModel::DescriptionColumn).data().toString(),
                 QStringLiteral("web2 failed %1 health checks in a row: %2 stops sending it requests")
                     .arg(*down->number("failed_checks")).arg(lb));
        QCOMPARE(w.log->model()->index(row, EventLogModel::KindColumn).data().toString(), QStringLiteral("Health check: down"));
    }

    void filtersByKindNodeAndSearchText()
    {
        Window w;
        QVERIFY(w.open("health-checks", 30));
        EventLogFilter *filter = w.log->filter();
        const int all = filter->rowCount();
        w.log->setKindFilter(QStringLiteral("health_down"));
        QCOMPARE(filter->rowCount(), w.rowsOfKind(QStringLiteral("health_down")).size());
        QVERIFY(filter->rowCount() > 0);
        for (int r = 0; r < filter->rowCount(); ++r)
            QCOMPARE(filter->index(r, 0).data(EventLogModel::KindRole).toString(), QStringLiteral("health_down"));

        w.log->setKindFilter(EventLogFilter::kMarkedRequests);
        QVERIFY(filter->rowCount() > 0);  // the requests that failed on web2 before it was noticed
        for (int r = 0; r < filter->rowCount(); ++r)
            QVERIFY(filter->index(r, 0).data(EventLogModel::RequestRole).toULongLong() > 0);

        w.log->setKindFilter(EventLogFilter::kAllKinds);
        w.log->setNodeFilter(QStringLiteral("web1"));
        QVERIFY(filter->rowCount() < all);
        for (int r = 0; r < filter->rowCount(); ++r)
            QCOMPARE(filter->index(r, 0).data(EventLogModel::NodeIdRole).toString(), QStringLiteral("web1"));

        w.log->setNodeFilter(QString());
        w.log->setSearchText(QStringLiteral("killed"));
        QCOMPARE(filter->rowCount(), w.rowsOfKind(QStringLiteral("kill")).size());
        w.log->setSearchText(QString());
        QCOMPARE(filter->rowCount(), all);
    }

    void clickingARowSeeksToItsTimeAndSelectsItsNode()
    {
        Window w;
        QVERIFY(w.open("health-checks", 40));
        const int rows = w.log->model()->rowCount();
        w.log->setKindFilter(QStringLiteral("kill"));
        QVERIFY(w.log->filter()->rowCount() > 0);
        const QModelIndex first = w.log->filter()->index(0, 0);
        const qint64 at = first.data(EventLogModel::TimeRole).toLongLong();
        const QString node = first.data(EventLogModel::NodeIdRole).toString();
        QTest::mouseClick(w.log->table()->viewport(), Qt::LeftButton, {}, w.log->table()->visualRect(first).center());
        QCOMPARE(w.window.controller()->now().us, at);
        QCOMPARE(w.window.scene()->selectedNodeIds(), QStringList{node});
        // The rows after that moment stay, ahead of the timeline, and come back as the run does.
        QCOMPARE(w.log->model()->rowCount(), rows);
        QVERIFY2(w.log->model()->confirmedRows() < rows, qPrintable(QStringLiteral("%1 of %2").arg(w.log->model()->confirmedRows()).arg(rows)));
        QVERIFY(w.log->model()->index(rows - 1, 0).data(EventLogModel::AheadRole).toBool());
        w.window.controller()->runTo(SimTime::fromS(40));
        QCOMPARE(w.log->model()->rowCount(), rows);
        QCOMPARE(w.log->model()->confirmedRows(), rows);
    }

    void aFailedRequestIsExplainedByTheKillAndTheHealthCheck()
    {
        Window w;
        QVERIFY(w.open("health-checks", 40));
        w.log->setKindFilter(QStringLiteral("error"));
        QVERIFY(w.log->filter()->rowCount() > 0);
        const QModelIndex first = w.log->filter()->index(0, 0);
        const quint64 request = first.data(EventLogModel::RequestRole).toULongLong();
        const CauseTrace trace = *w.log->tracer().trace(request);
        QCOMPARE(trace.cause.failure, FailureReason::NodeDown);
        QCOMPARE(trace.cause.since, SimTime::fromS(20.5));
        QVERIFY(trace.resolved());
        QCOMPARE(trace.resolvedBy, EngineEventKind::HealthDown);
        w.log->activateRow(0);
        QCOMPARE(w.window.controller()->now(), trace.cause.at);
        const QString text = w.log->causeText();
        QVERIFY2(text.contains(QStringLiteral("killed at 20.500 s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("health checks marked it down")), qPrintable(text));
    }

    void aStaleReadIsExplainedByTheReplicationApply()
    {
        Window w;
        QVERIFY(w.open("replication-read-replicas", 10));
        w.log->setKindFilter(QStringLiteral("stale_read"));
        QVERIFY(w.log->filter()->rowCount() > 0);
        const quint64 request = w.log->filter()->index(0, 0).data(EventLogModel::RequestRole).toULongLong();
        const CauseTrace trace = *w.log->tracer().trace(request);
        QCOMPARE(trace.cause.kind, CauseKind::StaleReplica);
        QVERIFY(trace.resolved());
        QVERIFY(trace.cause.committedAt <= trace.cause.at);
        QVERIFY(trace.resolvedAt > trace.cause.at);
        QVERIFY(w.log->explainRequest(request));
        QCOMPARE(w.window.controller()->now(), trace.cause.at);
        QVERIFY2(w.log->causeText().contains(QStringLiteral("write %1").arg(trace.cause.missingWrite)), qPrintable(w.log->causeText()));
    }

    void aStaleHitFromARacingFillNamesTheRaceLeasesPrevent()
    {
        TopologyReader reader;
        const auto topology = reader.readFile(example("cache-leases"));
        QVERIFY(topology);
        CauseTrace trace;
        trace.cause.kind = CauseKind::StaleCache;
        trace.cause.request = 9;
        trace.cause.node = static_cast<std::int32_t>(topology->nodes.size() - 1);  // the cache
        trace.cause.at = SimTime::fromMs(2000);
        trace.cause.key = 4;
        trace.cause.heldVersion = 40;
        trace.cause.missingWrite = 42;
        trace.cause.committedAt = SimTime::fromMs(1990);
        trace.cause.filledAt = SimTime::fromMs(1995);
        const CauseExplainer explainer(*topology);
        QVERIFY(!explainer.explanation(trace).contains(QStringLiteral("memcache leases")));
        trace.cause.racedWrite = 41;
        const QString text = explainer.explanation(trace);
        QVERIFY2(text.contains(QStringLiteral("A read that started before write 41 filled the cache with the old value "
                                              "after the write had invalidated it")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the race memcache leases prevent (see the cache-leases example)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("had not reached the cache yet")));
    }

    void aStaleReadUnderSemiSyncSaysItProtectsWritesNotFreshness()
    {
        TopologyReader reader;
        auto topology = reader.readFile(example("replication-failover-semisync"));
        QVERIFY(topology);
        QVERIFY(topology->replication.applyDelayMs > 0);
        CauseTrace trace;
        trace.cause.kind = CauseKind::StaleReplica;
        trace.cause.node = static_cast<std::int32_t>(topology->nodes.size() - 1);
        trace.cause.missingWrite = 5;
        trace.cause.committedAt = SimTime::fromMs(100);
        trace.cause.at = SimTime::fromMs(250);
        const CauseExplainer explainer(*topology);
        QVERIFY2(explainer.explanation(trace).contains(QStringLiteral("protects acknowledged writes, not freshness")),
                 qPrintable(explainer.explanation(trace)));
        topology->replication.mode = QStringLiteral("async");
        QVERIFY(!CauseExplainer(*topology).explanation(trace).contains(QStringLiteral("not freshness")));
    }

    void aLostWriteRowSaysWhichWriteWhenToWhomAndWhy()
    {
        // db1 dies at 20 s with writes its binlog had not shipped (ship delay 100 ms); the
        // failover promotes db2 at 25 s without them.
        Window w;
        QVERIFY(w.open("replication-failover-async", 30));
        const QList<int> rows = w.rowsOfKind(QStringLiteral("lost_write"));
        QVERIFY(!rows.isEmpty());
        const Simulation *sim = w.window.controller()->simulation();
        const LostWrite lost = sim->lostWrites().back();
        w.log->setKindFilter(QStringLiteral("lost_write"));
        QCOMPARE(w.log->filter()->rowCount(), rows.size());
        w.log->activateRow(w.log->filter()->rowCount() - 1);
        const QString why = w.log->causeText();
        QVERIFY2(why.contains(QStringLiteral("Why was write %1 of key %2 lost?").arg(lost.writeId).arg(lost.key)), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("for request %1 of user %2 (users)").arg(lost.requestId).arg(lost.user)), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("Replication is asynchronous: db1 told the client it was saved at once, at %1 s")
                                  .arg(CauseExplainer::seconds(SimTime::fromUs(lost.ackUs)))),
                 qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("but db1 died at 20.000 s")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("At 25.000 s the failover promoted db2, which did not have it")), qPrintable(why));
    }

    void openingALessonStartsTheLogAndItsWhyAfresh()
    {
        Window w;
        QVERIFY(w.open("replication-failover-async", 30));
        w.log->setKindFilter(QStringLiteral("lost_write"));
        w.log->activateRow(0);
        QVERIFY(!w.log->causeText().isEmpty());
        QVERIFY(w.log->model()->rowCount() > 0);
        w.log->setSearchText(QStringLiteral("never reached"));
        QString error;
        QVERIFY2(w.window.openLesson(QStringLiteral(":/lessons/failover.lesson.json"), &error), qPrintable(error));
        QCOMPARE(w.log->causeText(), QString());
        QCOMPARE(w.log->model()->rowCount(), 0);
        QCOMPARE(w.log->model()->kinds(), QStringList());
        QCOMPARE(w.log->findChild<QLineEdit *>(QStringLiteral("eventSearch"))->text(), QString());
        // The lesson's own run fills it again.
        w.window.controller()->runTo(SimTime::fromS(30));
        w.log->model()->sync();
        QVERIFY(w.log->model()->rowCount() > 0);
        QCOMPARE(w.log->model()->confirmedRows(), w.log->model()->rowCount());
        QCOMPARE(w.log->filter()->rowCount(), w.log->model()->rowCount());
    }

    void theClientViewMarksAReadYourWritesViolation()
    {
        Window w;
        QVERIFY(w.open("replication-read-replicas", 60));
        QVERIFY(w.window.controller()->simulation()->replication().readYourWritesViolations > 0);
        QVERIFY(w.clients->showUserWithViolation());
        const std::vector<ClientViewModel::Row> &rows = w.clients->model()->rows();
        QVERIFY(!rows.empty());
        int marked = 0;
        for (const ClientViewModel::Row &row : rows) {
            QCOMPARE(row.request.clientsNode, rows.front().request.clientsNode);
            QCOMPARE(row.request.user, rows.front().request.user);
            if (row.violation != ClientViewModel::Violation::ReadYourWrites)
                continue;
            ++marked;
            // The user's own acknowledged write of that key, finished before the read was sent.
            const bool ownWrite = std::any_of(rows.begin(), rows.end(), [&](const ClientViewModel::Row &w) {
                return w.request.op == Op::Write && w.request.key == row.request.key && w.request.version == row.expected
                       && w.request.end <= row.request.start;
            });
            QVERIFY(ownWrite);
            QVERIFY(row.request.version < row.expected);
            QVERIFY(row.request.stale);
        }
        QVERIFY(marked > 0);
        QVERIFY(w.clients->summary().contains(QStringLiteral("Read-your-writes broken")));
    }

    void monotonicReadsAreCheckedAgainstWhatTheUserHadSeen()
    {
        auto record = [](std::uint64_t id, Op op, double startMs, double endMs, std::uint64_t version) {
            RequestRecord r;
            r.id = id;
            r.op = op;
            r.key = 9;
            r.start = SimTime::fromMs(startMs);
            r.end = SimTime::fromMs(endMs);
            r.version = version;
            return r;
        };
        // Read v5, then a read sent after it ended gets v3: monotonic reads broken. A read that
        // overlapped the first one proves nothing.
        const auto rows = ClientViewModel::analyse({record(1, Op::Read, 0, 10, 5), record(2, Op::Read, 5, 12, 3), record(3, Op::Read, 20, 30, 3),
                                                    record(4, Op::Write, 40, 50, 7), record(5, Op::Read, 60, 70, 5)});
        QCOMPARE(rows.size(), std::size_t(5));
        QCOMPARE(rows[1].violation, ClientViewModel::Violation::None);
        QCOMPARE(rows[2].violation, ClientViewModel::Violation::MonotonicRead);
        QCOMPARE(rows[2].expected, std::uint64_t(5));
        QCOMPARE(rows[4].violation, ClientViewModel::Violation::ReadYourWrites);
        QCOMPARE(rows[4].expected, std::uint64_t(7));
    }

    void rowsHoldStillWhileTheReaderIsOnTheLog()
    {
        Window w;
        QVERIFY(w.open("replication-failover-async", 5));
        w.window.resize(1400, 900);
        w.window.show();
        w.log->show();
        w.log->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTableView *table = w.log->table();
        QVERIFY(table->isVisible());
        QScrollBar *bar = table->verticalScrollBar();
        auto runTo = [&](double seconds) {
            w.window.controller()->runTo(SimTime::fromS(seconds));
            QCoreApplication::processEvents();
        };
        runTo(8);
        QVERIFY2(bar->maximum() > 0, "enough rows to scroll");
        QCOMPARE(bar->value(), bar->maximum());   // following the run
        EventLogFollower *follower = w.log->follower();
        QVERIFY(follower->isFollowing());

        // The pointer over the table: arriving rows must not slide the one under it.
        const QPoint pointer = table->viewport()->rect().center();
        QTest::mouseMove(table->viewport(), pointer);
        QVERIFY(!follower->isFollowing());
        auto rowText = [&](const QModelIndex &index) {
            QStringList cells;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                cells << table->model()->index(index.row(), c).data().toString();
            return cells.join(QLatin1Char('|'));
        };
        const QString under = rowText(table->indexAt(pointer));
        QVERIFY(!under.isEmpty());
        const int value = bar->value();
        const int rows = table->model()->rowCount();
        runTo(12);
        QVERIFY(table->model()->rowCount() > rows);
        QCOMPARE(bar->value(), value);
        QCOMPARE(rowText(table->indexAt(pointer)), under);
        QCOMPARE(follower->newRows(), table->model()->rowCount() - rows);
        QVERIFY2(follower->button()->text().startsWith(QString::number(follower->newRows()) + QLatin1Char(' ')), qPrintable(follower->button()->text()));
        QVERIFY(!follower->button()->isChecked());

        // The log dropping its oldest rows does not move the ones in sight either.
        w.log->model()->setCapacity(std::size_t(w.log->model()->rowCount()));
        runTo(14);
        QCOMPARE(rowText(table->indexAt(pointer)), under);
        QVERIFY(bar->value() < value);
        w.log->model()->setCapacity(EventLogModel::kDefaultCapacity);

        // The pointer leaves: the log catches up with the run.
        QTest::mouseMove(&w.window, QPoint(2, 2));
        QVERIFY(follower->isFollowing());
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(follower->newRows(), 0);
        QVERIFY(follower->button()->isChecked());

        // Scrolled up: held still after the pointer left, until scrolled back to the bottom.
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        QVERIFY(follower->isPaused());
        const int up = bar->value();
        const QString top = rowText(table->indexAt(QPoint(2, 2)));
        runTo(16);
        QCOMPARE(bar->value(), up);
        QCOMPARE(rowText(table->indexAt(QPoint(2, 2))), top);
        QVERIFY(follower->newRows() > 0);
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QVERIFY(follower->isFollowing());
        runTo(18);
        QCOMPARE(bar->value(), bar->maximum());

        // Picking a row holds the log too; the button follows again.
        w.log->activateRow(0);
        QVERIFY(follower->isPaused());
        follower->button()->click();
        QVERIFY(follower->isFollowing());
        QCOMPARE(bar->value(), bar->maximum());
    }
};

QTEST_MAIN(TestEventLog)
#include "tst_eventlog.moc"
