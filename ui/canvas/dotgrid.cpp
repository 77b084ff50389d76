// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/dotgrid.h"

#include "canvas/devicepicture.h"

#include <QList>
#include <QPaintEngine>
#include <QPen>
#include <QtMath>

#include <cmath>

namespace scalelab {

namespace {
// Panning this far (device pixels) past the view still blits from the same picture.
constexpr int kMargin = 128;
constexpr qreal kPhaseTolerance = 1.0 / 1024.0;

QPointF floorOf(const QPointF &p)
{
    return QPointF(std::floor(p.x()), std::floor(p.y()));
}

// The device's area in device pixels: a widget measures itself in logical pixels, an image
// or a pixmap in its own.
QRect deviceRect(const QPainter *painter, qreal dpr)
{
    const QPaintDevice *device = painter->device();
    if (device->devType() == QInternal::Widget)
        return QRect(0, 0, qCeil(device->width() * dpr), qCeil(device->height() * dpr));
    return QRect(0, 0, device->width(), device->height());
}
} // namespace

void DotGrid::paintDots(QPainter *painter, const QRectF &rect, qreal step, const QColor &dot)
{
    // Zoomed far out, every other dot, so that it does not turn into a grey wash.
    const qreal zoom = painter->worldTransform().m11();
    while (step * zoom < 9.0)
        step *= 2.0;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    QPen pen(dot, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

void DotGrid::draw(QPainter *painter, const QRectF &rect, qreal step, const QColor &dot, const QColor &background)
{
    const QTransform world = painter->worldTransform();
    if (!DevicePicture::isEnabled() || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster
        || world.type() > QTransform::TxScale || !painter->device()) {
        painter->fillRect(rect, background);
        paintDots(painter, rect, step, dot);
        return;
    }
    const qreal dpr = painter->device()->devicePixelRatio();
    const QTransform linear(world.m11(), world.m12(), world.m21(), world.m22(), 0.0, 0.0);
    const QPointF origin = QPointF(world.dx(), world.dy()) * dpr;
    const QPointF base = floorOf(origin);
    const QPointF phase = origin - base;
    const QRectF exposed = world.mapRect(rect);
    const QRect needed = QRectF(exposed.topLeft() * dpr - base, exposed.size() * dpr).toAlignedRect();

    const bool fits = !m_image.isNull() && dpr == m_dpr && linear == m_linear && step == m_step && dot == m_dot
                      && background == m_background && painter->renderHints() == m_hints
                      && std::abs(phase.x() - m_phase.x()) < kPhaseTolerance
                      && std::abs(phase.y() - m_phase.y()) < kPhaseTolerance && m_covered.contains(needed);
    if (!fits) {
        // The whole device and a margin, so that later partial repaints and small pans blit.
        m_covered = (needed | deviceRect(painter, dpr).translated(-base.toPoint()))
                        .adjusted(-kMargin, -kMargin, kMargin, kMargin);
        m_dpr = dpr;
        m_linear = linear;
        m_phase = phase;
        m_step = step;
        m_dot = dot;
        m_background = background;
        m_hints = painter->renderHints();
        m_image = QImage(m_covered.size(), background.alpha() == 255 ? QImage::Format_RGB32
                                                                     : QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(dpr);
        m_image.fill(background);
        QPainter p(&m_image);
        p.setRenderHints(m_hints);
        const QPointF shift = (base + QPointF(m_covered.topLeft())) / dpr;
        p.setWorldTransform(world * QTransform::fromTranslate(-shift.x(), -shift.y()));
        const QRectF area = p.worldTransform().inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(m_image.size()) / dpr));
        // Two pixels beyond: the antialiased halves of dots just outside still show.
        const qreal spill = 2.0 / std::abs(world.m11());
        paintDots(&p, area.adjusted(-spill, -spill, spill, spill), step, dot);
        ++m_renders;
    }
    const QRect source = needed.translated(-m_covered.topLeft());
    painter->setWorldTransform(QTransform());
    painter->drawImage((base + QPointF(needed.topLeft())) / dpr, m_image, source);
    painter->setWorldTransform(world);
}

} // namespace scalelab
