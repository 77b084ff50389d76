// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorshard.h"

#include "document/topologydocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSignalBlocker>

namespace scalelab {

InspectorShard::InspectorShard(TopologyDocument *document, const QString &database, QWidget *parent)
    : QGroupBox(tr("Shard"), parent), m_document(document), m_database(database)
{
    setObjectName(QStringLiteral("inspectorShard"));
    auto *form = new QFormLayout(this);
    m_shard = new QComboBox(this);
    m_shard->setToolTip(tr("Which shard's keys this database holds; none: it waits (for an add_shard action, say)"));
    m_position = new QComboBox(this);
    m_position->addItem(tr("primary"));
    m_position->addItem(tr("replica"));
    m_position->setToolTip(tr("The primary takes its shard's writes; replicas share its reads"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #C62828; font-size: 11px;"));  // as the form's problems
    m_problem->hide();
    form->addRow(tr("Shard"), m_shard);
    form->addRow(tr("Position"), m_position);
    form->addRow(m_problem);
    connect(m_shard, &QComboBox::activated, this, &InspectorShard::apply);
    connect(m_position, &QComboBox::activated, this, &InspectorShard::apply);
    connect(document, &TopologyDocument::changed, this, &InspectorShard::refresh);
    refresh();
}

QString InspectorShard::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void InspectorShard::setDatabase(const QString &database)
{
    if (database == m_database)
        return;
    m_database = database;
    refresh();
}

void InspectorShard::refresh()
{
    const Topology &topology = m_document->topology();
    setVisible(topology.hasSharding);
    const QList<QStringList> &shards = topology.sharding.shards;
    const QSignalBlocker shardBlocker(m_shard);
    const QSignalBlocker positionBlocker(m_position);
    m_shard->clear();
    m_shard->addItem(tr("none"));
    int current = -1;
    for (int s = 0; s < shards.size(); ++s) {
        m_shard->addItem(tr("shard %1").arg(s));
        if (shards[s].contains(m_database))
            current = s;
    }
    m_shard->addItem(tr("a new shard"));
    m_shard->setCurrentIndex(current + 1);
    m_position->setCurrentIndex(current >= 0 && shards[current].front() != m_database ? 1 : 0);
    m_position->setEnabled(current >= 0);
}

QList<QStringList> InspectorShard::moved(QList<QStringList> shards, const QString &database, int shard, bool primary)
{
    const int count = static_cast<int>(shards.size());
    for (QStringList &members : shards)
        members.removeAll(database);
    if (shard >= 0 && shard < count) {
        if (primary)
            shards[shard].prepend(database);
        else
            shards[shard].append(database);
    } else if (shard >= count) {
        shards.append({database});
    }
    shards.removeIf([](const QStringList &members) { return members.isEmpty(); });
    return shards;
}

void InspectorShard::apply()
{
    const int shard = m_shard->currentIndex() - 1;
    const QList<QStringList> shards = moved(m_document->topology().sharding.shards, m_database, shard, m_position->currentIndex() == 0);
    QJsonArray array;
    for (const QStringList &members : shards)
        array.append(QJsonArray::fromStringList(members));
    QString error;
    const bool ok = m_document->setTopologySetting(QStringLiteral("sharding.shards"), array, &error);
    m_problem->setText(ok ? QString() : error);
    m_problem->setVisible(!ok);
    if (!ok)
        refresh();
}

} // namespace scalelab
