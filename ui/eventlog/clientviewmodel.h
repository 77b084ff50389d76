// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/request.h"

#include <QAbstractTableModel>

#include <vector>

namespace scalelab {

/// One user's requests over time: what they wrote (key, version) and what they read back,
/// with the session guarantees a replicated database can break marked on the reads:
/// - read-your-writes: a read sent after the user's own write of the key was acknowledged
///   returns an older version than that write;
/// - monotonic reads: a read returns an older version of a key than one the user had
///   already read back (the earlier read ended before this one was sent).
class ClientViewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SentColumn, OpColumn, KeyColumn, VersionColumn, OutcomeColumn, ServedByColumn, NoteColumn, ColumnCount };
    enum class Violation { None, ReadYourWrites, MonotonicRead };

    struct Row
    {
        RequestRecord request;
        Violation violation = Violation::None;
        std::uint64_t expected = 0;   ///< the version the guarantee asked for
        SimTime expectedSince;        ///< when the user wrote or first read it
    };

    explicit ClientViewModel(QObject *parent = nullptr);

    /// Marks the violations in `requests` (one user's, any order): rows in the order sent.
    static std::vector<Row> analyse(std::vector<RequestRecord> requests);

    /// Shows `requests` (one user's); `nodeName` gives the ids of the servers.
    void setRequests(std::vector<RequestRecord> requests, QStringList nodeNames);
    const std::vector<Row> &rows() const { return m_rows; }
    int violations(Violation kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    QStringList m_names;
};

} // namespace scalelab
