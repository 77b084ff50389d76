// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/alertrule.h"

namespace scalelab {

QStringList alertMetricNames()
{
    return {QStringLiteral("rps"),    QStringLiteral("error_rps"), QStringLiteral("dropped_rps"),
            QStringLiteral("error_rate"), QStringLiteral("p50_ms"), QStringLiteral("p95_ms"),
            QStringLiteral("p99_ms"), QStringLiteral("cache_hit_ratio"), QStringLiteral("read_rps"),
            QStringLiteral("write_rps"), QStringLiteral("static_rps"), QStringLiteral("job_rps"), QStringLiteral("busy"),
            QStringLiteral("queued")};
}

std::optional<AlertMetric> alertMetricNamed(const QString &name)
{
    const qsizetype index = alertMetricNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<AlertMetric>(index);
}

} // namespace scalelab
