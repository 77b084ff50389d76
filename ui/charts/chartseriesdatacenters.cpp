// SPDX-License-Identifier: GPL-3.0-or-later
// ChartSeries' Data centres plot: requests per second sent to each data centre, one line per
// data centre in its frame's colour on the canvas, and the seconds each could not serve shaded
// in that colour: the requests still sent there meanwhile are the users' cached DNS answers.
#include "charts/chartseries.h"

#include "settings/linepalette.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace scalelab {

namespace {
// lupdate files these tr() calls under the namespace they sit in: the context must match.
QString tr(const char *text) { return QCoreApplication::translate("scalelab::ChartSeries", text); }
} // namespace

namespace ChartSeries {
void addDatacenterLines(ChartData &data, const Simulation &sim, int seconds);  // called by build() (chartseries.cpp)
} // namespace ChartSeries

void ChartSeries::addDatacenterLines(ChartData &data, const Simulation &sim, int n)
{
    const std::vector<StateSample> &state = sim.timeSeries().samples();
    const Datacenters &datacenters = sim.datacenters();
    data.unit = tr("req/s");
    for (int dc = 0; dc < datacenters.count(); ++dc) {
        const QString name = QString::fromStdString(datacenters.name(dc));
        const auto at = static_cast<std::size_t>(dc);
        // The frame's colour on the canvas (never the vermillion, which reads as DOWN's red).
        const int style = LinePalette::calmIndex(dc);
        ChartLine line{name + QStringLiteral("_requests"), name, QVector<double>(n), style};
        int downSince = -1;
        for (int s = 0; s < n; ++s) {
            const StateSample &sample = state[static_cast<std::size_t>(s)];
            line.values[s] = at < sample.datacenterRequests.size() ? static_cast<double>(sample.datacenterRequests[at])
                                                                  : std::numeric_limits<double>::quiet_NaN();
            // Down at the end of a second: that second is shaded, as one stretch with its neighbours.
            const bool down = at < sample.datacenterUp.size() && sample.datacenterUp[at] == 0;
            if (down && downSince < 0)
                downSince = s;
            if (!down && downSince >= 0) {
                data.spans << ChartSpan{double(downSince), double(s), style, tr("%1 down").arg(name)};
                downSince = -1;
            }
        }
        if (downSince >= 0)
            data.spans << ChartSpan{double(downSince), double(n), style, tr("%1 down").arg(name)};
        data.lines << line;
    }
    std::sort(data.spans.begin(), data.spans.end(), [](const ChartSpan &a, const ChartSpan &b) { return a.fromS < b.fromS; });
}

} // namespace scalelab
