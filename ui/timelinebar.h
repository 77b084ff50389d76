#pragma once

#include "sim/simtime.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace scalelab {

class SimulationController;

/// The run's timeline under the canvas: a slider from time zero to the furthest moment the
/// run has reached. Dragging it back replays the deterministic run to that moment (the
/// engine cannot run backwards, but the same seed and actions give the same past); dragging
/// forward runs on.
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
    bool m_following = false;
};

} // namespace scalelab
