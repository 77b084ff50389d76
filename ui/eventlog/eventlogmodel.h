// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationobserver.h"

#include <QAbstractTableModel>

#include <deque>
#include <string>
#include <vector>

namespace scalelab {

class SimulationController;

/// The whole run's state changes (kill, health_down, promote, lost_write...) and marked
/// requests (stale reads, cache misses, failures) as a table: time, kind, node, description.
///
/// An observer of the controller that only buffers; sync() (once per frame) inserts the new
/// rows, so there is no Qt signal per engine event. The controller tells it each moment of
/// the run once: after the timeline went back, the rows after the run's moment stay, shown as
/// "ahead of the timeline", until the run reaches them again, or until the run does something
/// else there (a live action after going back), which drops them. A new run from time zero
/// (an edit replayed) repeats the events: they are matched against the rows already there.
/// Another topology starts the log afresh.
class EventLogModel : public QAbstractTableModel, public SimulationObserver
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, NodeColumn, DescriptionColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, ///< qint64 microseconds
        KindRole,                    ///< the engine's kind ("health_down", "stale_read"...)
        NodeRole,                    ///< engine node index, -1 for none
        NodeIdRole,                  ///< the node's id
        RequestRole,                 ///< the marked request's id, 0 for state changes
        AheadRole,                   ///< bool: after the moment the run is at
    };
    /// Rows kept; the oldest go first.
    static constexpr std::size_t kDefaultCapacity = 100000;

    /// A row: an engine event (request == 0) or a marked request.
    struct Entry
    {
        SimTime at;
        EngineEventKind kind{};    ///< an engine event's kind
        std::string incident;      ///< a marked request's kind ("stale_read", "timeout"...)
        std::int32_t node = kNoNode;
        std::string detail;
        std::int32_t other = kNoNode;  ///< EngineEvent::other
        std::uint64_t request = 0;
        bool operator==(const Entry &) const = default;
        /// The kind's name: the events CSV's for an engine event (engineEventName), else the
        /// incident's. The filter and KindRole speak these names.
        QString kindName() const;
    };

    explicit EventLogModel(SimulationController *controller, QObject *parent = nullptr);
    ~EventLogModel() override;

    void setCapacity(std::size_t capacity) { m_capacity = capacity; }

    // SimulationObserver
    void engineEvent(const EngineEvent &event) override;
    bool wantsCauses() const override { return true; }
    void requestCause(const RequestCause &cause) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Entry &entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// Rows the current run has reached; the rest are ahead of the timeline.
    int confirmedRows() const { return static_cast<int>(m_confirmed); }
    /// Every kind in the log so far, sorted.
    QStringList kinds() const;
    /// A readable label for an engine kind (HealthDown -> "Health check: down").
    static QString kindLabel(EngineEventKind kind);
    /// The label of a kind by its name (an engine kind's CSV name or an incident's).
    static QString kindLabel(const QString &kindName);
    /// One sentence about an entry ("web2 failed 3 health checks of lb").
    QString describe(const Entry &entry) const;
    QString nodeId(int node) const;

public slots:
    /// Brings the rows up to date with what the engine reported since the last call.
    void sync();
    /// Drops every row, reported or pending, and the kinds seen.
    void clear();

signals:
    /// A kind appeared for the first time (for the filter's list).
    void kindsChanged();

private:
    /// describe() for an entry about one request: a stale read, a cache miss, a failure.
    QString describeRequest(const Entry &entry) const;
    /// An alert rule fired or resolved, in words.
    QString describeAlert(const Entry &entry) const;
    /// A replication event (commit, apply, failover, ring, provisioning), in words.
    QString describeReplication(const Entry &entry) const;
    /// A message queue or an autoscaled pool changed, in words.
    QString describeQueueOrScaling(const Entry &entry) const;
    /// ... about a reshard: a shard joins, its copy ends.
    QString describeSharding(const Entry &entry) const;
    /// ... about data centres: a dns's checks see one down or up, a dns answer changes.
    QString describeDatacenters(const Entry &entry) const;
    /// The dns answers given at `entry`'s moment by its dns node: "users-us to eu-west".
    QStringList answersAt(const Entry &entry) const;
    /// The TTL of the dns node `id` in the controller's run, in seconds; negative when unknown.
    double ttlOf(const QString &id) const;
    void append(Entry entry);
    void beginReplay();
    void endReplay();
    /// What the run did after `after` no longer happened.
    void dropAfter(SimTime after);

    SimulationController *m_controller = nullptr;
    std::size_t m_capacity = kDefaultCapacity;
    std::deque<Entry> m_rows;
    std::vector<Entry> m_pending;       ///< reported since the last sync, not yet rows
    std::size_t m_confirmed = 0;        ///< rows the current run has repeated or produced
    std::size_t m_shownConfirmed = 0;   ///< ... as last painted
    bool m_replaying = false;           ///< matching a new run from time zero against the rows
    QByteArray m_runKey;                ///< the topology the rows belong to, as JSON
    QStringList m_names;                ///< node index -> id, for the run the rows belong to
    QStringList m_kinds;
};

} // namespace scalelab
