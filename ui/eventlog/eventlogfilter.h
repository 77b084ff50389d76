// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace scalelab {

/// Which rows of the event log show: by kind (one kind, every state change, every marked
/// request, or all), by node, and by a search text found in the kind, node or description.
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Special kinds for setKind().
    static inline const QString kAllKinds = QStringLiteral("*");
    static inline const QString kStateChanges = QStringLiteral("*state");
    static inline const QString kMarkedRequests = QStringLiteral("*requests");

    explicit EventLogFilter(QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    /// Node id; empty for every node.
    QString node() const { return m_node; }
    void setNode(const QString &id);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind = kAllKinds;
    QString m_node;
    QString m_search;
};

} // namespace scalelab
