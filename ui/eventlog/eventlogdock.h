// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/causetracer.h"

#include <QDockWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace scalelab {

class EventLogFilter;
class EventLogFollower;
class EventLogModel;
class SimulationController;
class TopologyScene;
class TopologyView;

/// The event log: every state change of the run and every marked request (stale read,
/// cache miss, failure) in a table, filtered by kind, node and a search text. Clicking a
/// row selects its node on the canvas and moves the timeline to its moment; for a marked
/// request the panel under the table says why it happened, with the moments of the story.
class EventLogDock : public QDockWidget
{
    Q_OBJECT

public:
    EventLogDock(SimulationController *controller, TopologyScene *scene, TopologyView *view, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventLogFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// Keeps the newest row in sight unless the reader is busy with the table.
    EventLogFollower *follower() const { return m_follower; }
    const CauseTracer &tracer() const { return m_tracer; }
    /// The cause panel's text (plain), empty while it shows nothing.
    QString causeText() const;

    /// Selects `kind` in the kind box (an engine kind, or one of EventLogFilter's specials).
    void setKindFilter(const QString &kind);
    void setNodeFilter(const QString &id);
    void setSearchText(const QString &text);

public slots:
    /// What a click on row `row` (of the filtered table) does.
    void activateRow(int row);
    /// Shows why `request` went wrong and moves the timeline to that moment. Returns false
    /// when the log has no cause for it.
    bool explainRequest(quint64 request);
    /// Explains the latest marked request at node `node` of one of `kinds` (a click on a
    /// mark on the canvas); false when there is none.
    bool explainLatestAt(int node, const QStringList &kinds);
    /// Says why the failover lost write `writeId`, from the engine's record of it (the run
    /// must have reached the promotion). False when the engine has no such lost write.
    bool explainLostWrite(quint64 writeId);
    /// Forgets the rows, the traced causes and the cause panel: another topology or a
    /// lesson was opened, and the old run's story is not this one's.
    void startAfresh();

private:
    // The dock's parts, built and wired in this order by the constructor.
    QHBoxLayout *buildFilterRow(QWidget *body);
    QSplitter *buildLogAndCause(QWidget *body);
    void connectControls();
    void connectCount();
    void updateCount();
    void refillKinds();
    void refillNodes();
    void showCause(const CauseTrace &trace);
    void selectNode(const QString &id);

    SimulationController *m_controller = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyView *m_view = nullptr;
    EventLogModel *m_model = nullptr;
    EventLogFilter *m_filter = nullptr;
    CauseTracer m_tracer;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_nodeBox = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_cause = nullptr;
    EventLogFollower *m_follower = nullptr;
};

} // namespace scalelab
