// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/clientviewmodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

namespace scalelab {

ClientViewModel::ClientViewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::vector<ClientViewModel::Row> ClientViewModel::analyse(std::vector<RequestRecord> requests)
{
    std::sort(requests.begin(), requests.end(), [](const RequestRecord &a, const RequestRecord &b) { return a.id < b.id; });
    std::vector<Row> rows;
    rows.reserve(requests.size());
    for (const RequestRecord &r : requests) {
        Row row;
        row.request = r;
        if (r.op == Op::Read && r.outcome == Outcome::Ok) {
            // What the user knew of this key when sending the read: its own acknowledged writes
            // and the versions it had read back, each finished before this read was sent.
            std::uint64_t written = 0, seen = 0;
            SimTime writtenAt, seenAt;
            for (const Row &before : rows) {
                const RequestRecord &b = before.request;
                if (b.key != r.key || b.outcome != Outcome::Ok || b.end > r.start)
                    continue;
                if (b.op == Op::Write && b.version >= written) {
                    written = b.version;
                    writtenAt = b.end;
                } else if (b.op == Op::Read && b.version > seen) {
                    seen = b.version;
                    seenAt = b.end;
                }
            }
            if (r.version < written) {
                row.violation = Violation::ReadYourWrites;
                row.expected = written;
                row.expectedSince = writtenAt;
            } else if (r.version < seen) {
                row.violation = Violation::MonotonicRead;
                row.expected = seen;
                row.expectedSince = seenAt;
            }
        }
        rows.push_back(row);
    }
    return rows;
}

void ClientViewModel::setRequests(std::vector<RequestRecord> requests, QStringList nodeNames)
{
    beginResetModel();
    m_rows = analyse(std::move(requests));
    m_names = std::move(nodeNames);
    endResetModel();
}

int ClientViewModel::violations(Violation kind) const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [kind](const Row &r) { return r.violation == kind; }));
}

int ClientViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const RequestRecord &r = row.request;
    auto name = [this](int node) { return node >= 0 && node < m_names.size() ? m_names[node] : QString(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SentColumn: return QLocale().toString(r.start.s(), 'f', 3);
        case OpColumn:
            switch (r.op) {
            case Op::Read: return tr("read");
            case Op::Write: return tr("wrote");
            case Op::Static: return tr("static");
            case Op::Job: return tr("job");
            }
            return {};
        case KeyColumn: return r.key;
        case VersionColumn:
            if (r.op == Op::Static || r.op == Op::Job || r.outcome != Outcome::Ok)
                return QString();
            return r.version == 0 ? tr("(none)") : tr("v%1").arg(r.version);
        case OutcomeColumn:
            return r.stale && r.outcome == Outcome::Ok ? tr("ok, stale") : QString::fromLatin1(outcomeName(r.outcome).data());
        case ServedByColumn:
            if (r.cache == CacheResult::Hit || (r.op == Op::Write && r.cacheNode != kNoNode))  // a write_back cache took the write
                return tr("%1 (cache)").arg(name(r.cacheNode));
            return name(r.db >= 0 ? r.db : r.server);
        case NoteColumn:
            switch (row.violation) {
            case Violation::ReadYourWrites:
                return tr("Read-your-writes broken: they wrote v%1 at %2 s").arg(row.expected).arg(QLocale().toString(row.expectedSince.s(), 'f', 3));
            case Violation::MonotonicRead:
                return tr("Monotonic reads broken: they had read v%1 at %2 s").arg(row.expected).arg(QLocale().toString(row.expectedSince.s(), 'f', 3));
            case Violation::None:
                return QString();
            }
        }
        return {};
    }
    if (role == Qt::BackgroundRole && row.violation != Violation::None)
        return row.violation == Violation::ReadYourWrites ? QColor(0xFF, 0xE0, 0xB2) : QColor(0xFF, 0xF3, 0xC4);
    if (role == Qt::ForegroundRole) {
        if (r.outcome != Outcome::Ok)
            return QColor(0xB7, 0x1C, 0x1C);
        if (r.op == Op::Write)
            return QColor(0x0D, 0x47, 0xA1);
    }
    if (role == Qt::FontRole && index.column() == NoteColumn && row.violation != Violation::None) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::UserRole)
        return static_cast<qint64>(r.start.us);
    return {};
}

QVariant ClientViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentColumn: return tr("Sent (s)");
    case OpColumn: return tr("Did");
    case KeyColumn: return tr("Key");
    case VersionColumn: return tr("Version");
    case OutcomeColumn: return tr("Outcome");
    case ServedByColumn: return tr("Served by");
    case NoteColumn: return tr("Guarantee");
    }
    return {};
}

} // namespace scalelab
