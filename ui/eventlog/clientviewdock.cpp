// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/clientviewdock.h"

#include "eventlog/clientviewmodel.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace scalelab {

namespace {
constexpr int kRefreshMs = 500;  // a table a class reads: twice a second is plenty
}

ClientViewDock::ClientViewDock(SimulationController *controller, QWidget *parent)
    : QDockWidget(tr("Client view"), parent), m_controller(controller), m_model(new ClientViewModel(this)),
      m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("clientViewDock"));
    controller->addHistoryObserver(&m_recorder);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_clients = new QComboBox(body);
    m_clients->setToolTip(tr("Which clients node the user belongs to"));
    m_user = new QSpinBox(body);
    m_user->setPrefix(tr("user "));
    m_user->setToolTip(tr("The user's number within their clients node"));
    auto *find = new QPushButton(tr("Find a Violation"), body);
    find->setToolTip(tr("Show a user whose reads broke read-your-writes or monotonic reads"));
    bar->addWidget(m_clients);
    bar->addWidget(m_user);
    bar->addWidget(find);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    setWidget(body);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &ClientViewDock::refresh);
    connect(controller, &SimulationController::advanced, this, [this] {
        if (isVisible() && !m_refresh->isActive())
            m_refresh->start();
    });
    connect(controller, &SimulationController::simulationAboutToBeReplaced, this, [this] { m_recorder.clear(); });
    connect(controller, &SimulationController::historyDiscarded, this, [this](SimTime after) { m_recorder.forgetAfter(after); });
    connect(controller, &SimulationController::simulationReplaced, this, [this] {
        refillClients();
        if (isVisible())
            refresh();   // a hidden view catches up when it is shown
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(m_clients, &QComboBox::currentIndexChanged, this, [this] {
        const int node = clientsNode();
        m_user->setRange(0, node >= 0 ? std::max(0, m_controller->topology().nodes[node].users - 1) : 0);
        refresh();
    });
    connect(m_user, &QSpinBox::valueChanged, this, &ClientViewDock::refresh);
    connect(find, &QPushButton::clicked, this, [this] {
        if (!showUserWithViolation())
            m_summary->setText(tr("No user's reads have broken a guarantee so far in this run."));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_controller->seek(SimTime::fromUs(index.data(Qt::UserRole).toLongLong()));
    });
    refillClients();
}

int ClientViewDock::clientsNode() const
{
    return m_controller->topology().indexOf(m_clients->currentData().toString());
}

void ClientViewDock::refillClients()
{
    const QString current = m_clients->currentData().toString();
    const QSignalBlocker blocker(m_clients);
    m_clients->clear();
    for (const NodeSpec &node : m_controller->topology().nodes)
        if (node.type == NodeType::Clients)
            m_clients->addItem(node.id, node.id);
    m_clients->setCurrentIndex(std::max(0, m_clients->findData(current)));
    const int node = clientsNode();
    m_user->setRange(0, node >= 0 ? std::max(0, m_controller->topology().nodes[node].users - 1) : 0);
}

void ClientViewDock::showUser(const QString &clientsId, int user)
{
    const int index = m_clients->findData(clientsId);
    if (index >= 0)
        m_clients->setCurrentIndex(index);
    m_user->setValue(user);
    refresh();
}

bool ClientViewDock::showUserWithViolation()
{
    m_recorder.setNow(m_controller->now());
    const std::vector<std::uint32_t> users = m_recorder.usersWithViolations(clientsNode(), 1);
    if (users.empty())
        return false;
    showUser(m_clients->currentData().toString(), static_cast<int>(users.front()));
    return true;
}

void ClientViewDock::refresh()
{
    m_refresh->stop();
    QStringList names;
    if (const Simulation *sim = m_controller->simulation())
        for (int i = 0; i < sim->nodeCount(); ++i)
            names << QString::fromStdString(sim->nodeName(i));
    const int node = clientsNode();
    m_recorder.setNow(m_controller->now());
    m_model->setRequests(node >= 0 ? m_recorder.requestsOf(node, static_cast<std::uint32_t>(m_user->value())) : std::vector<RequestRecord>{},
                         names);
    m_summary->setText(summary());
    m_table->resizeColumnsToContents();
}

QString ClientViewDock::summary() const
{
    int writes = 0, reads = 0;
    for (const ClientViewModel::Row &row : m_model->rows()) {
        writes += row.request.op == Op::Write;
        reads += row.request.op == Op::Read;  // jobs are neither: the note below is about data
    }
    const int ryw = m_model->violations(ClientViewModel::Violation::ReadYourWrites);
    const int mono = m_model->violations(ClientViewModel::Violation::MonotonicRead);
    QString text = tr("%n write(s), ", nullptr, writes) + tr("%n read(s) so far.", nullptr, reads);
    if (ryw + mono == 0)
        return text + QLatin1Char(' ') + tr("Every read showed at least what this user had written or read before.");
    return text + QLatin1Char(' ') + tr("Read-your-writes broken %n time(s), ", nullptr, ryw)
           + tr("monotonic reads broken %n time(s): a replica that had not caught up answered.", nullptr, mono);
}

} // namespace scalelab
