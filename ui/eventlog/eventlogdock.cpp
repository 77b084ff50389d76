// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/eventlogdock.h"

#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "eventlog/causeexplainer.h"
#include "eventlog/eventlogfilter.h"
#include "eventlog/eventlogfollower.h"
#include "eventlog/eventlogmodel.h"
#include "replication/replicationstate.h"
#include "run/simulationcontroller.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace scalelab {

EventLogDock::EventLogDock(SimulationController *controller, TopologyScene *scene, TopologyView *view, QWidget *parent)
    : QDockWidget(tr("Event log"), parent), m_controller(controller), m_scene(scene), m_view(view)
{
    setObjectName(QStringLiteral("eventLogDock"));
    m_model = new EventLogModel(controller, this);
    m_filter = new EventLogFilter(this);
    m_filter->setSourceModel(m_model);
    controller->addHistoryObserver(&m_tracer);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    QHBoxLayout *bar = buildFilterRow(body);
    layout->addLayout(bar);

    QSplitter *split = buildLogAndCause(body);
    m_follower = new EventLogFollower(m_table, body);
    bar->addWidget(m_follower->button());
    layout->addWidget(split, 1);
    setWidget(body);

    refillKinds();
    refillNodes();
    connectControls();
    connectCount();

    // The tracer follows the run like the log: a replay from zero tells it everything again.
    connect(controller, &SimulationController::simulationAboutToBeReplaced, this, [this] { m_tracer.clear(); });
    connect(controller, &SimulationController::historyDiscarded, this, [this](SimTime after) { m_tracer.forgetAfter(after); });
    connect(controller, &SimulationController::simulationReplaced, this, &EventLogDock::refillNodes);
}

QHBoxLayout *EventLogDock::buildFilterRow(QWidget *body)
{
    // Kind, node and search narrow the log; the count says how many rows are left.
    auto *bar = new QHBoxLayout;
    m_kindBox = new QComboBox(body);
    m_kindBox->setObjectName(QStringLiteral("eventKindFilter"));
    m_kindBox->setToolTip(tr("Show one kind of event only"));
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeBox = new QComboBox(body);
    m_nodeBox->setObjectName(QStringLiteral("eventNodeFilter"));
    m_nodeBox->setToolTip(tr("Show the events of one node only"));
    m_nodeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(body);
    ThemeController::useMutedText(m_count);
    bar->addWidget(m_kindBox);
    bar->addWidget(m_nodeBox);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    return bar;
}

QSplitter *EventLogDock::buildLogAndCause(QWidget *body)
{
    // The log above, the explanation of the clicked row below.
    auto *split = new QSplitter(Qt::Vertical, body);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // By pixel: scrolled by item, a view at its end shows the last row whole at the bottom and
    // the rows in sight move by part of a row once more arrive while the reader holds it.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(EventLogModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("00000.000")) + 12);
    m_table->setColumnWidth(EventLogModel::KindColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("Health check: down")) + 12);
    m_table->setColumnWidth(EventLogModel::NodeColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("replica-eu-2")) + 12);
    m_cause = new QTextBrowser(split);
    m_cause->setObjectName(QStringLiteral("causePanel"));
    m_cause->setOpenLinks(false);
    m_cause->setPlaceholderText(tr("Click a stale read, a cache miss, a failure or a lost write to see why it happened."));
    m_cause->setMinimumHeight(90);
    split->addWidget(m_table);
    split->addWidget(m_cause);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    return split;
}

void EventLogDock::connectControls()
{
    connect(m_model, &EventLogModel::kindsChanged, this, &EventLogDock::refillKinds);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] { m_filter->setKind(m_kindBox->currentData().toString()); });
    connect(m_nodeBox, &QComboBox::currentIndexChanged, this, [this] { m_filter->setNode(m_nodeBox->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &EventLogFilter::setSearchText);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_cause, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("seek"))
            m_controller->seek(SimTime::fromUs(url.path().toLongLong()));
    });
}

void EventLogDock::updateCount()
{
    const int ahead = m_model->rowCount() - m_model->confirmedRows();
    m_count->setText(ahead > 0 ? tr("%n event(s)", nullptr, m_filter->rowCount()) + QStringLiteral(" · ")
                                     + tr("%n ahead of the timeline (grey)", nullptr, ahead)
                               : tr("%n event(s)", nullptr, m_filter->rowCount()));
}

void EventLogDock::connectCount()
{
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventLogDock::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventLogDock::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventLogDock::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventLogDock::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventLogDock::updateCount);
    updateCount();
}

QString EventLogDock::causeText() const
{
    return m_cause->toPlainText();
}

void EventLogDock::refillKinds()
{
    const QString current = m_kindBox->currentData().toString();
    const QSignalBlocker blocker(m_kindBox);
    m_kindBox->clear();
    m_kindBox->addItem(tr("All kinds"), EventLogFilter::kAllKinds);
    m_kindBox->addItem(tr("State changes"), EventLogFilter::kStateChanges);
    m_kindBox->addItem(tr("Marked requests"), EventLogFilter::kMarkedRequests);
    m_kindBox->insertSeparator(m_kindBox->count());
    for (const QString &kind : m_model->kinds())
        m_kindBox->addItem(EventLogModel::kindLabel(kind), kind);
    const int index = m_kindBox->findData(current.isEmpty() ? EventLogFilter::kAllKinds : current);
    m_kindBox->setCurrentIndex(std::max(index, 0));
}

void EventLogDock::refillNodes()
{
    const QString current = m_nodeBox->currentData().toString();
    const QSignalBlocker blocker(m_nodeBox);
    m_nodeBox->clear();
    m_nodeBox->addItem(tr("All nodes"), QString());
    for (const NodeSpec &node : m_controller->topology().nodes)
        m_nodeBox->addItem(node.id, node.id);
    const int index = m_nodeBox->findData(current);
    m_nodeBox->setCurrentIndex(std::max(index, 0));
    m_filter->setNode(m_nodeBox->currentData().toString());
}

void EventLogDock::setKindFilter(const QString &kind)
{
    const int index = m_kindBox->findData(kind);
    if (index >= 0)
        m_kindBox->setCurrentIndex(index);
    else
        m_filter->setKind(kind);  // not seen yet: filter anyway, the box follows when it appears
}

void EventLogDock::setNodeFilter(const QString &id)
{
    m_nodeBox->setCurrentIndex(std::max(m_nodeBox->findData(id), 0));
}

void EventLogDock::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void EventLogDock::selectNode(const QString &id)
{
    if (id.isEmpty())
        return;
    m_scene->selectNodes({id});
    if (NodeItem *item = m_scene->nodeItem(id))
        m_view->ensureVisible(item);
}

void EventLogDock::activateRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    const auto request = index.data(EventLogModel::RequestRole).toULongLong();
    const QString node = index.data(EventLogModel::NodeIdRole).toString();
    const SimTime at = SimTime::fromUs(index.data(EventLogModel::TimeRole).toLongLong());
    m_follower->pause();
    if (request != 0 && m_tracer.trace(request)) {
        explainRequest(request);
        return;
    }
    m_controller->seek(at);
    selectNode(node);
    m_table->scrollTo(m_filter->index(row, 0));
    if (request != 0) {
        explainRequest(request);  // a row ahead of the timeline: the run has just reached it
    } else if (const EventLogModel::Entry &e = m_model->entry(m_filter->mapToSource(index).row()); e.kind == EngineEventKind::LostWrite) {
        if (const auto write = EngineEvent::detailNumber(e.detail, "write"))
            explainLostWrite(*write);
    }
}

bool EventLogDock::explainLostWrite(quint64 writeId)
{
    const Simulation *simulation = m_controller->simulation();
    if (!simulation)
        return false;
    for (const LostWrite &lost : simulation->lostWrites()) {
        if (lost.writeId == writeId) {
            m_cause->setHtml(CauseExplainer(m_controller->topology()).lostWriteHtml(lost));
            show();
            raise();
            return true;
        }
    }
    return false;
}

void EventLogDock::startAfresh()
{
    // A filter chosen for the old run would hide the new one's rows; reset before the kinds go.
    setKindFilter(EventLogFilter::kAllKinds);
    m_search->clear();
    m_model->clear();
    m_tracer.clear();
    m_cause->clear();
    m_follower->follow();
}

bool EventLogDock::explainRequest(quint64 request)
{
    const CauseTrace *found = m_tracer.trace(request);
    if (!found)
        return false;
    const CauseTrace trace = *found;  // the seek below replays the run and refills the tracer
    showCause(trace);
    if (m_controller->now() != CauseExplainer::focus(trace))
        m_controller->seek(CauseExplainer::focus(trace));
    selectNode(m_model->nodeId(trace.cause.node));
    return true;
}

bool EventLogDock::explainLatestAt(int node, const QStringList &kinds)
{
    m_model->sync();
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const EventLogModel::Entry &e = m_model->entry(row);
        if (e.request != 0 && e.node == node && e.at <= m_controller->now() && kinds.contains(e.kindName()))
            return explainRequest(e.request);
    }
    return false;
}

void EventLogDock::showCause(const CauseTrace &trace)
{
    m_cause->setHtml(CauseExplainer(m_controller->topology()).toHtml(trace));
    show();
    raise();
}

} // namespace scalelab
