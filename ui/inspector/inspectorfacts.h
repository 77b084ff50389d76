// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace scalelab {

class Simulation;

/// What the engine says about one node right now, in words and numbers: state, load and
/// queue, served and errors, and what its type makes worth reading (a database's role,
/// binlog position and lag; a cache's hit ratio and items; an edge's bytes).
class InspectorFacts : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorFacts(QWidget *parent = nullptr);

    /// Reads node `id` from `simulation` (null: no run yet).
    void refresh(const Simulation *simulation, const QString &id);
    /// The value shown in the row `key` ("state", "lag", "hit_ratio"...), for tests.
    QString text(const QString &key) const;

private:
    void setRow(const QString &key, const QString &label, const QString &value, const QString &help = {});
    void clearRows();
    // The rows only a node of one type has, after the rows every node has.
    void setDatabaseRows(const Simulation &simulation, int index);
    void setCacheRows(const Simulation &simulation, int index);
    void setCdnRows(const Simulation &simulation, int index);
    void setQueueRows(const Simulation &simulation, int index);
    /// A node in a data centre (its state), a dns's clients (its answer), a dns (every answer).
    void setDatacenterRows(const Simulation &simulation, int index);

    QGroupBox *m_box = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_absent = nullptr;
    QMap<QString, QLabel *> m_values;
};

} // namespace scalelab
