// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <functional>

namespace scalelab {

/// A picture of what a paint() draws, kept in the device's own pixels so that drawing it
/// again is one blit instead of paths, text and SVG. It is painted with the very transform
/// the painter has, only moved by whole device pixels, so the blit puts the same pixels
/// where painting directly would; panning by whole pixels keeps it, a change of zoom, of
/// sub-pixel position or of device pixel ratio does not (fits() says so).
///
/// Only for raster devices and transforms without rotation (suits()): an SVG or PDF export
/// and printing keep their vectors, and the caller paints directly there.
class DevicePicture
{
public:
    /// Largest picture kept, in device pixels: beyond it (zoomed far in on a high-density
    /// screen) few items are visible, painting them directly is cheap and pictures of all
    /// of them would take a lot of memory.
    static constexpr qreal kMaxPixels = 60'000;

    /// Whether `painter` can use a picture of `local` (in its current coordinates).
    static bool suits(const QPainter *painter, const QRectF &local);
    /// Pictures on or off for the whole program (on by default): the benchmark and the
    /// tests compare against painting directly.
    static void setEnabled(bool enabled);
    static bool isEnabled();

    bool isNull() const { return m_image.isNull(); }
    void clear() { m_image = QImage(); }
    /// Whether the kept picture is what `painter` would paint now: same scale, same
    /// device pixel ratio, same position within a device pixel.
    bool fits(const QPainter *painter) const;
    /// Paints a new picture of `local` with `paint`, on a painter set up as `painter` is
    /// (transform, render hints, font) but drawing into the picture.
    void render(const QPainter *painter, const QRectF &local, const std::function<void(QPainter *)> &paint);
    /// Paints more on the kept picture, with the transform it was made with.
    void paintOver(const std::function<void(QPainter *)> &paint);
    /// Blits the kept picture where it belongs under `painter` (it must fit()).
    void draw(QPainter *painter) const;

private:
    QImage m_image;
    QTransform m_linear;          ///< the painter's scale (its transform without translation)
    QTransform m_paintTransform;  ///< what painted the picture: the painter's, moved by whole pixels
    QPointF m_phase;              ///< where local (0, 0) fell within its device pixel
    QPoint m_offset;              ///< the picture's top-left, from the device pixel holding local (0, 0)
    qreal m_dpr = 0.0;
    QPainter::RenderHints m_hints;
    QFont m_font;
};

} // namespace scalelab
