// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/canvasitemtypes.h"
#include "canvas/devicepicture.h"
#include "canvas/nodestate.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <array>
#include <cstdint>

namespace scalelab {

class Simulation;

/// One node on the canvas: a card with the type's icon, the node's id, its load and what its
/// type makes worth seeing at a glance (role and lag of a database, hit ratio of a cache, pool
/// health of a balancer...). Tabs on the top edge carry the role (left) and the health
/// (right) in words, so that no state is told by colour alone. Centred on its position.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NodeItem)

public:
    enum { Type = CanvasItemType::Node };
    enum class State { Up, Down, Draining };
    /// How much a card shows at the zoom it is painted at (level of detail): every line
    /// (Full), the id and one line (Glance), the id and one large figure (Figure), or only
    /// the icon on the state's colour (Icon).
    enum class Detail { Full, Glance, Figure, Icon };

    static constexpr qreal kWidth = 172.0;
    static constexpr qreal kHeight = 68.0;
    /// The part of the scene `cards` cover (null for none): what a frame around a group of
    /// cards (a shard, a data centre) is drawn around.
    static QRectF coveredBy(const QList<NodeItem *> &cards);
    /// Zooms below which a card drops to the next Detail.
    static constexpr qreal kGlanceZoom = 0.75;
    static constexpr qreal kFigureZoom = 0.62;
    static constexpr qreal kIconZoom = 0.25;
    /// Size of the Figure level's figure, in scene pixels (before the canvas text scale).
    static constexpr int kFigurePixels = 36;

    static Detail detailAt(qreal zoom);

    NodeItem(int index, const NodeSpec &spec);

    int type() const override { return Type; }
    int index() const { return m_index; }
    QString id() const { return m_spec.id; }
    NodeType nodeType() const { return m_spec.type; }
    /// Up, down (however the balancers see it) or draining.
    State state() const;
    int active() const { return m_card.active; }
    int waiting() const { return m_card.waiting; }
    std::uint64_t served() const { return m_served; }
    /// Everything the card shows.
    const NodeState &card() const { return m_card; }

    /// Copies what the card shows from the engine's node `engineIndex`; repaints only when
    /// that changed (and then returns true). Called every frame for every node.
    bool syncFrom(const Simulation &simulation, int engineIndex);

    /// The tooltip's text, with the counters as of the last sync (the tooltip itself is
    /// refreshed only when the pointer is over the card).
    QString toolTipText() const;

    /// Where a link towards a node centred at `scenePoint` attaches (scene coordinates): on
    /// the facing side, spread along it by direction so that fans of links stay apart.
    QPointF anchorTowards(const QPointF &scenePoint) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// How often the card's frame and its whole picture were painted afresh (tests).
    int frameRenders() const { return m_frameRenders; }
    int pictureRenders() const { return m_pictureRenders; }
    /// The level of detail the card was last painted at (tests).
    Detail paintedDetail() const { return m_paintedDetail; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    static constexpr qreal kRadius = 9.0;      ///< the card's corners (its shape and its frame)
    static constexpr qreal kTabHeight = 17.0;  ///< the tabs stick out above the card by half of it
    static constexpr int kColours = 24;
    /// Everything the card's frame depends on: equal looks paint equal frames.
    struct Look
    {
        Detail detail = Detail::Full;
        QRgb stateFill = 0;      ///< Icon level: the card's colour, from its state and load
        bool centred = false;    ///< no detail line under the icon: the block is centred
        bool selected = false;
        NodeState::Health health = NodeState::Health::Up;
        NodeState::Role role = NodeState::Role::None;
        NodeState::Launch launch = NodeState::Launch::None;   ///< a copy's tabs: booting, in service, retired
        bool stale = false;
        bool queueFull = false;
        bool newPrimary = false;
        int shard = -1;          ///< a sharded database's shard: the band's colour (-1: no band)
        qreal textScale = 1.0;
        std::array<QRgb, kColours> colours{};
        bool operator==(const Look &) const = default;
    };
    /// What the lines and the load bar say, as drawn: equal contents paint equal cards.
    struct Content
    {
        QString line;     ///< Full: the load line; Glance: the glance line; Figure: the figure
        QString queue;    ///< zoomed in: the queue after the load line
        QString detail;   ///< zoomed in: the line across the card
        double load = 0.0;
        bool down = false;
        bool stale = false;
        bool queued = false;
        bool warns = false;
        bool lostWrites = false;
        bool poolShort = false;
        bool queueFull = false;
        int copyPercent = -1;  ///< a new shard's copy: the progress bar under the detail line
        bool operator==(const Content &) const = default;
    };

    QRectF cardRect() const;
    void refreshToolTip();
    Look look(Detail detail, const Content &content) const;
    Content content(Detail detail) const;
    QColor stateFill() const;
    void paintFar(QPainter *painter, const Look &look) const;
    void paintFigure(QPainter *painter, const Content &content) const;
    void paintFrame(QPainter *painter, const Look &look) const;
    /// `stateFill`, when valid, fills the card instead of the usual colour (Icon level).
    void paintCard(QPainter *painter, const QRectF &card, const QColor &stateFill = QColor()) const;
    void paintIconAndId(QPainter *painter, const QRectF &card, const Look &look) const;
    void paintContent(QPainter *painter, const Look &look, const Content &content) const;
    /// A dns close up: a small icon, so that its id and TTL share a row and each of its
    /// clients' answers gets a whole line under them.
    void paintDnsIcon(QPainter *painter, const QRectF &card) const;
    void paintDnsAnswers(QPainter *painter, const QFont &small, const QFont &smallBold, const Content &content) const;
    static void paintGlanceLine(QPainter *painter, const QFont &base, const QRectF &line, const Content &content);
    void paintLoadLine(QPainter *painter, const QRectF &line, const QFont &small, const QFont &smallBold,
                       const Content &content) const;
    void paintDetailLine(QPainter *painter, const QFont &small, const QFont &smallBold, const Content &content) const;
    void paintTabs(QPainter *painter, const QRectF &card) const;
    /// A sharded database: a band in its shard's colour down the card's left edge.
    void paintShardBand(QPainter *painter, const QRectF &card, int shard) const;
    /// ... and, while a reshard copies keys to its shard, how far the copy has got.
    void paintCopyProgress(QPainter *painter, const Content &content) const;
    /// The tooltip's parts: what the file sets (one line each) and what the run shows now.
    QStringList toolTipSettings() const;
    QStringList toolTipLive() const;

    int m_index = -1;
    NodeSpec m_spec;
    NodeState m_card;
    std::uint64_t m_served = 0;
    std::uint64_t m_errors = 0;
    std::uint64_t m_dropped = 0;
    bool m_toolTipDirty = false;

    DevicePicture m_framePicture;   ///< shapes, icon, id and tabs
    DevicePicture m_picture;        ///< the frame with the lines and the load bar
    Look m_pictureLook;
    Content m_pictureContent;
    int m_frameRenders = 0;
    int m_pictureRenders = 0;
    Detail m_paintedDetail = Detail::Full;
};

} // namespace scalelab
