// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/causeexplainer.h"

#include "eventlog/eventlogmodel.h"
#include "model/topology.h"
#include "replication/replicationstate.h"

#include <algorithm>

#include <QLocale>

namespace scalelab {

namespace {
QString ms(SimTime d)
{
    return QLocale().toString(d.ms(), 'f', d.us % 1000 == 0 ? 0 : 1);
}
} // namespace

QString CauseExplainer::seconds(SimTime t)
{
    return QLocale().toString(t.s(), 'f', 3);
}

QString CauseExplainer::node(int index) const
{
    return index >= 0 && index < m_topology.nodes.size() ? m_topology.nodes[index].id : tr("(unknown)");
}

QString CauseExplainer::title(const CauseTrace &t) const
{
    const QString request = QString::number(t.cause.request);
    switch (t.cause.kind) {
    case CauseKind::StaleReplica:
    case CauseKind::StaleCache: return tr("Why was request %1 stale?").arg(request);
    case CauseKind::CacheMiss: return tr("Why did request %1 miss the cache?").arg(request);
    case CauseKind::Failure: return tr("Why did request %1 fail?").arg(request);
    }
    return {};
}

QString CauseExplainer::explanation(const CauseTrace &t) const
{
    switch (t.cause.kind) {
    case CauseKind::StaleReplica:
    case CauseKind::StaleCache: return explainStale(t);
    case CauseKind::CacheMiss: return explainMiss(t);
    case CauseKind::Failure: return explainFailure(t);
    }
    return {};
}

QString CauseExplainer::explainStale(const CauseTrace &t) const
{
    const RequestCause &c = t.cause;
    const QString held = c.heldVersion == 0 ? tr("no value at all") : tr("write %1").arg(c.heldVersion);
    QString text = tr("At %1 s %2 answered key %3 with %4.").arg(seconds(c.at), node(c.node)).arg(c.key).arg(held);
    if (c.committedAt.us >= 0)
        text += QLatin1Char(' ') + tr("The primary %1 had already committed write %2 at %3 s.")
                                       .arg(node(c.origin)).arg(c.missingWrite).arg(seconds(c.committedAt));
    else
        text += QLatin1Char(' ') + tr("Write %1 of that key was already committed.").arg(c.missingWrite);
    if (c.kind == CauseKind::StaleReplica) {
        if (m_topology.replication.mode == QLatin1String("semi_sync") && m_topology.replication.applyDelayMs > 0)
            text += QLatin1Char(' ') + tr("Semi-sync replication waits until one replica has the write in its relay log, "
                                          "not until replicas apply it: it protects acknowledged writes, not freshness.");
        if (t.resolved())
            text += QLatin1Char(' ') + tr("It reached %1 only at %2 s, %3 ms after the commit: with asynchronous "
                                          "replication a replica applies a write after the ship delay and the link's latency.")
                                           .arg(node(c.node), seconds(t.resolvedAt), ms(t.resolvedAt - c.committedAt));
        else
            text += QLatin1Char(' ') + tr("The replica had not applied it yet when the log last heard of it.");
        return text;
    }
    if (c.filledAt.us >= 0)
        text += QLatin1Char(' ') + tr("The cache had filled its copy at %1 s.").arg(seconds(c.filledAt));
    const NodeSpec &cache = m_topology.nodes.value(c.node);
    if (c.racedWrite > 0) {
        text += QLatin1Char(' ') + tr("A read that started before write %1 filled the cache with the old value after "
                                      "the write had invalidated it: the race memcache leases prevent (see the "
                                      "cache-leases example).").arg(c.racedWrite);
        if (t.resolved())
            text += QLatin1Char(' ') + tr("The old copy left the cache at %1 s (%2).")
                                           .arg(seconds(t.resolvedAt), EventLogModel::kindLabel(t.resolvedBy).toLower());
        else
            text += QLatin1Char(' ') + tr("It stays until the next write of the key or the end of its TTL.");
        return text;
    }
    if (t.resolved())
        text += QLatin1Char(' ') + tr("The old copy left the cache at %1 s (%2).")
                                                 .arg(seconds(t.resolvedAt), EventLogModel::kindLabel(t.resolvedBy).toLower());
    else if (cache.writePolicy == QLatin1String("none"))
        text += QLatin1Char(' ') + tr("Writes do not touch this cache (write policy none): the copy stays stale until it expires.");
    else if (cache.writePolicy == QLatin1String("write_around"))
        text += QLatin1Char(' ') + tr("Writes go around this cache to the database (write policy write-around): the copy stays stale until it expires.");
    else
        text += QLatin1Char(' ') + tr("The write's invalidation had not reached the cache yet.");
    return text;
}

QString CauseExplainer::explainMiss(const CauseTrace &t) const
{
    const RequestCause &c = t.cause;
    const NodeSpec &cache = m_topology.nodes.value(c.node);
    QString text = tr("At %1 s %2 did not hold key %3.").arg(seconds(c.at), node(c.node)).arg(c.key) + QLatin1Char(' ');
    switch (c.miss) {
    case MissReason::Cold:
        text += tr("It had never been cached there: a cold miss. The request read the database and filled the cache.");
        break;
    case MissReason::Restarted:
        text += tr("%1 was killed at %2 s and came back empty: its memory is gone.").arg(node(c.node), seconds(c.removedAt));
        break;
    case MissReason::Evicted:
        text += tr("It was evicted at %1 s to make room (%2, capacity %3).")
                    .arg(seconds(c.removedAt), cache.eviction.toUpper())
                    .arg(cache.capacity);
        if (c.filledAt.us >= 0)
            text += QLatin1Char(' ') + tr("It had been filled at %1 s.").arg(seconds(c.filledAt));
        break;
    case MissReason::Expired:
        text += tr("It was filled at %1 s and expired at %2 s: its TTL is %3 s.")
                    .arg(seconds(c.filledAt), seconds(c.removedAt), QLocale().toString(cache.ttlS));
        break;
    case MissReason::Invalidated:
        text += tr("Write %1 deleted it from the cache at %2 s (invalidate on write).").arg(c.removedBy).arg(seconds(c.removedAt));
        break;
    }
    return text;
}

QString CauseExplainer::explainFailure(const CauseTrace &t) const
{
    const RequestCause &c = t.cause;
    const NodeSpec &spec = m_topology.nodes.value(c.node);
    switch (c.failure) {
    case FailureReason::NodeDown: {
        QString text = c.at == c.since ? tr("%1 was killed at %2 s while it was handling it.").arg(node(c.node), seconds(c.since))
                                       : tr("It reached %1 at %2 s, but %1 had been killed at %3 s.").arg(node(c.node), seconds(c.at), seconds(c.since));
        if (!t.resolved()) {
            text += QLatin1Char(' ') + tr("Nothing had noticed yet: without a health check that fails it, requests keep going there.");
        } else if (t.resolvedBy == EngineEventKind::Revive) {
            text += QLatin1Char(' ') + tr("Nothing noticed before it came back at %1 s.").arg(seconds(t.resolvedAt));
        } else {
            const bool byBalancer = t.resolvedBy == EngineEventKind::HealthDown || t.resolvedBy == EngineEventKind::Eject;
            const QString who = node(byBalancer ? t.resolvedOther : t.resolvedOn);
            const char *phrase = QT_TR_NOOP("%1 noticed at %2 s");
            switch (t.resolvedBy) {
            case EngineEventKind::HealthDown: phrase = QT_TR_NOOP("%1's health checks marked it down at %2 s"); break;
            case EngineEventKind::Eject: phrase = QT_TR_NOOP("%1 ejected it after its errors at %2 s"); break;
            case EngineEventKind::Promote: phrase = QT_TR_NOOP("The failover promoted %1 at %2 s"); break;
            case EngineEventKind::BinlogRecovery: phrase = QT_TR_NOOP("The failover began recovering onto %1 at %2 s"); break;
            case EngineEventKind::PromoteFailed: phrase = QT_TR_NOOP("The failover found no replica to replace %1 at %2 s"); break;
            case EngineEventKind::Failover: phrase = QT_TR_NOOP("The standby %1 took over at %2 s"); break;
            default: break;
            }
            text += QLatin1Char(' ') + tr(phrase).arg(who, seconds(t.resolvedAt));
            text += t.resolvedAt <= c.at ? tr(": this request was already on its way.")
                                         : tr(", %1 s after the kill: until then requests kept arriving.")
                                               .arg(QLocale().toString((t.resolvedAt - c.since).s(), 'f', 2));
        }
        return text;
    }
    case FailureReason::Partitioned:
        if (c.peer >= 0)
            return tr("The link between %1 and %2 was cut at %3 s: nothing got through, and the client gave up at its timeout.")
                .arg(node(c.node), node(c.peer), seconds(c.since));
        return tr("A link next to %1 was cut: nothing got through, and the client gave up at its timeout.").arg(node(c.node));
    case FailureReason::QueueFull:
        return tr("At %1 s all %2 workers of %3 were busy and its queue of %4 was full: the request was turned away.")
            .arg(seconds(c.at))
            .arg(spec.concurrency)
            .arg(node(c.node))
            .arg(spec.queue);
    case FailureReason::ClientTimeout:
        return tr("The answer took longer than the client waits, so it gave up (a timeout).");
    case FailureReason::NoRoute:
        return tr("At %1 s %2 had nowhere to send it: no server in its pool was up and eligible, or no primary database was linked.")
            .arg(seconds(c.at), node(c.node));
    }
    return {};
}

QList<CauseExplainer::Moment> CauseExplainer::moments(const CauseTrace &t) const
{
    const RequestCause &c = t.cause;
    QList<Moment> list;
    switch (c.kind) {
    case CauseKind::StaleReplica:
    case CauseKind::StaleCache:
        if (c.committedAt.us >= 0)
            list << Moment{tr("%1 commits write %2").arg(node(c.origin)).arg(c.missingWrite), c.committedAt};
        if (c.kind == CauseKind::StaleCache && c.filledAt.us >= 0)
            list << Moment{tr("%1 fills its copy").arg(node(c.node)), c.filledAt};
        list << Moment{tr("the stale read at %1").arg(node(c.node)), c.at};
        if (t.resolved())
            list << Moment{c.kind == CauseKind::StaleReplica ? tr("%1 applies write %2").arg(node(c.node)).arg(c.missingWrite)
                                                             : tr("the old copy leaves %1").arg(node(c.node)),
                           t.resolvedAt};
        break;
    case CauseKind::CacheMiss:
        if (c.filledAt.us >= 0)
            list << Moment{tr("key %1 filled").arg(c.key), c.filledAt};
        if (c.removedAt.us >= 0) {
            static const QHash<int, const char *> what = {
                {int(MissReason::Restarted), QT_TR_NOOP("%1 killed")},
                {int(MissReason::Evicted), QT_TR_NOOP("key evicted from %1")},
                {int(MissReason::Expired), QT_TR_NOOP("key expires in %1")},
                {int(MissReason::Invalidated), QT_TR_NOOP("key invalidated in %1")},
            };
            list << Moment{tr(what.value(int(c.miss), "%1")).arg(node(c.node)), c.removedAt};
        }
        list << Moment{tr("the miss"), c.at};
        break;
    case CauseKind::Failure:
        if (c.since.us >= 0)
            list << Moment{c.failure == FailureReason::Partitioned ? tr("link cut") : tr("%1 killed").arg(node(c.node)), c.since};
        list << Moment{tr("the request fails"), c.at};
        if (t.resolved())
            list << Moment{EventLogModel::kindLabel(t.resolvedBy), t.resolvedAt};
        break;
    }
    std::stable_sort(list.begin(), list.end(), [](const Moment &a, const Moment &b) { return a.at < b.at; });
    return list;
}

QString CauseExplainer::toHtml(const CauseTrace &t) const
{
    return html(title(t), explanation(t), moments(t));
}

QString CauseExplainer::html(const QString &title, const QString &explanation, const QList<Moment> &list)
{
    QString html = QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                       .arg(title.toHtmlEscaped(), explanation.toHtmlEscaped());
    if (!list.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Go to:").toHtmlEscaped() + QStringLiteral(" ");
        QStringList links;
        for (const Moment &m : list)
            links << QStringLiteral("<a href='seek:%1'>%2 s</a> %3").arg(m.at.us).arg(seconds(m.at), m.label.toHtmlEscaped());
        html += links.join(QStringLiteral(" &nbsp;&middot;&nbsp; ")) + QStringLiteral("</p>");
    }
    return html;
}

QString CauseExplainer::lostWriteTitle(const LostWrite &lost) const
{
    return tr("Why was write %1 of key %2 lost?").arg(lost.writeId).arg(lost.key);
}

QString CauseExplainer::lostWriteExplanation(const LostWrite &lost) const
{
    const QString origin = node(lost.origin), promoted = node(lost.newPrimary);
    const SimTime commit = SimTime::fromUs(lost.commitUs), acked = SimTime::fromUs(lost.ackUs);
    const SimTime sent = SimTime::fromUs(lost.sentUs), died = SimTime::fromUs(lost.originDiedUs);
    QString text = tr("%1 committed write %2 of key %3 at %4 s for request %5 of user %6 (%7).")
                       .arg(origin)
                       .arg(lost.writeId)
                       .arg(lost.key)
                       .arg(seconds(commit))
                       .arg(lost.requestId)
                       .arg(lost.user)
                       .arg(node(lost.clientsNode));
    text += QLatin1Char(' ');
    switch (lost.ack) {
    case WriteAck::AtCommit:
        text += tr("Replication is asynchronous: %1 told the client it was saved at once, at %2 s, without waiting for any replica.")
                    .arg(origin, seconds(acked));
        break;
    case WriteAck::SemiSyncTimeout:
        text += tr("No replica acknowledged it within the semi-sync timeout (%1 ms), so %2 fell back to asynchronous "
                   "replication and told the client it was saved at %3 s.")
                    .arg(QLocale().toString(m_topology.replication.semiSyncTimeoutMs))
                    .arg(origin, seconds(acked));
        break;
    case WriteAck::ByReplica:
        text += tr("A replica acknowledged it, and %1 told the client it was saved at %2 s; that replica was not the one promoted.")
                    .arg(origin, seconds(acked));
        break;
    case WriteAck::NoReplicaLeft:
        text += tr("Every replica it waited for had died, so %1 told the client it was saved at %2 s without one.")
                    .arg(origin, seconds(acked));
        break;
    case WriteAck::None: break;
    }
    text += QLatin1Char(' ');
    switch (lost.shipping) {
    case LostWrite::Shipping::NotSent:
        text += tr("Its binlog event was due to leave %1 at %2 s (after the ship delay of %3 ms), but %1 died at %4 s, "
                   "%5 ms before that: no replica ever received it.")
                    .arg(origin, seconds(sent), QLocale().toString(m_topology.replication.shipDelayMs), seconds(died),
                         ms(sent - died));
        break;
    case LostWrite::Shipping::InFlight:
        text += tr("It left %1 at %2 s but was still on its way to %3 when %3 was promoted.").arg(origin, seconds(sent), promoted);
        break;
    case LostWrite::Shipping::Missed:
        text += tr("It left %1 at %2 s, but %3 never applied it: %3 was down or still catching up then.")
                    .arg(origin, seconds(sent), promoted);
        break;
    }
    text += QLatin1Char(' ')
            + tr("At %1 s the failover promoted %2, which did not have it: the write was acknowledged, and it is gone.")
                  .arg(seconds(SimTime::fromUs(lost.lostUs)), promoted);
    return text;
}

QList<CauseExplainer::Moment> CauseExplainer::lostWriteMoments(const LostWrite &lost) const
{
    QList<Moment> list;
    list << Moment{tr("%1 commits write %2").arg(node(lost.origin)).arg(lost.writeId), SimTime::fromUs(lost.commitUs)};
    if (lost.ackUs != lost.commitUs)
        list << Moment{tr("the client is told it was saved"), SimTime::fromUs(lost.ackUs)};
    if (lost.originDiedUs >= 0)
        list << Moment{tr("%1 dies").arg(node(lost.origin)), SimTime::fromUs(lost.originDiedUs)};
    list << Moment{tr("%1 promoted").arg(node(lost.newPrimary)), SimTime::fromUs(lost.lostUs)};
    std::stable_sort(list.begin(), list.end(), [](const Moment &a, const Moment &b) { return a.at < b.at; });
    return list;
}

QString CauseExplainer::lostWriteHtml(const LostWrite &lost) const
{
    return html(lostWriteTitle(lost), lostWriteExplanation(lost), lostWriteMoments(lost));
}

} // namespace scalelab
