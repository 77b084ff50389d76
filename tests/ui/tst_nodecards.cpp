// SPDX-License-Identifier: GPL-3.0-or-later
// What the node cards on the canvas say, for seeded examples at given times: each card
// must agree with the engine it mirrors.
#include "canvas/devicepicture.h"
#include "canvas/nodeitem.h"
#include "canvas/nodestate.h"
#include "canvas/shardframesitem.h"
#include "canvas/topologyscene.h"
#include "io/topologyreader.h"
#include "settings/theme.h"
#include "sim/simulation.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QtTest>

#include <functional>
#include <memory>

using namespace scalelab;

namespace {

/// An example run the way the window runs it: the engine advances in frames and the scene
/// syncs after each one.
class CardRun
{
public:
    bool start(const char *example, const std::function<void(Topology &)> &tweak = {})
    {
        TopologyReader reader;
        auto topology = reader.readFile(QStringLiteral(SCALELAB_EXAMPLES "/") + QLatin1String(example));
        if (!topology) {
            qWarning("%s", qPrintable(reader.errorText()));
            return false;
        }
        if (tweak)
            tweak(*topology);
        QString error;
        m_simulation = Simulation::create(*topology, &error);
        if (!m_simulation) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_scene.setTopology(*topology);
        m_scene.syncFrom(*m_simulation);
        return true;
    }

    /// Runs to `seconds` in 100 ms frames, syncing the cards after each.
    void runTo(double seconds)
    {
        const SimTime end = SimTime::fromMs(seconds * 1000.0);
        while (m_simulation->now() < end) {
            m_simulation->runUntil(std::min(end, m_simulation->now() + SimTime::fromMs(100)));
            m_scene.syncFrom(*m_simulation);
        }
    }

    const Simulation &simulation() const { return *m_simulation; }
    Simulation &simulation() { return *m_simulation; }
    NodeItem *item(const char *id) const { return m_scene.nodeItem(QLatin1String(id)); }
    const NodeState &card(const char *id) const { return item(id)->card(); }
    int index(const char *id) const { return m_simulation->nodeIndex(QLatin1String(id)); }
    TopologyScene &scene() { return m_scene; }

private:
    std::unique_ptr<Simulation> m_simulation;
    TopologyScene m_scene;
};

/// The scene as the view paints it at `zoom` (cards and dots land between pixels, as they do
/// on screen).
QImage renderScene(TopologyScene &scene, qreal zoom)
{
    const QRectF source = scene.contentRect();
    QImage image((source.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(1, 1), source.size() * zoom), source, Qt::IgnoreAspectRatio);
    return image;
}

/// How many pixels of `a` and `b` differ by more than `tolerance` in some channel.
int pixelsApart(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int apart = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x])), std::abs(qAlpha(pa[x]) - qAlpha(pb[x]))});
            if (d > tolerance)
                ++apart;
        }
    }
    return apart;
}

struct Renders
{
    int frame = 0;
    int picture = 0;
    bool operator==(const Renders &) const = default;
};

QMap<QString, Renders> rendersOf(const TopologyScene &scene)
{
    QMap<QString, Renders> renders;
    for (int i = 0; i < scene.nodeItemCount(); ++i)
        renders.insert(scene.nodeItem(i)->id(), {scene.nodeItem(i)->frameRenders(), scene.nodeItem(i)->pictureRenders()});
    return renders;
}

/// Card `item` alone as the view paints it at `zoom`, on white.
QImage renderCard(TopologyScene &scene, const NodeItem *item, qreal zoom)
{
    const QRectF source = item->mapRectToScene(item->boundingRect());
    QImage image((source.size() * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * zoom), source, Qt::IgnoreAspectRatio);
    return image;
}

/// Height in pixels of the dark ink (text) in the rows `top` to `bottom` of `image`, between
/// columns `left` and `right`: from the first row holding some to the last.
int inkHeight(const QImage &image, int left, int right, int top, int bottom)
{
    int first = -1;
    int last = -1;
    for (int y = std::max(0, top); y < std::min(bottom, image.height()); ++y) {
        for (int x = std::max(0, left); x < std::min(right, image.width()); ++x) {
            if (qGray(image.pixel(x, y)) < 110) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

/// Restores the light theme at the end of a test that changes it.
struct ThemeGuard
{
    ~ThemeGuard() { Theme::setCurrent(Theme::light()); }
};

} // namespace

class TestNodeCards : public QObject
{
    Q_OBJECT

private slots:
    void failoverMovesThePrimaryTabAndHighlightsTheNewPrimary();
    void laggingReplicaIsMarkedStaleWithItsLag();
    void replicaWithinTheShipDelayIsNotStale();
    void killedServerIsBeingDetectedUntilTheChecksFailIt();
    void serverWithoutChecksIsNeverNoticed();
    void outlierDetectionShowsEjectedInThePool();
    void cacheCardHitRatioEqualsTheEngineCounters();
    void shardedCachesAndEdgesAddUpToTheEngineCounters();
    void saturatedDatabaseShowsLoadAndQueue();
    void peersShowMasterOrRingAndALoneDatabaseNoRole();
    void standbyBalancerIsMarkedUntilItTakesOver();
    void drainedServerSaysDraining();
    void cardRepaintsOnlyWhenWhatItShowsChanged();
    void tooltipCarriesTheFullText();
    void cardPicturesLookLikePaintingDirectly_data();
    void cardPicturesLookLikePaintingDirectly();
    void cardPictureIsPaintedAgainOnlyWhenWhatItShowsChanged();
    void gridPictureIsPaintedAgainOnlyWhenTheGridChanged();
    void zoomedOutCardsShowOneLargeFigure();
    void aReplacementReplicaSaysHowFarItsProvisioningIs();
    void farOutCardsShowTheirIconOnTheStatesColour();
    void queueCardShowsJobsHeldAgainstCapacityAndWarnsWhenFull();
    void workerCardShowsBusyWorkersAndDiesLikeAServer();
    void shardedDatabaseCardsNameTheirShardAndPosition();
    void newShardCardShowsItsCopyUntilTheReshardIsDone();
    void shardFramesSurroundEachShardAndFollowADrag();
};

void TestNodeCards::aReplacementReplicaSaysHowFarItsProvisioningIs()
{
    // db4 has no data; at 15 s a 5 s copy from db2 starts, then it replays the binlog.
    CardRun run;
    QVERIFY(run.start("replication-replace-replica.scalelab.json"));
    run.runTo(14.0);
    QCOMPARE(run.card("db4").keyFigure(), QStringLiteral("NO DATA"));
    QCOMPARE(run.card("db4").healthText(), QStringLiteral("NO DATA"));
    run.runTo(17.0);
    QCOMPARE(run.card("db4").keyFigure(), QStringLiteral("COPY 40%"));
    QVERIFY(run.card("db4").healthExplanation().contains(QLatin1String("db2")));
    run.runTo(20.05);
    QCOMPARE(run.card("db4").keyFigure(), QStringLiteral("REPLAYING"));
    QCOMPARE(run.card("db4").healthText(), QString());  // alive: no health tab
    QVERIFY(!run.card("db4").stale);                      // it serves no reads, so none stale
    run.runTo(21.0);
    QVERIFY(run.card("db4").provisioning.isEmpty());
    QCOMPARE(run.card("db4").health, NodeState::Health::Up);
}

void TestNodeCards::failoverMovesThePrimaryTabAndHighlightsTheNewPrimary()
{
    // db1 is killed at 20 s; the promotion decision comes failover_ms (5 s) later.
    CardRun run;
    QVERIFY(run.start("replication-failover-async.scalelab.json"));
    run.runTo(19.0);
    QCOMPARE(run.card("db1").role, NodeState::Role::Primary);
    QCOMPARE(run.card("db1").roleText(), QStringLiteral("PRIMARY"));
    QCOMPARE(run.card("db1").health, NodeState::Health::Up);
    QCOMPARE(run.card("db1").detail(), QStringLiteral("async · 2 replicas"));
    QCOMPARE(run.card("db2").roleText(), QStringLiteral("REPLICA"));
    QCOMPARE(run.card("db3").roleText(), QStringLiteral("REPLICA"));

    run.runTo(22.0);
    QCOMPARE(run.card("db1").health, NodeState::Health::Down);
    QCOMPARE(run.card("db1").healthText(), QStringLiteral("DOWN"));
    QCOMPARE(run.item("db1")->state(), NodeItem::State::Down);
    QCOMPARE(run.card("db1").role, NodeState::Role::Primary);   // not decided yet

    run.runTo(26.0);
    const int primary = run.simulation().primaryDatabase();
    QVERIFY(primary >= 0);
    QVERIFY(primary != run.index("db1"));
    const char *newId = primary == run.index("db2") ? "db2" : "db3";
    const NodeState &promoted = run.card(newId);
    QCOMPARE(promoted.role, NodeState::Role::Primary);
    QVERIFY(promoted.newPrimary);
    QCOMPARE(promoted.roleText(), QStringLiteral("NEW PRIMARY"));
    QCOMPARE(run.card("db1").role, NodeState::Role::Replica);   // demoted
    QCOMPARE(run.card("db1").health, NodeState::Health::Down);
    // Acknowledged writes the promotion lost: as the engine counts them, on the card of the
    // dead primary that had committed them.
    const std::uint64_t lost = run.simulation().replication().lostWrites;
    QVERIFY(lost > 1);
    QCOMPARE(run.card("db1").lostWrites, lost);
    QCOMPARE(run.card("db1").detail(), QStringLiteral("%1 writes lost").arg(lost));
    QCOMPARE(run.card("db1").glance(), QStringLiteral("%1 lost").arg(lost));   // zoomed out
    QVERIFY(run.card("db1").glanceWarns());
    QCOMPARE(promoted.lostWrites, std::uint64_t(0));
    QCOMPARE(promoted.detail(), QStringLiteral("async · 1 replica"));

    // The highlight is brief; the role stays.
    run.runTo(25.0 + NodeState::kPromotionHighlightUs / 1e6 + 1.0);
    QVERIFY(!run.card(newId).newPrimary);
    QCOMPARE(run.card(newId).roleText(), QStringLiteral("PRIMARY"));
}

void TestNodeCards::laggingReplicaIsMarkedStaleWithItsLag()
{
    // Ship the binlog 2 s late: every replica reads far behind the primary.
    CardRun run;
    QVERIFY(run.start("replication-read-replicas.scalelab.json",
                      [](Topology &t) { t.replication.shipDelayMs = 2000; }));
    run.runTo(15.0);
    const NodeState &db2 = run.card("db2");
    QCOMPARE(db2.role, NodeState::Role::Replica);
    QVERIFY(db2.stale);
    QVERIFY(db2.lagMs >= 2000);
    QVERIFY(db2.lagMs <= 2500);
    QCOMPARE(db2.writesBehind, run.simulation().writesBehind(run.index("db2")));
    QVERIFY(db2.writesBehind > 10);
    QVERIFY(std::abs(db2.lagMs - run.simulation().replicaLagMs(run.index("db2"))) <= 50.0);
    QCOMPARE(db2.detail(), QStringLiteral("lag %1 s · %2 behind")
                               .arg(QLocale().toString(db2.lagMs / 1000.0, 'f', 1))
                               .arg(db2.writesBehind));
    QCOMPARE(db2.glance(), QStringLiteral("lag %1 s").arg(QLocale().toString(db2.lagMs / 1000.0, 'f', 1)));
    QVERIFY(!run.card("db1").stale);   // the primary is never behind itself
}

void TestNodeCards::replicaWithinTheShipDelayIsNotStale()
{
    CardRun run;
    QVERIFY(run.start("replication-read-replicas.scalelab.json"));
    run.runTo(15.0);
    const NodeState &db2 = run.card("db2");
    QCOMPARE(db2.role, NodeState::Role::Replica);
    QVERIFY(!db2.stale);
    QVERIFY(db2.lagMs < NodeState::kStaleLagMs);
    QCOMPARE(db2.writesBehind, run.simulation().writesBehind(run.index("db2")));
}

void TestNodeCards::killedServerIsBeingDetectedUntilTheChecksFailIt()
{
    // web2 dies at 20.5 s; checks every 2 s with fall 3 fail it some seconds later; it is
    // revived at 40.5 s and rejoins after `rise` good checks.
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json"));
    run.runTo(20.0);
    QCOMPARE(run.card("web2").health, NodeState::Health::Up);
    QCOMPARE(run.card("lb").detail(), QStringLiteral("3/3 healthy"));

    run.runTo(21.0);
    QCOMPARE(run.card("web2").health, NodeState::Health::BeingDetected);
    QCOMPARE(run.card("web2").healthText(), QStringLiteral("DOWN · DETECTING"));
    QCOMPARE(run.simulation().balancing().healthSeen(run.index("web2")), std::string("up"));
    QCOMPARE(run.item("web2")->state(), NodeItem::State::Down);
    QCOMPARE(run.card("lb").poolHealthy, 3);   // the balancer still believes in it

    run.runTo(30.0);
    QCOMPARE(run.card("web2").health, NodeState::Health::Down);
    QCOMPARE(run.card("web2").healthText(), QStringLiteral("DOWN"));
    QCOMPARE(run.card("lb").detail(), QStringLiteral("2/3 healthy"));

    run.runTo(40.6);
    QCOMPARE(run.card("web2").health, NodeState::Health::OutOfPool);
    QCOMPARE(run.card("web2").healthText(), QStringLiteral("OUT OF POOL"));
    run.runTo(50.0);
    QCOMPARE(run.card("web2").health, NodeState::Health::Up);
    QCOMPARE(run.card("lb").detail(), QStringLiteral("3/3 healthy"));
}

void TestNodeCards::serverWithoutChecksIsNeverNoticed()
{
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json", [](Topology &t) {
        for (NodeSpec &node : t.nodes)
            node.hasHealthCheck = false;
    }));
    run.runTo(35.0);
    QCOMPARE(run.card("web2").health, NodeState::Health::Undetected);
    QCOMPARE(run.card("web2").healthText(), QStringLiteral("DOWN · UNNOTICED"));
    QCOMPARE(run.card("lb").detail(), QStringLiteral("3/3 healthy"));
}

void TestNodeCards::outlierDetectionShowsEjectedInThePool()
{
    // web2 dies at 10 s; five errors in a row eject it.
    CardRun run;
    QVERIFY(run.start("outlier-detection.scalelab.json"));
    run.runTo(9.9);
    QCOMPARE(run.card("lb").detail(), QStringLiteral("3/3 healthy"));
    run.runTo(12.0);
    QCOMPARE(run.simulation().balancing().healthSeen(run.index("web2")), std::string("ejected"));
    QCOMPARE(run.card("web2").health, NodeState::Health::Down);
    QCOMPARE(run.card("lb").poolEjected, 1);
    QCOMPARE(run.card("lb").detail(), QStringLiteral("2/3 healthy · 1 ejected"));
}

void TestNodeCards::cacheCardHitRatioEqualsTheEngineCounters()
{
    CardRun run;
    QVERIFY(run.start("cache-read-through.scalelab.json"));
    run.runTo(20.0);
    const NodeState &cache = run.card("cache1");
    const CacheCounters &counters = run.simulation().caches();
    QVERIFY(counters.hits > 100);
    QCOMPARE(cache.hits, counters.hits);
    QCOMPARE(cache.misses, counters.misses);
    const double ratio = double(counters.hits) / double(counters.hits + counters.misses);
    QCOMPARE(cache.hitRatio(), ratio);
    QCOMPARE(cache.loadText(), QStringLiteral("%1% hits").arg(QLocale().toString(ratio * 100, 'f', 0)));
    const CacheStore *store = run.simulation().cacheTier().store(run.index("cache1"));
    QCOMPARE(cache.items, std::uint64_t(store->size()));
    QCOMPARE(cache.capacity, store->capacity());
}

void TestNodeCards::shardedCachesAndEdgesAddUpToTheEngineCounters()
{
    CardRun caches;
    QVERIFY(caches.start("cache-sharded.scalelab.json"));
    caches.runTo(35.0);   // cache2 died at 30 s: its counts stay on its card
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    for (const char *id : {"cache1", "cache2", "cache3"}) {
        QVERIFY(caches.card(id).hits > 0);
        hits += caches.card(id).hits;
        misses += caches.card(id).misses;
    }
    QCOMPARE(hits, caches.simulation().caches().hits);
    QCOMPARE(misses, caches.simulation().caches().misses);
    QCOMPARE(caches.card("cache2").health, NodeState::Health::Down);
    QCOMPARE(caches.card("cache2").items, std::uint64_t(0));   // restarts cold

    CardRun cdn;
    QVERIFY(cdn.start("cdn-edges.scalelab.json"));
    cdn.runTo(20.0);
    const NodeState &eu = cdn.card("edge-eu");
    const NodeState &us = cdn.card("edge-us");
    QCOMPARE(eu.hits + us.hits, cdn.simulation().cdn().hits);
    QCOMPARE(eu.misses + us.misses, cdn.simulation().cdn().misses);
    QVERIFY(eu.hitRatio() > 0.5);
    QVERIFY(!eu.showsLoad());
    QCOMPARE(eu.bytes, cdn.simulation().cdnEdge(cdn.index("edge-eu")).store->bytes());
}

void TestNodeCards::saturatedDatabaseShowsLoadAndQueue()
{
    // The cache dies at 30 s and every read falls on db1: all its workers busy, a long queue.
    CardRun run;
    QVERIFY(run.start("cache-spof.scalelab.json"));
    run.runTo(40.0);
    const NodeState &db = run.card("db1");
    const NodeRuntime &runtime = run.simulation().node(run.index("db1"));
    QCOMPARE(db.active, runtime.active);
    QCOMPARE(db.concurrency, runtime.concurrency);
    QCOMPARE(db.active, db.concurrency);
    QCOMPARE(db.waiting, int(runtime.waiting.size()));
    QVERIFY(db.waiting > 50);
    QCOMPARE(db.loadText(), QStringLiteral("%1/%1").arg(db.concurrency));
    QCOMPARE(db.queueText(), QStringLiteral("%1 queued").arg(db.waiting));
    QCOMPARE(db.load(), 1.0);
    QCOMPARE(db.glance(), QStringLiteral("%1/%1 +%2").arg(db.concurrency).arg(db.waiting));
}

void TestNodeCards::peersShowMasterOrRingAndALoneDatabaseNoRole()
{
    CardRun multi;
    QVERIFY(multi.start("multi-master-lww.scalelab.json"));
    multi.runTo(5.0);
    QCOMPARE(multi.card("db1").roleText(), QStringLiteral("MASTER"));
    QCOMPARE(multi.card("db3").roleText(), QStringLiteral("MASTER"));

    CardRun ring;
    QVERIFY(ring.start("ring-three.scalelab.json"));
    ring.runTo(21.0);
    QCOMPARE(ring.card("dbA").roleText(), QStringLiteral("RING"));
    QCOMPARE(ring.card("dbB").health, NodeState::Health::Down);

    CardRun lone;
    QVERIFY(lone.start("server-and-database.scalelab.json"));
    lone.runTo(5.0);
    QCOMPARE(lone.card("db1").role, NodeState::Role::None);
    QVERIFY(lone.card("db1").roleText().isEmpty());
}

void TestNodeCards::standbyBalancerIsMarkedUntilItTakesOver()
{
    // lb dies at 20 s; the clients switch to lb-standby after its failover delay.
    CardRun run;
    QVERIFY(run.start("standby-balancer.scalelab.json"));
    run.runTo(10.0);
    QCOMPARE(run.card("lb-standby").roleText(), QStringLiteral("STANDBY"));
    QVERIFY(run.card("lb").roleText().isEmpty());
    run.runTo(30.0);
    QCOMPARE(run.card("lb").health, NodeState::Health::Down);
    QVERIFY(run.card("lb-standby").roleText().isEmpty());
}

void TestNodeCards::drainedServerSaysDraining()
{
    CardRun run;
    QVERIFY(run.start("two-servers-balanced.scalelab.json"));
    run.runTo(2.0);
    ScenarioEvent drain;
    drain.action = QStringLiteral("drain");
    drain.node = QStringLiteral("web2");
    QVERIFY(run.simulation().applyAction(drain).isEmpty());
    run.runTo(2.1);
    QCOMPARE(run.card("web2").health, NodeState::Health::Draining);
    QCOMPARE(run.card("web2").healthText(), QStringLiteral("DRAINING"));
    QCOMPARE(run.item("web2")->state(), NodeItem::State::Draining);
    QVERIFY(run.item("web2")->toolTip().contains(QStringLiteral("draining")));
}

void TestNodeCards::cardRepaintsOnlyWhenWhatItShowsChanged()
{
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json"));
    run.runTo(10.0);
    NodeItem *lb = run.item("lb");
    NodeItem *web2 = run.item("web2");
    // Same engine state: nothing to repaint.
    QVERIFY(!lb->syncFrom(run.simulation(), run.index("lb")));
    QVERIFY(!web2->syncFrom(run.simulation(), run.index("web2")));
    // A balancer's card shows no counters: traffic alone does not repaint it.
    const std::uint64_t served = run.simulation().node(run.index("lb")).served;
    run.runTo(12.0);
    QVERIFY(run.simulation().node(run.index("lb")).served > served);
    QVERIFY(!lb->syncFrom(run.simulation(), run.index("lb")));
    QVERIFY(lb->toolTipText().contains(QLocale().toString(qulonglong(run.simulation().node(run.index("lb")).served))));
}

void TestNodeCards::tooltipCarriesTheFullText()
{
    const QString longId = QStringLiteral("a-very-long-web-server-name-that-cannot-fit");
    CardRun run;
    QVERIFY(run.start("lb-least-connections.scalelab.json", [&](Topology &t) {
        for (LinkSpec &link : t.links) {
            if (link.from == QLatin1String("web1"))
                link.from = longId;
            if (link.to == QLatin1String("web1"))
                link.to = longId;
        }
        t.layout[longId] = t.layout.value(QStringLiteral("web1"));
        t.nodes[t.indexOf(QStringLiteral("web1"))].id = longId;
    }));
    run.runTo(5.0);
    NodeItem *web = run.item("a-very-long-web-server-name-that-cannot-fit");
    QVERIFY(web);
    QVERIFY(web->toolTipText().contains(longId));
    const NodeState &lb = run.card("lb");
    QCOMPARE(lb.loadText(), QStringLiteral("least connections"));
    QVERIFY(run.item("lb")->toolTipText().contains(QStringLiteral("least_connections")));
}

void TestNodeCards::cardPicturesLookLikePaintingDirectly_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<bool>("dark");
    QTest::newRow("one figure, light") << 0.46 << false;
    QTest::newRow("glance, light") << 0.65 << false;
    QTest::newRow("icon only, light") << 0.2 << false;
    QTest::newRow("icon only, dark") << 0.24 << true;
    QTest::newRow("small lines, light") << 1.0 << false;
    QTest::newRow("one figure, dark") << 0.46 << true;
    QTest::newRow("zoomed in, dark") << 1.37 << true;
}

void TestNodeCards::cardPicturesLookLikePaintingDirectly()
{
    QFETCH(qreal, zoom);
    QFETCH(bool, dark);
    ThemeGuard guard;
    Theme::setCurrent(dark ? Theme::darkTheme() : Theme::light());
    // After the failover: a dead primary, a new one glowing, replicas, a selected card.
    CardRun run;
    QVERIFY(run.start("replication-failover-async.scalelab.json"));
    run.runTo(28.0);
    run.item("db2")->setSelected(true);

    DevicePicture::setEnabled(false);
    const QImage direct = renderScene(run.scene(), zoom);
    DevicePicture::setEnabled(true);
    const QImage fresh = renderScene(run.scene(), zoom);
    const QImage kept = renderScene(run.scene(), zoom);
    // The same pixels, but for rounding (a few levels of 255) where translucent edges are
    // blended in two steps: into the picture, then onto the canvas.
    QCOMPARE(pixelsApart(direct, fresh, 4), 0);
    QCOMPARE(pixelsApart(fresh, kept, 0), 0);
}

void TestNodeCards::cardPictureIsPaintedAgainOnlyWhenWhatItShowsChanged()
{
    ThemeGuard guard;
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json"));
    run.runTo(10.0);
    TopologyScene &scene = run.scene();
    renderScene(scene, 0.65);
    const auto first = rendersOf(scene);
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY2(it->frame >= 1 && it->picture >= 1, qPrintable(it.key()));

    // Nothing changed: every card is one blit.
    renderScene(scene, 0.65);
    QCOMPARE(rendersOf(scene), first);

    // Selecting a card repaints its frame, and only its.
    run.item("lb")->setSelected(true);
    renderScene(scene, 0.65);
    auto expected = first;
    ++expected["lb"].frame;
    ++expected["lb"].picture;
    QCOMPARE(rendersOf(scene), expected);

    // A frame of the run: cards whose glance line changed repaint their lines, not their
    // frame; cards showing the same keep their picture.
    QMap<QString, NodeState> before;
    for (int i = 0; i < scene.nodeItemCount(); ++i)
        before.insert(scene.nodeItem(i)->id(), scene.nodeItem(i)->card());
    run.runTo(10.1);
    renderScene(scene, 0.65);
    const auto afterFrame = rendersOf(scene);
    int changedLines = 0;
    for (int i = 0; i < scene.nodeItemCount(); ++i) {
        const NodeItem *item = scene.nodeItem(i);
        const NodeState &was = before.value(item->id());
        const Renders &had = expected.value(item->id());
        const Renders &has = afterFrame.value(item->id());
        if (item->card() == was) {
            QCOMPARE(has.picture, had.picture);
        } else if (item->card().glance() != was.glance() || item->card().load() != was.load()) {
            QCOMPARE(has.picture, had.picture + 1);
            ++changedLines;
        }
        if (item->card().health == was.health && item->card().role == was.role)
            QCOMPARE(has.frame, had.frame);
    }
    QVERIFY(changedLines > 0);

    // A change of theme, of the canvas text size and of zoom repaint every frame.
    auto everyFrameRepainted = [&](const QMap<QString, Renders> &was) {
        const auto now = rendersOf(scene);
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            if (now.value(it.key()).frame != it->frame + 1)
                return false;
        }
        return true;
    };
    auto was = rendersOf(scene);
    Theme::setCurrent(Theme::darkTheme());
    renderScene(scene, 0.65);
    QVERIFY(everyFrameRepainted(was));
    was = rendersOf(scene);
    Theme larger = Theme::darkTheme();
    larger.canvasTextScale = 1.25;
    Theme::setCurrent(larger);
    renderScene(scene, 0.65);
    QVERIFY(everyFrameRepainted(was));
    was = rendersOf(scene);
    renderScene(scene, 0.7);
    QVERIFY(everyFrameRepainted(was));
}

void TestNodeCards::gridPictureIsPaintedAgainOnlyWhenTheGridChanged()
{
    ThemeGuard guard;
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json"));
    TopologyScene &scene = run.scene();
    renderScene(scene, 0.7);
    const int first = scene.dotGrid().renders();
    QVERIFY(first >= 1);
    renderScene(scene, 0.7);
    QCOMPARE(scene.dotGrid().renders(), first);
    // Snapping darkens the dots.
    scene.setSnapToGrid(!scene.snapsToGrid());
    renderScene(scene, 0.7);
    QCOMPARE(scene.dotGrid().renders(), first + 1);
    Theme::setCurrent(Theme::darkTheme());
    renderScene(scene, 0.7);
    QCOMPARE(scene.dotGrid().renders(), first + 2);
    renderScene(scene, 0.8);
    QCOMPARE(scene.dotGrid().renders(), first + 3);
}

void TestNodeCards::zoomedOutCardsShowOneLargeFigure()
{
    // The millions example fitted into a window: cards a third of their size.
    ThemeGuard guard;
    CardRun run;
    QVERIFY(run.start("millions.scalelab.json"));
    run.runTo(5.0);
    constexpr qreal kZoom = 0.3;
    TopologyScene &scene = run.scene();
    renderScene(scene, kZoom);
    for (int i = 0; i < scene.nodeItemCount(); ++i)
        QCOMPARE(scene.nodeItem(i)->paintedDetail(), NodeItem::Detail::Figure);
    NodeItem *web = nullptr;
    for (int i = 0; i < scene.nodeItemCount() && !web; ++i)
        if (scene.nodeItem(i)->nodeType() == NodeType::WebServer && scene.nodeItem(i)->card().active > 0)
            web = scene.nodeItem(i);
    QVERIFY(web);
    const NodeState &card = web->card();
    QCOMPARE(card.keyFigure(), QStringLiteral("%1%").arg(qRound(card.load() * 100)));
    // Kept as a picture: nothing changed, nothing painted again; a frame of the run repaints
    // only the cards whose figure changed.
    const auto first = rendersOf(scene);
    renderScene(scene, kZoom);
    QCOMPARE(rendersOf(scene), first);
    // What the Figure level draws: the figure and its colour.
    auto shown = [](const NodeState &c) { return QStringLiteral("%1 %2 %3").arg(c.keyFigure()).arg(c.waiting > 0).arg(c.glanceWarns()); };
    QMap<QString, QString> figures;
    for (int i = 0; i < scene.nodeItemCount(); ++i)
        figures.insert(scene.nodeItem(i)->id(), shown(scene.nodeItem(i)->card()));
    run.runTo(5.1);
    renderScene(scene, kZoom);
    const auto after = rendersOf(scene);
    for (int i = 0; i < scene.nodeItemCount(); ++i) {
        const NodeItem *item = scene.nodeItem(i);
        QCOMPARE(after.value(item->id()).frame, first.value(item->id()).frame);
        if (shown(item->card()) == figures.value(item->id()))
            QCOMPARE(after.value(item->id()).picture, first.value(item->id()).picture);
    }
    // The figure, in the card's lower half, is drawn at least 10 px tall on screen (its
    // digits' ink at least 7 px); the glance line before was 16 scene px, under 4 px of ink.
    QVERIFY(Theme::textPixels(NodeItem::kFigurePixels) * kZoom >= 10.0);
    const QImage image = renderCard(scene, web, kZoom);
    const QRectF box = web->boundingRect();
    const auto px = [&](qreal sceneX) { return qRound((sceneX - box.left()) * kZoom); };
    const auto py = [&](qreal sceneY) { return qRound((sceneY - box.top()) * kZoom); };
    const int figure = inkHeight(image, px(-NodeItem::kWidth / 2 + 6), px(NodeItem::kWidth / 2 - 6), py(2), py(NodeItem::kHeight / 2 - 2));
    QVERIFY2(figure >= 7, qPrintable(QStringLiteral("figure ink %1 px").arg(figure)));
    // And the id above it is larger than the glance level's.
    const int id = inkHeight(image, px(-NodeItem::kWidth / 2 + 40), px(NodeItem::kWidth / 2 - 6), py(-NodeItem::kHeight / 2 + 2), py(-2));
    QVERIFY2(id >= 5, qPrintable(QStringLiteral("id ink %1 px").arg(id)));
}

void TestNodeCards::farOutCardsShowTheirIconOnTheStatesColour()
{
    ThemeGuard guard;
    CardRun run;
    QVERIFY(run.start("health-checks.scalelab.json"));
    run.runTo(30.0);   // web2 was killed at 20.5 s and the checks have noticed
    QVERIFY(run.card("web2").down());
    constexpr qreal kZoom = 0.15;
    TopologyScene &scene = run.scene();
    renderScene(scene, kZoom);
    QCOMPARE(run.item("web2")->paintedDetail(), NodeItem::Detail::Icon);
    // Off the icon, inside the card: the state's colour fills it.
    auto fillOf = [&](const char *id) {
        const NodeItem *item = run.item(id);
        const QImage image = renderCard(scene, item, kZoom);
        const QRectF box = item->boundingRect();
        return QColor(image.pixel(qRound((-NodeItem::kWidth / 2 + 14 - box.left()) * kZoom), qRound(-box.top() * kZoom)));
    };
    auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8 && std::abs(a.blue() - b.blue()) <= 8;
    };
    const Theme &theme = Theme::current();
    QVERIFY2(near(fillOf("web2"), theme.down), qPrintable(fillOf("web2").name()));
    QVERIFY(run.card("web1").load() < 0.6);
    QVERIFY2(near(fillOf("web1"), theme.loadLow), qPrintable(fillOf("web1").name()));
    QVERIFY(!near(theme.down, theme.loadLow));
    // The level changes with the zoom, and the pictures follow.
    QCOMPARE(NodeItem::detailAt(1.0), NodeItem::Detail::Full);
    QCOMPARE(NodeItem::detailAt(0.7), NodeItem::Detail::Glance);
    QCOMPARE(NodeItem::detailAt(0.3), NodeItem::Detail::Figure);
    QCOMPARE(NodeItem::detailAt(0.15), NodeItem::Detail::Icon);
    renderScene(scene, 1.0);
    QCOMPARE(run.item("web2")->paintedDetail(), NodeItem::Detail::Full);
}


void TestNodeCards::queueCardShowsJobsHeldAgainstCapacityAndWarnsWhenFull()
{
    // queue-workers: 60 jobs/s; worker1 dies at 20 s and worker2 at 25 s, so the queue grows.
    CardRun run;
    QVERIFY(run.start("queue-workers.scalelab.json"));
    QCOMPARE(run.card("jobs").loadText(), QStringLiteral("0 / 400 jobs"));   // before the run: the file's capacity
    run.runTo(30.0);
    const int jobs = run.index("jobs");
    const MessageQueueRuntime &queue = run.simulation().queueing().queue(jobs);
    const NodeState *card = &run.card("jobs");
    QCOMPARE(card->jobsHeld, queue.held);
    QCOMPARE(card->capacity, std::uint64_t(400));
    QVERIFY(queue.held > 0 && queue.held < 400);
    QCOMPARE(card->loadText(), QStringLiteral("%1 / 400 jobs").arg(queue.held));
    QCOMPARE(card->load(), double(queue.held) / 400.0);   // the bar: how full, not the broker's workers
    const double lag = run.simulation().queueing().oldestWaitMs(jobs, run.simulation().now());
    QVERIFY(lag >= 1000.0);
    QCOMPARE(card->detail(), QStringLiteral("next job waited %1 s").arg(QLocale().toString(std::lround(lag / 100.0) / 10.0, 'f', 1)));
    QVERIFY(!card->queueFull());
    QVERIFY(!card->glanceWarns());

    // On until it is full: then the card says so in words, in the warning colours.
    double at = 30.0;
    while (!run.card("jobs").queueFull() && at < 60.0)
        run.runTo(at += 0.5);
    card = &run.card("jobs");
    QVERIFY2(card->queueFull(), "the queue never filled");
    QCOMPARE(queue.held, std::uint64_t(400));
    QCOMPARE(card->loadText(), QStringLiteral("400 / 400 jobs"));
    QCOMPARE(card->detail(), QStringLiteral("FULL: jobs refused"));
    QCOMPARE(card->glance(), QStringLiteral("FULL 400 / 400 jobs"));
    QCOMPARE(card->keyFigure(), QStringLiteral("FULL"));
    QVERIFY(card->glanceWarns());
    QVERIFY(run.item("jobs")->toolTipText().contains(QStringLiteral("400 of 400 jobs held")));
}

void TestNodeCards::workerCardShowsBusyWorkersAndDiesLikeAServer()
{
    CardRun run;
    QVERIFY(run.start("queue-workers.scalelab.json"));
    run.runTo(30.0);
    // worker3 is the only one left and the queue has a backlog: all four of its workers busy.
    const NodeState &worker3 = run.card("worker3");
    const NodeRuntime &runtime = run.simulation().node(run.index("worker3"));
    QCOMPARE(worker3.active, runtime.active);
    QCOMPARE(worker3.concurrency, 4);
    QCOMPARE(worker3.loadText(), QStringLiteral("%1/4").arg(runtime.active));
    QVERIFY(worker3.active > 0);
    QCOMPARE(worker3.load(), worker3.active / 4.0);
    // The dead ones, as any dead server: DOWN, no load shown.
    const NodeState &worker1 = run.card("worker1");
    QVERIFY(worker1.down());
    QCOMPARE(worker1.healthText(), QStringLiteral("DOWN"));
    QCOMPARE(worker1.keyFigure(), QStringLiteral("DOWN"));
    QCOMPARE(run.item("worker1")->state(), NodeItem::State::Down);
    run.runTo(41.0);
    QVERIFY(!run.card("worker1").down());   // revived at 40 s
}

void TestNodeCards::shardedDatabaseCardsNameTheirShardAndPosition()
{
    // sharding-hot-key with db2 made shard 0's replica: db1 primary (tab and line), db2 replica.
    CardRun run;
    QVERIFY(run.start("sharding-hot-key.scalelab.json", [](Topology &t) {
        t.sharding.shards = {{QStringLiteral("db1"), QStringLiteral("db2")}, {QStringLiteral("db3")}, {QStringLiteral("db4")}};
    }));
    run.runTo(5.0);
    const Sharding &sharding = run.simulation().sharding();
    QCOMPARE(sharding.shardOfNode(run.index("db2")), 0);
    QCOMPARE(run.card("db1").detail(), QStringLiteral("shard 0 · primary"));
    QCOMPARE(run.card("db1").roleText(), QStringLiteral("PRIMARY"));
    QCOMPARE(run.card("db2").detail(), QStringLiteral("shard 0 · replica"));
    QCOMPARE(run.card("db2").roleText(), QStringLiteral("REPLICA"));
    QCOMPARE(run.card("db2").keyFigure(), QStringLiteral("%1%").arg(qRound(run.card("db2").load() * 100)));  // not "in sync"
    QCOMPARE(run.card("db4").detail(), QStringLiteral("shard 2 · primary"));
    QCOMPARE(run.card("db4").roleText(), QString());   // a lone member: no tab, the line says it
    QCOMPARE(run.card("db4").glance(), QStringLiteral("shard 2"));
    QCOMPARE(run.card("web1").detail(), QString());    // only databases have a shard

    // The unsharded file's cards say nothing of shards.
    CardRun plain;
    QVERIFY(plain.start("replication-read-replicas.scalelab.json"));
    plain.runTo(1.0);
    QVERIFY(!plain.card("db1").sharded);
    QVERIFY(!plain.card("db1").detail().contains(QLatin1String("shard")));
    QVERIFY(!plain.scene().shardFrames());
}

void TestNodeCards::newShardCardShowsItsCopyUntilTheReshardIsDone()
{
    // reshard-hash-mod: db5 joins at 20 s as shard 4; the copy of the moved keys takes 31 s.
    CardRun run;
    QVERIFY(run.start("reshard-hash-mod.scalelab.json"));
    run.runTo(15.0);
    QCOMPARE(run.card("db5").shard, -1);
    QCOMPARE(run.card("db5").detail(), QStringLiteral("no shard yet"));
    QCOMPARE(run.scene().shardFrames()->frameCount(), 4);
    run.runTo(30.0);
    const Sharding &sharding = run.simulation().sharding();
    QVERIFY(sharding.copying());
    const int percent = static_cast<int>(std::floor(sharding.copyProgress(run.simulation().now()) * 100));
    QVERIFY2(percent > 25 && percent < 40, qPrintable(QString::number(percent)));   // 10 of 31 s
    QCOMPARE(run.card("db5").shardCopyPercent, percent);
    QCOMPARE(run.card("db5").detail(), QStringLiteral("shard 4 · copying %1 %").arg(percent));
    QCOMPARE(run.card("db5").keyFigure(), QStringLiteral("COPY %1%").arg(percent));   // zoomed out, too
    QCOMPARE(run.card("db1").shardCopyPercent, -1);   // the old shards only give keys away
    QCOMPARE(run.scene().shardFrames()->frameCount(), 5);
    run.runTo(55.0);
    QVERIFY(!sharding.copying());
    QCOMPARE(run.card("db5").shardCopyPercent, -1);
    QCOMPARE(run.card("db5").detail(), QStringLiteral("shard 4 · primary"));
}

void TestNodeCards::shardFramesSurroundEachShardAndFollowADrag()
{
    CardRun run;
    QVERIFY(run.start("sharding-hot-key.scalelab.json", [](Topology &t) {
        t.sharding.shards = {{QStringLiteral("db1"), QStringLiteral("db2")}, {QStringLiteral("db3")}, {QStringLiteral("db4")}};
    }));
    run.runTo(1.0);
    const ShardFramesItem *frames = run.scene().shardFrames();
    QVERIFY(frames);
    QCOMPARE(frames->frameCount(), 3);
    QVERIFY(frames->label(0).startsWith(QLatin1String("shard 0\n")));   // the first label names the strategy
    QVERIFY(frames->label(0).contains(QLatin1String("hash mod")));
    QCOMPARE(frames->label(2), QStringLiteral("shard 2"));
    QVERIFY(frames->zValue() < run.item("db1")->zValue());
    const auto card = [&](const char *id) { return run.item(id)->mapRectToScene(QRectF(-NodeItem::kWidth / 2, -NodeItem::kHeight / 2, NodeItem::kWidth, NodeItem::kHeight)); };
    QVERIFY(frames->frameRect(0).contains(card("db1")));
    QVERIFY(frames->frameRect(0).contains(card("db2")));
    QVERIFY(!frames->frameRect(0).intersects(card("db3")));
    QVERIFY(!frames->frameRect(1).intersects(frames->frameRect(2)));   // the example's column: frames apart
    QVERIFY(frames->frameRect(2).contains(card("db4")));

    // Dragged far right, db2 takes shard 0's frame along.
    run.item("db2")->setPos(run.item("db2")->pos() + QPointF(600, 0));
    run.scene().followShardFrames();
    QVERIFY(frames->frameRect(0).contains(card("db2")));
    QVERIFY(frames->frameRect(0).contains(card("db1")));
    QVERIFY(run.scene().contentRect().contains(frames->frameRect(0)));
}

QTEST_MAIN(TestNodeCards)
#include "tst_nodecards.moc"
