// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/simtime.h"

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;

namespace scalelab {

class SimulationController;

/// The run's timeline under the canvas: a slider from time zero to the furthest moment the
/// run has reached. Dragging it moves the run to that moment (the engine cannot run
/// backwards, but the controller keeps snapshots of it and runs on from the nearest);
/// the positions of a drag are coalesced, so the handle follows the mouse.
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    /// The slider's unit: a tenth of a simulated second.
    static constexpr int kTicksPerSecond = 10;

    explicit TimelineBar(SimulationController *controller, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }

public slots:
    /// Follows the run (new time, longer timeline); ignored while the user drags.
    void follow();

private:
    void seekToSlider();

    SimulationController *m_controller;
    QSlider *m_slider;
    QLabel *m_position;
    QLabel *m_end;
    QTimer *m_pendingSeek;   ///< coalesces the positions of a drag into one seek
    bool m_following = false;
};

} // namespace scalelab
