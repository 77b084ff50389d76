// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/devicepicture.h"

#include <QPaintEngine>

#include <cmath>

namespace scalelab {

namespace {

bool g_enabled = true;
// Positions within a pixel that differ by less than this paint the same pixels.
constexpr qreal kPhaseTolerance = 1.0 / 1024.0;

qreal devicePixelRatio(const QPainter *painter)
{
    return painter->device() ? painter->device()->devicePixelRatio() : 1.0;
}

// Where local (0, 0) lands, in device pixels relative to the painter's untransformed origin
// (the origin a blit with an identity transform starts from).
QPointF origin(const QTransform &world, qreal dpr)
{
    return QPointF(world.dx(), world.dy()) * dpr;
}

QPointF floorOf(const QPointF &p)
{
    return QPointF(std::floor(p.x()), std::floor(p.y()));
}

QTransform linearPart(const QTransform &t)
{
    return QTransform(t.m11(), t.m12(), t.m21(), t.m22(), 0.0, 0.0);
}

} // namespace

bool DevicePicture::suits(const QPainter *painter, const QRectF &local)
{
    if (!g_enabled || !painter->isActive() || !painter->paintEngine()
        || painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QTransform &world = painter->worldTransform();
    if (world.type() > QTransform::TxScale)
        return false;
    const qreal dpr = devicePixelRatio(painter);
    const QRectF device = world.mapRect(local);
    return device.width() * device.height() * dpr * dpr <= kMaxPixels;
}

void DevicePicture::setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool DevicePicture::isEnabled()
{
    return g_enabled;
}

bool DevicePicture::fits(const QPainter *painter) const
{
    if (m_image.isNull())
        return false;
    const QTransform &world = painter->worldTransform();
    const qreal dpr = devicePixelRatio(painter);
    if (dpr != m_dpr || linearPart(world) != m_linear || painter->renderHints() != m_hints)
        return false;
    const QPointF at = origin(world, dpr);
    const QPointF phase = at - floorOf(at);
    return std::abs(phase.x() - m_phase.x()) < kPhaseTolerance && std::abs(phase.y() - m_phase.y()) < kPhaseTolerance;
}

void DevicePicture::render(const QPainter *painter, const QRectF &local, const std::function<void(QPainter *)> &paint)
{
    const QTransform &world = painter->worldTransform();
    m_dpr = devicePixelRatio(painter);
    m_linear = linearPart(world);
    m_hints = painter->renderHints();
    m_font = painter->font();
    const QPointF at = origin(world, m_dpr);
    const QPointF base = floorOf(at);
    m_phase = at - base;
    // One spare pixel all round: antialiased edges spill past the exact bounds.
    const QRectF device = world.mapRect(local);
    const QRectF fromBase(device.topLeft() * m_dpr - base, device.size() * m_dpr);
    const QRect pixels = fromBase.toAlignedRect().adjusted(-1, -1, 1, 1);
    m_offset = pixels.topLeft();
    // The picture's painter maps local (x, y) to exactly the device position the item's
    // painter does, less the whole pixels between the device origin and the picture.
    const QPointF shift = (base + QPointF(m_offset)) / m_dpr;
    m_paintTransform = world * QTransform::fromTranslate(-shift.x(), -shift.y());

    m_image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(m_dpr);
    m_image.fill(Qt::transparent);
    paintOver(paint);
}

void DevicePicture::paintOver(const std::function<void(QPainter *)> &paint)
{
    QPainter p(&m_image);
    p.setRenderHints(m_hints);
    p.setFont(m_font);
    p.setWorldTransform(m_paintTransform);
    paint(&p);
}

void DevicePicture::draw(QPainter *painter) const
{
    const QTransform world = painter->worldTransform();
    const QPointF topLeft = (floorOf(origin(world, m_dpr)) + QPointF(m_offset)) / m_dpr;
    painter->setWorldTransform(QTransform());
    painter->drawImage(topLeft, m_image);
    painter->setWorldTransform(world);
}

} // namespace scalelab
