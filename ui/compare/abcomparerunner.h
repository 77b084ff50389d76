// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"
#include "metrics/metrics.h"
#include "model/topology.h"
#include "report/reportdiff.h"

#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <vector>

class QThread;

namespace scalelab {

/// One side of an A/B run: the report `scalelab-cli run` prints and the per-second series.
struct AbSide
{
    QJsonObject report;
    QString text;
    std::vector<SecondSample> series;
};

struct AbResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    ReportDifference::Side failedSide = ReportDifference::Side::Neither;
    std::uint64_t seed = 0;
    SimTime duration;
    AbSide a;
    AbSide b;
    QList<ReportDifference> differences;  ///< compareReports(a.report, b.report)
    QStringList workloadNotes;            ///< Comparison::workloadDifferences(a, b)
};

/// Runs A then B headless on one seed and duration, exactly as Comparison::run (and
/// `scalelab-cli compare`) does, keeping each run's time series for the curves.
///
/// Threading contract: start() copies both topologies; the worker thread touches only those
/// copies, its own Simulation objects and two atomics (progress, cancel). The result is read
/// on the GUI thread after finished(); nothing else is shared.
class AbCompareRunner : public QObject
{
    Q_OBJECT

public:
    explicit AbCompareRunner(QObject *parent = nullptr);
    ~AbCompareRunner() override;

    void start(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration);
    bool isRunning() const { return m_thread != nullptr; }
    /// 0..1, from any thread.
    double progress() const;
    const AbResult &result() const { return m_result; }

    /// The work itself, on the calling thread. `doneUs` grows with simulated time run (both
    /// sides together); `cancel` stops it between one-second slices.
    static AbResult run(const Topology &a, const Topology &b, std::uint64_t seed, SimTime duration,
                        std::atomic<std::int64_t> *doneUs = nullptr, const std::atomic<bool> *cancel = nullptr);

public slots:
    /// Stops the run at its next slice; finished() follows with result().cancelled.
    void cancel();

signals:
    void finished();

private:
    QThread *m_thread = nullptr;
    AbResult m_result;
    AbResult m_pending;                 ///< written by the worker, moved to m_result on finish
    std::atomic<std::int64_t> m_doneUs{0};
    std::atomic<bool> m_cancel{false};
    SimTime m_duration;
};

} // namespace scalelab
