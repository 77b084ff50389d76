// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/eventlogmodel.h"

#include "io/topologywriter.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QColor>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The run the rows belong to: the topology without its layout (moving a card is no new run).
QByteArray runKey(const Topology &topology)
{
    QJsonObject json = TopologyWriter::toJson(topology);
    json.remove(QStringLiteral("layout"));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::string incidentKind(const RequestCause &cause)
{
    if (cause.kind == CauseKind::Failure)
        return std::string(outcomeName(cause.outcome));
    return std::string(causeKindName(cause.kind));
}

std::string incidentDetail(const RequestCause &cause)
{
    std::string detail = "request=" + std::to_string(cause.request) + " key=" + std::to_string(cause.key);
    switch (cause.kind) {
    case CauseKind::StaleReplica:
    case CauseKind::StaleCache:
        detail += " held=" + std::to_string(cause.heldVersion) + " missing=" + std::to_string(cause.missingWrite);
        break;
    case CauseKind::CacheMiss:
        detail += " reason=" + std::string(missReasonName(cause.miss));
        break;
    case CauseKind::Failure:
        detail += " reason=" + std::string(failureReasonName(cause.failure));
        break;
    }
    return detail;
}

} // namespace

QString EventLogModel::Entry::kindName() const
{
    return text(request != 0 ? std::string_view(incident) : engineEventName(kind));
}

EventLogModel::EventLogModel(SimulationController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    controller->addHistoryObserver(this);
    connect(controller, &SimulationController::simulationAboutToBeReplaced, this, &EventLogModel::beginReplay);
    connect(controller, &SimulationController::historyDiscarded, this, &EventLogModel::dropAfter);
    connect(controller, &SimulationController::simulationReplaced, this, &EventLogModel::endReplay);
    connect(controller, &SimulationController::advanced, this, &EventLogModel::sync);
}

EventLogModel::~EventLogModel() = default;

void EventLogModel::engineEvent(const EngineEvent &event)
{
    append(Entry{event.at, event.kind, {}, event.node, event.detail, event.other, 0});
}

void EventLogModel::requestCause(const RequestCause &cause)
{
    append(Entry{cause.at, {}, incidentKind(cause), cause.node, incidentDetail(cause), kNoNode, cause.request});
}

void EventLogModel::append(Entry entry)
{
    if (m_replaying && m_confirmed < m_rows.size()) {
        // A new run from time zero: where it repeats the rows it confirms them; anything else
        // replaces the rest.
        if (m_rows[m_confirmed] == entry) {
            ++m_confirmed;
            return;
        }
        beginRemoveRows({}, static_cast<int>(m_confirmed), static_cast<int>(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(m_confirmed), m_rows.end());
        endRemoveRows();
        m_shownConfirmed = std::min(m_shownConfirmed, m_confirmed);
    }
    m_pending.push_back(std::move(entry));
}

void EventLogModel::beginReplay()
{
    sync();
    m_confirmed = 0;
    m_replaying = true;
}

void EventLogModel::dropAfter(SimTime after)
{
    sync();
    const auto kept = std::partition_point(m_rows.begin(), m_rows.end(), [after](const Entry &e) { return e.at <= after; });
    const auto first = static_cast<std::size_t>(kept - m_rows.begin());
    if (first == m_rows.size())
        return;
    beginRemoveRows({}, static_cast<int>(first), static_cast<int>(m_rows.size()) - 1);
    m_rows.erase(kept, m_rows.end());
    endRemoveRows();
    m_confirmed = std::min(m_confirmed, m_rows.size());
    m_shownConfirmed = std::min(m_shownConfirmed, m_rows.size());
}

void EventLogModel::endReplay()
{
    m_replaying = false;
    const QByteArray key = runKey(m_controller->topology());
    if (key != m_runKey) {
        // Another topology: what it did not repeat is not its future.
        m_runKey = key;
        if (m_confirmed < m_rows.size()) {
            beginRemoveRows({}, static_cast<int>(m_confirmed), static_cast<int>(m_rows.size()) - 1);
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(m_confirmed), m_rows.end());
            endRemoveRows();
        }
    }
    m_names.clear();
    if (const Simulation *sim = m_controller->simulation())
        for (int i = 0; i < sim->nodeCount(); ++i)
            m_names << QString::fromStdString(sim->nodeName(i));
    sync();
}

void EventLogModel::sync()
{
    bool newKinds = false;
    if (!m_pending.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(m_pending.size()) - 1);
        for (Entry &e : m_pending) {
            const QString kind = e.kindName();
            if (!m_kinds.contains(kind)) {
                m_kinds << kind;
                newKinds = true;
            }
            m_rows.push_back(std::move(e));
        }
        m_pending.clear();
        endInsertRows();
    }
    if (m_rows.size() > m_capacity) {
        const std::size_t drop = m_rows.size() - m_capacity;
        beginRemoveRows({}, 0, static_cast<int>(drop) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + static_cast<std::ptrdiff_t>(drop));
        m_confirmed -= std::min(drop, m_confirmed);
        m_shownConfirmed -= std::min(drop, m_shownConfirmed);
        endRemoveRows();
    }
    if (!m_replaying) {
        // The rows the run has reached; after a jump back the later ones wait, ahead.
        const SimTime now = m_controller->now();
        m_confirmed = static_cast<std::size_t>(
            std::partition_point(m_rows.begin(), m_rows.end(), [now](const Entry &e) { return e.at <= now; }) - m_rows.begin());
    }
    if (m_shownConfirmed != m_confirmed && !m_rows.empty()) {
        const int a = static_cast<int>(std::min(m_shownConfirmed, m_confirmed));
        const int b = static_cast<int>(std::min(std::max(m_shownConfirmed, m_confirmed), m_rows.size())) - 1;
        if (a <= b)
            emit dataChanged(index(a, 0), index(b, ColumnCount - 1));
        m_shownConfirmed = m_confirmed;
    }
    if (newKinds) {
        m_kinds.sort();
        emit kindsChanged();
    }
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_confirmed = 0;
    m_shownConfirmed = 0;
    m_kinds.clear();
    endResetModel();
    emit kindsChanged();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::nodeId(int node) const
{
    return node >= 0 && node < m_names.size() ? m_names[node] : QString();
}

QStringList EventLogModel::kinds() const
{
    return m_kinds;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = entry(index.row());
    const bool ahead = static_cast<std::size_t>(index.row()) >= m_confirmed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.at.s(), 'f', 3);
        case KindColumn: return kindLabel(e.kindName());
        case NodeColumn: return nodeId(e.node);
        case DescriptionColumn: return describe(e);
        }
        return {};
    case Qt::ToolTipRole:
        return ahead ? tr("%1\nAhead of the timeline: the run has not got here again yet.").arg(describe(e)) : describe(e);
    case Qt::ForegroundRole:
        if (ahead)
            return QColor(0x90, 0xA4, 0xAE);
        if (e.request != 0)
            return QColor(0xB7, 0x1C, 0x1C);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TimeRole: return static_cast<qint64>(e.at.us);
    case KindRole: return e.kindName();
    case NodeRole: return e.node;
    case NodeIdRole: return nodeId(e.node);
    case RequestRole: return static_cast<qulonglong>(e.request);
    case AheadRole: return ahead;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (s)");
    case KindColumn: return tr("Kind");
    case NodeColumn: return tr("Node");
    case DescriptionColumn: return tr("What happened");
    }
    return {};
}

QString EventLogModel::kindLabel(EngineEventKind kind)
{
    switch (kind) {
    case EngineEventKind::Kill: return tr("Killed");
    case EngineEventKind::Revive: return tr("Revived");
    case EngineEventKind::Drain: return tr("Draining");
    case EngineEventKind::Undrain: return tr("Undrained");
    case EngineEventKind::HealthDown: return tr("Health check: down");
    case EngineEventKind::HealthUp: return tr("Health check: up");
    case EngineEventKind::Eject: return tr("Ejected");
    case EngineEventKind::Uneject: return tr("Ejection over");
    case EngineEventKind::Promote: return tr("Promoted");
    case EngineEventKind::PromoteFailed: return tr("Promotion failed");
    case EngineEventKind::BinlogRecovery: return tr("Binlog recovery");
    case EngineEventKind::BinlogReplayed: return tr("Binlog replayed");
    case EngineEventKind::Rejoin: return tr("Rejoined");
    case EngineEventKind::CatchUp: return tr("Catching up");
    case EngineEventKind::LostWrite: return tr("Lost write");
    case EngineEventKind::WriteBackLost: return tr("Write-back lost");
    case EngineEventKind::Partition: return tr("Partition");
    case EngineEventKind::Heal: return tr("Healed");
    case EngineEventKind::Invalidate: return tr("Invalidated");
    case EngineEventKind::Evict: return tr("Evicted");
    case EngineEventKind::Expire: return tr("Expired");
    case EngineEventKind::Commit: return tr("Commit");
    case EngineEventKind::ReplicateApply: return tr("Replica applied");
    case EngineEventKind::RelayLog: return tr("Relay log");
    case EngineEventKind::RingBypass: return tr("Ring closed");
    case EngineEventKind::RingRepoint: return tr("Ring re-pointed");
    case EngineEventKind::RingLostWrite: return tr("Lost with a ring node");
    case EngineEventKind::ProvisionStart: return tr("Provisioning");
    case EngineEventKind::ProvisionDone: return tr("Snapshot copied");
    case EngineEventKind::ProvisionReady: return tr("Replica ready");
    case EngineEventKind::ProvisionFailed: return tr("Provisioning failed");
    case EngineEventKind::Conflict: return tr("Conflict");
    case EngineEventKind::SessionLost: return tr("Session lost");
    case EngineEventKind::Failover: return tr("Balancer failover");
    case EngineEventKind::Set: return tr("Setting changed");
    case EngineEventKind::PoolAdd: return tr("Added to pool");
    case EngineEventKind::PoolRemove: return tr("Removed from pool");
    case EngineEventKind::ReadYourWritesViolation: return tr("Read-your-writes");
    case EngineEventKind::AlertFiring: return tr("Alert firing");
    case EngineEventKind::AlertResolved: return tr("Alert resolved");
    case EngineEventKind::Resync: return tr("Resynced");
    case EngineEventKind::ConnectionsDropped: return tr("Connections dropped");
    case EngineEventKind::QueueFull: return tr("Queue full");
    case EngineEventKind::JobRedelivered: return tr("Job redelivered");
    case EngineEventKind::ScaleOut: return tr("Scale out");
    case EngineEventKind::ScaleIn: return tr("Scale in");
    case EngineEventKind::ReshardStart: return tr("Reshard");
    case EngineEventKind::ReshardDone: return tr("Reshard done");
    case EngineEventKind::ResizeStart: return tr("Resizing");
    case EngineEventKind::ResizeDone: return tr("Resized");
    case EngineEventKind::DatacenterDown: return tr("Data centre down (dns)");
    case EngineEventKind::DatacenterUp: return tr("Data centre up (dns)");
    case EngineEventKind::DnsAnswer: return tr("DNS answer");
    default: break;
    }
    // A kind added after these labels: its CSV name, readable.
    QString label = text(engineEventName(kind)).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString EventLogModel::kindLabel(const QString &kindName)
{
    if (const auto kind = engineEventKindNamed(kindName.toStdString()))
        return kindLabel(*kind);
    static const QHash<QString, const char *> incidents = {
        {QStringLiteral("stale_read"), QT_TR_NOOP("Stale read")},
        {QStringLiteral("stale_cache_hit"), QT_TR_NOOP("Stale cache hit")},
        {QStringLiteral("cache_miss"), QT_TR_NOOP("Cache miss")},
        {QStringLiteral("error"), QT_TR_NOOP("Error")},
        {QStringLiteral("timeout"), QT_TR_NOOP("Timeout")},
        {QStringLiteral("dropped"), QT_TR_NOOP("Dropped")},
    };
    if (const auto it = incidents.find(kindName); it != incidents.end())
        return tr(it.value());
    QString label = QString(kindName).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace scalelab
