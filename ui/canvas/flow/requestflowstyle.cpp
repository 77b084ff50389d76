// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/flow/requestflowstyle.h"

#include <QFont>
#include <QPainter>

#include <cmath>

namespace scalelab::RequestFlowStyle {

QColor colorOf(Op op)
{
    switch (op) {
    case Op::Read:
        return QColor(0x0072B2);   // Okabe-Ito blue
    case Op::Write:
        return QColor(0xD55E00);   // Okabe-Ito vermillion
    case Op::Static:
        return QColor(0x009E73);   // Okabe-Ito bluish green
    case Op::Job:
        return QColor(0xCC79A7);   // Okabe-Ito reddish purple
    }
    return QColor(0x0072B2);
}

QPainterPath shapeOf(Op op, qreal size)
{
    const qreal r = size / 2;
    QPainterPath path;
    switch (op) {
    case Op::Read:
        path.addEllipse(QPointF(0, 0), r * 0.86, r * 0.86);   // a circle looks bigger than a diamond of the same width
        break;
    case Op::Write:
        path.moveTo(0, -r);
        path.lineTo(r, 0);
        path.lineTo(0, r);
        path.lineTo(-r, 0);
        path.closeSubpath();
        break;
    case Op::Static: {
        // Equilateral, centred on its centroid so that it rides the line like the others.
        const qreal h = r * std::sqrt(3.0);
        path.moveTo(0, -h * 2 / 3);
        path.lineTo(r, h / 3);
        path.lineTo(-r, h / 3);
        path.closeSubpath();
        break;
    }
    case Op::Job:
        // A square, as a parcel: a little smaller than its width so its corners stay inside.
        path.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6));
        break;
    }
    return path;
}

QColor cacheHitColor() { return QColor(0x56B4E9); }
QColor staleColor() { return QColor(0xE69F00); }
QColor errorColor() { return QColor(0xC62828); }

QPixmap dotSprite(Op op, int pixels, qreal devicePixelRatio)
{
    const int side = pixels + 4;   // room for the rim
    QPixmap sprite(QSize(side, side) * devicePixelRatio);
    sprite.setDevicePixelRatio(devicePixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(side / 2.0, side / 2.0);
    // The white rim separates a dot from the link under it and from its neighbours.
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(colorOf(op));
    painter.drawPath(shapeOf(op, pixels));
    return sprite;
}

namespace {
template<typename Paint>
QPixmap sprite(int pixels, qreal devicePixelRatio, Paint paint)
{
    const int side = pixels + 4;   // room for the white halo
    QPixmap result(QSize(side, side) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, QPointF(side / 2.0, side / 2.0));
    return result;
}
} // namespace

QPixmap errorSprite(int pixels, qreal devicePixelRatio)
{
    return sprite(pixels, devicePixelRatio, [pixels](QPainter *p, QPointF c) { paintErrorCross(p, c, pixels * 0.8); });
}

QPixmap staleSprite(int pixels, qreal devicePixelRatio)
{
    return sprite(pixels, devicePixelRatio, [pixels](QPainter *p, QPointF c) { paintStaleBadge(p, c, pixels); });
}

void paintErrorCross(QPainter *painter, const QPointF &centre, qreal size)
{
    const qreal r = size / 2;
    QPainterPath cross;
    cross.moveTo(centre + QPointF(-r, -r));
    cross.lineTo(centre + QPointF(r, r));
    cross.moveTo(centre + QPointF(r, -r));
    cross.lineTo(centre + QPointF(-r, r));
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(Qt::white, size * 0.42, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(cross);
    painter->setPen(QPen(errorColor(), size * 0.24, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(cross);
}

void paintStaleBadge(QPainter *painter, const QPointF &centre, qreal size)
{
    // A hollow amber circle with "!": hollow sets it apart from the filled request dots.
    const qreal r = size / 2;
    painter->setPen(QPen(staleColor(), size * 0.16));
    painter->setBrush(Qt::white);
    painter->drawEllipse(centre, r, r);
    QFont font = painter->font();
    font.setPixelSize(std::max(1, qRound(size * 0.78)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x8A5A00));   // dark amber: readable on white
    painter->drawText(QRectF(centre.x() - r, centre.y() - r, size, size), Qt::AlignCenter, QStringLiteral("!"));
}

} // namespace scalelab::RequestFlowStyle
