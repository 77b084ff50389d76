// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorledger.h"

#include "sim/simulation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setAlternatingRowColors(true);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // About ten rows: enough to read, small enough to leave the form in view.
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + 4 * table->verticalHeader()->defaultSectionSize());
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + 10 * table->verticalHeader()->defaultSectionSize() + 4);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text, const QColor &background = {})
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    item->setBackground(background.isValid() ? QBrush(background) : QBrush());
}

QString seconds(std::int64_t us)
{
    return us < 0 ? QStringLiteral("—") : InspectorLedger::tr("%1 s").arg(us / 1e6, 0, 'f', 3);
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

InspectorLedger::InspectorLedger(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_ledgerCaption = caption(this);
    m_ledger = makeTable({tr("Key"), tr("Version"), tr("Committed"), tr("Primary has")}, this);
    m_ledger->setObjectName(QStringLiteral("ledger"));
    m_ledger->horizontalHeaderItem(3)->setToolTip(tr("The primary's newer version of a key this replica has not caught up on"));
    m_lostCaption = caption(this);
    m_lost = makeTable({tr("Write"), tr("Key"), tr("Committed"), tr("Lost at"), tr("On")}, this);
    m_lost->setObjectName(QStringLiteral("lostWrites"));
    // Lost writes first: after a failover they are what the class is looking for.
    layout->addWidget(m_lostCaption);
    layout->addWidget(m_lost);
    layout->addSpacing(8);
    layout->addWidget(m_ledgerCaption);
    layout->addWidget(m_ledger);
}

QString InspectorLedger::ledgerCaption() const
{
    return m_ledgerCaption->text();
}

QString InspectorLedger::lostCaption() const
{
    return m_lostCaption->text();
}

void InspectorLedger::refresh(const Simulation *simulation, const QString &id)
{
    const int index = simulation ? simulation->nodeIndex(id) : -1;
    if (index < 0) {
        hide();
        return;
    }
    show();
    const Ledger &ledger = simulation->database(index).ledger;
    const int primary = simulation->primaryDatabase();
    // Only a replica of primary/replica replication has a primary to compare with.
    const bool compare = simulation->replicationEnabled() && primary >= 0 && primary != index
                         && simulation->database(index).role == DatabaseRole::Replica;
    const Ledger *source = compare ? &simulation->database(primary).ledger : nullptr;

    // The most recently written keys first: write ids grow with time.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> rows = ledger.rows();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const int shown = static_cast<int>(std::min<std::size_t>(rows.size(), kMaxRows));
    std::size_t behind = 0;
    if (source) {
        for (const auto &[key, version] : source->rows())
            behind += ledger.version(key) < version;
    }
    QString text = rows.empty() ? tr("<b>Data ledger</b>: no writes yet.")
                                : tr("<b>Data ledger</b>: %Ln keys", nullptr, static_cast<int>(rows.size()));
    if (static_cast<int>(rows.size()) > shown)
        text += tr(", the %1 most recently written shown").arg(shown);
    if (source)
        text += behind == 0 ? tr("; in step with the primary")
                            : tr("; <span style='color:#E65100'>%Ln behind the primary</span>", nullptr, static_cast<int>(behind));
    text += QLatin1Char('.');
    m_ledgerCaption->setText(text);
    m_ledger->setColumnHidden(3, !source);
    m_ledger->setRowCount(shown);
    const QColor stale(0xFF, 0xE0, 0xB2);
    for (int row = 0; row < shown; ++row) {
        const auto &[key, version] = rows[row];
        const std::uint64_t newer = source ? source->version(key) : 0;
        const QColor mark = newer > version ? stale : QColor();
        setCell(m_ledger, row, 0, QString::number(key), mark);
        setCell(m_ledger, row, 1, QStringLiteral("#%1").arg(version), mark);
        setCell(m_ledger, row, 2, seconds(ledger.commitUs(key)), mark);
        setCell(m_ledger, row, 3, newer > version ? QStringLiteral("#%1").arg(newer) : QString(), mark);
    }

    // Lost writes are the run's (a failover loses the dead primary's writes for everyone).
    const std::deque<LostWrite> &lost = simulation->lostWrites();
    const std::uint64_t total = simulation->replication().lostWrites;
    m_lost->setVisible(total > 0);
    if (total == 0) {
        m_lostCaption->setText(simulation->replication().promotions == 0
                                   ? tr("<b>Lost writes</b>: none; no failover yet.")
                                   : tr("<b>Lost writes</b>: none; every acknowledged write survived the failover."));
        m_lost->setRowCount(0);
        return;
    }
    const int lostShown = static_cast<int>(std::min<std::size_t>(lost.size(), kMaxRows));
    QString lostText = tr("<b><span style='color:#C62828'>Lost writes</span></b>: %Ln acknowledged writes never reached "
                          "the new primary", nullptr, static_cast<int>(total));
    if (static_cast<std::uint64_t>(lostShown) < total)
        lostText += tr(" (the latest %1 shown)").arg(lostShown);
    m_lostCaption->setText(lostText + QLatin1Char('.'));
    m_lost->setRowCount(lostShown);
    for (int row = 0; row < lostShown; ++row) {
        const LostWrite &w = lost[lost.size() - 1 - row];  // newest first
        setCell(m_lost, row, 0, QStringLiteral("#%1").arg(w.writeId));
        setCell(m_lost, row, 1, QString::number(w.key));
        setCell(m_lost, row, 2, seconds(w.commitUs));
        setCell(m_lost, row, 3, seconds(w.lostUs));
        setCell(m_lost, row, 4, w.origin >= 0 ? QString::fromStdString(simulation->nodeName(w.origin)) : QString());
    }
}

} // namespace scalelab
