// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace scalelab {

class NodeItem;

/// The labelled frames behind each shard's databases ("shard 0", the strategy under the
/// first label), in the shard's colour, so that a class sees the partitioning at a glance.
/// One item for every frame: it reads its members' positions (follow()) when they move, and
/// the members from the engine (a shard added while running gets its frame then).
class ShardFramesItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ShardFramesItem)

public:
    enum { Type = CanvasItemType::ShardFrames };
    /// Frames reach this far around their cards; the label strip is on their right.
    static constexpr qreal kMargin = 8.0;

    ShardFramesItem();

    int type() const override { return Type; }
    /// The cards of each shard (its primary first) and the strategy's file word; lays out.
    void setShards(const QList<QList<NodeItem *>> &shards, const QString &strategy);
    /// Places the frames around their cards again (after a drag).
    void follow();

    int frameCount() const { return static_cast<int>(m_frames.size()); }
    QRectF frameRect(int shard) const { return m_frames.value(shard).rect; }
    /// The frame's label: "shard 2"; the first one also names the strategy on a second line.
    QString label(int shard) const;
    /// "hash mod", "consistent hashing", "ranges".
    static QString strategyText(const QString &strategy);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Frame
    {
        QList<NodeItem *> members;
        QRectF rect;
    };
    /// The shard's name (bold) or the strategy's line under it.
    QFont labelFont(bool name) const;
    /// The widest line of label(shard).
    qreal labelWidth(int shard) const;

    QList<Frame> m_frames;
    QString m_strategy;
    QRectF m_bounds;
};

} // namespace scalelab
