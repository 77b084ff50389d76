// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/timelinebar.h"

#include "run/simulationcontroller.h"
#include "settings/themecontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QTimer>

#include <cmath>

namespace scalelab {

namespace {
QString secondsText(double s)
{
    return TimelineBar::tr("%1 s").arg(QLocale().toString(s, 'f', 1));
}
} // namespace

TimelineBar::TimelineBar(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_slider(new QSlider(Qt::Horizontal, this)),
      m_position(new QLabel(this)), m_end(new QLabel(this)), m_pendingSeek(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    auto *title = new QLabel(tr("Timeline"), this);
    ThemeController::useMutedText(title);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setFocusPolicy(Qt::NoFocus); // arrows belong to the canvas, Space to Run
    m_slider->setToolTip(tr("Drag back to see an earlier moment again: the run is replayed to it, exactly"));
    m_slider->setAccessibleName(tr("Simulated time"));
    m_slider->setTracking(true);
    m_position->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("00000.0 s")));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ThemeController::useMutedText(m_end);
    layout->addWidget(title);
    layout->addWidget(m_position);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_end);

    // A drag sends a position per mouse move; only the latest is worth a seek. Seeking from
    // a zero-time timer lets the mouse events queued meanwhile move the handle first.
    m_pendingSeek->setSingleShot(true);
    m_pendingSeek->setInterval(0);
    connect(m_pendingSeek, &QTimer::timeout, this, &TimelineBar::seekToSlider);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        m_position->setText(secondsText(static_cast<double>(m_slider->value()) / kTicksPerSecond));
        if (!m_following && !m_pendingSeek->isActive())
            m_pendingSeek->start();
    });
    connect(controller, &SimulationController::advanced, this, &TimelineBar::follow);
    follow();
}

void TimelineBar::follow()
{
    if (m_slider->isSliderDown() || m_pendingSeek->isActive())
        return;
    m_following = true;
    const int end = static_cast<int>(std::ceil(m_controller->furthest().s() * kTicksPerSecond));
    m_slider->setRange(0, end);
    // At the end of the run the handle is at the end (which rounds up), not a tick short.
    const bool atEnd = m_controller->now() >= m_controller->furthest();
    m_slider->setValue(atEnd ? end : static_cast<int>(std::lround(m_controller->now().s() * kTicksPerSecond)));
    m_position->setText(secondsText(m_controller->now().s()));
    m_end->setText(secondsText(m_controller->furthest().s()));
    m_following = false;
}

void TimelineBar::seekToSlider()
{
    const SimTime target = SimTime::fromS(static_cast<double>(m_slider->value()) / kTicksPerSecond);
    if (target != m_controller->now())
        m_controller->seek(target);
}

} // namespace scalelab
