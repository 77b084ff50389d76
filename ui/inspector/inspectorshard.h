// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace scalelab {

class TopologyDocument;

/// A database's place in the topology's sharding: which shard (none, one of them, or a new
/// one) and whether it is that shard's primary or a replica. Each change rewrites
/// `sharding.shards` through the document: one undo step. Hidden without sharding.
class InspectorShard : public QGroupBox
{
    Q_OBJECT

public:
    InspectorShard(TopologyDocument *document, const QString &database, QWidget *parent = nullptr);

    /// The shard combo: "none", "shard 0".. "shard N-1", "a new shard" (tests).
    QComboBox *shardBox() const { return m_shard; }
    /// "primary", "replica".
    QComboBox *positionBox() const { return m_position; }
    /// The database shown, after a rename (or its undo).
    void setDatabase(const QString &database);
    /// Why the last change was refused (the reader's message), or empty.
    QString problem() const;

    /// The shards with `database` moved to `shard` (-1: none; shardCount: a new one), first
    /// (`primary`) or last; shards left empty are dropped.
    static QList<QStringList> moved(QList<QStringList> shards, const QString &database, int shard, bool primary);

public slots:
    /// Shows the document's sharding again (after any edit, undo or redo).
    void refresh();

private:
    void apply();

    TopologyDocument *m_document;
    QString m_database;
    QComboBox *m_shard = nullptr;
    QComboBox *m_position = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace scalelab
