// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/eventlogfilter.h"

#include "eventlog/eventlogmodel.h"

namespace scalelab {

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventLogFilter::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void EventLogFilter::setNode(const QString &id)
{
    if (id == m_node)
        return;
    m_node = id;
    invalidateRowsFilter();
}

void EventLogFilter::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const EventLogModel::Entry &e = log->entry(sourceRow);
    if (m_kind == kStateChanges) {
        if (e.request != 0)
            return false;
    } else if (m_kind == kMarkedRequests) {
        if (e.request == 0)
            return false;
    } else if (m_kind != kAllKinds && e.kindName() != m_kind) {
        return false;
    }
    if (!m_node.isEmpty() && log->nodeId(e.node) != m_node)
        return false;
    if (m_search.isEmpty())
        return true;
    return log->describe(e).contains(m_search, Qt::CaseInsensitive)
           || EventLogModel::kindLabel(e.kindName()).contains(m_search, Qt::CaseInsensitive)
           || log->nodeId(e.node).contains(m_search, Qt::CaseInsensitive);
}

} // namespace scalelab
