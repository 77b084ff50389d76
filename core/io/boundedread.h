// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace scalelab {

/// Reads what `device` holds, but at most `limit + 1` bytes, so the caller can tell a file
/// over its limit (size() > limit) from one at it. The buffer grows with what is actually
/// read: QIODevice::read(limit + 1) would allocate the whole limit up front (Qt rounds it up
/// to the next power of two: 2 GiB for a 1 GiB trace limit) even for a 100-byte file.
/// size() is only a hint for the first allocation; a device may report 0 or keep growing.
inline QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray bytes;
    const qint64 hint = device.size();
    if (hint > 0)
        bytes.reserve(static_cast<qsizetype>(qMin(hint, limit) + 1));
    while (bytes.size() <= limit) {
        const qsizetype had = bytes.size();
        // Fill what is allocated first (a file of the size it reported never reallocates);
        // grow by a chunk only when the device holds more than it said.
        const qint64 room = bytes.capacity() - had;
        const qint64 want = qMin(room > 0 ? room : kChunk, limit + 1 - had);
        bytes.resize(had + static_cast<qsizetype>(want));
        const qint64 got = device.read(bytes.data() + had, want);
        bytes.resize(had + static_cast<qsizetype>(qMax<qint64>(got, 0)));
        if (got <= 0)
            break;
    }
    return bytes;
}

} // namespace scalelab
