#pragma once

#include "base/request.h"

#include <QString>

#include <optional>
#include <vector>

namespace scalelab {

/// One row of a clients trace (`t_ms,ip,op,key`).
struct TraceRequest
{
    SimTime at;
    std::uint32_t ip = 0;
    Op op = Op::Read;
    std::uint32_t key = 0;
};

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
