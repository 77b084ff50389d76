#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QTimer;

namespace scalelab {

class Metrics;

/// Live chart of the engine's per-second series: requests ok / failed / dropped per
/// simulated second (left axis) and the p95 latency (right axis). Pulls from Metrics and
/// replots at most kMaxReplotHz times a second, however often it is refreshed.
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxReplotHz = 5;
    /// Seconds shown at once; older ones scroll off to the left.
    static constexpr int kWindowSeconds = 120;

    explicit ThroughputChart(QWidget *parent = nullptr);

    /// Forgets every sample (a new run started).
    void clear();
    /// Takes the seconds closed since the last call; replots now when `force`, else when the
    /// rate limit allows (a pending replot is never lost).
    void refresh(const Metrics &metrics, bool force = false);

    /// Seconds plotted so far.
    int sampleCount() const { return m_samples; }
    QCustomPlot *plot() const { return m_plot; }

private:
    void replot();
    QCPGraph *addRateGraph(const QString &name, const QColor &color);

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_ok = nullptr;
    QCPGraph *m_failed = nullptr;
    QCPGraph *m_dropped = nullptr;
    QCPGraph *m_p95 = nullptr;
    QTimer *m_pendingReplot = nullptr;
    QElapsedTimer m_sinceReplot;
    int m_samples = 0;
    double m_maxRate = 0.0;
    double m_maxLatency = 0.0;
};

} // namespace scalelab
