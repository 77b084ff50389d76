// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace scalelab {

class NodeItem;

/// The labelled frames around each data centre's nodes ("us-east"), each in the colour its
/// line has on the Data centres chart, so that a class sees where each group of machines
/// runs. While running, a data centre that cannot serve is drawn DOWN (red, hatched), and the
/// label says whether the dns has noticed yet: that gap is what its users pay for. One item
/// for every frame, behind the shard frames and the cards.
class DatacenterFramesItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(DatacenterFramesItem)

public:
    enum { Type = CanvasItemType::DatacenterFrames };
    /// Frames reach this far around their cards (beyond a shard frame's); the label sits in a
    /// strip above the cards.
    static constexpr qreal kMargin = 16.0;

    /// One data centre as the engine sees it now.
    struct Frame
    {
        QString name;
        int colour = 0;              ///< LinePalette index (LinePalette::calmIndex of the data centre's)
        QList<NodeItem *> members;
        bool serving = true;         ///< one of its entries can serve (Simulation::datacenterServing)
        bool seenDown = false;       ///< a dns's health checks see it down
        bool hasDns = false;         ///< some dns sends users to data centres at all
        QRectF rect;
        bool operator==(const Frame &) const = default;
    };

    DatacenterFramesItem();

    int type() const override { return Type; }
    /// The frames to draw; lays them out around their cards.
    void setFrames(const QList<Frame> &frames);
    /// Places the frames around their cards again (after a drag).
    void follow();

    int frameCount() const { return static_cast<int>(m_frames.size()); }
    const Frame &frame(int index) const { return m_frames[index]; }
    QRectF frameRect(int frame) const { return m_frames.value(frame).rect; }
    /// "us-east", or "us-east · DOWN".
    QString title(int frame) const;
    /// What the frame's state means, under the title ("the dns still sends users here"); empty while up.
    QString stateLine(int frame) const;
    /// Drawn as a data centre that cannot serve.
    bool isDown(int frame) const { return !m_frames.value(frame).serving; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QFont titleFont() const;
    QFont stateFont() const;
    /// Height of the strip above the cards that the labels take.
    qreal labelHeight() const;

    QList<Frame> m_frames;
    QRectF m_bounds;
};

} // namespace scalelab
