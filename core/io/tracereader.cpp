// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tracereader.h"

#include "io/boundedread.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

#include <cmath>

namespace scalelab {

std::optional<std::uint32_t> TraceReader::parseIp(QByteArrayView text)
{
    const QList<QByteArray> parts = text.toByteArray().split('.');
    if (parts.size() != 4)
        return std::nullopt;
    std::uint32_t ip = 0;
    for (const QByteArray &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255 || part.isEmpty() || part.size() > 3)
            return std::nullopt;
        ip = (ip << 8) | octet;
    }
    return ip;
}

std::optional<std::vector<TraceRequest>> TraceReader::readFile(const QString &fileName)
{
    constexpr qint64 kLimit = 1024LL * 1024 * 1024;
    if (QFileInfo(fileName).exists() && !QFileInfo(fileName).isFile()) {
        // A device or a pipe (/dev/zero) reports size 0 and never ends.
        m_error = QStringLiteral("%1: not a regular file").arg(fileName);
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: cannot open: %2").arg(fileName, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = readAtMost(file, kLimit);  // never trust size(): read at most the limit
    if (bytes.size() > kLimit) {
        m_error = QStringLiteral("%1: trace is larger than 1 GiB").arg(fileName);
        return std::nullopt;
    }
    auto rows = readText(bytes);
    if (!rows)
        m_error = fileName + QStringLiteral(": ") + m_error;
    return rows;
}

std::optional<std::vector<TraceRequest>> TraceReader::readText(const QByteArray &csv)
{
    m_error.clear();
    std::vector<TraceRequest> rows;
    int lineNo = 0;
    qsizetype pos = 0;
    SimTime previous;
    auto fail = [&](const QString &message) {
        m_error = QStringLiteral("line %1: %2").arg(lineNo).arg(message);
        return std::nullopt;
    };
    while (pos < csv.size()) {
        qsizetype eol = csv.indexOf('\n', pos);
        if (eol < 0)
            eol = csv.size();
        QByteArray line = csv.mid(pos, eol - pos).trimmed();
        pos = eol + 1;
        ++lineNo;
        if (lineNo == 1) {
            if (line != "t_ms,ip,op,key")
                return fail(QStringLiteral("expected the header t_ms,ip,op,key, got \"%1\"").arg(QString::fromUtf8(line.left(60))));
            continue;
        }
        if (line.isEmpty())
            continue;
        if (rows.size() >= kMaxRows)
            return fail(QStringLiteral("more than %1 requests; the limit is %1").arg(kMaxRows));
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() != 4)
            return fail(QStringLiteral("expected 4 columns (t_ms,ip,op,key), got %1").arg(cells.size()));
        bool ok = false;
        const double tMs = cells[0].toDouble(&ok);
        if (!ok || !std::isfinite(tMs) || tMs < 0 || tMs > 1e10)
            return fail(QStringLiteral("t_ms: expected a time in milliseconds >= 0, got \"%1\"").arg(QString::fromUtf8(cells[0])));
        TraceRequest row;
        row.at = SimTime::fromMs(tMs);
        if (row.at < previous)
            return fail(QStringLiteral("t_ms: %1 is earlier than the row before; rows must be in time order").arg(tMs));
        previous = row.at;
        const auto ip = parseIp(cells[1]);
        if (!ip)
            return fail(QStringLiteral("ip: expected an IPv4 address such as 10.0.0.1, got \"%1\"").arg(QString::fromUtf8(cells[1].left(40))));
        row.ip = *ip;
        if (cells[2] == "read")
            row.op = Op::Read;
        else if (cells[2] == "write")
            row.op = Op::Write;
        else if (cells[2] == "static")
            row.op = Op::Static;
        else if (cells[2] == "job")
            row.op = Op::Job;
        else
            return fail(QStringLiteral("op: expected read, write, static or job, got \"%1\"").arg(QString::fromUtf8(cells[2].left(40))));
        const qulonglong key = cells[3].toULongLong(&ok);
        if (!ok || key > 0x7fffffffULL)
            return fail(QStringLiteral("key: expected a whole number from 0 to 2147483647, got \"%1\"").arg(QString::fromUtf8(cells[3].left(40))));
        row.key = static_cast<std::uint32_t>(key);
        rows.push_back(row);
    }
    if (lineNo == 0)
        return fail(QStringLiteral("empty file; expected the header t_ms,ip,op,key"));
    return rows;
}

} // namespace scalelab
