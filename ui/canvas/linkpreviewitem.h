// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QGraphicsItem>

namespace scalelab {

/// The arrow that follows the pointer while a link is being drawn: blue while it can be
/// made, red with the reason when the node under the pointer cannot take it.
class LinkPreviewItem : public QGraphicsItem
{
public:
    enum { Type = CanvasItemType::LinkPreview };
    enum class Verdict { Open, Allowed, Refused };

    LinkPreviewItem();

    int type() const override { return Type; }
    Verdict verdict() const { return m_verdict; }
    QString reason() const { return m_reason; }
    QPointF start() const { return m_start; }
    QPointF end() const { return m_end; }

    void setEnds(const QPointF &start, const QPointF &end);
    /// `reason` is shown beside the arrow's tip (only when refused).
    void setVerdict(Verdict verdict, const QString &reason = QString());

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor color() const;

    QPointF m_start;
    QPointF m_end;
    Verdict m_verdict = Verdict::Open;
    QString m_reason;
    QGraphicsItem *m_label = nullptr;   ///< child, unscaled so that it stays readable zoomed out
};

} // namespace scalelab
