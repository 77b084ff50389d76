// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QPointF>
#include <QStringList>

class QEvent;
class QGraphicsSceneDragDropEvent;
class QGraphicsSceneMouseEvent;

namespace scalelab {

class LinkHandleItem;
class LinkPreviewItem;
class TopologyDocument;
class TopologyScene;

/// The mouse on the canvas: click and rubber band select, drag moves the selected nodes
/// (snapped, one undo step per drag), a drag from a card's link handle (or Shift+drag from
/// the card) draws a link, a node type dropped from the palette adds a node there. Every
/// edit is a call to the document; the scene shows the result when the document says it
/// changed. Watches the scene's events (an event filter), so the scene stays a picture.
class CanvasInteraction : public QObject
{
    Q_OBJECT

public:
    CanvasInteraction(TopologyDocument *document, TopologyScene *scene, QObject *parent = nullptr);

    bool isDrawingLink() const { return m_mode == Mode::Link; }
    LinkPreviewItem *linkPreview() const { return m_preview; }
    LinkHandleItem *linkHandle() const { return m_handle; }

    /// Why `from` -> `to` cannot be drawn (as the document would refuse it), or empty.
    static QString linkRefusal(const TopologyDocument &document, const QString &from, const QString &to);

    // The link gesture in scene coordinates, for the tests and for a screenshot of a link
    // being drawn; the mouse calls the same.
    void beginLink(const QString &from, const QPointF &scenePos);
    void dragLinkTo(const QPointF &scenePos);
    /// Makes the link if the pointer is on another node; true when the document took it.
    bool finishLink(const QPointF &scenePos);
    void cancel();

signals:
    /// Something worth a line in the status bar ("Cannot link web1 to users: ...").
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { None, PendingMove, Move, Link };

    bool mousePress(QGraphicsSceneMouseEvent *event);
    bool mouseMove(QGraphicsSceneMouseEvent *event);
    bool mouseRelease(QGraphicsSceneMouseEvent *event);
    bool drag(QGraphicsSceneDragDropEvent *event, bool drop);
    void hover(const QPointF &scenePos, qreal zoom);
    void moveSelectionBy(const QPointF &delta);
    void placeMoved(const QPointF &offset);
    void finishMove();
    void placeHandle();

    TopologyDocument *m_document = nullptr;
    TopologyScene *m_scene = nullptr;
    LinkPreviewItem *m_preview = nullptr;
    LinkHandleItem *m_handle = nullptr;

    Mode m_mode = Mode::None;
    QPointF m_pressPos;               ///< scene
    QString m_pressedNode;
    QMap<QString, QPointF> m_startPositions;   ///< nodes being moved, where they were
    QPointF m_offset;                 ///< how far they have moved, snapped
    QString m_linkFrom;
};

} // namespace scalelab
