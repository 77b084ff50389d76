// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/request.h"

#include <QColor>
#include <QPainterPath>
#include <QPixmap>

namespace scalelab {

/// How requests look on the canvas, shared by the moving dots and the legend. Colours are
/// Okabe-Ito (safe for the common colour-vision deficiencies) and every kind also has its own
/// shape, so nothing depends on colour alone: read = circle, write = diamond, static = triangle,
/// job (a message queue's, on its way to a worker and its delete back) = square.
namespace RequestFlowStyle {

QColor colorOf(Op op);
/// The kind's shape centred on (0, 0), `size` across.
QPainterPath shapeOf(Op op, qreal size);

QColor cacheHitColor();   ///< sky blue ring around the node whose cache answered
QColor staleColor();      ///< amber "!" badge on the node that served old data
QColor errorColor();      ///< red cross where a request failed

/// A dot of kind `op` drawn `pixels` across (device pixels) with a white rim, ready for
/// drawPixmap: drawing pre-rendered sprites keeps thousands of dots cheap in software rendering.
QPixmap dotSprite(Op op, int pixels, qreal devicePixelRatio);

/// Paints the cross and badge marks; used by the legend, and by the canvas through sprites.
void paintErrorCross(QPainter *painter, const QPointF &centre, qreal size);
void paintStaleBadge(QPainter *painter, const QPointF &centre, qreal size);
/// The cross and the badge `pixels` across, pre-rendered as dotSprite() is.
QPixmap errorSprite(int pixels, qreal devicePixelRatio);
QPixmap staleSprite(int pixels, qreal devicePixelRatio);

} // namespace RequestFlowStyle

} // namespace scalelab
