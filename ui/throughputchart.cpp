#include "throughputchart.h"

#include "metrics/metrics.h"

#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace scalelab {

namespace {
constexpr int kMinReplotIntervalMs = 1000 / ThroughputChart::kMaxReplotHz;
const QColor kOkColor(0x43A047);
const QColor kFailedColor(0xE53935);
const QColor kDroppedColor(0xFB8C00);
const QColor kLatencyColor(0x1E88E5);

void styleAxis(QCPAxis *axis)
{
    QFont font = axis->labelFont();
    font.setPixelSize(12);
    axis->setLabelFont(font);
    font.setPixelSize(11);
    axis->setTickLabelFont(font);
    axis->setBasePen(QPen(QColor(0x90A4AE)));
    axis->setTickPen(QPen(QColor(0x90A4AE)));
    axis->setSubTickPen(QPen(QColor(0xB0BEC5)));
    axis->setLabelColor(QColor(0x455A64));
    axis->setTickLabelColor(QColor(0x455A64));
    axis->grid()->setPen(QPen(QColor(0xECEFF1)));
}
} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_pendingReplot(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->yAxis2->setVisible(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        styleAxis(axis);
    m_plot->xAxis->setLabel(tr("simulated time (s)"));
    m_plot->yAxis->setLabel(tr("requests per second"));
    m_plot->yAxis2->setLabel(tr("p95 latency (ms)"));
    m_plot->yAxis2->setLabelColor(kLatencyColor.darker(120));
    m_plot->yAxis2->setTickLabelColor(kLatencyColor.darker(120));
    m_plot->yAxis2->grid()->setVisible(false);

    m_ok = addRateGraph(tr("ok"), kOkColor);
    m_ok->setBrush(QColor(kOkColor.red(), kOkColor.green(), kOkColor.blue(), 40));
    m_failed = addRateGraph(tr("error / timeout"), kFailedColor);
    m_dropped = addRateGraph(tr("dropped"), kDroppedColor);
    m_p95 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_p95->setName(tr("p95 latency"));
    m_p95->setPen(QPen(kLatencyColor, 2.0, Qt::DashLine));

    m_plot->legend->setVisible(true);
    QFont legendFont = m_plot->legend->font();
    legendFont.setPixelSize(11);
    m_plot->legend->setFont(legendFont);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->legend->setBorderPen(QPen(QColor(0xCFD8DC)));
    m_plot->legend->setWrap(2);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_pendingReplot->setSingleShot(true);
    connect(m_pendingReplot, &QTimer::timeout, this, &ThroughputChart::replot);
    clear();
}

QCPGraph *ThroughputChart::addRateGraph(const QString &name, const QColor &color)
{
    QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    graph->setName(name);
    graph->setPen(QPen(color, 2.0));
    return graph;
}

void ThroughputChart::clear()
{
    for (QCPGraph *graph : {m_ok, m_failed, m_dropped, m_p95})
        graph->data()->clear();
    m_samples = 0;
    m_maxRate = 0.0;
    m_maxLatency = 0.0;
    replot();
}

void ThroughputChart::refresh(const Metrics &metrics, bool force)
{
    const std::vector<SecondSample> &series = metrics.series();
    if (static_cast<int>(series.size()) < m_samples)
        clear();
    for (int i = m_samples; i < static_cast<int>(series.size()); ++i) {
        const SecondSample &sample = series[i];
        const double failed = static_cast<double>(sample.requests.error + sample.requests.timeout);
        m_ok->addData(sample.second, static_cast<double>(sample.requests.ok));
        m_failed->addData(sample.second, failed);
        m_dropped->addData(sample.second, static_cast<double>(sample.requests.dropped));
        m_p95->addData(sample.second, sample.p95Ms);
        m_maxRate = std::max({m_maxRate, static_cast<double>(sample.requests.ok), failed,
                              static_cast<double>(sample.requests.dropped)});
        m_maxLatency = std::max(m_maxLatency, sample.p95Ms);
    }
    const bool changed = static_cast<int>(series.size()) != m_samples;
    m_samples = static_cast<int>(series.size());

    if (force || (changed && m_sinceReplot.elapsed() >= kMinReplotIntervalMs)) {
        replot();
    } else if (changed && !m_pendingReplot->isActive()) {
        m_pendingReplot->start(static_cast<int>(kMinReplotIntervalMs - m_sinceReplot.elapsed()));
    }
}

void ThroughputChart::replot()
{
    m_pendingReplot->stop();
    const double last = m_samples > 0 ? m_samples : 0.0;
    const double right = std::max(10.0, last);
    m_plot->xAxis->setRange(std::max(0.0, right - kWindowSeconds), right);
    m_plot->yAxis->setRange(0.0, std::max(10.0, m_maxRate * 1.2));
    m_plot->yAxis2->setRange(0.0, std::max(10.0, m_maxLatency * 1.2));
    m_plot->replot();
    m_sinceReplot.start();
}

} // namespace scalelab
