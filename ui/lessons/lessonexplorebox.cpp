// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonexplorebox.h"

#include "charts/chartstyle.h"
#include "lessons/lessonsession.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace scalelab {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

LessonExploreBox::LessonExploreBox(LessonSession *session, QWidget *parent)
    : QGroupBox(tr("Explore"), parent), m_session(session)
{
    setObjectName(QStringLiteral("lessonExplore"));
    auto *layout = new QVBoxLayout(this);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("exploreValue"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("exploreSlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_slider->setToolTip(tr("Move to run the step with another value (arrow keys step one value)"));
    m_value->setBuddy(m_slider);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("explorePlot"));
    m_plot->setMinimumHeight(200);
    m_plot->setAntialiasedElements(QCP::aeAll);
    ChartStyle::styleAxis(m_plot->xAxis);
    ChartStyle::styleAxis(m_plot->yAxis);
    // The panel is narrow: a few round ticks, not a run of digits into each other.
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
        axis->ticker()->setTickCount(axis == m_plot->xAxis ? 3 : 4);
    }
    // The band first, so the mean's line is drawn over it.
    m_low = m_plot->addGraph();
    m_high = m_plot->addGraph();
    m_high->setChannelFillGraph(m_low);
    m_mean = m_plot->addGraph();
    m_mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    m_marker = new QCPItemStraightLine(m_plot);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exploreStatus"));
    m_status->setWordWrap(true);
    ThemeController::useMutedText(m_status);

    layout->addWidget(m_value);
    layout->addWidget(m_slider);
    layout->addWidget(m_plot);
    layout->addWidget(m_status);

    // A drag runs the step once, where it is let go; keys and clicks run at once.
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        if (!m_slider->isSliderDown() && index != m_session->exploreIndex())
            m_session->setExploreIndex(index);
        else
            showExplore();
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_session->setExploreIndex(m_slider->value()); });
    connect(session, &LessonSession::exploreChanged, this, &LessonExploreBox::showExplore);
    connect(session, &LessonSession::stepChanged, this, &LessonExploreBox::showExplore);
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, [this] {
        applyTheme();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    applyTheme();
    hide();
}

void LessonExploreBox::applyTheme()
{
    const Theme &theme = Theme::current();
    m_plot->setBackground(theme.chartBackground);
    ChartStyle::colorAxis(m_plot->xAxis);
    ChartStyle::colorAxis(m_plot->yAxis);
    QPen line = ChartStyle::linePen(0);
    m_mean->setPen(line);
    QColor band = ChartStyle::lineColor(0);
    band.setAlpha(50);
    m_low->setPen(Qt::NoPen);
    m_high->setPen(Qt::NoPen);
    m_high->setBrush(band);
    m_marker->setPen(QPen(ChartStyle::lineColor(1), 2.0, Qt::DashLine));
}

QString LessonExploreBox::valueText() const
{
    return m_value->text();
}

QString LessonExploreBox::statusText() const
{
    return m_status->text();
}

void LessonExploreBox::showExplore()
{
    const LessonExplore *explore = m_session->isOpen() ? m_session->explore() : nullptr;
    setVisible(explore != nullptr);
    if (!explore)
        return;
    const int shown = m_slider->isSliderDown() ? m_slider->value() : m_session->exploreIndex();
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(explore->values.size()) - 1);
        if (!m_slider->isSliderDown())
            m_slider->setValue(m_session->exploreIndex());
    }
    const double value = explore->values.value(shown);
    m_value->setText(tr("%1: <b>%2</b>").arg(explore->xLabel().toHtmlEscaped(), number(value)));
    m_slider->setAccessibleName(explore->xLabel());

    const QList<ExplorePoint> curve = m_session->exploreCurve();
    QVector<double> xs, means, lows, highs;
    for (const ExplorePoint &point : curve) {
        if (point.runs == 0)
            continue;  // a figure no run reported: a gap, not a zero
        xs << point.value;
        means << point.mean;
        lows << point.low;
        highs << point.high;
    }
    m_mean->setData(xs, means, true);
    m_low->setData(xs, lows, true);
    m_high->setData(xs, highs, true);
    m_plot->xAxis->setLabel(explore->xLabel());
    m_plot->yAxis->setLabel(explore->yLabel());
    const double first = explore->values.constFirst();
    const double last = explore->values.constLast();
    const double pad = (last - first) * 0.03;
    m_plot->xAxis->setRange(first - pad, last + pad);
    if (!highs.isEmpty()) {
        bool found = false;
        QCPRange range = m_high->getValueRange(found);
        range.lower = std::min(range.lower, *std::min_element(lows.begin(), lows.end()));
        const double margin = std::max((range.upper - range.lower) * 0.08, 1e-9);
        m_plot->yAxis->setRange(std::min(0.0, range.lower), range.upper + margin);
    }
    m_marker->point1->setCoords(value, 0);
    m_marker->point2->setCoords(value, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    if (!m_session->curveError().isEmpty())
        m_status->setText(tr("The curve cannot be computed: %1").arg(m_session->curveError()));
    else if (m_session->isCurveComputing())
        m_status->setText(tr("Computing the curve: %1 of %2 runs…").arg(m_session->curveRunsDone()).arg(m_session->curveRunCount()));
    else if (curve.isEmpty())
        m_status->clear();
    else
        m_status->setText(explore->seeds == 1
                              ? tr("Each point: one run of %1 s (seed 1). The dashed line: the value on the canvas.")
                                    .arg(number(m_session->step().runS))
                              : tr("Each point: the mean of %1 runs of %2 s (seeds 1 to %1); the band: lowest to highest. "
                                   "The dashed line: the value on the canvas.")
                                    .arg(explore->seeds).arg(number(m_session->step().runS)));
}

} // namespace scalelab
