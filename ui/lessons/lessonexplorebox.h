// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QSlider;

namespace scalelab {

class LessonSession;

/// An explore step's part of the lesson panel: one setting on a slider and the figure it
/// drives plotted over the setting's whole range (the mean over a few seeds, a band from the
/// lowest to the highest), with the value on the canvas marked. Moving the slider runs the
/// step with that value.
class LessonExploreBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit LessonExploreBox(LessonSession *session, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    QCustomPlot *plot() const { return m_plot; }
    /// "Ship delay (ms): 100" as shown above the slider.
    QString valueText() const;
    /// What the curve's status line says: computing, or how it was made.
    QString statusText() const;

private:
    void showExplore();
    void applyTheme();

    LessonSession *m_session;
    QLabel *m_value = nullptr;
    QSlider *m_slider = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_mean = nullptr;
    QCPGraph *m_low = nullptr;
    QCPGraph *m_high = nullptr;
    QCPItemStraightLine *m_marker = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace scalelab
