// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QRect>
#include <QTransform>

namespace scalelab {

/// The canvas's faint dot grid (the one nodes snap to) on its background colour, kept as a
/// picture in device pixels: the canvas is repainted every frame while a simulation runs,
/// and twenty thousand antialiased dots cost more than all the node cards' text. The
/// picture covers the device and a margin around it, painted with the painter's own
/// transform, so a blit puts the very pixels there that painting the dots would; it is
/// painted again when the zoom, the colours, the grid or the device pixel ratio change, or
/// when panning leaves the margin. SVG, PDF and printing get the dots themselves.
class DotGrid
{
public:
    /// Fills `rect` (scene coordinates) with `background` and a dot every `step` scene
    /// units: every other one, and so on, where they would be closer than 9 pixels.
    void draw(QPainter *painter, const QRectF &rect, qreal step, const QColor &dot, const QColor &background);
    /// Drops the picture (tests).
    void clear() { m_image = QImage(); }
    /// How often the picture was painted afresh (tests).
    int renders() const { return m_renders; }

    /// The dots themselves, painted directly.
    static void paintDots(QPainter *painter, const QRectF &rect, qreal step, const QColor &dot);

private:
    QImage m_image;
    QRect m_covered;        ///< device pixels the picture covers, from the pixel holding scene (0, 0)
    QTransform m_linear;    ///< the painter's scale
    QPointF m_phase;        ///< where scene (0, 0) fell within its device pixel
    qreal m_dpr = 0.0;
    qreal m_step = 0.0;
    QColor m_dot;
    QColor m_background;
    QPainter::RenderHints m_hints;
    int m_renders = 0;
};

} // namespace scalelab
