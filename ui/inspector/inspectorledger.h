// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace scalelab {

class Simulation;

/// A database's data as the engine holds it: the most recently written keys with the
/// version (write id) this node has and when that write committed, the replica's rows the
/// primary has moved past marked; and, after a failover, the acknowledged writes it lost.
/// Bounded: the newest kMaxRows of each, with the totals in words.
class InspectorLedger : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 40;

    explicit InspectorLedger(QWidget *parent = nullptr);

    /// Reads the database `id` from `simulation`.
    void refresh(const Simulation *simulation, const QString &id);

    QTableWidget *ledgerTable() const { return m_ledger; }
    QTableWidget *lostTable() const { return m_lost; }
    QString ledgerCaption() const;
    QString lostCaption() const;

private:
    QLabel *m_ledgerCaption = nullptr;
    QTableWidget *m_ledger = nullptr;
    QLabel *m_lostCaption = nullptr;
    QTableWidget *m_lost = nullptr;
};

} // namespace scalelab
