// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

#include <algorithm>
#include <array>

namespace scalelab {

/// The type() of every item ScaleLab puts on a scene, in one table: qgraphicsitem_cast tells
/// items apart by this number alone, so two classes sharing one would cast into each other
/// (LinkPreviewItem and RequestFlowItem both were UserType + 20). Each item's
/// `enum { Type = ... }` comes from here; a new item gets the next number.
namespace CanvasItemType {

enum : int {
    Node = QGraphicsItem::UserType + 1,         ///< NodeItem, a card
    Link = QGraphicsItem::UserType + 2,         ///< LinkItem
    LinkHandle = QGraphicsItem::UserType + 3,   ///< LinkHandleItem, the dot a link is drawn from
    LinkPreview = QGraphicsItem::UserType + 4,  ///< LinkPreviewItem, the link being drawn
    LinkRefusal = QGraphicsItem::UserType + 5,  ///< the reason pill of a refused link
    RequestFlow = QGraphicsItem::UserType + 6,  ///< RequestFlowItem, the request dots
    RequestMarks = QGraphicsItem::UserType + 7, ///< the hit, stale and error marks over the cards
    LessonHalo = QGraphicsItem::UserType + 8,   ///< HighlightHalo behind a lesson's node
    ShardFrames = QGraphicsItem::UserType + 9,  ///< ShardFramesItem, the labelled frames behind each shard's databases
    DatacenterFrames = QGraphicsItem::UserType + 10,  ///< DatacenterFramesItem, the labelled frames around each data centre's nodes
};

/// Every entry above: a static_assert below checks that no two are the same.
constexpr std::array<int, 10> kAll = {Node, Link, LinkHandle, LinkPreview, LinkRefusal, RequestFlow, RequestMarks, LessonHalo,
                                      ShardFrames, DatacenterFrames};

constexpr bool allDistinct(std::array<int, kAll.size()> types)
{
    std::sort(types.begin(), types.end());
    return std::adjacent_find(types.begin(), types.end()) == types.end();
}

static_assert(allDistinct(kAll), "two canvas item classes share a type(): qgraphicsitem_cast would mix them up");
static_assert(*std::min_element(kAll.begin(), kAll.end()) > QGraphicsItem::UserType,
              "UserType itself is what an item without its own type() returns");

} // namespace CanvasItemType

} // namespace scalelab
