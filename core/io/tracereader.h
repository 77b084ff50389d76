// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload/tracerequest.h"

#include <QString>

#include <optional>
#include <vector>

namespace scalelab {

/// Reads a clients trace CSV. Rows must be in time order; every problem names its line.
class TraceReader
{
public:
    static constexpr std::size_t kMaxRows = 20'000'000;

    std::optional<std::vector<TraceRequest>> readFile(const QString &fileName);
    std::optional<std::vector<TraceRequest>> readText(const QByteArray &csv);
    QString errorText() const { return m_error; }

    static std::optional<std::uint32_t> parseIp(QByteArrayView text);

private:
    QString m_error;
};

} // namespace scalelab
